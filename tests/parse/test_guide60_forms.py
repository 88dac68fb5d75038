"""Forms of style guides' Chicago notes and APA 7 entries (round guide60, set ``guides_real31``): a Chicago short note
citing an article whose page has four figures, APA's sermon or lecture given at a meeting, a film's or an episode's
``(Producer & Director)``, a reading's source after its publisher (``(Reprinted from …)``) and a Bible's edition
cited title first; a class handout's description read as its publisher is flagged for review."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "5. Kwon, “Inclusion Work,” 1851.",
        {"author": [{"family": "Kwon"}], "title": "Inclusion Work", "page": "1851", "issued": None},
    ),
    (
        "Nguyen, “Rivers of Empire,” 1204.",
        {"author": [{"family": "Nguyen"}], "title": "Rivers of Empire", "page": "1204", "issued": None},
    ),
    (
        'Hybels, B. (2008, March). "Read, relate, pray." Sermon presented at Willow Creek Community Church, South '
        "Barrington, IL.",
        {
            "title": "Read, relate, pray",
            "event-title": "Willow Creek Community Church",
            "event-place": "South Barrington, IL",
            "container-title": None,
        },
    ),
    (
        "Willard, D. (2005, June). The New Testament theology of the church: The foundation for the spiritual "
        "formation community [DVD]. Lecture at Renovare International Conference, Denver, CO.",
        {"event-title": "Renovare International Conference", "container-title": None, "publisher-place": None},
    ),
    (
        "Walker, W. N. (Producer & Director). (2003). There is a river (Episode 1) [TV Series]. In J. Cross "
        "(Producer) This far by faith: African American spiritual journeys. PBS.",
        {"director": [{"family": "Walker", "given": "W. N."}], "author": None, "publisher": "PBS"},
    ),
    (
        "Goleman, D. (2009). What makes a leader? In D. Demers (Ed.), AHSC 230: Interpersonal communication and "
        "relationships (pp. 47–56). Concordia University Bookstore. (Reprinted from Harvard Business Review, 76(6), "
        "pp.93–102, 1998).",
        {"page": "47-56", "publisher": "Concordia University Bookstore", "issued": {"date-parts": [[2009]]}},
    ),
    (
        "NIV Study Bible. (2020). Zondervan.",
        {"author": None, "title": "NIV Study Bible", "publisher": "Zondervan"},
    ),
    (
        "New International Version Bible. (2011). Bible Gateway. "
        "https://www.biblegateway.com/versions/New-International-Version-NIV-Bible/",
        {"author": None, "title": "New International Version Bible", "container-title": "Bible Gateway"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide60_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_handout_description_as_publisher_flagged() -> None:
    text = (
        "Simala, J. P. (2009, January). How to do APA citation for REACH. Handout given in the IDS 105R class at "
        "Trinity International University, Deerfield, IL."
    )
    assert needs_review(text)
