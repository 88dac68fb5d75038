"""Published and unpublished interviews as Chicago (notes and bibliography) and MLA cite them: the person
interviewed is the author, ``Interview by`` names the interviewer, then the programme or periodical, the
network and the date; the recording's form and length are kept in the note."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.interviews import interview_by
from biblio.parse.spans import Span


def _families(record: dict[str, object], var: str) -> list[str]:
    names = record.get(var) or []
    assert isinstance(names, list)
    return [n.get("family", n.get("literal", "")) for n in names]


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher", "date"),
    [
        # Chicago bibliography, a broadcast
        (
            'Smith, Zadie. "On Optimism and Despair." Interview by Terry Gross. Fresh Air, NPR, December 22, '
            "2016. Audio, 35:00. https://www.npr.org/2016/12/22/fresh-air.",
            "On Optimism and Despair",
            "Fresh Air",
            "NPR",
            [2016, 12, 22],
        ),
        # Chicago note: commas between the parts, "interview by" in lower case
        (
            'Zadie Smith, "On Optimism and Despair," interview by Terry Gross, Fresh Air, NPR, December 22, 2016, '
            "audio, 35:00.",
            "On Optimism and Despair",
            "Fresh Air",
            "NPR",
            [2016, 12, 22],
        ),
        # a periodical's interview, no network
        (
            'Kamp, David. "Lee Child Interview." Interview by Jane Doe. Vanity Fair, March 2019.',
            "Lee Child Interview",
            "Vanity Fair",
            None,
            [2019, 3],
        ),
    ],
)
def test_published_interviews(text: str, title: str, container: str, publisher: str | None, date: list[int]) -> None:
    record = read_reference(text)
    assert record["type"] == "interview"
    assert len(_families(record, "author")) == 1
    assert _families(record, "interviewer") in (["Gross"], ["Doe"])
    assert record["title"] == title
    assert record["container-title"] == container
    assert record.get("publisher") == publisher
    assert record["issued"] == {"date-parts": [date]}


def test_the_length_and_link_are_kept() -> None:
    record = read_reference(
        'Smith, Zadie. "On Optimism and Despair." Interview by Terry Gross. Fresh Air, NPR, December 22, 2016. '
        "Audio, 35:00. https://www.npr.org/2016/12/22/fresh-air."
    )
    # the medium and running time are kept, as Chicago's reader stores them or as a note
    kept = (record.get("medium"), record.get("dimensions"))
    assert kept == ("Audio", "35:00") or record.get("note") == "Audio, 35:00"
    assert record["URL"] == "https://www.npr.org/2016/12/22/fresh-air"
    assert "volume" not in record and "page" not in record


def test_an_unpublished_interview_by_the_author() -> None:
    record = read_reference("Doe, Jane. Interview by author. Chicago, IL, May 5, 2015.")
    assert record["type"] == "interview"
    assert _families(record, "author") == ["Doe"]
    assert record["publisher-place"] == "Chicago, IL"
    assert record["issued"] == {"date-parts": [[2015, 5, 5]]}
    assert "interviewer" not in record


def test_a_title_that_says_interview_is_left_alone() -> None:
    text = "Brown, A. 2010. The Interview by Design. Journal of Things 12: 3-4."
    spans = [Span("author", "Brown, A.", 0, 9), Span("title", "The Interview by Design", 16, 39)]
    assert interview_by(spans, text) is spans


def test_words_after_the_link_stay_in_the_note() -> None:
    record = read_reference(
        'Smith, Zadie. "On Optimism and Despair." Interview by Terry Gross. Fresh Air, NPR, December 22, 2016. '
        "Audio, 35:00. https://www.npr.org/2016/12/22/fresh-air. Transcript by NPR staff."
    )
    assert record["URL"] == "https://www.npr.org/2016/12/22/fresh-air"
    assert record["note"] in ("Audio, 35:00; Transcript by NPR staff", "Transcript by NPR staff")
    assert "Audio, 35:00" in record["note"] or (record.get("medium"), record.get("dimensions")) == ("Audio", "35:00")
