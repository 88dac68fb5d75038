"""Needs-review: readings no flag marked on the gold sets and the calibration split. A press's name left in the note
or the archive of a record with no publisher, a container's ``In:`` label opening the title, a sentence's mark inside
a person's name, bare surnames read as the title after the label that names the first of them. Each check fires on
the wrong reading and stays quiet on the legitimate form it resembles; where the parser reads a text of the form that
way, the text's reading is flagged."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.misjoined import misjoined_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM, FORCED_BY_MISJOINED, FORCED_BY_STRAY_PART
from biblio.parse.review.stray_parts import stray_signals

from .form_cases import needs_review


def fired(record: dict[str, Any], text: str) -> dict[str, float]:
    """The signals of the modules this round extended that fire on ``record`` read from ``text``."""
    return {**held_form_signals(record, text), **misjoined_signals(record, text), **stray_signals(record, text)}


# (the text, the record a reading made of it, the check that names the wrong reading)
SILENT_WRONGS: list[tuple[str, dict[str, Any], str]] = [
    # a working paper's series, its number and the press kept in the note, no publisher read
    (
        "OECD (2021), “Digital skills in schools”, OECD Education Papers, No. 112, OECD Publishing, Paris.",
        {
            "author": [{"literal": "OECD"}],
            "title": "Digital skills in schools",
            "publisher-place": "Paris",
            "note": "OECD Education Papers, No. 112, OECD Publishing",
        },
        "note:holds-publisher",
    ),
    # a journal's press after its pages read as the archive
    (
        "Ruiz, Ana. 2001. “Border Songs.” *Southwest Review* 4 (1): 10–22. Texas Tech University Press.",
        {
            "author": [{"family": "Ruiz", "given": "Ana"}],
            "title": "Border Songs",
            "container-title": "Southwest Review",
            "archive": "Texas Tech University Press",
        },
        "note:holds-publisher",
    ),
    # the container's "In:" and its name read as the title, the title read as names
    (
        "Henke, Jo: Fire, Water, and Stone? In: Field Letters (2. Juni 2022), https://example.org/fire-water-stone",
        {
            "author": [{"family": "Henke", "given": "Jo: Fire"}, {"family": "Water"}, {"family": "Stone?"}],
            "title": "In: Field Letters",
        },
        "title:opens-on-in-word",
    ),
    # the title's colon and question mark inside the names it was read as
    (
        "Henke, Jo: Fire, Water, and Stone? In: Field Letters (2. Juni 2022), https://example.org/fire-water-stone",
        {
            "author": [{"family": "Henke", "given": "Jo: Fire"}, {"family": "Water"}, {"family": "Stone?"}],
            "title": "In: Field Letters",
        },
        "name:holds-sentence-mark",
    ),
    # a list keyed by the first author's surname: the surnames read as the title, no author
    (
        "(Ortiz) Ortiz and Bell, to appear in Phys Rev E (2019).",
        {"title": "Ortiz and Bell", "container-title": "Phys Rev E", "citation-label": "Ortiz"},
        "title:surnames-after-label",
    ),
]

# (the text, the right record of a near form, the check that must stay quiet on it)
LOOK_ALIKES: list[tuple[str, dict[str, Any], str]] = [
    # a press release's genre in the note
    (
        "Reuters. (2020). Vaccine trial paused (Press release). Retrieved 2020-09-09.",
        {"author": [{"literal": "Reuters"}], "title": "Vaccine trial paused", "note": "Press release"},
        "note:holds-publisher",
    ),
    # a press named in the note where the record has its publisher
    (
        "Lee, K. (2019). *Rivers*. Ohio State University Press. Reprinted by Ohio State University Press, 2021.",
        {
            "author": [{"family": "Lee", "given": "K."}],
            "title": "Rivers",
            "publisher": "Ohio State University Press",
            "note": "Reprinted by Ohio State University Press, 2021",
        },
        "note:holds-publisher",
    ),
    # a title opening on a word that begins with "In" before its colon
    (
        "Hahn, Eva. Inka: Die Welt der Anden. München: Beck, 2004.",
        {"author": [{"family": "Hahn", "given": "Eva"}], "title": "Inka: Die Welt der Anden", "publisher": "Beck"},
        "title:opens-on-in-word",
    ),
    # a body's name with a colon, a person's name with an apostrophe and hyphens
    (
        "UNESCO: Paris Office, O'Neil-Smith, J.-P. Water Atlas. Paris, 2010.",
        {
            "author": [{"literal": "UNESCO: Paris Office"}, {"family": "O'Neil-Smith", "given": "J.-P."}],
            "title": "Water Atlas",
        },
        "name:holds-sentence-mark",
    ),
    # a name whose apostrophe the text lost to a question mark, as PDF extraction writes it
    (
        "Mei Tanaka and Liam O?Connor. Rivers and towns. Journal of Towns, 3: 10?12, 2011.",
        {
            "author": [{"family": "Tanaka", "given": "Mei"}, {"family": "O?Connor", "given": "Liam"}],
            "title": "Rivers and towns",
        },
        "name:holds-sentence-mark",
    ),
    # a label over a title that names a firm of two surnames and more words
    (
        "[Smith] Smith and Wesson Handbook. Springfield, 2010.",
        {"title": "Smith and Wesson Handbook", "citation-label": "Smith"},
        "title:surnames-after-label",
    ),
]

# the texts the parser reads in the wrong form named: their reading is flagged
READ_WRONG = [
    "Ruiz, Ana. 2001. “Border Songs.” *Southwest Review* 4 (1): 10–22. Texas Tech University Press.",
    "Henke, Jo: Fire, Water, and Stone? In: Field Letters (2. Juni 2022), https://example.org/fire-water-stone",
]


@pytest.mark.parametrize(
    ("text", "record", "check", "fires"),
    [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES],
)
def test_check_fires_on_the_wrong_form_alone(text: str, record: dict[str, Any], check: str, fires: bool) -> None:
    assert check in FORCED_BY_HELD_FORM + FORCED_BY_MISJOINED + FORCED_BY_STRAY_PART
    assert bool(fired(record, text).get(check)) is fires


@pytest.mark.parametrize("text", READ_WRONG)
def test_the_wrong_reading_is_flagged(text: str) -> None:
    assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, _, c in SILENT_WRONGS} == {c for _, _, c in LOOK_ALIKES}
