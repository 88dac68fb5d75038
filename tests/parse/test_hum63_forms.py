"""Humanities forms of Italian critical bibliographies and German medieval-studies lists
(tests/data/parse/humanities_real29.jsonl): the author-year label whose year is the entry's only date
(``Rossi 1987: G. Rossi, *Title*, Torino, Einaudi.``), the Italian and French role phrases that name the
edition's language (``trad. it. di``, ``fr. trad. par``, ``ed. it. a cura di``), German's ``Hg. von`` and
``Besorgt von`` after the book, and a series in a bracket after ``=`` closing the book's title.  The references
here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.citation_label import split_label


def _families(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ferri 1987: G. Ferri, La lingua dei padri, Torino, Einaudi.", "Ferri 1987"),
        ("Della Valle 2001b: M. della Valle, Il mare, Roma, Carocci.", "Della Valle 2001b"),
        ("Bianchi 1975: Luigi Bianchi, Storia del romanzo, Milano, Feltrinelli.", "Bianchi 1975"),
        ("Lotman 1980: Ju.M. Lotman, Testo e contesto, Bari, Laterza.", "Lotman 1980"),
    ],
)
def test_an_author_year_label_before_the_natural_name_is_split_off(text: str, key: str) -> None:
    label = split_label(text)
    assert label is not None and label.value == key
    assert text[label.end :].split(",")[0].casefold().endswith(key.rsplit(" ", 1)[0].casefold())


@pytest.mark.parametrize(
    "text",
    [
        "Ferri 1987: A. Neri, La lingua dei padri, Torino, Einaudi.",  # another author: no label of this entry
        "Ferri 1987: la lingua dei padri, Torino, Einaudi.",
    ],
)
def test_no_label_where_the_name_after_it_is_not_the_labels(text: str) -> None:
    assert split_label(text) is None


def test_the_labels_year_is_the_entrys_date_where_the_entry_writes_none() -> None:
    item = read_reference("Ferri 1987: G. Ferri, La lingua dei padri, Torino, Einaudi.")
    assert _families(item) == ["Ferri"]
    assert item["issued"] == {"date-parts": [[1987]]}
    assert item["title"] == "La lingua dei padri"
    assert item.get("citation-label") == "Ferri 1987"


def test_a_bracketed_first_edition_year_does_not_stop_the_labels_year() -> None:
    item = read_reference(
        "Grandi 1984: P. Grandi, The Open Work [1962], eng. transl., Cambridge, Harvard University Press."
    )
    assert _families(item) == ["Grandi"]
    assert item["issued"] == {"date-parts": [[1984]]}
    assert item["title"] == "The Open Work"


@pytest.mark.parametrize(
    ("text", "translator", "title"),
    [
        (
            "Lorenzi 1991: F. Lorenzi, Il tempo del racconto, trad. it. di R. Longo, Milano, Feltrinelli.",
            "Longo",
            "Il tempo del racconto",
        ),
        (
            "Brandt 1984: K. Brandt, La forme du récit, fr. trad. par M. Dubois, Paris, Seuil.",
            "Dubois",
            "La forme du récit",
        ),
        (
            "R. Conti, La vita degli altri. Studi sul romanzo moderno, trad. it. di G. Valli, Torino, Einaudi, 1999.",
            "Valli",
            "La vita degli altri. Studi sul romanzo moderno",
        ),
    ],
)
def test_the_short_translation_phrase_gives_the_translator(text: str, translator: str, title: str) -> None:
    item = read_reference(text)
    assert _families(item, "translator") == [translator]
    assert item["translator"][0]["given"] in ("R.", "M.", "G.")  # the phrase is no part of the name
    assert item["title"] == title
    assert "trad" not in str(item.get("publisher", "")) + str(item.get("publisher-place", ""))


def test_the_italian_editions_editor_is_no_book() -> None:
    item = read_reference("Ricci 1972: H. Ricci, Che cos'è la critica?, ed. it. a cura di B. Neri, Napoli, Liguori.")
    assert _families(item) == ["Ricci"]
    assert _families(item, "editor") == ["Neri"]
    assert item["title"] == "Che cos'è la critica?"
    assert "container-title" not in item


def test_hg_von_after_the_book_names_its_editors() -> None:
    item = read_reference(
        "Meier, Anna: Der Weg nach Westen. In: Die Reise im Mittelalter. Texte und Bilder. Hg. von Paul K. Lenz "
        "und Eva Roth. Niemeyer 2004, S. 11-30."
    )
    assert _families(item, "editor") == ["Lenz", "Roth"]
    assert item["container-title"] == "Die Reise im Mittelalter. Texte und Bilder"
    assert item["publisher"] == "Niemeyer"


def test_besorgt_von_names_the_editor() -> None:
    item = read_reference("Vogt, Hans: Deutsche Legenden. Texte und Studien. Besorgt von Karl Bauer. Berlin 1880.")
    assert _families(item, "editor") == ["Bauer"]


@pytest.mark.parametrize(
    ("text", "container", "series", "number"),
    [
        (
            "Hahn, Ute: Die Insel im Westen. In: Jan Lenz (Hrsg.): Meer und Reise. Studien zur Legende "
            "(= Mediaevistische Reihe. Band 12). Niemeyer 2015, S. 40–61.",
            "Meer und Reise. Studien zur Legende",
            "Mediaevistische Reihe",
            "12",
        ),
        (
            "Keil, Otto: Register und Netz, in: Lange, Eva (Hrsg.): Digitale Quellen (= Studien zur Geschichte, 7), "
            "Berlin 2021, S. 5–20.",
            "Digitale Quellen",
            "Studien zur Geschichte",
            "7",
        ),
    ],
)
def test_a_series_after_an_equals_sign_closing_the_book_is_the_series(
    text: str, container: str, series: str, number: str
) -> None:
    item = read_reference(text)
    assert item["container-title"] == container
    assert item["collection-title"] == series
    assert item["number"] == number


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Roth, Eva: Heilige und Seefahrer. Eine Einführung. Lang 2009.", "Lang"),
        ("Kunz, Peter: Berge im Mythos. Lexikon der Sagen. Hollinek 2001, S. 12–14.", "Hollinek"),
    ],
)
def test_a_german_books_publisher_touching_the_year_with_no_town(text: str, publisher: str) -> None:
    item = read_reference(text)
    assert item.get("publisher") == publisher
    assert "publisher-place" not in item


def test_a_known_town_touching_the_year_stays_the_place() -> None:
    item = read_reference("Roth, Eva: Heilige und Seefahrer. Eine Einführung. Tübingen 2009.")
    assert item.get("publisher-place") == "Tübingen"
    assert "publisher" not in item


@pytest.mark.parametrize(
    ("pages", "page"),
    [
        ("p. 32, n. 13", "32"),
        ("pp. 142-143, n. 5.", "142-143"),
        ("pp. 306-308, scheda 790; p. 319, fig. 790.", "306-308"),
        ("Ss. 257-273, S. 271, Bild 10.", "257-273"),
        ("253–261, 254, fig.2.", "253-261"),
        ("139–164, 158", "139-164"),
        ("4, 6", "4, 6"),  # a list of pages, no cited page
        ("12-20, 25", "12-20, 25"),  # a page after the range, outside it
    ],
)
def test_a_notes_locators_after_the_page_are_no_page(pages: str, page: str) -> None:
    from biblio.parse.normalisers.pages import page_value

    assert page_value(pages) == page


def test_a_german_volumes_word_read_alone_takes_its_range() -> None:
    item = read_reference(
        "Lenz, Jan: Die Karte des Heiligen. In: Mitteilungen für Kartengeschichte, Bd. 11–12 (1998), S. 40–52."
    )
    assert item["volume"] == "11-12"
    assert item["page"] == "40-52"


def test_an_italian_notes_journal_in_double_quotes_after_in() -> None:
    item = read_reference('Carla Neri, Il ritratto e la musica, in "Studi di Musica Antica", 14, 2009, pp. 33-51.')
    assert item["title"] == "Il ritratto e la musica"
    assert item["container-title"] == "Studi di Musica Antica"
    assert item["volume"] == "14"
    assert item["issued"] == {"date-parts": [[2009]]}


def test_circa_before_the_year_is_the_dates() -> None:
    item = read_reference("Karl Weber (Hrsg.), Musik im Bild. Studien zur Malerei, Skira, Mailand, ca 2003.")
    assert item["issued"] == {"date-parts": [[2003]]}
    assert item.get("publisher") == "Skira"
    assert item.get("publisher-place") == "Mailand"
