"""Author-date entries with a bare year after the names and a status instead of a date or an imprint
(``forthcoming.``, ``Unpublished report.``), the forms the humanities_real3 gold set showed the parser
reading into the year or the title; each as a reference written for this test and as the mend that
repairs it."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.report_status import status_words_in_title, title_after_forthcoming, year_runs_into_title
from tests.parse.test_mends_humanities import labelled, spans_of


def test_unpublished_report_is_no_part_of_the_title() -> None:
    item = parse_reference("Hale, R. and Dent, M. 2004 The cattle bones from Low Street, Unpublished report.")
    assert item["title"] == "The cattle bones from Low Street"
    assert item["issued"] == {"date-parts": [[2004]]}


def test_forthcoming_stands_for_the_year() -> None:
    item = parse_reference("Hale, R. forthcoming. The Roman Pottery from Barton.")
    assert item["title"] == "The Roman Pottery from Barton"
    assert item["status"] == "forthcoming"
    assert "issued" not in item


def test_year_runs_into_title_gives_back_the_first_word() -> None:
    text = "Hale, R. 2004 Low Street: the bones."
    spans = spans_of(text, [("author", "Hale, R."), ("date", "2004 Low"), ("title", "Street: the bones.")])
    assert labelled(year_runs_into_title(spans, text))[1:] == [
        ("date", "2004"),
        ("title", "Low Street: the bones."),
    ]


def test_year_runs_into_title_keeps_a_month_or_season() -> None:
    text = "Hale, R. 2004 Spring Notes on bones."
    spans = spans_of(text, [("author", "Hale, R."), ("date", "2004 Spring"), ("title", "Notes on bones.")])
    assert year_runs_into_title(spans, text) is spans


def test_status_words_in_title_parts_the_status() -> None:
    text = "Hale, R. 2004 Bones. Unpublished typescript."
    spans = spans_of(text, [("author", "Hale, R."), ("date", "2004"), ("title", "Bones. Unpublished typescript.")])
    assert labelled(status_words_in_title(spans, text))[2:] == [
        ("title", "Bones"),
        ("genre", "Unpublished typescript"),
    ]
    text = "Hale, R. forthcoming. Bones of Barton."
    spans = spans_of(text, [("author", "Hale, R."), ("title", "forthcoming. Bones of Barton.")])
    assert labelled(status_words_in_title(spans, text))[1:] == [
        ("date", "forthcoming"),
        ("title", "Bones of Barton."),
    ]


def test_title_after_forthcoming_relabels_the_note() -> None:
    text = "Hale, R. forthcoming. Bones of Barton."
    spans = spans_of(text, [("author", "Hale, R."), ("date", "forthcoming."), ("note", "Bones of Barton.")])
    assert labelled(title_after_forthcoming(spans, text))[2] == ("title", "Bones of Barton.")
