"""Web citations in Czech, Slovak, Russian and Polish reference lists (tests/data/parse/slavic_real.jsonl):
ČSN ISO 690's ``Title. Site [online]. Publisher, date [cit. date].``, Wikipedia's ``Title (англ.). Site
(27 марта 2013). Дата обращения: 3 мая 2014.`` and ``Title (ang.). Site. [dostęp 2018-07-07].``, and the
Slavic month names of their dates."""

from __future__ import annotations

from biblio.parse.normalisers.dates import read_date
from tests.parse.test_gost_forms import fields_of


def test_iso690_site_before_online_is_the_container() -> None:
    got = fields_of(
        "MARKOVÁ, Jana. Nová knihovna otevřela své brány. brnenskenoviny.cz [online]. Vltava Press, "
        "2021-05-14 [cit. 2022-01-10]. Dostupné online."
    )
    assert got["title"] == "Nová knihovna otevřela své brány"
    assert got["container-title"] == "brnenskenoviny.cz"
    assert got["publisher"] == "Vltava Press"
    assert got["issued"] == {"date-parts": [[2021, 5, 14]]}
    assert got["accessed"] == {"date-parts": [[2022, 1, 10]]}


def test_iso690_title_read_as_names_is_the_title_again() -> None:
    got = fields_of(
        "Parlament schválil nový stavební zákon. Zpravy.cz [online]. Mladá fronta, 12. června 2019. Dostupné online."
    )
    assert got["title"] == "Parlament schválil nový stavební zákon"
    assert got["container-title"] == "Zpravy.cz"
    assert "author" not in got


def test_harvard_online_after_an_italic_title_names_no_container() -> None:
    got = fields_of(
        "Moran, C., 2016. *Save Our Libraries* [Online]. Available from: https://example.org/v "
        "[Accessed 29 April 2016]."
    )
    assert got["title"] == "Save Our Libraries"
    assert "container-title" not in got


def test_russian_wikipedia_language_mark_closes_the_title() -> None:
    got = fields_of(
        "Release notes for version 2 (англ.). ExampleSoft Blog (14 февраля 2019). Дата обращения: 2 марта 2020. "
        "Архивировано 3 марта 2020 года."
    )
    assert got["title"] == "Release notes for version 2"
    assert got["container-title"] == "ExampleSoft Blog"
    assert got["issued"] == {"date-parts": [[2019, 2, 14]]}
    assert got["accessed"] == {"date-parts": [[2020, 3, 2]]}
    assert "publisher" not in got and "publisher-place" not in got


def test_polish_wikipedia_language_mark_and_access_note() -> None:
    got = fields_of("Getting started guide (ang.). Example Foundation. [dostęp 12 października 2021].")
    assert got["title"] == "Getting started guide"
    assert got["container-title"] == "Example Foundation"
    assert got["accessed"] == {"date-parts": [[2021, 10, 12]]}


def test_slavic_month_names_and_access_leads() -> None:
    assert read_date("3 мая 2014").issued == {"date-parts": [[2014, 5, 3]]}
    assert read_date("6. února 2003").issued == {"date-parts": [[2003, 2, 6]]}
    assert read_date("14 листопада 2022").issued == {"date-parts": [[2022, 11, 14]]}
    assert read_date("Дата обращения: 1 сентября 2020").accessed == {"date-parts": [[2020, 9, 1]]}
    assert read_date("[dostęp 24 kwietnia 2012]").accessed == {"date-parts": [[2012, 4, 24]]}
    assert read_date("[cit. 2023-05-23]").accessed == {"date-parts": [[2023, 5, 23]]}


def test_iso690_names_divided_by_semicolons_end_at_the_last_given_name() -> None:
    got = fields_of(
        "NOVOTNÁ, Eva; KRÁL, Tomáš; DE SOUZA, Marie. Proměny městského plánování v českých zemích a na Slovensku. "
        "Brno: Host, 2011."
    )
    assert [(a["family"], a.get("given")) for a in got["author"]] == [
        ("NOVOTNÁ", "Eva"),
        ("KRÁL", "Tomáš"),
        ("DE SOUZA", "Marie"),
    ]
    assert got["title"] == "Proměny městského plánování v českých zemích a na Slovensku"


def test_czech_journal_numbers_named_by_their_words() -> None:
    got = fields_of("HÁJEK, Petr. Mapy a jejich čtení. Geografické rozhledy. 2015, roč. 24, č. 3, s. 10–13.")
    assert got["container-title"] == "Geografické rozhledy"
    assert (got["volume"], got["issue"], got["page"]) == ("24", "3", "10-13")
    assert got["title"] == "Mapy a jejich čtení"
    assert "note" not in got


def test_polish_quoted_journal_then_year_and_numbers() -> None:
    got = fields_of("A. Malinowska, Miasto i jego ogrody, „Rocznik Krakowski” 2004, t. 70, z. 2, s. 101–118.")
    assert got["container-title"] == "Rocznik Krakowski"
    assert got["issued"] == {"date-parts": [[2004]]}
    assert (got["volume"], got["issue"], got["page"]) == ("70", "2", "101-118")
    assert got["title"] == "Miasto i jego ogrody"
