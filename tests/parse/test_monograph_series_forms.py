"""Archaeology's author-date bibliographies: a book or a chapter in a numbered monograph or report
series (``…, Brit. Archaeol. Rep. Brit. Ser. 201, Oxford.``), and a book whose imprint closes the
reference after the year (``2005 Title. Stroud: Tempus.``), the forms the humanities_real3 gold set
showed the parser reading as a journal or as one long title; each as a reference written for this
test and as the mend that repairs it."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.monograph_series import (
    series_before_place,
    series_closing_title_before_imprint,
    series_in_edited_book,
    series_or_imprint_in_title,
)
from tests.parse.test_mends_humanities import labelled, spans_of

# --- whole references: what a user gets ------------------------------------------------------------


def test_book_in_a_report_series_with_its_imprint_is_no_journal() -> None:
    item = parse_reference(
        "Hartley, B.M. and Nolan, J.T. 1987 Excavations at Thornbury Camp, 1962-1969, Council for British "
        "Archaeology Research Report 61, London: Council for British Archaeology."
    )
    assert item["title"] == "Excavations at Thornbury Camp, 1962-1969"
    assert item["publisher"] == "Council for British Archaeology"
    assert item["publisher-place"] == "London"
    for field in ("container-title", "volume"):
        assert field not in item


def test_chapter_in_an_edited_report_keeps_its_book() -> None:
    item = parse_reference(
        "Walsh, K. 1994 'The bone pins' in Rowley, S. and Hart, E. (eds) Finds from Marlow Priory, Bucks. Archaeol. "
        "Rep. 7, 88-104."
    )
    assert item["title"] == "The bone pins"
    assert item["container-title"] == "Finds from Marlow Priory"
    assert item["page"] == "88-104"
    assert "volume" not in item


def test_book_closed_by_its_imprint_after_the_year() -> None:
    item = parse_reference("Grant, P. 2011 Medieval Field Systems. Chichester: Phillimore.")
    assert item["title"] == "Medieval Field Systems"
    assert item["publisher-place"] == "Chichester"
    assert item["publisher"] == "Phillimore"


# --- the mends, on the readings they repair --------------------------------------------------------


def test_series_in_edited_book_relabels_the_second_title_and_journal() -> None:
    text = "Ross, T. 2003 'Nails' in Ward, P. (eds) Castle Finds, Exeter Archaeol. Rep. 12, 5-9."
    spans = spans_of(
        text,
        [
            ("author", "Ross, T."),
            ("date", "2003"),
            ("title", "'Nails'"),
            ("editor", "in Ward, P. (eds)"),
            ("title", "Castle Finds,"),
            ("journal", "Exeter Archaeol. Rep."),
            ("volume", "12,"),
            ("pages", "5-9."),
        ],
    )
    assert labelled(series_in_edited_book(spans, text))[3:] == [
        ("editor", "in Ward, P. (eds)"),
        ("container-title", "Castle Finds,"),
        ("collection-title", "Exeter Archaeol. Rep. 12"),
        ("pages", "5-9."),
    ]


def test_series_in_edited_book_splits_a_container_run_into_the_series() -> None:
    text = "Lee, M. 1971 'Coins' in Hart, J. (ed) The Early Iron Age, Univ. London Occ. Pap. 4, 10-19."
    spans = spans_of(
        text,
        [
            ("author", "Lee, M."),
            ("date", "1971"),
            ("title", "'Coins'"),
            ("editor", "in Hart, J. (ed)"),
            ("container-title", "The Early Iron Age, Univ. London Occ. Pap."),
            ("volume", "4,"),
            ("pages", "10-19."),
        ],
    )
    assert labelled(series_in_edited_book(spans, text))[4:] == [
        ("container-title", "The Early Iron Age"),
        ("collection-title", "Univ. London Occ. Pap. 4"),
        ("pages", "10-19."),
    ]


def test_series_in_edited_book_leaves_a_journal_without_a_series_word() -> None:
    text = "Lee, M. 1990 'Rings' in Hart, J. (eds) Special Issue, World Archaeology 22, 1-9."
    spans = spans_of(
        text,
        [
            ("author", "Lee, M."),
            ("date", "1990"),
            ("title", "'Rings'"),
            ("editor", "in Hart, J. (eds)"),
            ("title", "Special Issue,"),
            ("journal", "World Archaeology"),
            ("volume", "22,"),
            ("pages", "1-9."),
        ],
    )
    assert series_in_edited_book(spans, text) is spans


def test_series_before_place_needs_no_pages() -> None:
    text = "Cole, A. 1999 Villas, Roman Studies Monograph 3, Oxford: Tempus."
    read = [
        ("author", "Cole, A."),
        ("date", "1999"),
        ("title", "Villas,"),
        ("journal", "Roman Studies Monograph"),
        ("volume", "3,"),
        ("location", "Oxford:"),
        ("publisher", "Tempus."),
    ]
    assert labelled(series_before_place(spans_of(text, read), text))[3] == (
        "collection-title",
        "Roman Studies Monograph 3",
    )
    paged = "Cole, A. 1999 Villas, Roman Studies Monograph 3, 1-9, Oxford: Tempus."
    spans = spans_of(paged, [*read[:5], ("pages", "1-9,"), *read[5:]])
    assert series_before_place(spans, paged) is spans


def test_series_or_imprint_in_title_divides_the_title() -> None:
    text = "Webb, R. 2001 Later Querns in Wessex, Shire Archaeology 40, Princes Risborough."
    spans = spans_of(text, [("author", "Webb, R."), ("date", "2001"), ("title", text[14:])])
    assert labelled(series_or_imprint_in_title(spans, text))[2:] == [
        ("title", "Later Querns in Wessex"),
        ("collection-title", "Shire Archaeology 40"),
        ("location", "Princes Risborough"),
    ]
    text = "Webb, R. 2001 Later Querns. Salisbury: Hobnob Press."
    spans = spans_of(text, [("author", "Webb, R."), ("date", "2001"), ("title", text[14:])])
    assert labelled(series_or_imprint_in_title(spans, text))[2:] == [
        ("title", "Later Querns"),
        ("location", "Salisbury"),
        ("publisher", "Hobnob Press"),
    ]


def test_series_or_imprint_in_title_keeps_a_title_with_a_plain_number() -> None:
    text = "Webb, R. 2001 Notes on Wessex, Part 2."
    spans = spans_of(text, [("author", "Webb, R."), ("date", "2001"), ("title", text[14:])])
    assert series_or_imprint_in_title(spans, text) is spans


def test_series_closing_title_before_imprint() -> None:
    text = "Webb, R. 2001 Querns from Barton, 1990-4, Wessex Archaeology Report 12, Salisbury: Wessex Archaeology."
    read = [
        ("author", "Webb, R."),
        ("date", "2001"),
        ("title", "Querns from Barton, 1990-4, Wessex Archaeology Report 12,"),
        ("location", "Salisbury:"),
        ("publisher", "Wessex Archaeology."),
    ]
    assert labelled(series_closing_title_before_imprint(spans_of(text, read), text))[2:4] == [
        ("title", "Querns from Barton, 1990-4"),
        ("collection-title", "Wessex Archaeology Report 12"),
    ]
    text = "Webb, R. 2001 Querns (Reports on the Barton Survey, 1990-4), Salisbury: Hobnob Press."
    read = [
        ("author", "Webb, R."),
        ("date", "2001"),
        ("title", "Querns (Reports on the Barton Survey, 1990-4),"),
        ("location", "Salisbury:"),
        ("publisher", "Hobnob Press."),
    ]
    assert labelled(series_closing_title_before_imprint(spans_of(text, read), text))[2:4] == [
        ("title", "Querns"),
        ("collection-title", "Reports on the Barton Survey, 1990-4"),
    ]


def test_series_closing_title_keeps_a_bracketed_place() -> None:
    text = "Webb, R. 2001 Roman Villas of Barton (Wiltshire), Salisbury: Hobnob Press."
    read = [
        ("author", "Webb, R."),
        ("date", "2001"),
        ("title", "Roman Villas of Barton (Wiltshire),"),
        ("location", "Salisbury:"),
        ("publisher", "Hobnob Press."),
    ]
    spans = spans_of(text, read)
    assert series_closing_title_before_imprint(spans, text) is spans
