"""Forms of archaeology catalogues, East Asian history and Brazilian notes: a title in another language followed by
its English translation in square brackets inside the reference, the imprint ``Publisher, Town (Year).``, ABNT's
``2. ed. Place: Publisher`` read as an editor, an author-date list's range of years read into the title, ``Vol. N of
*Series*`` after a chapter's book, and a book's numbered series after its italic title read as a journal.
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _read(text: str) -> dict[str, Any]:
    item = read_reference(text)
    item.pop("custom", None)
    return item


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Wang, L. “Song dai shuyuan yanjiu” [A Study of the Academies of the Song], *Lishi yanjiu*, 4 (1988): 33–41.",
         "Song dai shuyuan yanjiu", "Lishi yanjiu"),
        ("Kovač, P. 2011. “Rimske svjetiljke iz Mursa” [Roman Lamps from Mursa]. *Osječki zbornik* 30:55–70.",
         "Rimske svjetiljke iz Mursa", "Osječki zbornik"),
    ],
)
def test_an_english_translation_in_brackets_after_an_article_title_is_no_part_of_the_journal(
    text: str, title: str, journal: str
) -> None:
    item = _read(text)
    assert item["title"] == title
    assert item["container-title"] == journal
    assert "[" in item.get("note", "")


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        ("Zhang, H. *Tang shi jishi* [Recorded Occasions of Tang Poetry]. Zhonghua shuju, Beijing (1965).",
         "Tang shi jishi", "Zhonghua shuju", "Beijing"),
        ("Liu, M. *Qing chu zhengzhi shi* [Political History of the Early Qing]. Renmin chubanshe, Shanghai (2001).",
         "Qing chu zhengzhi shi", "Renmin chubanshe", "Shanghai"),
    ],
)
def test_a_book_title_with_its_translation_then_publisher_town_and_bracketed_year(
    text: str, title: str, publisher: str, place: str
) -> None:
    item = _read(text)
    assert item["title"] == title
    assert item["publisher"] == publisher
    assert item["publisher-place"] == place


@pytest.mark.parametrize(
    ("text", "container", "publisher", "place"),
    [
        ("Gao, S. “Lun shi” [On Poetry]. In *Gao Shi wenji* [Collected Works of Gao Shi], Zhonghua shuju, "
         "Beijing (1982), p. 41.",
         "Gao Shi wenji", "Zhonghua shuju", "Beijing"),
        ("Chen, Y. “Shu xu” [Preface to the Letters]. In Li M. (ed.), *Chen Yi quanji* [Complete Works of Chen Yi], "
         "Fudan daxue chubanshe, Shanghai (2010).",
         "Chen Yi quanji", "Fudan daxue chubanshe", "Shanghai"),
    ],
)
def test_a_book_title_in_italics_with_its_translation_inside_a_chapter(
    text: str, container: str, publisher: str, place: str
) -> None:
    item = _read(text)
    assert item["container-title"] == container
    assert item["publisher"] == publisher
    assert item["publisher-place"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Taylor, J. *Essays on Modern Memory* [Ensaios sobre a memória moderna]. Routledge, London (2001).",
        "Smith, J. “The Idea of the Text [A Reply]”, *Journal of Reading*, 4 (2002): 1–9.",
    ],
)
def test_a_bracket_after_an_english_title_stays_where_it_was_read(text: str) -> None:
    item = _read(text)
    assert "[" not in item.get("note", "") or "]" in item.get("title", "")


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Spence, J. D. *The Search for Modern China*. W. W. Norton, New York (1990).", "W. W. Norton", "New York"),
        ("Ebrey, P. *The Inner Quarters*. University of California Press, Berkeley (1993).",
         "University of California Press", "Berkeley"),
    ],
)
def test_a_publisher_read_whole_before_the_town_and_bracketed_year_stays_whole(
    text: str, publisher: str, place: str
) -> None:
    item = _read(text)
    assert item["publisher"] == publisher
    assert item["publisher-place"] == place
    assert item["issued"]["date-parts"][0][0] == int(text[-6:-2])


@pytest.mark.parametrize(
    ("text", "edition", "place", "publisher"),
    [
        ("FREYRE, Gilberto. Casa-grande & senzala. 48. ed. Recife: Global Editora, 2003. p. 19.",
         "48", "Recife", "Global Editora"),
        ("BOSI, Alfredo. Dialética da colonização. 4. ed. Rio de Janeiro: Companhia das Letras, 2001.",
         "4", "Rio de Janeiro", "Companhia das Letras"),
    ],
)
def test_abnt_numbered_edition_before_place_and_publisher_is_no_editor(
    text: str, edition: str, place: str, publisher: str
) -> None:
    item = _read(text)
    assert "editor" not in item
    assert item["edition"] == edition
    assert item["publisher-place"] == place
    assert item["publisher"] == publisher


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        ("Deneauve, J., et al. 1972–73. “Fouilles du quartier punique.” *Karthago* 16:1–40.",
         1972, "Fouilles du quartier punique"),
        ("Lerat, L. 1954–55. “Les lampes de Mandeure.” *Annales littéraires de l’Université de Besançon* 1:11–40.",
         1954, "Les lampes de Mandeure"),
    ],
)
def test_an_author_date_range_of_years_read_into_the_title_is_the_date(text: str, year: int, title: str) -> None:
    item = _read(text)
    assert item["issued"]["date-parts"][0][0] == year
    assert item["title"] == title


@pytest.mark.parametrize(
    ("text", "book", "volume", "series"),
    [
        ("Smith, A. 1980. “The Coins.” In *Tombs 1–10*. Vol. 2 of *Report on the Excavations at Nessana 1950–1960*, "
         "pp. 10–20. New York.", "Tombs 1–10", "2", "Report on the Excavations at Nessana 1950–1960"),
        ("Frova, A. 1973. “Le lucerne.” In *Relazione preliminare 1970–1971*. Vol. 1 of *Scavi di Luni*, "
         "ed. A. Frova, pp. 300–312. Rome.", "Relazione preliminare 1970–1971", "1", "Scavi di Luni"),
    ],
)
def test_a_volume_of_a_series_after_a_chapters_book(text: str, book: str, volume: str, series: str) -> None:
    item = _read(text)
    assert item["container-title"] == book
    assert item["volume"] == volume
    assert item["collection-title"] == series


@pytest.mark.parametrize(
    ("text", "title", "series"),
    [
        ("Deneauve, J. 1969. *Lampes de Carthage*. Études d’antiquités africaines 3. Paris.",
         "Lampes de Carthage", "Études d’antiquités africaines 3"),
        ("Hayes, J. W. 1980. *Ancient Lamps in the Royal Ontario Museum*. BAR suppl. series 42. Oxford.",
         "Ancient Lamps in the Royal Ontario Museum", "BAR suppl. series 42"),
    ],
)
def test_a_numbered_series_after_an_author_date_books_italic_title(text: str, title: str, series: str) -> None:
    item = _read(text)
    assert item["title"] == title
    assert item.get("collection-title") == series
    assert "container-title" not in item
    assert "volume" not in item


@pytest.mark.parametrize(
    ("text", "place", "note"),
    [
        ("Goethert, K. 1997. *Römische Lampen und Leuchter*. Exh. cat. Trier.", "Trier", None),
    ],
)
def test_an_exhibition_catalogues_kind_is_no_publisher(text: str, place: str, note: str | None) -> None:
    item = _read(text)
    assert "publisher" not in item
    assert item["publisher-place"] == place
    if note is not None:
        assert note in item.get("note", "")
