"""Forms misread in real lists, round fix50: Chicago author-date bodies with no stop before the year, with a
division after a comma, or before a lettered year and a title alone; the word "magazine" after an italic name;
computing meetings named by their acronyms; Turkish newspapers dated by month and day.  The references here are
written for the tests."""

from __future__ import annotations

import pytest

from tests.parse.form_cases import read_fields as _fields


@pytest.mark.parametrize(
    ("text", "body", "year"),
    [
        ("Cadw 2017a. Conservation Principles for the Sustainable Management of the Historic Environment in Wales. "
         "Cardiff: Cadw.", "Cadw", 2017),
        ("Natural England 2014a. National Character Area Profile 101: Isle of Portland. York: Natural England.",
         "Natural England", 2014),
        ("City of Toronto, City Planning Division. 2019. TOcore: Downtown Plan. Toronto: City of Toronto.",
         "City of Toronto, City Planning Division", 2019),
        ("Bristol City Council, Planning Department. 2012. Conservation area character appraisal. Bristol: Bristol "
         "City Council.", "Bristol City Council, Planning Department", 2012),
        ("Cadw 2011b. *Understanding Urban Character*. Cardiff: Welsh Government, Historic Environment Service "
         "(Cadw).", "Cadw", 2011),
        ("Freesound 2019a. Rain on a tin roof. 3 March 2019. [Online]. Available at: https://freesound.org/people/x/"
         "sounds/1/ [Accessed 8 May 2020].", "Freesound", 2019),
    ],
)  # fmt: skip
def test_a_body_opening_an_author_date_entry_is_its_author(text: str, body: str, year: int) -> None:
    item = _fields(text)
    assert item["author"] == [{"literal": body}]
    assert item["issued"]["date-parts"][0][0] == year


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Historic England. 2017b. *Understanding Historic Buildings: A Guide to Good Recording Practice*.",
         "Historic England"),
        ("Parks Canada. 2010c. *Standards and Guidelines for the Conservation of Historic Places in Canada*.",
         "Parks Canada"),
        ("English Heritage. 2008a. *Conservation Principles*.", "English Heritage"),
    ],
)  # fmt: skip
def test_a_body_before_a_lettered_year_and_a_title_alone_is_the_author(text: str, body: str) -> None:
    item = _fields(text)
    assert item["author"] == [{"literal": body}]
    assert "note" not in item


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Riegel, P. (1977). "Time Predicting." *Runner\'s World* magazine.', "Runner's World"),
        ('Smith, John. 2019. "Running far." *Runner\'s World* magazine, March 2019.', "Runner's World"),
        ('Jones, Amy. "The new office." *Wired* magazine, vol. 27, no. 3, 2019, pp. 44-51.', "Wired"),
        ("Lee, K. (2018, May 2). Why we sleep. *Time* magazine. https://time.com/sleep", "Time"),
        ('Brown, T. 2015. "Gardens at night." _Sunset_ magazine, June, 22-25.', "Sunset"),
        # the word inside the marks is the name's own
        ('Green, P. "Saving the reef." *Smithsonian Magazine*, Apr. 2017.', "Smithsonian Magazine"),
    ],
)  # fmt: skip
def test_the_word_magazine_after_an_italic_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _fields(text)["container-title"] == name


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        ("Abadi, D., and S. Madden. 2009. Column stores for wide and sparse data. VLDB, 2009.", "VLDB", 2009),
        ("D. Abadi, S. Madden. Column stores for wide and sparse data. VLDB, 2009.", "VLDB", 2009),
        ("M. Zaharia et al. Spark: Cluster computing with working sets. HotCloud, 2010.", "HotCloud", 2010),
        ("J. Dean and S. Ghemawat. MapReduce: simplified data processing on large clusters. OSDI, 2004.", "OSDI",
         2004),
        ("Chen, T., and C. Guestrin. XGBoost: A scalable tree boosting system. In KDD, 2016.", "KDD", 2016),
        ("Chen, Tianqi, and Carlos Guestrin. XGBoost: A scalable tree boosting system. In KDD, 2016.", "KDD", 2016),
    ],
)  # fmt: skip
def test_a_venue_acronym_after_a_computing_title_is_the_container(text: str, venue: str, year: int) -> None:
    item = _fields(text)
    assert item["container-title"] == venue
    assert "publisher" not in item and "page" not in item
    assert item["issued"]["date-parts"][0][0] == year


def test_a_body_publishing_under_its_acronym_stays_the_publisher() -> None:
    item = _fields("OECD. Education at a glance. OECD, 2019.")
    assert item["publisher"] == "OECD"
    assert "container-title" not in item


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Erol, Fatih. 2023. “Trabzon Halkevine Ne Oldu?” Taka Gazetesi, Şubat 1.", "Taka Gazetesi"),
        ("Yılmaz, Ayşe. 2019. “Kentin Yeni Yüzü.” Cumhuriyet, Ağustos 14.", "Cumhuriyet"),
        ("Kaya, Mehmet. 2021. “Sahil Yolu.” Hürriyet, Ekim 3.", "Hürriyet"),
    ],
)  # fmt: skip
def test_a_month_and_day_after_a_newspaper_is_its_date(text: str, paper: str) -> None:
    item = _fields(text)
    assert item["container-title"] == paper
    assert "volume" not in item
    assert item["type"] == "article-newspaper"


@pytest.mark.parametrize(
    ("text", "book", "pages", "editor"),
    [
        ("Güner, Ömer. 1996. “Trabzon’da Spor Ve Trabzonspor”. Ss. 143-51 içinde Trabzon. İstanbul: T.C. Kültür "
         "Bakanlığı Yayınları.", "Trabzon", "143-51", None),
        ("Akar, Rıdvan. 2005. “Osmanlı maliyesi.” Ss. 453-515 içinde Ahmet Yılmaz (ed.), Osmanlı Tarihi, İstanbul: "
         "Yapı Kredi Yayınları.", "Osmanlı Tarihi", "453-515", {"family": "Yılmaz", "given": "Ahmet"}),
        ("Demir, Ali. 2010. “Kıyı kentleri.” Ss. 21-40 içinde Ayşe Kaya (haz.), Karadeniz Araştırmaları, Ankara: Türk "
         "Tarih Kurumu.", "Karadeniz Araştırmaları", "21-40", {"family": "Kaya", "given": "Ayşe"}),
        ("Öztürk, Selim. 2015. “Liman ve kent.” Ss. 77-102 içinde Karadeniz’de Şehirler. Trabzon: KTÜ Yayınları.",
         "Karadeniz’de Şehirler", "77-102", None),
    ],
)  # fmt: skip
def test_a_turkish_chapter_names_its_pages_before_the_book(
    text: str, book: str, pages: str, editor: dict[str, str] | None
) -> None:
    item = _fields(text)
    assert (item["type"], item["container-title"], item["page"]) == ("chapter", book, pages)
    assert item.get("editor") == ([editor] if editor else None)
    assert "note" not in item
