"""Dates written with the month's name in French, Spanish, Portuguese and Italian references (``21 février
2017``, ``(janeiro de 2020)``, ``Lisboa: Editora, dezembro 2021``), read as numbers or into a place or a
publisher by the model: ``mends.worded_dates.worded_date_apart``."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.worded_dates import worded_date_apart
from tests.parse.test_mends_confusions import fields, spans_of


def test_day_and_month_read_as_volume_and_issue_are_the_date() -> None:
    text = "Agence Nord, « Ouvrir ses données », *Carnet Savoirs*, 14 mars 2019, https://example.org/x."
    spans = spans_of(
        text,
        [
            ("author", "Agence Nord,"),
            ("title", "« Ouvrir ses données »,"),
            ("journal", "Carnet Savoirs*,"),
            ("volume", "14"),
            ("issue", "mars 2019,"),
            ("url", "https://example.org/x."),
        ],
    )
    assert fields(worded_date_apart(spans, text), text)[3:] == [
        ("date", "14 mars 2019"),
        ("url", "https://example.org/x."),
    ]


def test_portuguese_month_with_de_read_into_the_place_is_the_date() -> None:
    text = "Souza, Ana. “Arquivos e redes”. Revista Memória 12, nº 3 (agosto de 2018): 45–67."
    spans = spans_of(
        text,
        [
            ("author", "Souza, Ana."),
            ("title", "“Arquivos e redes”."),
            ("journal", "Revista Memória 12, nº"),
            ("volume", "3"),
            ("location", "(agosto de"),
            ("date", "2018):"),
            ("pages", "45–67."),
        ],
    )
    assert fields(worded_date_apart(spans, text), text)[3:] == [
        ("volume", "3"),
        ("date", "agosto de 2018"),
        ("pages", "45–67."),
    ]


def test_day_cut_from_the_place_joins_the_month() -> None:
    text = 'Durand, P. "La datation". *Conférence*. Genève, 3 novembre 1971.'
    spans = spans_of(
        text,
        [
            ("author", "Durand, P."),
            ("title", '"La datation".'),
            ("container-title", "Conférence*."),
            ("location", "Genève, 3"),
            ("date", "novembre 1971."),
        ],
    )
    assert fields(worded_date_apart(spans, text), text)[3:] == [("location", "Genève,"), ("date", "3 novembre 1971")]


def test_day_and_month_after_the_opening_year_go_into_no_field() -> None:
    text = "Martin, Léa. 2020. « Reliure ». *Carnet*. 12 octobre. https://example.org/r."
    spans = spans_of(
        text,
        [
            ("author", "Martin, Léa."),
            ("date", "2020."),
            ("title", "« Reliure »."),
            ("journal", "*Carnet*."),
            ("volume", "12"),
            ("issue", "octobre. https://example.org/r."),
        ],
    )
    # the date of the year alone: the day and month complete it
    assert fields(worded_date_apart(spans, text), text)[4:] == [
        ("date", "12 octobre."),
        ("url", "https://example.org/r."),
    ]


def test_issue_number_before_a_month_stays_the_issue() -> None:
    text = "Kay, R. “Title.” Journal of Studies 18, no. 4 March 3, 1990"
    spans = spans_of(
        text,
        [
            ("author", "Kay, R."),
            ("title", "“Title.”"),
            ("journal", "Journal of Studies"),
            ("volume", "18,"),
            ("issue", "no. 4"),
            ("date", "March 3, 1990"),
        ],
    )
    assert worded_date_apart(spans, text) == spans


def test_meeting_days_before_a_month_are_not_its_day() -> None:
    text = "Roy, A., 2012, Titre, actes du colloque, Lyon, 17-19 septembre 2012"
    spans = spans_of(
        text,
        [
            ("author", "Roy, A.,"),
            ("date", "2012,"),
            ("title", "Titre,"),
            ("container-title", "actes du colloque,"),
            ("location", "Lyon,"),
            ("pages", "17-19"),
            ("date", "septembre 2012"),
        ],
    )
    assert worded_date_apart(spans, text) == spans


def test_date_inside_an_italic_title_is_the_title() -> None:
    text = "Ray, D., 2006. *Harbour at Dusk - June 2006*, Lyon: Images. Available from: https://example.org/p."
    spans = spans_of(
        text,
        [
            ("author", "Ray, D.,"),
            ("date", "2006."),
            ("journal", "*Harbour at Dusk - June 2006*,"),
            ("location", "Lyon:"),
            ("publisher", "Images."),
        ],
    )
    assert worded_date_apart(spans, text) == spans


def test_double_issue_months_are_one_date() -> None:
    text = 'Lee, K.: "Title" *Computing Letters*, March-April 2009.'
    spans = spans_of(
        text,
        [
            ("author", "Lee, K.:"),
            ("title", '"Title"'),
            ("journal", "*Computing Letters*, March-"),
            ("date", "April 2009."),
        ],
    )
    assert fields(worded_date_apart(spans, text), text)[2:] == [
        ("journal", "*Computing Letters*,"),
        ("date", "March-April 2009"),
    ]


def test_portuguese_article_with_month_in_brackets_parses() -> None:
    item = read_reference(
        "Lima, Carla, e João Prado. “Redes de arquivos”. Revista de História Digital 7, nº 2 (março de 2019): 101–20."
    )
    assert item["issued"] == {"date-parts": [[2019, 3]]}
    assert "publisher-place" not in item
