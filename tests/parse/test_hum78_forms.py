"""Forms of humanities reading lists and reference guides: a title-first entry whose author's name and year follow
the italic title with no imprint; a German work with no author whose editors follow its title (``Hg. von``,
``Bearbeitet von``, names joined by ``u.``); the list's siglum closing the entry; a German series' number closing
its name; French ``Texte établi et traduit par`` and ``actes réunis par``; natural-order names joined by `` / ``.
The references here are written for the tests."""

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
    ("text", "title", "authors"),
    [
        ("*The Hellenistic Kingdoms of the East*, Marcel Dupré, 1988.", "The Hellenistic Kingdoms of the East",
         ["Dupré"]),
        ("*La géographie des anciens*, Hélène Marchand, 2004", "La géographie des anciens", ["Marchand"]),
        ("*Ancient Astronomy and its Instruments*, Thomas R. Holloway, 1965.", "Ancient Astronomy and its Instruments",
         ["Holloway"]),
    ],
)
def test_a_name_after_a_title_first_italic_title_is_its_author(text: str, title: str, authors: list[str]) -> None:
    item = _read(text)
    assert item["title"] == title
    assert _families(item, "author") == authors
    assert "publisher" not in item


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("*Alexandrie antique*, Autrement, 1992.", "Autrement"),
        ("*The Classical World*, Penguin Books, 1990.", "Penguin Books"),
    ],
)
def test_a_house_after_a_title_first_italic_title_stays_the_publisher(text: str, publisher: str) -> None:
    item = _read(text)
    assert item["publisher"] == publisher
    assert "author" not in item


@pytest.mark.parametrize(
    ("text", "title", "editors"),
    [
        ("Handbuch der deutschen Romantik. Hg. von Otto Keller. 3 Bde. Stuttgart: Kröner, 1977-79.",
         "Handbuch der deutschen Romantik", ["Keller"]),
        ("Lexikon der Buchkunst und der Bibliophilie. Hg. von Anna Brandt u. Peter Weiß. Hamburg: Hauswedell, 1987.",
         "Lexikon der Buchkunst und der Bibliophilie", ["Brandt", "Weiß"]),
        ("Verzeichnis der Schriftsteller Badens und der Pfalz. Bearbeitet von Ernst Hofmann. Karlsruhe: Braun, 1899.",
         "Verzeichnis der Schriftsteller Badens und der Pfalz", ["Hofmann"]),
    ],
)
def test_editors_after_a_german_title_with_no_author(text: str, title: str, editors: list[str]) -> None:
    item = _read(text)
    assert item["title"] == title
    assert _families(item, "editor") == editors
    assert "author" not in item


@pytest.mark.parametrize(
    ("text", "publisher", "year"),
    [
        ("Hans Körner: Die Dichter der Aufklärung. Leipzig: Teubner, 1921. (Körner)", "Teubner", 1921),
        ("Deutsches Theater-Lexikon. Hg. von Karl Weber. 4 Bde. Wien: Braumüller, 1953-60. (DTL)", "Braumüller", 1953),
        ("Fritz Lange / Eva Moser: Zeitschriften des Vormärz. Berlin: Duncker, 1975. (Lange/Moser)", "Duncker", 1975),
    ],
)
def test_a_closing_siglum_is_no_series_nor_publisher(text: str, publisher: str, year: int) -> None:
    item = _read(text)
    assert item["publisher"] == publisher
    assert item["issued"]["date-parts"][0][0] == year
    assert "collection-title" not in item


def test_a_german_series_number_closing_its_name_is_the_series_number() -> None:
    item = _read("Geschichte der Leihbibliothek. Hg. von Paul Roth. Berlin: Directmedia, 2004. "
                 "(Digitale Quellen. Bd. 12).")
    assert item["collection-title"] == "Digitale Quellen"
    assert item["collection-number"] == "12"


@pytest.mark.parametrize(
    ("text", "title", "editors", "translators"),
    [
        ("*Aristarque de Samos*, Texte établi et traduit par Jean Lefèvre, Paris, Les Belles Lettres, 1980.",
         "Aristarque de Samos", ["Lefèvre"], ["Lefèvre"]),
        ("*La mesure du monde antique*, actes réunis par Marie Durand et Paul Girard, 2011.",
         "La mesure du monde antique", ["Durand", "Girard"], []),
    ],
)
def test_french_editing_phrases_after_a_title_name_its_editors(
    text: str, title: str, editors: list[str], translators: list[str]
) -> None:
    item = _read(text)
    assert item["title"] == title
    assert _families(item, "editor") == editors
    assert _families(item, "translator") == translators


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Karl von Holtei / Otto Brahm: Das Theater der Gründerzeit. Berlin: Fontane, 1890.", ["Holtei", "Brahm"]),
        ("Angela Merz / Wolfgang Hahn / Petra Ludwig: Lexikon der Verleger. Leipzig: Seemann, 1999.",
         ["Merz", "Hahn", "Ludwig"]),
    ],
)
def test_natural_order_names_joined_by_slashes_are_each_a_person(text: str, authors: list[str]) -> None:
    item = _read(text)
    assert [n["family"] for n in item["author"]] == authors
