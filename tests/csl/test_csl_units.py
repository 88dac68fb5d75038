"""Unit tests of biblio.csl on small hand-written styles and items."""

from __future__ import annotations

import pytest

from biblio.csl import compile_style, render
from biblio.csl.formatters import get_formatter
from biblio.csl.locale import build_locale
from biblio.csl.names import initialize
from biblio.csl.numbers import format_page_range, is_numeric, is_plural, ordinal
from biblio.csl.output import Span, flatten, parse_rich
from biblio.csl.textcase import apply_case

QUOTES = ("\u201c", "\u201d", "\u2018", "\u2019")


def style(layout: str, citation: str = "", bib_attrs: str = "", cite_attrs: str = "", macros: str = "",
          style_attrs: str = "", sort: str = "") -> str:
    cit = citation or "<text variable='title'/>"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" {style_attrs}>
  <info><title>t</title><id>t</id></info>
  {macros}
  <citation {cite_attrs}><layout delimiter="; ">{cit}</layout></citation>
  <bibliography {bib_attrs}>{sort}<layout>{layout}</layout></bibliography>
</style>"""


def text(s: Span | str) -> str:
    return flatten(s, get_formatter("text"), QUOTES, True)


# ------------------------------------------------------------------ pieces
def test_initialize() -> None:
    assert initialize("John Ronald", ". ") == "J. R."
    assert initialize("Jean-Paul", ".") == "J.-P."
    assert initialize("Jean-Paul", ".", True, False) == "J.P."
    assert initialize("James T", ".", False) == "James T."
    assert initialize("Min-jun", ". ") == "M."


def test_page_ranges() -> None:
    assert format_page_range("321-328", "chicago-16") == "321\u201328"
    assert format_page_range("1496-1504", "chicago") == "1496\u20131504"
    assert format_page_range("42-45", "minimal") == "42\u20135"
    assert format_page_range("42-45", "minimal-two") == "42\u201345"
    assert format_page_range("101-8", "expanded") == "101\u2013108"
    assert format_page_range("N110-P5", "expanded") == "N110-P5"


def test_numbers() -> None:
    loc = build_locale("en-US", [])
    assert [ordinal(n, loc) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd", "111th"]
    assert is_numeric("12-14") and is_numeric("2nd") and not is_numeric("first")
    assert is_plural("12-14") and is_plural("1, 3") and not is_plural("12")


def test_locale_fallback() -> None:
    de = build_locale("de", [])
    assert de.term("and") == "und"
    assert de.term("no date", "short")  # present in de-DE (or inherited from en-US)
    en = build_locale("en-US", [])
    assert en.term("editor", "short", True) == "eds."
    assert en.punctuation_in_quote


def test_title_case_and_sentence() -> None:
    assert apply_case("the lord of the rings: a guide to middle-earth", "title") == \
        "The Lord of the Rings: A Guide to Middle-Earth"
    assert apply_case("Nickel-and-dimed in the USA", "title") == "Nickel-and-Dimed in the USA"
    node = parse_rich('A <span class="nocase">pH</span> study')
    assert text(apply_case(node, "uppercase")) == "A pH STUDY"


def test_punctuation_merging_and_quotes() -> None:
    node = Span([Span(["Is it dead?"], quotes=True), ". Next"])
    assert text(node) == "\u201cIs it dead?\u201d Next"
    node = Span([Span(["Title"], quotes=True), ", more"])
    assert text(node) == "\u201cTitle,\u201d more"
    inner = Span([Span(["Outer ", Span(["inner"], quotes=True), " text"], quotes=True)])
    assert text(inner) == "\u201cOuter \u2018inner\u2019 text\u201d"


def test_flip_flop_italics_html() -> None:
    node = Span([Span(["Book about ", Span(["Nature"], fmt=(("font-style", "italic"),))],
                      fmt=(("font-style", "italic"),))])
    out = flatten(node, get_formatter("html"), QUOTES, True)
    assert out == '<i>Book about <span style="font-style:normal;">Nature</span></i>'


# ------------------------------------------------------------------ whole styles
ITEMS = [
    {"id": "a", "type": "book", "title": "the first book", "author": [{"family": "Smith", "given": "John"}],
     "issued": {"date-parts": [[2020]]}, "publisher": "Press"},
    {"id": "b", "type": "book", "title": "Second Book", "author": [{"family": "Smith", "given": "John"}],
     "issued": {"date-parts": [[2020]]}},
    {"id": "c", "type": "article-journal", "title": "An Article", "author": [
        {"family": "Doe", "given": "Jane"}, {"family": "Roe", "given": "Richard"}, {"family": "Poe", "given": "E."}],
     "issued": {"raw": "2019-05-03"}, "page": "12-19", "container-title": "Journal"},
]


def test_bibliography_text_and_html() -> None:
    xml = style(
        "<group delimiter='. '><names variable='author'><name name-as-sort-order='first' and='symbol' "
        "initialize-with='. ' delimiter-precedes-last='always'/></names>"
        "<date variable='issued' prefix='(' suffix=')'><date-part name='year'/></date>"
        "<text variable='title' text-case='title' font-style='italic'/></group>",
        sort="<sort><key variable='author'/><key variable='title'/></sort>",
        cite_attrs="disambiguate-add-year-suffix='true'",
        citation="<group delimiter=' '><names variable='author'><name form='short'/></names>"
                 "<date variable='issued'><date-part name='year'/></date></group>",
    )
    out = render(xml, ITEMS, None, "text").split("\n")
    assert out[0].startswith("Doe, J., R. Roe, & E. Poe. (2019)")
    # sorted by author then title: "Second Book" comes first and takes the first year-suffix
    assert out[1] == "Smith, J. (2020a). Second Book"
    assert out[2] == "Smith, J. (2020b). The First Book"
    html = render(xml, ITEMS, None, "html")
    assert html.startswith('<div class="csl-bib-body">\n  <div class="csl-entry">')
    assert "<i>The First Book</i>" in html
    cites = [{"citationID": "x", "citationItems": [{"id": "a"}, {"id": "b"}], "properties": {"noteIndex": 0}}]
    assert render(xml, ITEMS, cites, "text") == "Smith 2020b; Smith 2020a"


def test_output_formats() -> None:
    xml = style("<text variable='title' font-style='italic'/><text value=' &amp; 100%' font-weight='bold'/>")
    item = [{"id": "x", "type": "book", "title": "A_B"}]
    assert render(xml, item, None, "markdown") == "*A_B*** & 100%**"  # an intraword _ is no emphasis
    assert render(xml, item, None, "latex") == "\\emph{A\\_B}\\textbf{ \\& 100\\%}"
    rtf = render(xml, item, None, "rtf")  # a complete document: header, font table, one paragraph per entry
    assert rtf.startswith("{\\rtf1\\ansi") and rtf.endswith("{\\pard {\\i{}A_B}{\\b{} & 100%}\\par}\n}\n")
    with pytest.raises(ValueError):
        render(xml, item, None, "docx")


def test_substitution_suppresses_variable() -> None:
    xml = style("<group delimiter='. '><names variable='author'><substitute><text variable='title'/>"
                "</substitute></names><text variable='title'/><date variable='issued'>"
                "<date-part name='year'/></date></group>")
    item = [{"id": "x", "type": "book", "title": "Anonymous", "issued": {"literal": "ca. 1900"}}]
    assert render(xml, item, None, "text") == "Anonymous. ca. 1900"


def test_group_suppression_and_labels() -> None:
    xml = style("<group delimiter=' '><text term='in'/><text variable='container-title'/></group>"
                "<group prefix=' ' delimiter=' '><label variable='page' form='short'/><text variable='page'/></group>")
    # the empty first group disappears; the second keeps its prefix
    assert render(xml, [{"id": "x", "type": "book", "page": "3-5"}], None, "text") == " pp. 3\u20135"


def test_positions_ibid() -> None:
    xml = style("<text variable='title'/>", citation=(
        "<choose><if position='ibid-with-locator'><text term='ibid'/><text variable='locator' prefix=', '/></if>"
        "<else-if position='ibid'><text term='ibid'/></else-if><else-if position='subsequent'>"
        "<text variable='title' form='short'/></else-if><else><text variable='title'/></else></choose>"))
    xml = xml.replace('class="in-text"', 'class="note"')
    cites = [{"citationID": str(i), "citationItems": items, "properties": {"noteIndex": i + 1}} for i, items in
             enumerate([[{"id": "a"}], [{"id": "a"}], [{"id": "a", "locator": "5"}], [{"id": "b"}], [{"id": "a"}]])]
    out = render(xml, ITEMS, cites, "text").split("\n")
    assert out == ["the first book", "Ibid.", "Ibid., 5", "Second Book", "the first book"]


def test_compile_style_is_cached() -> None:
    xml = style("<text variable='title'/>")
    assert compile_style(xml) is compile_style(xml)
    s = compile_style(xml)
    assert s.bibliography([{"id": "1", "title": "T"}], "text") == ["T"]


def test_style_locale_overrides_and_fallback() -> None:
    xml = style("<text term='editor' form='short'/><text value=' '/><text term='and'/>").replace(
        "<citation", "<locale xml:lang='en'><terms><term name='editor' form='short'>ed.</term></terms></locale>"
        "<citation", 1)
    assert render(xml, [{"id": "x", "type": "book"}], None, "text") == "ed. and"
    de = style("<text term='and'/>", style_attrs="default-locale='de-AT'")
    assert render(de, [{"id": "x", "type": "book"}], None, "text") == "und"
    # the locale files are read once for every engine: a style's own terms stay the style's
    assert render(style("<text term='editor' form='short'/>"), [{"id": "x", "type": "book"}], None, "text") == "ed."
    assert build_locale("en-US", []).term("editor", "short", True) == "eds."


def test_particles_and_sort_order() -> None:
    xml = style("<names variable='author'><name name-as-sort-order='all'/></names>",
                sort="<sort><key variable='author'/></sort>")
    items = [{"id": "1", "author": [{"family": "van Gogh", "given": "Vincent"}]},
             {"id": "2", "author": [{"family": "Beethoven", "given": "Ludwig van"}]}]
    assert render(xml, items, None, "text").split("\n") == ["Beethoven, Ludwig van", "Gogh, Vincent van"]


def test_add_givenname_disambiguation() -> None:
    xml = style("<text variable='title'/>", citation=(
        "<group delimiter=' '><names variable='author'><name form='short' initialize-with='. '/></names>"
        "<date variable='issued'><date-part name='year'/></date></group>"),
        cite_attrs="disambiguate-add-givenname='true' givenname-disambiguation-rule='by-cite'")
    items = [{"id": "1", "title": "A", "author": [{"family": "Doe", "given": "John"}], "issued": {"raw": "2000"}},
             {"id": "2", "title": "B", "author": [{"family": "Doe", "given": "Anna"}], "issued": {"raw": "2000"}}]
    cites = [{"citationID": "c", "citationItems": [{"id": "1"}, {"id": "2"}], "properties": {"noteIndex": 0}}]
    assert render(xml, items, cites, "text") == "J. Doe 2000; A. Doe 2000"


def test_citation_number_collapse() -> None:
    xml = style("<text variable='citation-number'/>", citation="<text variable='citation-number'/>",
                cite_attrs="collapse='citation-number'")
    xml = xml.replace('<layout delimiter="; ">', '<layout delimiter="," prefix="[" suffix="]">')
    items = [{"id": str(i), "title": str(i)} for i in range(1, 6)]
    cites = [{"citationID": "c", "citationItems": [{"id": i} for i in ("1", "2", "3", "5")],
              "properties": {"noteIndex": 0}}]
    # numbers follow the order of first citation: item 5 becomes number 4
    assert render(xml, items, cites, "text") == "[1\u20134]"
    cites = [{"citationID": "c", "citationItems": [{"id": i} for i in ("1", "2", "4", "5")],
              "properties": {"noteIndex": 0}}, {"citationID": "d", "citationItems": [{"id": "1"}, {"id": "2"},
                                                                                       {"id": "3"}, {"id": "5"}],
                                                 "properties": {"noteIndex": 0}}]
    assert render(xml, items, cites, "text").split("\n") == ["[1\u20134]", "[1,2,5,4]"]


def _rows(data: list[list[object]], nkeys: int, computed: set[tuple[int, int]]) -> list:
    from biblio.csl.sort import LazyRow

    def row(r: int) -> LazyRow:
        def compute(k: int) -> object:
            computed.add((r, k))
            return data[r][k]
        return LazyRow(nkeys, compute)
    return [row(r) for r in range(len(data))]


def test_sort_by_runs_matches_pairwise_order() -> None:
    """Sorting key by key (runs of ties) gives the order of the pairwise comparison, and
    computes a key only for the rows that tie on every key before it."""
    import random

    from biblio.csl.sort import _sort_cmp, sort_indices
    from biblio.csl.style import SortKey

    rnd = random.Random(7)
    pools = [[None, "a", "b", "B", "ab", ""], [None, 1, 2, 10, 0], [None, 3, "x", "0000000003", 12],
             [None, -5, -10, "abc", 7]]
    for _ in range(300):
        nkeys = rnd.randint(1, 3)
        keys = [SortKey(ascending=rnd.random() < 0.5) for _k in range(nkeys)]
        cols = [rnd.choice(pools) for _k in range(nkeys)]
        data = [[rnd.choice(c) for c in cols] for _r in range(rnd.randint(0, 12))]
        got_computed: set[tuple[int, int]] = set()
        want_computed: set[tuple[int, int]] = set()
        got = sort_indices(keys, _rows(data, nkeys, got_computed))
        want = _sort_cmp(_rows(data, nkeys, want_computed), [k.ascending for k in keys])
        assert got == want
        if not any(-5 in c for c in cols):
            assert got_computed == want_computed
