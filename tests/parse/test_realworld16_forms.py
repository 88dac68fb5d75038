"""Forms of hand-written reference lists outside publishing (``tests/data/parse/realworld16.jsonl``): a resource
list's bold body before the month and year, MLA 7's ``Web.`` and ``Ed.`` and a database's ``Database.``, an italic
site with the body that runs it, an italic journal whose subtitle follows a colon. Each case was read wrong before
the mend or normaliser it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a resource list's bold body opening the reference is the author, not an italic title",
        "**Guttmacher Institute.** March 2020. The covid-19 outbreak: Potential fallout for sexual health",
        {
            "author": [{"literal": "Guttmacher Institute"}],
            "title": "The covid-19 outbreak: Potential fallout for sexual health",
            "issued": {"date-parts": [[2020, 3]]},
        },
    ),
    (
        "tokens.leading_bold: a bold person's name opening the reference is the author",
        "**Melinda Gates.** July 2020. Sexist and incomplete data hold back the world’s Covid-19 response",
        {"author": [{"family": "Gates", "given": "Melinda"}]},
    ),
    (
        "lone_phrases.closing_note_is_title: the words after the author and the date are the title, not a note",
        "UN Women. June 2020. Women’s unpaid and underpaid work in the times of Covid-19",
        {"title": "Women’s unpaid and underpaid work in the times of Covid-19", "note": None},
    ),
    (
        "container.medium_read_as_publisher: MLA 7's 'Web.' after the date is the medium, no publisher",
        "Smith, Jane. “Opening the Archive.” State Library of Victoria, 3 March 2017. Web. "
        "https://www.slv.vic.gov.au/blogs/opening-the-archive Accessed 5 May 2019.",
        {"publisher": None, "medium": "Web", "title": "Opening the Archive"},
    ),
    (
        "mla_containers.body_after_italic_site: the italic site is the container, the body after it the publisher",
        "“Visitor Guidelines.” *About Us.* National Museum of Wales, 2016. Web. https://museum.wales/about/guidelines "
        "Accessed 2 June 2019.",
        {"container-title": "About Us", "publisher": "National Museum of Wales", "title": "Visitor Guidelines"},
    ),
    (
        "mla_containers.body_after_italic_site: a book's italic title run on into its publisher before the year",
        "Brake, Laurel, Aled Jones and Lionel Madden (eds). *Investigating Victorian Journalism.* Palgrave, 1990.",
        {"title": "Investigating Victorian Journalism", "publisher": "Palgrave", "container-title": None},
    ),
    (
        "mla_edited_books.abbreviated_role_opens_publisher: MLA 7's 'Ed. Name.' before the publisher is the editor",
        "Harvey, Ross. “Selection of Newspapers for Preservation.” *Newspaper Librarianship Today.* Ed. Anna Walker. "
        "K. G. Saur, 2006. 103–13.",
        {"editor": [{"family": "Walker", "given": "Anna"}], "publisher": "K. G. Saur"},
    ),
    (
        "title.kind_closing_italic_title: 'Database.' after the italic title is the kind of work",
        "*The Welsh Newspapers Archive.* Database. National Library of Wales, 2015. https://newspapers.library.wales "
        "Accessed 3 May 2019.",
        {"title": "The Welsh Newspapers Archive", "genre": "Database"},
    ),
    (
        "the Chicago reader: an italic journal's name and subtitle after a colon is no place and publisher",
        "Hauswedell, Tessa and Emily Bell. “Selection Criteria of Digital Archives.” *Archival Science: International "
        "Journal on Recorded Information*, forthcoming.",
        {
            "container-title": "Archival Science: International Journal on Recorded Information",
            "publisher-place": None,
            "publisher": None,
        },
    ),
    (
        "the Chicago reader: after an italic report's title, a body's name before the date is its publisher",
        "Barrall, Kelly and Christine Guenther. *Microfilm Selection for Digitization.* OCLC Preservation Service "
        "Centers, 17 May 2005. http://www.loc.gov/ndnp/guidelines/selection.pdf. Accessed 6 December 2019.",
        {"publisher": "OCLC Preservation Service Centers", "container-title": None},
    ),
    (
        "publisher.company_line_after_colon: 'Gale: A Cengage Company' is one publisher, no place",
        "Smith, John. *Digital Archives of the Press*. Gale: A Cengage Company, 2015.",
        {"publisher": "Gale: A Cengage Company", "publisher-place": None},
    ),
    (
        "publisher.body_read_as_person: a body named as the author and again as the publisher is no person",
        "Europeana Newspapers. *D5.3 Final public release with updated online resource for documentation.* Europeana "
        "Newspapers, 2015.",
        {"author": [{"literal": "Europeana Newspapers"}], "publisher": "Europeana Newspapers"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_realworld16_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
