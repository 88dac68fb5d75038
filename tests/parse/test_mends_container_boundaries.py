"""Mends of where a container begins and ends: a number's word closing a journal's name, a series cut at a
lower-case word, a meeting's name after the title's comma, a title before ``, in Book``; and a news item's month and
day read as its publisher."""

from __future__ import annotations

from biblio.parse.mends.containers import subtitle_read_as_book, title_before_comma_in
from biblio.parse.mends.dates import month_day_read_as_publisher
from biblio.parse.mends.opening_groups import body_comma_opens_title
from biblio.parse.mends.proceedings import meeting_after_title_comma
from biblio.parse.mends.series import number_closing_series, series_cut_before_and, title_in_series
from biblio.parse.mends.title_in_journal import journal_word_after_title_stop
from biblio.parse.mends.volumes import number_word_closing_journal
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def fields(spans: list[Span], text: str) -> list[tuple[str, str]]:
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [(s.label, s.text) for s in spans]


def test_number_word_closing_journal_opens_the_issue() -> None:
    text = "« Les ports francs », Revue d'Histoire Maritime, No 12, Vol. 3, 2009, pp.45-67"
    spans = spans_of(
        text,
        ("title", "« Les ports francs »,"),
        ("journal", "Revue d'Histoire Maritime, No"),
        ("volume", "12, Vol. 3,"),
        ("date", "2009,"),
        ("pages", "pp.45-67"),
    )
    assert fields(number_word_closing_journal(spans, text), text) == [
        ("title", "« Les ports francs »,"),
        ("journal", "Revue d'Histoire Maritime"),
        ("issue", "No 12, "),
        ("volume", "Vol. 3,"),
        ("date", "2009,"),
        ("pages", "pp.45-67"),
    ]


def test_number_word_after_the_volume_in_the_journal() -> None:
    text = "Soto, Ana. “Urban Mobility”. Sustainable Cities 8, nº 3 (2019): 214."
    spans = spans_of(
        text,
        ("author", "Soto, Ana."),
        ("title", "“Urban Mobility”."),
        ("journal", "Sustainable Cities 8, nº"),
        ("volume", "3"),
        ("date", "(2019):"),
        ("pages", "214."),
    )
    assert fields(number_word_closing_journal(spans, text), text) == [
        ("author", "Soto, Ana."),
        ("title", "“Urban Mobility”."),
        ("journal", "Sustainable Cities"),
        ("volume", "8"),
        ("issue", "nº 3"),
        ("date", "(2019):"),
        ("pages", "214."),
    ]


def test_journal_named_with_a_number_word_inside_stays() -> None:
    text = "Title. Notes and Records, 12, 45-67."
    spans = spans_of(
        text, ("title", "Title."), ("journal", "Notes and Records,"), ("volume", "12,"), ("pages", "45-67.")
    )
    assert number_word_closing_journal(spans, text) is spans


def test_meeting_name_after_title_comma_with_the_meeting_word_apart() -> None:
    text = "Kim, S.: Synthesis of reversible circuits by cycles, European Circuit Design Conference, pages 41"
    spans = spans_of(
        text,
        ("author", "Kim, S.:"),
        ("title", "Synthesis of reversible circuits by cycles, European Circuit Design"),
        ("container-title", "Conference,"),
        ("pages", "pages 41"),
    )
    assert fields(meeting_after_title_comma(spans, text), text) == [
        ("author", "Kim, S.:"),
        ("title", "Synthesis of reversible circuits by cycles"),
        ("container-title", "European Circuit Design Conference"),
        ("pages", "pages 41"),
    ]


def test_meeting_name_and_volume_in_a_container_with_no_title() -> None:
    text = "Haddad, N. 1998 Segmentation of handwritten scores, 9th International Conference on Documents 2 511-6."
    spans = spans_of(
        text,
        ("author", "Haddad, N."),
        ("date", "1998"),
        ("container-title", "Segmentation of handwritten scores, 9th International Conference on Documents 2"),
        ("pages", "511-6."),
    )
    assert fields(meeting_after_title_comma(spans, text), text) == [
        ("author", "Haddad, N."),
        ("date", "1998"),
        ("title", "Segmentation of handwritten scores"),
        ("container-title", "9th International Conference on Documents"),
        ("volume", "2"),
        ("pages", "511-6."),
    ]


def test_a_body_named_after_congress_is_no_meeting() -> None:
    text = "Archives, 2015, TIFF images: sustainability of formats, Planning for Library of Congress Collections, 2017"
    spans = spans_of(
        text,
        ("author", "Archives,"),
        ("date", "2015,"),
        ("title", "TIFF images: sustainability of formats, Planning for Library of Congress Collections,"),
        ("date", "2017"),
    )
    assert meeting_after_title_comma(spans, text) is spans


def test_title_before_comma_in_book() -> None:
    text = "Bianchi, L., Le mura di Verona nel basso Medioevo, in Città venete, Atti del convegno, Padova, 2011, 45-67."
    spans = spans_of(
        text,
        ("author", "Bianchi, L.,"),
        ("container-title", "Le mura di Verona nel basso Medioevo, in Città venete, Atti del convegno,"),
        ("location", "Padova,"),
        ("date", "2011,"),
        ("pages", "45-67."),
    )
    assert fields(title_before_comma_in(spans, text), text) == [
        ("author", "Bianchi, L.,"),
        ("title", "Le mura di Verona nel basso Medioevo"),
        ("container-title", "Città venete, Atti del convegno,"),
        ("location", "Padova,"),
        ("date", "2011,"),
        ("pages", "45-67."),
    ]


def test_series_cut_before_and_takes_its_end_back() -> None:
    text = "Ng, K. Convex analysis. Lecture notes of the spring school on graphs and random walks. Kluwer, 1999."
    spans = spans_of(
        text,
        ("author", "Ng, K."),
        ("title", "Convex analysis."),
        ("collection-title", "Lecture notes of the spring school on graphs"),
        ("title", "and random walks."),
        ("publisher", "Kluwer,"),
        ("date", "1999."),
    )
    assert fields(series_cut_before_and(spans, text), text) == [
        ("author", "Ng, K."),
        ("title", "Convex analysis."),
        ("collection-title", "Lecture notes of the spring school on graphs and random walks."),
        ("publisher", "Kluwer,"),
        ("date", "1999."),
    ]


def test_series_closed_by_a_stop_keeps_the_title_after_it() -> None:
    text = "Ng, K. Convex analysis. Lecture Notes in Mathematics. and other essays. Kluwer, 1999."
    spans = spans_of(
        text,
        ("author", "Ng, K."),
        ("title", "Convex analysis."),
        ("collection-title", "Lecture Notes in Mathematics."),
        ("title", "and other essays."),
        ("publisher", "Kluwer,"),
        ("date", "1999."),
    )
    assert series_cut_before_and(spans, text) is spans


def test_month_and_day_read_as_publisher_are_the_date() -> None:
    text = "Okoro, Ada. 2016. “Bus Lanes Downtown.” March 9. https://example.org/bus"
    spans = spans_of(
        text,
        ("author", "Okoro, Ada."),
        ("date", "2016."),
        ("title", "“Bus Lanes Downtown.”"),
        ("publisher", "March 9."),
        ("url", "https://example.org/bus"),
    )
    assert fields(month_day_read_as_publisher(spans, text), text)[3] == ("date", "March 9.")


def test_a_publisher_named_for_a_month_stays() -> None:
    text = "Okoro, Ada. 2016. Bus Lanes. May Press."
    spans = spans_of(
        text, ("author", "Okoro, Ada."), ("date", "2016."), ("title", "Bus Lanes."), ("publisher", "May Press.")
    )
    assert month_day_read_as_publisher(spans, text) is spans


def test_number_closing_series_is_its_volume() -> None:
    text = "Title. In Proc. of X, pages 1–9. Springer; Lecture Notes in Computer Science 3089, 2004."
    spans = spans_of(
        text,
        ("title", "Title."),
        ("container-title", "In Proc. of X,"),
        ("pages", "pages 1–9."),
        ("publisher", "Springer;"),
        ("collection-title", "Lecture Notes in Computer Science 3089,"),
        ("date", "2004."),
    )
    assert fields(number_closing_series(spans, text), text)[4:] == [
        ("collection-title", "Lecture Notes in Computer Science"),
        ("volume", "3089"),
        ("date", "2004."),
    ]


def test_series_number_read_into_the_date() -> None:
    text = "Title. Springer; Lecture Notes in Computer Science 4189, 2006."
    spans = spans_of(
        text,
        ("title", "Title."),
        ("publisher", "Springer;"),
        ("collection-title", "Lecture Notes in Computer Science"),
        ("date", "4189, 2006."),
    )
    assert fields(number_closing_series(spans, text), text)[2:] == [
        ("collection-title", "Lecture Notes in Computer Science"),
        ("volume", "4189"),
        ("date", "2006."),
    ]


def test_bracketed_series_and_a_year_keep_their_numbers() -> None:
    text = "Title. Berlin: De Gruyter 2014. (Studien zur Lyrik 44)"
    spans = spans_of(text, ("title", "Title."), ("publisher", "Berlin: De Gruyter"), ("date", "2014."),
                     ("collection-title", "(Studien zur Lyrik 44)"))
    assert number_closing_series(spans, text) is spans
    text = "Title. Springer; Reports of the Survey 1999."
    spans = spans_of(
        text, ("title", "Title."), ("publisher", "Springer;"), ("collection-title", "Reports of the Survey 1999.")
    )
    assert number_closing_series(spans, text) is spans


def test_journal_word_after_title_stop_opens_the_journal() -> None:
    text = "--, 2009: Tracking storm surges along the gulf coast. Eos, Trans. Amer. Geophys. Union, 90, 311."
    spans = spans_of(
        text,
        ("date", "--, 2009:"),
        ("title", "Tracking storm surges along the gulf coast. Eos,"),
        ("journal", "Trans. Amer. Geophys. Union,"),
        ("volume", "90,"),
        ("pages", "311."),
    )
    assert fields(journal_word_after_title_stop(spans, text), text)[1:3] == [
        ("title", "Tracking storm surges along the gulf coast."),
        ("journal", "Eos, Trans. Amer. Geophys. Union,"),
    ]


def test_title_word_before_a_journal_named_in_full_stays() -> None:
    text = "Tracking storm surges along the gulf coast. Texas, Coastal Research Letters, 90, 311."
    spans = spans_of(
        text,
        ("title", "Tracking storm surges along the gulf coast. Texas,"),
        ("journal", "Coastal Research Letters,"),
        ("volume", "90,"),
        ("pages", "311."),
    )
    assert journal_word_after_title_stop(spans, text) is spans


def test_a_title_opening_on_a_place_and_a_comma_stays_whole() -> None:
    text = "Northern Norway, Herring Stocks and Their Decline. Nordic Fisheries Journal, 12(3), 402 (2015)."
    spans = spans_of(
        text,
        ("title", "Northern Norway, Herring Stocks and Their Decline."),
        ("journal", "Nordic Fisheries Journal,"),
        ("volume", "12"),
    )
    assert body_comma_opens_title(spans, text) is spans


def test_chapter_opened_by_in_keeps_its_book() -> None:
    text = "Roux, A. La ville durable. In Genèse et usages, Lyon, Presses universitaires de Lyon."
    spans = spans_of(
        text,
        ("author", "Roux, A."),
        ("title", "La ville durable."),
        ("container-title", "In Genèse et usages,"),
        ("location", "Lyon,"),
        ("publisher", "Presses universitaires de Lyon."),
    )
    assert subtitle_read_as_book(spans, text) is spans


def test_title_read_into_its_series() -> None:
    text = "Berg A.K., Moe T., 1981, Quantum Optics, Course of Modern Physics Vol. 4."
    spans = spans_of(
        text,
        ("author", "Berg A.K., Moe T.,"),
        ("date", "1981,"),
        ("collection-title", "Quantum Optics, Course of Modern Physics"),
        ("volume", "Vol. 4."),
    )
    assert fields(title_in_series(spans, text), text)[2:] == [
        ("title", "Quantum Optics"),
        ("collection-title", "Course of Modern Physics"),
        ("volume", "Vol. 4."),
    ]


def test_series_with_no_comma_stays() -> None:
    text = "Berg A.K., 1981, Course of Modern Physics Vol. 4."
    spans = spans_of(
        text,
        ("author", "Berg A.K.,"),
        ("date", "1981,"),
        ("collection-title", "Course of Modern Physics"),
        ("volume", "Vol. 4."),
    )
    assert title_in_series(spans, text) is spans
