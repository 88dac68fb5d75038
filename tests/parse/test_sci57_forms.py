"""Forms of tests/data/parse/physcs_real19.jsonl: the ACM Reference Format's proceedings with a house after the
short name's bracket (``In The Ninth Conference on Learning Systems (CLS ’25). OpenReview.net, Lisbon, Portugal.``),
after the meeting's place and short name (``(Lyon, France) (NDS ’24). USENIX Association, USA, Article 12, 14
pages.``) or before its town (``In Proceedings of Machine Learning and Systems, Vol. 6. MLSys, Santa Clara, CA,
USA, 10–22.``); APS's proceedings with the meeting's place before a bracket of the house and year alone (``in
Proceedings of the 20th Symposium on Computing, Austin, TX, USA (IEEE, 1991).``); the title-less compact form with
a journal's name spelled out (``K. Moss, Bell System Technical Journal 30, 50 (1951).``). The references here are
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.acm_reference import acm_publisher_after_proceedings
from biblio.parse.mends.physics_heads import spelled_journal_read_as_title
from tests.parse.form_cases import assert_read_as
from tests.parse.span_cases import spans_of

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[7] Ana Ruiz and Tom Berg. 2025. Sparse Rollouts for Agents. In The Ninth Conference on Learning Systems "
        "(CLS ’25). OpenReview.net, Lisbon, Portugal.",
        {
            "container-title": "The Ninth Conference on Learning Systems (CLS ’25)",
            "publisher": "OpenReview.net",
            "publisher-place": "Lisbon, Portugal",
        },
    ),
    (
        "[3] Ana Ruiz and Tom Berg. 2023. Elastic Batching. In Proceedings of the 40th International Conference on "
        "Machine Learning (ICML’23). JMLR.org, Honolulu, HI, USA, Article 812, 18 pages.",
        {"publisher": "JMLR.org", "publisher-place": "Honolulu, HI, USA", "page": "812"},
    ),
    (
        "[9] Ana Ruiz and Tom Berg. 2024. Shard Maps: Faster Routing for Experts. In Proceedings of Machine Learning "
        "and Systems, Vol. 6. MLSys, Santa Clara, CA, USA, 10–22.",
        {"publisher": "MLSys", "publisher-place": "Santa Clara, CA, USA", "volume": "6"},
    ),
    (
        "[12] L. Hart, in Proceedings of the 20th Symposium on Computing, Austin, TX, USA (IEEE, 1991).",
        {
            "container-title": "Proceedings of the 20th Symposium on Computing, Austin, TX, USA",
            "publisher": "IEEE",
            "publisher-place": None,
        },
    ),
    (
        "[4] R. Vale, in Proceedings of the Solvay Workshop on Fields, Brussels (World Scientific, 2009).",
        {"container-title": "Proceedings of the Solvay Workshop on Fields, Brussels", "publisher-place": None},
    ),
    (
        "[47] K. Moss, Bell System Technical Journal 30, 50-64 (1951).",
        {"title": None, "container-title": "Bell System Technical Journal", "volume": "30"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_house_after_the_meeting_brackets_read_as_a_second_proceedings() -> None:
    """``(Lyon, France) (NDS ’24). USENIX Association, USA, Article 12, 14 pages.`` as the meeting's brackets leave
    it: the house read as a second proceedings before its place."""
    text = (
        "[2] A. Ruiz. 2024. Logs. In Proceedings of the Networked Data Symposium (Lyon, France) (NDS ’24). "
        "USENIX Association, USA, Article 12, 14 pages."
    )
    read = spans_of(
        text,
        ("author", "A. Ruiz."),
        ("date", "2024."),
        ("title", "Logs."),
        ("container-title", "In Proceedings of the Networked Data Symposium"),
        ("event-place", "Lyon, France"),
        ("event", "NDS ’24"),
        ("container-title", "USENIX Association,"),
        ("location", "USA,"),
        ("pages", "Article 12, 14 pages."),
    )
    mended = [(s.label, s.text) for s in acm_publisher_after_proceedings(read, text)]
    assert mended[6] == ("publisher", "USENIX Association,")


def test_a_town_before_its_region_stays_the_place() -> None:
    """``…, Vol. 6. Bellevue, WA, USA, 10–22.``: a town before its region's code is no house."""
    text = "[9] A. Ruiz. 2024. Maps. In Proceedings of Systems, Vol. 6. Bellevue, WA, USA, 10–22."
    read = spans_of(
        text,
        ("author", "A. Ruiz."),
        ("date", "2024."),
        ("title", "Maps."),
        ("container-title", "In Proceedings of Systems,"),
        ("volume", "Vol. 6."),
        ("location", "Bellevue, WA, USA,"),
        ("pages", "10–22."),
    )
    assert acm_publisher_after_proceedings(read, text) is read


def test_a_closed_title_before_a_journal_stays() -> None:
    """``K. Moss, Noisy channels, Bell Labs Journal 30, 50 (1951).``: a title its comma closes stays the title."""
    text = "[5] K. Moss, Noisy Channels, Bell Labs Journal 30, 50 (1951)."
    read = spans_of(
        text,
        ("author", "K. Moss,"),
        ("title", "Noisy Channels,"),
        ("journal", "Bell Labs Journal"),
        ("volume", "30,"),
        ("pages", "50"),
        ("date", "(1951)."),
    )
    assert spelled_journal_read_as_title(read, text) is read
