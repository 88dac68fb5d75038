"""Forms of humanities reference lists (``humanities_real41.jsonl``): a Chicago note naming a book's editor before
its title (``Name, editor, Title (Place: Publisher, Year), page.``); the unified linguistics style's page range
written with a minus sign, and a second author whose given name ends on a two-letter abbreviation before the year.
The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_editor_named_before_a_note_title() -> None:
    item = parse_reference("4 Margaret Hale, editor, Letters of a Country Doctor (Boston: Little, Brown, 1931), 87.")
    assert item["editor"] == [{"family": "Hale", "given": "Margaret"}]
    assert "author" not in item
    assert item["title"] == "Letters of a Country Doctor"
    assert item["publisher"] == "Little, Brown"
    assert item["page"] == "87"


def test_editor_word_with_a_quoted_title() -> None:
    item = parse_reference("9 Paul Winter, editor, Notes of “The Herald” (Chicago: Rand, 1910), 14–15.")
    assert item["editor"] == [{"family": "Winter", "given": "Paul"}]
    assert item["title"] == "Notes of “The Herald”"


def test_editor_abbreviation_before_a_title_with_initials() -> None:
    item = parse_reference("Anne Moore, ed., U.S.A.: Letters Home, 1940–1945 (New York: Knopf, 1950), 12.")
    assert item["editor"] == [{"family": "Moore", "given": "Anne"}]
    assert item["title"] == "U.S.A.: Letters Home, 1940–1945"


def test_minus_sign_between_page_numbers() -> None:
    item = parse_reference("Berg, Anna. 2019. Vowel length in Old Norse. *Nordic Journal of Linguistics* 12(3). 7−41.")
    assert item["page"] == "7-41"
    assert item["issue"] == "3"


def test_two_letter_given_abbreviation_closes_a_name_before_the_year() -> None:
    item = parse_reference(
        "Holm, Karin & Johan Ch. Lund. 2015. Clitics in Danish. *Acta Linguistica Hafniensia* 47(1). 30–52."
    )
    assert item["author"] == [{"family": "Holm", "given": "Karin"}, {"family": "Lund", "given": "Johan Ch."}]
    assert item["container-title"] == "Acta Linguistica Hafniensia"


def test_note_number_before_a_title_opening_on_an_article() -> None:
    item = parse_reference("7 The Diary of a Rural Parson (London: Faber, 1935), 44.")
    assert item["title"] == "The Diary of a Rural Parson"
    assert item["citation-number"] == "7"


def test_volume_then_editor_after_a_note_title() -> None:
    item = parse_reference("5 The Letters of Henry Adams, Vol. II. Worthington Ford, editor (Boston: Ginn, 1938), 61.")
    assert item["title"] == "The Letters of Henry Adams"
    assert item["volume"] == "II"
    assert item["editor"] == [{"family": "Ford", "given": "Worthington"}]


def test_italic_journal_closing_a_dated_title() -> None:
    item = parse_reference("Lund, Per. 2024. Word order in Old Swedish runic inscriptions. *Futhark*.")
    assert item["title"] == "Word order in Old Swedish runic inscriptions"
    assert item["container-title"] == "Futhark"


def test_endnote_keyed_to_a_phrase_of_its_page() -> None:
    item = parse_reference(
        "The mills had closed: Mary H. Blewett, Men, Women, and Work (Urbana: University of Illinois Press, 1988), 212."
    )
    assert item["author"] == [{"family": "Blewett", "given": "Mary H."}]
    assert item["title"] == "Men, Women, and Work"
    assert item["page"] == "212"
