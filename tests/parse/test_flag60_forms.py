"""Needs-review: readings no flag marked on the gold sets and the calibration split. A record of no title nor container
whose later people are words no name holds (the title read as people), the editors' list's last name after its "and"
closing the container, a person's name written after an editor's role read as the title; and an author's dates in
their bracket after the name (``(d. 255/869)``) are the list's own, no text a reading lost, and Arabic's article
joined to a family name by its hyphen (``al-Alusi``) is a particle's lower case, no misread word. Each check fires on
the wrong reading and stays quiet on the legitimate form it resembles; where the parser reads a text of the form that
way, the text's reading is flagged."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM
from biblio.parse.review.signals import name_signals
from biblio.parse.review.uncovered import lost_remainder

from .form_cases import needs_review

# (the text, the record a reading made of it, the check that names the wrong reading)
SILENT_WRONGS: list[tuple[str, dict[str, Any], str]] = [
    # a body and the title of its report read as two people, the record left with no title
    (
        "EY Germany, Banking Outlook, 2022.",
        {
            "author": [{"family": "Germany", "given": "EY"}, {"family": "Outlook", "given": "Banking"}],
            "issued": {"date-parts": [[2022]]},
        },
        "title:lost-in-book",
    ),
    # the editors' list's last name read into the container
    (
        'Lee, A. "A Chapter." In *The Book of Chapters*, edited by B. Ray, C. Dunn, and D. Moss, 10-20. Wiley: 2020.',
        {
            "author": [{"family": "Lee", "given": "A."}],
            "title": "A Chapter",
            "editor": [{"family": "Ray", "given": "B."}, {"family": "Dunn", "given": "C."}],
            "container-title": "The Book of Chapters, and D. Moss",
        },
        "container:holds-editor-phrase",
    ),
    # the editor's name after "ed." read as the title, the title as the editor
    (
        "Aristotelis Politica, ed. William Ross. Oxford University Press, 1957.",
        {"editor": [{"family": "Politica", "given": "Aristotelis"}], "title": "William Ross"},
        "title:is-contributors",
    ),
]
# (the text, a right reading of a near form, the check that stays quiet on it)
LOOK_ALIKES: list[tuple[str, dict[str, Any], str]] = [
    # a blog post cited by its people and link alone: names that are names ("West" is a word of places too)
    (
        "Kwa, T., West, B., Becker, J. 2025, https://example.org/blog/post",
        {
            "author": [{"family": "Kwa", "given": "T."}, {"family": "West", "given": "B."}, {"family": "Becker"}],
            "issued": {"date-parts": [[2025]]},
            "URL": "https://example.org/blog/post",
        },
        "title:lost-in-book",
    ),
    # a container whose name holds "and" and a person's initials, in a record of no editors
    (
        "Smith, J. (2001). Notes. In *Essays for B. Ray and T. Clark*, 5-9.",
        {
            "author": [{"family": "Smith", "given": "J."}],
            "title": "Notes",
            "container-title": "Essays for B. Ray and T. Clark",
        },
        "container:holds-editor-phrase",
    ),
    # a title that names a person the text writes after no role
    (
        "Smith, Anne. William Ross. London: Faber, 1990.",
        {"author": [{"family": "Smith", "given": "Anne"}], "title": "William Ross"},
        "title:is-contributors",
    ),
]
# the texts the parser reads in the wrong form named: their reading is flagged
READ_WRONG = [
    "EY Germany, Banking Outlook, 2022.",
    "PWC India, Fintech Insights, 2020.",
    "Aristotelis Politica, ed. William Ross. Oxford University Press, 1957.",
]


@pytest.mark.parametrize(
    ("text", "record", "check", "fires"),
    [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES],
)
def test_check_fires_on_the_wrong_form_alone(text: str, record: dict[str, Any], check: str, fires: bool) -> None:
    assert check in FORCED_BY_HELD_FORM
    assert bool(held_form_signals(record, text).get(check)) is fires


@pytest.mark.parametrize("text", READ_WRONG)
def test_the_wrong_reading_is_flagged(text: str) -> None:
    assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, _, c in SILENT_WRONGS} == {c for _, _, c in LOOK_ALIKES}


@pytest.mark.parametrize(
    ("left", "lost"),
    [
        ("(d. 255/869)", False),
        ("(d.1270/1854)", False),
        ("(fl. 1200)", False),
        ("(writing in 355/966)", False),
        # a bracket of words beside the dates is text the reading lost
        ("(d. 255/869); with notes by the editor", True),
        ("(draft 2)", True),
    ],
)
def test_an_authors_dates_are_no_lost_text(left: str, lost: bool) -> None:
    assert lost_remainder({"title": "Sunan", "note": left}) is lost


@pytest.mark.parametrize(
    ("family", "odd"),
    [
        ("al-Alusi", False),
        ("el-Sayed", False),
        ("ash-Shafi'i", False),
        ("al-Khu'i", False),
        ("d'Angelo", False),
        # a word in lower case, or one whose hyphen joins no article, is a misread word
        ("smith", True),
        ("alpha-Beta", True),
    ],
)
def test_an_arabic_article_opens_a_family_name(family: str, odd: bool) -> None:
    fired = name_signals({"author": [{"family": family, "given": "A."}]}).get("name:lowercase-family")
    assert bool(fired) is odd
