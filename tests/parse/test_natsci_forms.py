"""Forms of natural-science reference lists (``natsci_real.jsonl``): the RSC's, ACS's and MDPI's
``Journal, Year, Volume, Pages`` numbers, the RSC's one-word journal after the names, the ACS's
and MDPI's ``Publisher: Place`` imprint and the link buttons (``[CrossRef]``) a publisher's list
prints after a reference; checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.aas_numbers import comma_numbers_apart, page_read_as_year
from biblio.parse.mends.colon_imprints import publisher_after_semicolon, publisher_colon_place
from biblio.parse.mends.event_dates import meeting_date_as_note
from biblio.parse.mends.journal_heads import word_journal_after_names

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_volume_and_page_range_after_the_year() -> None:
    text = "4 B. Ortiz and K. Lund, J. Phys. Chem. B, 2008, 112, 6163-6177."
    spans = spans_of(
        text,
        [
            ("author", "B. Ortiz and K. Lund,"),
            ("journal", "J. Phys. Chem. B,"),
            ("date", "2008,"),
            ("pages", "112, 6163-6177."),
        ],
    )
    assert labelled(comma_numbers_apart(spans, text))[-2:] == [("volume", "112"), ("pages", "6163-6177.")]


def test_italic_volume_and_article_number_after_the_bold_year() -> None:
    text = "3. Quist, R.; Hale, T. Cloud services at scale. *J. Phys. Conf. Ser.* **2019**, *512*, 012044."
    spans = spans_of(
        text,
        [
            ("author", "Quist, R.; Hale, T."),
            ("title", "Cloud services at scale."),
            ("journal", "J. Phys. Conf. Ser."),
            ("date", "2019**,"),
            ("pages", "512*, 012044."),
        ],
    )
    mended = labelled(comma_numbers_apart(spans, text))
    assert ("volume", "512") in mended and ("pages", "012044.") in mended


def test_a_page_range_alone_is_left_as_read() -> None:
    text = "Ortiz, B. Title. Chem. Rev. 2008, 6163-6177."
    spans = spans_of(
        text,
        [
            ("author", "Ortiz, B."),
            ("title", "Title."),
            ("journal", "Chem. Rev."),
            ("date", "2008,"),
            ("pages", "6163-6177."),
        ],
    )
    assert comma_numbers_apart(spans, text) == spans


def test_one_word_journal_read_as_a_last_name() -> None:
    text = "7 P. Holm, A. Varga and T. Ng, Nature, 2011, 5, 10-12."
    spans = spans_of(
        text,
        [("author", "P. Holm, A. Varga and T. Ng, Nature,"), ("date", "2011,"), ("volume", "5,"), ("pages", "10-12.")],
    )
    mended = labelled(word_journal_after_names(spans, text))
    assert mended[:2] == [("author", "P. Holm, A. Varga and T. Ng"), ("journal", "Nature,")]


@pytest.mark.parametrize(
    "names",
    [
        "P. Holm, A. Varga and T. Ng, Jr,",  # a suffix, no journal
        "P. Holm, A. Varga, Nature,",  # no "and" closes the list
        "Holm, P. and Varga, A., Nature,",  # family-first names: not this form
    ],
)
def test_one_word_after_names_left_alone(names: str) -> None:
    text = f"{names} 2011, 5, 10-12."
    spans = spans_of(text, [("author", names), ("date", "2011,"), ("volume", "5,"), ("pages", "10-12.")])
    assert word_journal_after_names(spans, text) == spans


@pytest.mark.parametrize(
    ("publisher", "place", "want"),
    [
        ("Springer: Cham,", "Switzerland,", ("Springer", "Cham, Switzerland,")),
        ("Wiley-Interscience: New", "York, NY, USA,", ("Wiley-Interscience", "New York, NY, USA,")),
        ("O’Reilly Media,", "Inc.: Sebastopol, CA, USA,", ("O’Reilly Media, Inc.", "Sebastopol, CA, USA,")),
    ],
)
def test_colon_divides_publisher_and_place(publisher: str, place: str, want: tuple[str, str]) -> None:
    text = f"Quist, R. *A Book on Clouds*; {publisher} {place} 2014."
    spans = spans_of(
        text,
        [
            ("author", "Quist, R."),
            ("title", "*A Book on Clouds*;"),
            ("publisher", publisher),
            ("location", place),
            ("date", "2014."),
        ],
    )
    mended = labelled(publisher_colon_place(spans, text))
    assert mended[2:4] == [("publisher", want[0]), ("location", want[1])]


def test_publisher_ending_at_its_colon_is_left_alone() -> None:
    text = "Quist, R. *A Book*; Springer: Cham, Switzerland, 2014."
    spans = spans_of(
        text,
        [
            ("author", "Quist, R."),
            ("title", "*A Book*;"),
            ("publisher", "Springer:"),
            ("location", "Cham, Switzerland,"),
            ("date", "2014."),
        ],
    )
    assert publisher_colon_place(spans, text) == spans


def test_publisher_after_the_book_title_semicolon() -> None:
    text = "4. Lund, K. Chapter title. In Book of Methods; IntechOpen: London, UK, 2018; pp. 27-49."
    spans = spans_of(
        text,
        [
            ("author", "Lund, K."),
            ("title", "Chapter title."),
            ("container-title", "In Book of Methods; IntechOpen:"),
            ("location", "London, UK,"),
            ("date", "2018;"),
            ("pages", "pp. 27-49."),
        ],
    )
    mended = labelled(publisher_after_semicolon(spans, text))
    assert mended[2:5] == [
        ("container-title", "In Book of Methods"),
        ("publisher", "IntechOpen"),
        ("location", "London, UK,"),
    ]


def test_a_page_that_looks_like_a_year() -> None:
    text = "43. Lund, K. Title. Zh. Fiz. Khim 1970, 44, 1967."
    spans = spans_of(
        text,
        [
            ("author", "Lund, K."),
            ("title", "Title."),
            ("journal", "Zh. Fiz. Khim"),
            ("date", "1970,"),
            ("volume", "44,"),
            ("date", "1967."),
        ],
    )
    assert labelled(page_read_as_year(spans, text))[-1] == ("pages", "1967.")
    # one year only: nothing to mend
    assert page_read_as_year(spans[:-1], text) == spans[:-1]


def test_a_year_after_an_access_date_stays_a_year() -> None:
    text = "Lund, K. Title. Oslo, 2003. Available from: https://example.org/a. Cited: Jan. 9, 2011."
    spans = spans_of(
        text,
        [
            ("author", "Lund, K."),
            ("title", "Title."),
            ("journal", "Oslo,"),
            ("date", "2003."),
            ("url", "https://example.org/a."),
            ("accessed", "Cited: Jan."),
            ("volume", "9,"),
            ("date", "2011."),
        ],
    )
    assert page_read_as_year(spans, text) == spans


def test_meeting_days_read_as_a_note_are_the_date() -> None:
    text = "9. Lund, K. Title. In Proceedings of the 2016 Symposium (ISSE), Edinburgh, UK, 3–5 October 2016; pp. 1–3."
    spans = spans_of(
        text,
        [
            ("author", "Lund, K."),
            ("title", "Title."),
            ("container-title", "In Proceedings of the 2016 Symposium (ISSE),"),
            ("location", "Edinburgh, UK,"),
            ("note", "3–5 October 2016;"),
            ("pages", "pp. 1–3."),
        ],
    )
    assert labelled(meeting_date_as_note(spans, text))[4] == ("date", "3–5 October 2016;")
    # a note that is no date, or a reading with a date already, is left alone
    dated = [*spans[:4], replace(spans[4], label="date"), *spans[5:]]
    assert meeting_date_as_note(dated, text) == dated
    noted = [*spans[:4], replace(spans[4], text="3–5 copies;"), *spans[5:]]
    assert meeting_date_as_note(noted, text) == noted


def test_link_buttons_removed_and_the_rest_kept() -> None:
    assert tidy_input("Title. Entropy 2020, 22, 1113. [CrossRef] [PubMed]") == "Title. Entropy 2020, 22, 1113."
    assert tidy_input("Title. Entropy 2020, 22, 1113. [Google Scholar]") == "Title. Entropy 2020, 22, 1113."
    # a bracket that describes the work stays
    assert tidy_input("Smith, J. Title [Data set]") == "Smith, J. Title [Data set]"
    assert (
        tidy_input("Smith, J. Docker [software engineering]. IEEE Softw.")
        == "Smith, J. Docker [software engineering]. IEEE Softw."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 D. Marsh, L. Ortega and P. K. Sen, J. Am. Chem. Soc., 1999, 121, 3368-3376.",
            {"container-title": "J. Am. Chem. Soc.", "volume": "121", "page": "3368-3376"},
        ),
        (
            "3 Y. Tanaka, R. Berg and M. Ito, Matter, 2021, 4(2), 102203.",
            {"container-title": "Matter", "volume": "4", "issue": "2", "page": "102203"},
        ),
        (
            "21. Kovač, T.; Lindqvist, E. Phase behaviour of ternary mixtures. Entropy 2018, 20, 1113. [CrossRef]",
            {"container-title": "Entropy", "volume": "20", "page": "1113"},
        ),
        (
            "8. Ortega, L. Phase rules. In Handbook of Mixtures; IntechOpen: London, UK, 2019; pp. 1-20.",
            {"container-title": "Handbook of Mixtures", "publisher": "IntechOpen", "publisher-place": "London, UK"},
        ),
        (
            "9. Lund, K. Scaling services. In Proceedings of the 2016 IEEE Symposium on Systems (ISSE), Edinburgh, UK, "
            "3–5 October 2016; pp. 1–3.",
            {"page": "1-3", "issued": {"date-parts": [[2016, 10, 3]]}},
        ),
        (
            "5. Ortega, L. *Practical Thermodynamics*; Springer: Cham, Switzerland, 2016.",
            {"publisher": "Springer", "publisher-place": "Cham, Switzerland"},
        ),
    ],
)
def test_natsci_references_parse(text: str, expected: dict[str, object]) -> None:
    item = parse_reference(text)
    for field, value in expected.items():
        assert item.get(field) == value, (field, item.get(field))
