"""Forms the calibration split's wrong references showed: Chicago's ``edited by`` with a three-word name whose
family the model reads into the periodical after it, a title read as a container before the journal (``Authors,
Title [7], Nature, v. 362``), and two parts of one container joined with their comma twice.  The references here
are written for the tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.spans import Span


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    out, at = [], 0
    for label, part in parts:
        a = text.index(part, at)
        out.append(Span(label, part, a, a + len(part), 0.9))
        at = a + len(part)
    return out


def _mended(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from biblio.parse.mends import mend

    return [(s.label, s.text) for s in mend(_spans(text, parts), text)]


def test_editor_family_read_into_the_periodical_after_edited_by() -> None:
    """Chicago's ``In Book, edited by Given Middle Family, Yearbook 4 (2010): 12–30`` with the family name read as
    the start of the yearbook's name."""
    text = (
        "Lloyd, Ann. “Harbour Songs of the West.” In Coastal Voices of Wales, edited by Peter Owen Hughes, "
        "Maritime Studies Yearbook 4 (2010): 12–30."
    )
    out = _mended(
        text,
        [
            ("author", "Lloyd, Ann."),
            ("title", "“Harbour Songs of the West.”"),
            ("container-title", "In Coastal Voices of Wales,"),
            ("editor", "edited by Peter Owen"),
            ("container-title", "Hughes, Maritime Studies Yearbook 4"),
            ("date", "(2010):"),
            ("pages", "12–30."),
        ],
    )
    assert ("editor", "edited by Peter Owen Hughes") in out
    assert ("container-title", "Maritime Studies Yearbook 4") in out


def test_title_read_as_a_container_before_the_journal() -> None:
    """``Authors, Title [3], Nature, v. 355, pp. 120-121, 1992`` with the title read as a container and the journal
    after it: no title read, so the container between the names and the journal is the title."""
    text = "Ortiz, R.A., Bell, T.M., Acraman - K/T ejecta puzzles [3], Nature, v. 355, pp. 120-121, 1992"
    out = _mended(
        text,
        [
            ("author", "Ortiz, R.A., Bell, T.M.,"),
            ("container-title", "Acraman - K/T ejecta puzzles [3],"),
            ("journal", "Nature,"),
            ("volume", "v. 355,"),
            ("pages", "pp. 120-121,"),
            ("date", "1992"),
        ],
    )
    assert out[1] == ("title", "Acraman - K/T ejecta puzzles [3],")
    assert out[2] == ("journal", "Nature,")


def test_container_before_a_book_is_no_title() -> None:
    """A container before the journal with a title already read stays as it is."""
    text = "Ortiz, R.A. Crater rims. In Impact Studies, Geology, v. 12, pp. 40-44, 1990"
    parts = [
        ("author", "Ortiz, R.A."),
        ("title", "Crater rims."),
        ("container-title", "In Impact Studies,"),
        ("journal", "Geology,"),
        ("volume", "v. 12,"),
        ("pages", "pp. 40-44,"),
        ("date", "1990"),
    ]
    assert _mended(text, parts)[:3] == [(label, part) for label, part in parts[:3]]


def test_two_parts_of_a_container_keep_one_comma() -> None:
    """``In Book, edited by X Y Z, Yearbook 4 (2010)`` read as two container spans with the comma on both sides of
    the editor: the joined container holds one comma."""
    text = (
        "Lloyd, Ann. “Harbour Songs of the West.” In Coastal Voices of Wales, edited by Peter Owen Hughes, "
        "Maritime Studies Yearbook 4 (2010): 12–30."
    )
    item: dict[str, Any] = parse_reference(text)
    assert ", ," not in str(item.get("container-title"))
    assert [n.get("family") for n in item.get("editor", [])] == ["Hughes"]


def test_bare_isbn_after_the_pages_is_no_page() -> None:
    """A German chapter closing ``Weinheim: Beltz, S. 88-97 9783407256789 ISBN``: the thirteen digits of the ISBN's
    prefix after the pages' range are the book's number, not a page."""
    text = (
        "Vogel, Jana und Peter Lenz. Lernen in Gruppen. Neue Wege im Unterricht. In: Kranz, Udo & Beck, Eva. Hrsg. "
        "Schule als Ort der Vielfalt. Praxis und Forschung. Weinheim: Beltz, S. 88-97 9783407256789 ISBN"
    )
    item = parse_reference(text)
    assert item.get("page") == "88-97"
    assert item.get("ISBN") == "9783407256789"


def test_hyphenated_isbn_after_the_closing_pages() -> None:
    """``…, 2012, S. 45-60. 978-3-06-001234-5``: the hyphenated ISBN-13 closing the reference after the pages."""
    text = (
        "Berg, Anna: Schulen im Wandel. In: Roth, K. (Hrsg.): Bildung heute. Berlin: Cornelsen, 2012, S. 45-60. "
        "978-3-06-001234-5"
    )
    item = parse_reference(text)
    assert item.get("page") == "45-60"
    assert item.get("ISBN") == "978-3-06-001234-5"


def test_a_long_article_number_stays_the_page() -> None:
    """A page that is a long article number with no ISBN's prefix is left as the page."""
    item = parse_reference("Kim, S. Lattice spins. Phys. Rev. B 101, 1234567890123 (2020).")
    assert "ISBN" not in item
