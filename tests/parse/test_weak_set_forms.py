"""Forms the weakest real gold sets showed the parser misreading, each a style's convention: AMA's and
JMIR's ``Presented at: Meeting; Days; Place.`` The references are written for these tests in the
styles' manner."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.presentations import event_value, presented_at_meeting
from tests.parse.span_cases import spans_of


def test_ama_paper_presented_at_a_meeting_is_an_event() -> None:
    item = parse_reference(
        "12. Okafor C. Screening for diabetic retinopathy with a phone camera. Paper presented at: Annual Meeting "
        "of the Society for Rural Health 2019; October 3-5, 2019; Nairobi, Kenya."
    )
    assert item["type"] == "paper-conference"
    assert item["title"] == "Screening for diabetic retinopathy with a phone camera"
    assert item["event-title"] == "Annual Meeting of the Society for Rural Health 2019"
    assert item["event-place"] == "Nairobi, Kenya"
    assert item["issued"]["date-parts"][0][0] == 2019
    assert not {"container-title", "publisher", "publisher-place", "note"} & set(item)


def test_jmir_presentation_with_pages_and_a_poster_mark() -> None:
    item = parse_reference(
        "7. Lind M, Berg K. Chatbots for smoking cessation: a pilot study. Presented at: CHI '21; May 8-13, "
        "2021:1-14; Yokohama, Japan. [doi: 10.1145/3411764.3445000]"
    )
    assert (item["type"], item["event-title"], item["page"]) == ("paper-conference", "CHI '21", "1-14")
    assert item["event-place"] == "Yokohama, Japan" and "container-title" not in item
    poster = parse_reference(
        "3. Park J, Chen Y. Readmission risk from discharge notes [Poster]. Presented at: AMIA 2022 Annual "
        "Symposium; Nov 5-9, 2022; Washington, D.C."
    )
    assert poster["title"] == "Readmission risk from discharge notes"
    assert (poster["genre"], poster["event-place"]) == ("Poster", "Washington, D.C")


def test_presentation_mend_cuts_the_title_and_the_container() -> None:
    text = "Kim S. A title. Presented at: Some Meeting; June 2, 2020; Oslo, Norway."
    spans = spans_of(
        text,
        ("author", "Kim S."),
        ("container-title", "A title. Presented at: Some Meeting;"),
        ("date", "June 2, 2020;"),
        ("publisher", "Oslo, Norway."),
    )
    got = [(s.label, s.text) for s in presented_at_meeting(spans, text)]
    assert got == [
        ("author", "Kim S."),
        ("title", "A title."),
        ("event", "Presented at: Some Meeting"),
        ("date", "June 2, 2020"),
        ("event-place", "Oslo, Norway"),
    ]
    assert event_value("Paper presented at: Some Meeting") == "Some Meeting"


def test_presented_at_without_the_semicolon_form_is_left_alone() -> None:
    text = "Kim S. A title. Paper presented at the annual meeting of the Society, Oslo, Norway, June 2, 2020."
    spans = spans_of(text, ("author", "Kim S."), ("title", "A title."), ("note", "Paper presented at the annual"))
    assert presented_at_meeting(spans, text) == spans
