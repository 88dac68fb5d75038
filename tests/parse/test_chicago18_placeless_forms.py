"""The 18th edition of Chicago (CMOS 18, 14.28-14.30) names no place of publication: a note's facts are
``(Publisher, Year)`` and a bibliography entry's ``Publisher, Year.``, after the book's translator or edition as
well. Each reference is written for this test in that form."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_note_translator_before_placeless_facts() -> None:
    # CMOS 18's own example of a translated book
    item = parse_reference(
        "Gabriel García Márquez, *Love in the Time of Cholera*, trans. Edith Grossman (Knopf, 1988), 242–55."
    )
    assert item["title"] == "Love in the Time of Cholera"
    assert item["translator"] == [{"family": "Grossman", "given": "Edith"}]
    assert item["publisher"] == "Knopf"
    assert item["issued"] == {"date-parts": [[1988]]}
    assert "publisher-place" not in item


def test_note_edition_before_placeless_facts() -> None:
    item = parse_reference("National Garden Society, The Winter Garden Handbook, 4th ed. (Clarkson Potter, 2012), 25.")
    assert item["publisher"] == "Clarkson Potter"
    assert item["edition"] == "4"
    assert item["issued"] == {"date-parts": [[2012]]}


def test_note_initials_in_the_publisher_are_no_place() -> None:
    item = parse_reference("Ana Ruiz and Tom Hale, *Cities: Ideas, Places, People*, 2nd ed. (W. W. Norton, 2020), 44.")
    assert item["publisher"] == "W. W. Norton"
    assert "publisher-place" not in item


def test_bibliography_translator_then_placeless_facts() -> None:
    item = parse_reference(
        "García Márquez, Gabriel. *Love in the Time of Cholera*. Translated by Edith Grossman. Knopf, 1988."
    )
    assert item["author"] == [{"family": "García Márquez", "given": "Gabriel"}]
    assert item["translator"] == [{"family": "Grossman", "given": "Edith"}]
    assert item["publisher"] == "Knopf"
    assert item["issued"] == {"date-parts": [[1988]]}


def test_person_in_natural_order_stays_a_person() -> None:
    item = parse_reference("Tariq Rashid. *Make Your Own Neural Network*. CreateSpace Independent Publishing, 2016.")
    assert item["author"] == [{"family": "Rashid", "given": "Tariq"}]


def test_edited_book_note_title_is_the_work_cited() -> None:
    item = parse_reference("Jane Doe, ed., *Essays on Water*, 2nd ed. (Beacon Press, 2015), 12.")
    assert item["editor"] == [{"family": "Doe", "given": "Jane"}]
    assert item["title"] == "Essays on Water"
    assert "container-title" not in item
