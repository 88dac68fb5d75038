"""Forms of humanities bibliographies met in humanities_real7 (Digital Humanities Quarterly's hand-written
Chicago and MLA lists), typed anew: each case was read wrong before the change it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.editors import editors_apart
from biblio.parse.spans import Span

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a site's page dated after its link, 'In *Site*, URL, 2004.': the year is the date, no page",
        "Morgan, Helen. “Reading Rooms.” In *The Library History Web*, http://example.org/rooms.html, 2004.",
        {"issued": {"date-parts": [[2004]]}, "page": None, "container-title": "The Library History Web"},
    ),
    (
        "an older '(weblog)' after a blog's name, inside or outside its italics, is no part of the name",
        "Ward, Anne. “Notes on Marginalia.” In *Paper Trails* (weblog), http://example.org/marginalia.html, 2008.",
        {"container-title": "Paper Trails", "issued": {"date-parts": [[2008]]}},
    ),
    (
        "a link cut from between a comma and its stop leaves the stop: the publisher after it is not the blog's",
        "Lee, Tom. “On Tagging.” In *Museum Notes (weblog)*, http://example.org/tagging.html. Museum Press, 2006.",
        {"container-title": "Museum Notes", "publisher": "Museum Press", "issued": {"date-parts": [[2006]]}},
    ),
    (
        "a paper presented at a meeting whose town and year close it with no comma between, 'Firenze 1984'",
        "Rossi, Anna. “Indexing Prints by Computer.” Paper presented at the Conference on Art Documentation, "
        "Bologna 1987.",
        {"issued": {"date-parts": [[1987]]}, "event-place": "Bologna"},
    ),
    (
        "a compiler's short role after a title-first book, 'ed. and comp. Name' or 'comp. Name', names the editor",
        "*Edward Lear's Riddles and Rhymes*, ed. and comp. Thomas Grey. New York: Dover, 1988.",
        {
            "title": "Edward Lear's Riddles and Rhymes",
            "editor": [{"family": "Grey", "given": "Thomas"}],
            "translator": None,
            "publisher": "Dover",
        },
    ),
    (
        "'comp.' alone is the compiler's (an editor's), not a translator's",
        "*The Collected Sayings*, comp. Mary Hall. London: Faber, 1990.",
        {"editor": [{"family": "Hall", "given": "Mary"}], "translator": None},
    ),
    (
        "a quoted title 'from' an italic book with its editors: the book is the container",
        "Hart, Mary. “Editing Letters,” from *A Companion to Textual Studies*, ed. John Lee, Ann Cole, 2011.",
        {"title": "Editing Letters", "container-title": "A Companion to Textual Studies", "note": None},
    ),
    (
        "a note's chapter in a book by one author, 'in Surname, *Book* 118': the surname is not the book's",
        "Reed, J.K. “Emending Horace,” in Greenfield, *Textual Scholarship* 214.",
        {"container-title": "Textual Scholarship", "page": "214", "editor": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_humanities_real7_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def test_editors_then_numbered_series_in_one_container() -> None:
    """``*Book*, ed. M.T. Cole and G. Marsh, Memoirs from the Field Society 20`` read as one container: the
    names after the role are the editors up to the last one, the numbered series after them a series."""
    text = "“Time,” *Essays on Natural History*, ed. M.T. Cole and G. Marsh, Memoirs from the Field Society 20."
    cont = text[8:]
    spans = [Span("title", text[:7], 0, 7), Span("container-title", cont, 8, len(text))]
    labels = [(s.label, s.text) for s in editors_apart(spans, text)]
    assert labels == [
        ("title", "“Time,”"),
        ("container-title", "*Essays on Natural History*"),
        ("editor", "ed. M.T. Cole and G. Marsh"),
        ("collection-title", "Memoirs from the Field Society 20."),
    ]


def test_day_and_month_read_into_the_site_open_the_date() -> None:
    """``…, Joel on Software, 11 Nov. | 2002.`` with the day and month read into the site: they open the date."""
    from biblio.parse.mends.dates import day_month_before_year

    text = "“Leaks” [weblog entry], Joel on Software, 11 Nov. 2002."
    a = text.index("[")
    b = text.index(" 2002")
    spans = [
        Span("title", text[:7], 0, 7),
        Span("container-title", text[a:b], a, b),
        Span("date", "2002.", b + 1, len(text)),
    ]
    labels = [(s.label, s.text) for s in day_month_before_year(spans, text)]
    assert labels == [
        ("title", "“Leaks”"),
        ("container-title", "[weblog entry], Joel on Software"),
        ("date", "11 Nov. 2002."),
    ]


def test_publisher_read_into_the_editors_italic_title() -> None:
    """``Eds. *Title.* TEI Consortium, | 2007.`` with the publisher inside the title's span: the words after the
    closing mark, before the year, are the publisher."""
    from biblio.parse.mends.titles import publisher_after_italic_title

    text = "Lane, A., Eds. *Guidelines for Encoding.* Text Consortium, 2009."
    t, d = text.index("Guidelines"), text.index("2009")
    spans = [
        Span("editor", text[:13], 0, 13),
        Span("title", text[t : d - 1], t, d - 1),
        Span("date", text[d:], d, len(text)),
    ]
    labels = [(s.label, s.text) for s in publisher_after_italic_title(spans, text)]
    assert labels == [
        ("editor", "Lane, A., Eds"),
        ("title", "Guidelines for Encoding.*"),
        ("publisher", "Text Consortium,"),
        ("date", "2009."),
    ]
