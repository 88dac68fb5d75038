"""Unit and property tests of biblio.formats.bibtex (writer, reader, escaping, mapping)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import MalformedInput
from biblio.formats.bibtex import dumps, latex, loads
from biblio.formats.bibtex.mapping import (
    DIALECTS,
    FIELDS,
    TYPES,
    csl_type_of,
    read_rule,
)


def _one(item: dict[str, Any], dialect: str = "bibtex") -> str:
    return dumps([item], dialect)


def test_escapes_every_special_character() -> None:
    assert latex.escape("a & b % c $ d # e _ f ~ g ^ h \\ i") == (
        r"a \& b \% c \$ d \# e \_ f \textasciitilde{} g \textasciicircum{} h \textbackslash{} i"
    )
    assert latex.escape("{x}") == r"\{x\}"
    assert latex.escape("x}") == r"x\textbraceright{}"  # unpaired: BibTeX counts \} too


def test_case_protection_braces_capitals_styles_would_lower() -> None:
    assert latex.protect_case("Pakistan: Marching in Balochistan") == "Pakistan: {Marching} in {Balochistan}"
    assert latex.protect_case("BBC reports on the UN") == "{BBC} reports on the {UN}"
    assert latex.protect_case("'I only protest'") == "'{I} only protest'"


@pytest.mark.parametrize(
    "title", [r"\input{/etc/hostname}", r"x \end{document} y", r"\immediate\write18{rm -rf /}"]
)
def test_injection_is_inert_text(title: str) -> None:
    bib = _one({"type": "book", "title": title, "author": [{"family": "Doe"}]})
    assert "\\input{" not in bib and "\\end{" not in bib and "\\write18{" not in bib
    assert "\\immediate" not in bib.replace("\\textbackslash{}immediate", "")
    assert loads(bib)[0]["title"] == title


def test_names_organisations_particles_suffixes_and_accents() -> None:
    item = {
        "type": "book",
        "title": "T",
        "author": [
            {"literal": "Food and Agriculture Organization"},
            {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
            {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
            {"family": "Wójcik", "given": "Łukasz"},
        ],
    }
    classic, modern = _one(item), _one(item, "biblatex")
    assert (
        "author = {{Food and Agriculture Organization} and van der Berg, Jan and "
        "King, Jr., Martin Luther and W{\\'o}jcik, {\\L}ukasz}"
    ) in classic
    assert "Wójcik, Łukasz" in modern  # biber reads UTF-8 itself
    for bib in (classic, modern):
        assert loads(bib)[0]["author"] == item["author"]


def test_dates_month_macros_day_and_undated() -> None:
    dated = {
        "type": "webpage",
        "title": "T",
        "URL": "https://x.org/a_b?c=%20",
        "issued": {"date-parts": [[2024, 7, 31]]},
        "accessed": {"date-parts": [[2024, 8, 1]]},
    }
    classic = _one(dated)
    assert "  year = {2024},\n  month = jul,\n  day = {31}," in classic
    assert "urldate = {2024-08-01}" in classic and "url = {https://x.org/a_b?c=%20}" in classic
    assert "date = {2024-07-31}" in _one(dated, "biblatex")
    undated = {"type": "webpage", "title": "T"}
    assert "year = {n.d.}" in _one(undated)
    assert "date" not in _one(undated, "biblatex") and "year" not in _one(undated, "biblatex")
    assert "issued" not in loads(_one(undated))[0]
    for bib in (classic, _one(dated, "biblatex")):
        assert loads(bib)[0]["issued"] == dated["issued"]


def test_reader_month_forms_and_ranges() -> None:
    bib = "@article{a, title={T}, year=2020, month=mar}\n@article{b, title={T}, year={2020}, month={9}}\n"
    bib += "@article{c, title={T}, date={2020/2021}}\n@article{d, title={T}, year={Spring 2020}}"
    issued = [item.get("issued") for item in loads(bib)]
    assert issued == [
        {"date-parts": [[2020, 3]]},
        {"date-parts": [[2020, 9]]},
        {"date-parts": [[2020], [2021]]},
        {"literal": "Spring 2020"},
    ]


def test_doi_bare_custom_data_never_leaks_unmapped_goes_to_note() -> None:
    item = {
        "type": "article-journal",
        "title": "T",
        "DOI": "https://doi.org/10.1/x_y",
        "archive": "Box 3",
        "custom": {"biblio": {"source": "Doe (2020). T.", "flags": ["no-author"]}},
    }
    bib = _one(item)
    assert "doi = {10.1/x_y}" in bib and "note = {archive: Box 3}" in bib
    assert "biblio" not in bib and "no-author" not in bib and "Doe (2020)" not in bib


def test_keys_prefer_valid_ids_and_stay_unique() -> None:
    items = [
        {"id": "mykey", "type": "book", "title": "T"},
        {"id": "bad key!", "type": "book", "title": "T"},
        {"id": "mykey", "type": "book", "title": "T"},
    ]
    keys = [item["id"] for item in loads(dumps(items))]
    assert keys[0] == "mykey" and len(set(keys)) == 3
    with pytest.raises(ValueError):
        dumps(items, keys=["a", "a", "b"])


@pytest.mark.parametrize(
    "text",
    [
        "@article{a, title={unclosed}",
        "@article{a, title = {x} author = {y}}",
        "@article{a, month = foo}",
    ],
)
def test_malformed_input_is_one_line_error(text: str) -> None:
    with pytest.raises(MalformedInput) as error:
        loads(text)
    assert "\n" not in error.value.message


def test_type_table_reads_back_what_it_writes() -> None:
    for rule in TYPES:
        for dialect in DIALECTS:
            assert csl_type_of(*rule.entry(dialect)) == rule.csl, (rule, dialect)


def test_field_table_is_invertible_per_type() -> None:
    types = {t for rule in FIELDS if rule.types for t in rule.types} | {"book", "document"}
    for csl_type in types:
        for dialect in DIALECTS:
            for rule in FIELDS:
                field = rule.field(dialect)
                if field and rule.applies(csl_type):
                    back = read_rule(field, csl_type, dialect)
                    assert back is not None and (
                        back.csl == rule.csl or back.csl in _written(field, csl_type, dialect)
                    ), (rule, csl_type)


def _written(field: str, csl_type: str, dialect: str) -> set[str]:
    """CSL variables earlier rows already send to ``field`` (the writer keeps the first)."""
    return {r.csl for r in FIELDS if r.applies(csl_type) and r.field(dialect) == field}  # type: ignore[arg-type]


# --- round trip ------------------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyzéüøłñ"
_word = st.text(alphabet=_LETTERS + _LETTERS.upper(), min_size=1, max_size=8)
_text = st.lists(
    st.one_of(_word, st.sampled_from(list("&%$#_{}~^\\\"'") + ["--", "R&D", "UN", "a:"])),
    min_size=1,
    max_size=8,
).map(" ".join)
_family = st.builds(lambda w: w[:1].upper() + w[1:], st.text(alphabet=_LETTERS, min_size=2, max_size=8))
_person = st.builds(
    lambda family, given, particle, suffix: {
        k: v
        for k, v in (
            ("family", family),
            ("given", given),
            ("non-dropping-particle", particle),
            ("suffix", suffix),
        )
        if v
    },
    _family,
    st.one_of(st.none(), _family),
    st.sampled_from([None, "van der", "de", "von"]),
    st.sampled_from([None, "Jr.", "III"]),
)
_org = st.builds(lambda t: {"literal": t}, _text)
_date = st.builds(
    lambda y, m, d: {"date-parts": [[y] + ([m] if m else []) + ([d] if m and d else [])]},
    st.integers(1900, 2030),
    st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1, 28)),
)
_item = st.fixed_dictionaries(
    {
        "type": st.sampled_from(
            [
                "article-journal",
                "book",
                "chapter",
                "report",
                "thesis",
                "webpage",
                "paper-conference",
                "article-newspaper",
                "dataset",
            ]
        ),
        "title": _text,
    },
    optional={
        "author": st.lists(st.one_of(_person, _org), min_size=1, max_size=4),
        "issued": _date,
        "volume": st.integers(1, 99).map(str),
        "page": st.just("12-34"),
        "DOI": st.just("10.1000/abc_1"),
        "URL": st.just("https://example.org/a_b?x=1%20"),
        "publisher": _text,
        "note": _text,
    },
)


@settings(max_examples=60, deadline=None)
@given(item=_item, dialect=st.sampled_from(DIALECTS))
def test_round_trip_preserves_mapped_fields(item: dict[str, Any], dialect: str) -> None:
    bib = dumps([item], dialect)
    back = loads(bib)[0]
    for key, value in item.items():
        expected = latex.clean(value) if isinstance(value, str) else value
        if key == "note":
            assert back["note"].startswith(expected), bib  # fields with no home are appended
        else:  # in its field, or kept in note as "variable: value" and read back from there
            assert back.get(key) == expected, (key, bib)


def test_repeated_keys_keep_every_entry() -> None:
    from biblio.records.keys import with_ids

    text = "@book{a, title={One}, year=2020}\n@comment{a}\n@book{A, title={Two}, year=2021}\n@misc{b, title={Three}}\n"
    items = with_ids(loads(text))
    assert [i["title"] for i in items] == ["One", "Two", "Three"]
    assert items[0]["id"] == "a" and items[1]["id"] not in ("a", "A", "b")
    assert items[1]["custom"]["biblio"]["original-id"] == "A"


def test_classic_issue_without_volume_goes_to_note() -> None:
    # plainnat warns "there's a number but no volume": a magazine's issue alone is kept in the note
    item = {"id": "m", "type": "article-magazine", "title": "T", "container-title": "M", "issue": "8",
            "author": [{"family": "Lim", "given": "Seo"}], "issued": {"date-parts": [[2013]]}}
    text = dumps([item], "bibtex")
    assert "number" not in text and "note = {issue: 8}" in text
    assert {k: v for k, v in loads(text)[0].items() if k != "custom"} == item
    assert "number = {8}" in dumps([{**item, "volume": "3"}], "bibtex")


def test_a_big_file_is_read_in_batches_with_its_macros_parents_and_broken_entries(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio.formats.bibtex import reader
    from biblio.formats.problems import Collector

    monkeypatch.setattr(reader, "_BATCH", 2)
    text = (
        'preface text\n@string{jn = "Journal of X"}\n'
        "@inproceedings{c1, author={Abe, B}, title={Paper}, crossref={proc}, pages={1--2}}\n"
        "@article{a1, author={Cole, D}, title={One}, journal=jn, year=2000}\n"
        "@book{broken, title={Two, year=2001}\n"
        "@article{a2, author={Cole, D}, title={Three}, journal=jn, year=2002}\n"
        "@proceedings{proc, title={Proceedings of Things}, year=2010, publisher={P}}\n"
    )
    collected = Collector()
    items = list(reader.iter_items(text, "big.bib", collected))
    assert [i["id"] for i in items] == ["c1", "a1", "a2", "proc"]
    assert items[0]["container-title"] == "Proceedings of Things" and items[0]["publisher"] == "P"
    assert items[1]["container-title"] == items[2]["container-title"] == "Journal of X"
    assert len(collected.errors) == 1 and collected.errors[0].startswith("big.bib:5: entry 'broken' skipped")


def test_preprint_arxiv_number_as_biblatex_eprint_and_back() -> None:
    from biblio.formats.bibtex import dumps, loads

    item = {"id": "brown2020", "type": "article", "title": "Few-shot learners", "number": "arXiv:2005.14165 [cs.CL]",
            "issued": {"date-parts": [[2020]]}}
    bib = dumps([item], "biblatex")
    assert "eprint = {2005.14165}" in bib and "eprinttype = {arxiv}" in bib and "eprintclass = {cs.CL}" in bib
    assert "number" not in bib
    back = loads(bib)[0]
    assert back["type"] == "article" and back["number"] == "arXiv:2005.14165 [cs.CL]"


def test_arxivs_own_bibtex_reads_as_a_preprint() -> None:
    from biblio.formats.bibtex import loads

    bib = ("@misc{vaswani2017,\n  title={Attention Is All You Need},\n  author={Ashish Vaswani},\n  year={2017},\n"
           "  eprint={1706.03762},\n  archivePrefix={arXiv},\n  primaryClass={cs.CL},\n}\n")
    item = loads(bib)[0]
    assert item["type"] == "article"
    assert item["number"] == "arXiv:1706.03762 [cs.CL]"
    assert "note" not in item
