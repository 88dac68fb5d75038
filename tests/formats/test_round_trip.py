"""Round-trip properties: random CSL items of every supported type -> each format -> back.

Every field a format can carry comes back the same. What a format cannot carry is listed here
(and in the README, "What each format cannot carry"):

- BibTeX and biblatex: a dropping particle reads back as a non-dropping one (BibTeX has one "von"
  part); a family name alone that has several words reads back as one unsplittable (literal) name.
- RIS: a dropping particle reads back as part of the given name; an organisation whose name holds
  a comma reads back as a person (RIS writes names as "Family, Given"); of a date range only the
  first date is kept.
- CSL-JSON: everything.

Each format is written both for other programs and ``--for zotero`` (the .bib file then keeps in
Zotero's Extra, through ``howpublished``, what its fields cannot hold, and biblio reads it back).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.formats import bibtex, csljson, ris

TYPES = ["article-journal", "article-magazine", "article-newspaper", "book", "chapter", "paper-conference",
         "report", "thesis", "webpage", "post-weblog", "post", "dataset", "software", "motion_picture",
         "broadcast", "interview", "speech", "manuscript", "map", "patent", "document", "article",
         "pamphlet", "entry-dictionary", "entry-encyclopedia", "song", "graphic", "personal_communication",
         "legislation", "legal_case", "bill", "standard"]
_LETTERS = "abcdefghijklmnopqrstuvwxyzéüøłñễư"
_word = st.text(alphabet=_LETTERS + _LETTERS.upper(), min_size=1, max_size=8)
_text = st.lists(st.one_of(_word, st.sampled_from(list("&%$#_{}~^\\\"'") + ["R&D", "UN", "a:", "--"])),
                 min_size=1, max_size=6).map(" ".join)
_plain = st.lists(_word, min_size=1, max_size=4).map(" ".join)
_family = st.builds(lambda w: w[:1].upper() + w[1:], st.text(alphabet=_LETTERS, min_size=2, max_size=8))
_person = st.builds(
    lambda family, given_, particle, suffix: {k: v for k, v in (
        ("family", family), ("given", given_), ("non-dropping-particle", particle), ("suffix", suffix)) if v},
    _family, _family, st.sampled_from([None, "van der", "de"]), st.sampled_from([None, "Jr.", "III"]))
_org = st.builds(lambda t: {"literal": t}, _plain)
_date = st.builds(lambda y, m, d: {"date-parts": [[y] + ([m] if m else []) + ([d] if m and d else [])]},
                  st.integers(1900, 2030), st.one_of(st.none(), st.integers(1, 12)),
                  st.one_of(st.none(), st.integers(1, 28)))
_VARIABLES = {
    "author": st.lists(st.one_of(_person, _org), min_size=1, max_size=3),
    "editor": st.lists(_person, min_size=1, max_size=2),
    "issued": _date,
    "accessed": _date,
    "container-title": _plain,
    "collection-title": _plain,
    "publisher": _plain,
    "publisher-place": _plain,
    "volume": st.integers(1, 99).map(str),
    "issue": st.integers(1, 12).map(str),
    "number": st.sampled_from(["TR-7", "688", "2020:5"]),
    "page": st.just("12-34"),
    "edition": st.integers(2, 9).map(str),
    "genre": _plain,
    "version": st.just("1.2.0"),
    "event-title": _plain,
    "event-place": _plain,
    "DOI": st.just("10.1000/abc_1"),
    "URL": st.just("https://example.org/a_b?x=1%20#s~1"),
    "ISBN": st.just("978-0-262-03384-8"),
    "language": st.just("en"),
    "abstract": _plain,
}
_item = st.builds(
    lambda type_, title, extra: {"id": "k1", "type": type_, "title": title, **extra},
    st.sampled_from(TYPES), _text,
    st.fixed_dictionaries({}, optional=_VARIABLES),  # type: ignore[arg-type]
)


def _without_custom(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "custom"}


@settings(max_examples=30, deadline=None)
@given(item=_item)
def test_csl_json_carries_everything(item: dict[str, Any]) -> None:
    (back,) = csljson.loads(csljson.dumps([item]))
    assert _without_custom(back) == item


@settings(max_examples=30, deadline=None)
@given(item=_item, for_zotero=st.booleans())
def test_ris_carries_every_field_but_the_listed(item: dict[str, Any], for_zotero: bool) -> None:
    text = ris.dumps([item], for_zotero=for_zotero)
    (back,) = ris.loads(text)
    assert _without_custom(back) == item, text


@settings(max_examples=30, deadline=None)
@given(item=_item, dialect=st.sampled_from(["bibtex", "biblatex"]), for_zotero=st.booleans())
def test_bib_carries_every_field_but_the_listed(item: dict[str, Any], dialect: str, for_zotero: bool) -> None:
    text = bibtex.dumps([item], dialect, for_zotero=for_zotero)
    (back,) = bibtex.loads(text)
    expected = json.loads(json.dumps(item))
    for names in (expected.get("author"), expected.get("editor")):
        for name in names or []:
            if set(name) == {"family"} and " " in name["family"]:
                name["literal"] = name.pop("family")
    assert _without_custom(back) == expected, text
