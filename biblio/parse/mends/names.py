"""Mends of names read into another field.

``… cooling water use Baker | , J., K.M. Strzepek``: where the names follow the title with no mark between
them, the model may end the title one word late: the names then open on a comma and initials, which no list
of names does. The title's last word, a capitalised one, is the first author's family name.

``Albert Q Jiang, Chris Bamford | , Devendra Singh Chaplot, Diego de las Casas | , Florian Bressand, …``: a
long list in natural order read with a stretch of it as a title between two runs of names.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word, known_given, known_given_word, natural_name
from biblio.parse.review.lexicon import mostly_a_name
from biblio.parse.spans import Span

_OPENS_ON_INITIALS = lazy_pattern(r"^\s*,\s*[A-Z]\.")
_LAST_WORD = lazy_pattern(r"(?<=\s)[A-Z][^\W\d_]*(?:[-'][^\W\d_]+)*$")


@needs(labels=("title", "author"))
def family_name_in_title(spans: list[Span], text: str) -> list[Span]:
    """``… water use Baker | , J., K.M. Strzepek`` read with ``Baker`` in the title: names that open
    on a comma and initials take the title's last word, a capitalised one, as their first."""
    labels = [s.label for s in spans]
    if "title" not in labels or "author" not in labels:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "author" or not _OPENS_ON_INITIALS.match(nxt.text):
            continue
        m = _LAST_WORD.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 2:
            continue
        head = s.text[: m.start()].rstrip()
        a = s.start + m.start()
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        names = Span("author", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], title, names, *spans[k + 2 :]]
    return spans


@needs(any_label=("author", "editor"), marks=(",",))
def names_between_names(spans: list[Span], text: str) -> list[Span]:
    """``Chris Bamford | , Devendra Singh Chaplot, Diego de las Casas | , Florian Bressand`` with the middle
    stretch read as a title: a span between two name spans of the same role that opens on the list's comma and
    holds only names in natural order is part of the list."""
    for k in range(1, len(spans) - 1):
        before, s, after = spans[k - 1], spans[k], spans[k + 1]
        if before.label != after.label or before.label not in ("author", "editor") or s.label == before.label:
            continue
        body = s.text.strip()
        if not body.startswith(",") or not after.text.lstrip().startswith(","):
            continue
        parts = [p.strip() for p in body.strip(" ,").split(",")]
        if not all(natural_name(p) and not has_org_word(p) for p in parts):
            continue
        merged = Span(
            before.label,
            text[before.start : after.end],
            before.start,
            after.end,
            min(before.confidence, s.confidence, after.confidence),
        )
        return [*spans[: k - 1], merged, *spans[k + 2 :]]
    return spans


# Wikipedia's opening "Ahmed, Nasir (January 1991).": a name inverted (one or two family words, given names),
# then the bracket of the date
_INVERTED_BEFORE_BRACKET = lazy_pattern(
    r"^\s*[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?, [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}\s*\($"
)


@needs(labels=("note", "date"), without=("author", "editor"))
def inverted_name_before_date(spans: list[Span], text: str) -> list[Span]:
    """``Ahmed, Nasir (January 1991). "Title".`` with the opening name and the date's bracket read as a note:
    an inverted name before the bracketed date that opens a citation is its author."""
    if len(spans) < 2 or spans[0].label != "note" or spans[1].label != "date":
        return spans
    if any(s.label in ("author", "editor") for s in spans) or not _INVERTED_BEFORE_BRACKET.match(spans[0].text):
        return spans
    head = spans[0]
    name = head.text.rstrip(" (")
    lead = len(name) - len(name.lstrip())
    a = head.start + lead
    return [Span("author", name.strip(), a, a + len(name.strip()), head.confidence), *spans[1:]]


# "Ezquerro Esteban, | Antonio. | "Title."": the given name after an inverted name's comma, one word and its stop
_GIVEN_ALONE = lazy_pattern(r"^\s*[A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ]?[^\W\d_]+)?\.\s*$")


@needs(labels=("author",), marks=(",",))
def given_name_read_apart(spans: list[Span], text: str) -> list[Span]:
    """``Ezquerro Esteban, Antonio. "RISM-España …"`` read with the given name as a field of its own (a container or
    a title): after the opening author's comma, one word the lexicon knows as a given name and its full stop before a
    quoted title are the author's given name."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label == "author":
        return spans
    a, s, nxt = spans[0], spans[1], spans[2]
    if text[a.end : s.start].strip() != "," and not a.text.rstrip().endswith(","):
        return spans
    if "," in a.text.rstrip().rstrip(",") or not _GIVEN_ALONE.match(s.text) or nxt.text.lstrip()[:1] not in "\"“«":
        return spans
    if not known_given(s.text.strip().rstrip(".")):  # "Dean Takahashi, VentureBeat." names a writer, then the outlet
        return spans
    merged = Span("author", text[a.start : s.end], a.start, s.end, min(a.confidence, s.confidence))
    return [merged, *spans[2:]]


# one capitalised word alone (a given name) and nothing but space after it
_ONE_WORD = lazy_pattern(r"\s*[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?\s*")


@needs(labels=("author", "date"), marks=(",",))
def given_name_before_year(spans: list[Span], text: str) -> list[Span]:
    """``Hansen, Kjersti, Berg, Øystein, Moe, | Trond | 2019.`` with the last given name of a family-first list read
    as a field of its own: after the names' closing comma, one word the lexicon knows as a given name, straight
    before the year, closes the names."""
    if len(spans) < 3 or spans[0].label != "author" or spans[2].label != "date" or spans[1].label == "author":
        return spans
    a, s = spans[0], spans[1]
    if not a.text.rstrip().endswith(",") or text[a.end : s.start].strip() or text[s.end : spans[2].start].strip():
        return spans
    if not _ONE_WORD.fullmatch(s.text) or not known_given(s.text.strip()):
        return spans
    merged = Span("author", text[a.start : s.end], a.start, s.end, min(a.confidence, s.confidence))
    return [merged, *spans[2:]]


# a list in natural order cut after its "&" or "and": the last name, closed by a full stop, then the title
_CUT_AT_CONJUNCTION = lazy_pattern(r"\s(?:&|and)\s*$")
_NAME_THEN_TITLE = lazy_pattern(r"^\s*(?P<name>[^\W\d_][^.,;:*\"“]*?[^\W\d_])\.\s+(?=[*\"“A-Z\u00c0-\u00de])")


@needs(labels=("title",), any_label=("author", "editor"), marks=("&", "and"))
def name_after_conjunction(spans: list[Span], text: str) -> list[Span]:
    """``Jérôme Bouchaud & | Georges Voisset. *Une Poignée de Pierreries*.`` with the list cut after its ``&``
    and the last name read into the title: the title's opening name in natural order (a given name the lexicon
    or the labelled references know first), closed by a full stop, is the list's last."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("author", "editor") or nxt.label != "title" or not _CUT_AT_CONJUNCTION.search(s.text):
            continue
        m = _NAME_THEN_TITLE.match(nxt.text)
        if m is None or not nxt.text[m.end() :].strip():
            continue
        name = m.group("name")
        words = name.split()
        if not 2 <= len(words) <= 4 or not (known_given_word(words[0]) or mostly_a_name(words[0])):
            continue
        if not natural_name(name) or has_org_word(name):
            continue
        cut = nxt.start + m.end("name") + 1
        names = Span(s.label, text[s.start : cut], s.start, cut, min(s.confidence, nxt.confidence))
        rest = text[cut : nxt.end]
        lead = len(rest) - len(rest.lstrip())
        title = Span("title", rest.lstrip(), cut + lead, nxt.end, nxt.confidence)
        return [*spans[:k], names, title, *spans[k + 2 :]]
    return spans
