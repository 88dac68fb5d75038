"""Forms of art history, dance studies and decorative arts in Chicago notes and bibliographies: a catalogue's kind
(``Exh. cat.``, ``Sale cat.``) after a chapter's pages or its book, a book's own authors after ``In *Book*, by``, a
catalogue's entry number after the page cited, ``esp.`` before pages, ``preface to *Book*``, an edition after the
publication facts, a publisher's words read into the italic title, a roman volume after an italic journal,
romanised Chinese names and titles with their characters, and the book's author between ``in`` and the book. The
references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _read(text: str) -> dict[str, Any]:
    item = read_reference(text)
    item.pop("custom", None)
    return item


def _families(item: dict[str, Any], role: str) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "genre", "editors"),
    [
        ("Lefort, Anne. “Les miroirs de la reine.” In *Le goût de la cour*, edited by Paul Girard and Marie Vidal, "
         "45–62. Exh. cat. Lyon: Musée des Arts décoratifs, 2008.", "Exh. cat.", ["Girard", "Vidal"]),
        ("Hartley, Jane. “Pewter at Table.” In *Dining in State*, edited by Roger Blake et al., 101–17. Exh. cat. "
         "London: Paul Holberton, 2015.", "Exh. cat.", ["Blake"]),
    ],
)
def test_an_exhibition_catalogue_kind_after_a_chapter_is_the_genre_not_an_editor(
    text: str, genre: str, editors: list[str]
) -> None:
    item = _read(text)
    assert item["genre"].rstrip(".") == genre.rstrip(".")
    assert _families(item, "editor") == editors


def test_a_sale_catalogue_kind_and_its_house_after_the_italic_book() -> None:
    item = _read(
        "Morel, Luc. “Une terrine de Paris.” In *The Dupont Silver Collection.* Sale cat. Christie’s, London, "
        "June 4, 2014: 12–30."
    )
    assert item["container-title"] == "The Dupont Silver Collection"
    assert item["genre"].rstrip(".") == "Sale cat"
    assert item["publisher"] == "Christie’s"
    assert item["page"] == "12-30"


def test_a_books_own_authors_after_by_are_not_its_editors() -> None:
    item = _read(
        "Grant, Alice. “The Goldsmiths’ Guild.” In *Treasures of the Ancien Régime: Louis XV to Louis XVI*, by Henri "
        "Morel, Claire Dubois, and Thomas Field, 44–59. Exh. cat. Paris: Louvre éditions, 2019."
    )
    assert "editor" not in item
    assert item["container-title"] == "Treasures of the Ancien Régime: Louis XV to Louis XVI"
    assert item["page"] == "44-59"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Helen Price and Mark Stone, *Catalogue of Greek Vases in the Ashmolean Museum* (Ashmolean Museum, 1981), "
         "212, no. 74.", "212"),
        ("Roux, Pierre. “Aiguière.” In *Acquisitions du Musée de Cluny 1990–1995*, 31–33, no. 12. Paris: Réunion "
         "des musées nationaux, 1996.", "31-33"),
    ],
)
def test_a_catalogue_entry_number_after_the_page_is_no_volume_or_issue(text: str, page: str) -> None:
    item = _read(text)
    assert item["page"] == page
    assert "volume" not in item
    assert "issue" not in item


def test_esp_before_a_notes_pages_is_no_part_of_the_page() -> None:
    item = _read("Mary Beard, *Pompeii: The Life of a Roman Town* (Profile Books, 2008), esp. 120–34.")
    assert item["page"] == "120-34"


def test_preface_to_a_book_is_no_part_of_its_title() -> None:
    item = _read("William Gell, preface to *Pompeiana: The Topography of Pompeii* (Rodwell and Martin, 1832), n.p.")
    assert item["title"] == "Pompeiana: The Topography of Pompeii"
    assert item["publisher"] == "Rodwell and Martin"


def test_an_edition_after_the_notes_facts_is_no_page() -> None:
    item = _read("August Mau, *Pompeji in Leben und Kunst* (Leipzig, 1908), 2nd ed., 140–45.")
    assert item["edition"] == "2"
    assert item["page"] == "140-45"


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("Jiří Frel and Sandra Morgan, *Greek Portraits in the J. Paul Getty Museum* (J. Paul Getty Museum, 1981), "
         "8.", "Greek Portraits in the J. Paul Getty Museum", "J. Paul Getty Museum"),
    ],
)
def test_a_notes_publisher_is_no_part_of_the_italic_title(text: str, title: str, publisher: str) -> None:
    item = _read(text)
    assert item["title"] == title
    assert item["publisher"] == publisher


def test_a_roman_volume_after_an_italic_journal_before_its_number() -> None:
    item = _read("Hussey, Christopher. “Houses of the Regency.” *Country Life* CLXII, no. 8 (May 2, 1977): 44–47.")
    assert item["container-title"] == "Country Life"
    assert item["volume"] == "CLXII"
    assert item["issue"] == "8"


def test_romanised_chinese_names_and_titles_with_their_characters() -> None:
    item = _read("Zhang Hongxing 張弘星, “Qingdai gongting huihua yanjiu,” *Meishu yanjiu* 美術研究 3 (2009): 45–52.")
    assert item["author"] == [{"family": "Zhang", "given": "Hongxing"}]
    assert item["container-title"] == "Meishu yanjiu"
    book = _read("Li Shi 李湜 and Anne Martin, *Gugong huihua tulu* 故宮繪畫圖錄 (Zijincheng chubanshe, 2010).")
    assert _families(book, "author") == ["Li", "Martin"]
    assert book["title"] == "Gugong huihua tulu"
    assert book["publisher"] == "Zijincheng chubanshe"


def test_the_books_author_between_in_and_the_book_is_no_part_of_the_container() -> None:
    item = _read(
        "Ann Green, “Pigments of the Roman Wall,” in Royal Society of Chemistry, *Chemistry and the Ancient World* "
        "(RSC Publishing, 2010), 55–60."
    )
    assert item["container-title"] == "Chemistry and the Ancient World"
    assert item["page"] == "55-60"
