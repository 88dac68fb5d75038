"""Lessons and articles with endnotes beside a list of works: the list found under any heading, lead-ins and
archive notes taken off, repeated notes of unlisted works counted once, a reader's pointers kept apart."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.references.cues import is_reference
from biblio.references.finder import find_reference_sections
from biblio.references.notes import annotation, cited_page, note_citations, without_archive_note
from biblio.references.splitter import split_references

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"

LESSON = """# Method

Text.[^1] More text.[^2] Still more.[^3]

# Going further

If you plan to use it, the author recommends the following articles:

1. Wilson, A. G., ‘A family of spatial interaction models’, Environment and Planning A, 3 (1971), pp. 1–32.
2. Flowerdew, R. and Aitkin, M., ‘A method of fitting the gravity model’, Journal of Regional Science, 22 (1982).
3. Congdon, P., ‘Approaches to modelling overdispersion’, Environment and Planning A, 25 (1993), pp. 1481–510.

# Endnotes

[^1]: Hunt, E.H., "Industrialization and Regional Inequality", *Journal of Economic History*, vol. 46 (1986), 965.
[^2]: For example, see: Grigg, D.B. "E.G. Ravenstein and the 'laws of migration", *J. Hist. Geogr.*, vol. 3 (1977).
[^3]: Hunt, E.H., "Industrialization and Regional Inequality", *Journal of Economic History*, vol. 46 (1986), 966.
"""


def test_a_list_of_whole_references_under_any_heading_counts_beside_the_notes() -> None:
    sections = find_reference_sections(LESSON)
    assert [s.heading for s in sections] == ["Going further", "Endnotes"]
    found = read_document(LESSON, "lesson.md")
    assert [item["author"][0]["family"] for item in found.items] == ["Wilson", "Flowerdew", "Congdon", "Hunt", "Grigg"]
    hunt = found.items[3]["custom"]["biblio"]
    assert [(n["line"], n.get("locator")) for n in hunt["notes"]] == [(17, "966")]  # the repeat cites the first


def test_a_list_with_one_item_that_is_no_reference_is_no_section() -> None:
    text = LESSON.replace("3. Congdon, P., ‘Approaches", "3. See the appendix for ‘Approaches")
    assert [s.heading for s in find_reference_sections(text)] == ["Endnotes"]


def test_lead_ins_of_notes_go() -> None:
    assert note_citations('For example, see: Grigg, D.B. "Title", *Journal*, vol. 3 (1977).') == [
        'Grigg, D.B. "Title", *Journal*, vol. 3 (1977).'
    ]
    assert note_citations(
        "For English speakers, the author recommends Eugene O'Loughlin, 'How To', "
        "*YouTube* (23 December 2015): <https://www.youtube.com/watch?v=x>."
    )[0].startswith("Eugene")


def test_an_initial_without_its_period_starts_a_reference() -> None:
    assert is_reference(
        'Crymble, A, A. Dennett, and T. Hitchcock, "Modelling regional imbalances", '
        "*Economic History Review*, vol. 71, no. 3 (2018), 751."
    )


def test_web_archive_notes_are_not_part_of_the_work() -> None:
    text = (
        'Debugging, Rubber Duck. ["Rubber Duck Debugging"](https://rubberduckdebugging.com/). '
        "*rubberduckdebugging.com*. [Archived](https://web.archive.org/web/2020/x) from the original on "
        "12 November 2020. Retrieved 14 September 2023."
    )
    assert without_archive_note(text) == (
        'Debugging, Rubber Duck. ["Rubber Duck Debugging"]'
        "(https://rubberduckdebugging.com/). *rubberduckdebugging.com*. "
        "Retrieved 14 September 2023."
    )
    assert (
        without_archive_note(
            "Baker, SJ, *Title*, archived from the original on 5 October 2013, retrieved 9 February 2011."
        )
        == "Baker, SJ, *Title*, retrieved 9 February 2011."
    )


def test_a_reader_s_pointers_after_a_reference_are_an_annotation() -> None:
    text = (
        "Sinha, N. K. and Ananthkrishnan, N. *Elementary Flight Dynamics*, CRC Press, 2013. "
        "[Read on Google Books](http://books.google.com/books?id=y) (see chapter 5)"
    )
    assert annotation(text) == (
        "Sinha, N. K. and Ananthkrishnan, N. *Elementary Flight Dynamics*, CRC Press, 2013.",
        "[Read on Google Books](http://books.google.com/books?id=y); see chapter 5",
    )
    assert annotation("Smith, J. *Read Me*. Press, 2001.") == ("Smith, J. *Read Me*. Press, 2001.", None)


def test_a_note_s_cited_pages_joined_by_a_non_breaking_hyphen() -> None:
    assert cited_page('Mosteller, "A Study", *Proceedings*, vol. 131 (1987), pp. 132\u201140.') == (
        'Mosteller, "A Study", *Proceedings*, vol. 131 (1987).',
        "pp. 132\u201140",
    )


def test_the_lesson_s_endnotes_and_list() -> None:
    found = read_document((DOCUMENTS / "real-ph-gravity-endnotes.md").read_text(encoding="utf-8"), "g.md")
    assert len(found.items) == 16
    assert {s.heading for s in found.sections} == {"Taking Your Knowledge Forward", "Endnotes"}


def test_court_decisions_in_a_list_are_references_of_their_own() -> None:
    text = (
        "References\n\nSmith, J. (2010). A title. Journal of Law, 12, 1-10.\n"
        "Brown v. Board of Education, 347 U.S. 483 (1954).\nDonoghue v Stevenson [1932] AC 562.\n"
    )
    found = [r.text for section in find_reference_sections(text) for r in split_references(section.text)]
    assert found == [
        "Smith, J. (2010). A title. Journal of Law, 12, 1-10.",
        "Brown v. Board of Education, 347 U.S. 483 (1954).",
        "Donoghue v Stevenson [1932] AC 562.",
    ]
    assert not is_reference("In Brown v. Board of Education the court held that separate is not equal.")
