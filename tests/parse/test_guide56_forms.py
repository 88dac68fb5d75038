"""Forms of the official APA and Chicago guide examples read right: a government author named body by body in a
note or a bibliography entry, a work with no author before its imprint, an APA title ending on a plural's
apostrophe, and a news site after a dated APA title."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # Chicago's note: the jurisdiction's department, then its units, with commas, before the title
    (
        "U.S. Department of Health and Human Services, Office on Women's Health, The Healthy Woman: A Complete "
        "Guide for All Ages (Washington, DC: Government Printing Office, 2008), 45.",
        {
            "author": [{"literal": "U.S. Department of Health and Human Services, Office on Women's Health"}],
            "title": "The Healthy Woman: A Complete Guide for All Ages",
        },
    ),
    (
        "3. U.S. Department of Labor, Bureau of Labor Statistics, Occupational Outlook Handbook, 2010-11 "
        "(Washington, DC: Government Printing Office, 2010), 112.",
        {
            "author": [{"literal": "U.S. Department of Labor, Bureau of Labor Statistics"}],
            "title": "Occupational Outlook Handbook, 2010-11",
        },
    ),
    (
        "U.S. Department of Agriculture, Forest Service, Pacific Northwest Region, Old Growth in the Cascades "
        "(Portland, OR, 2001), 4.",
        {
            "author": [{"literal": "U.S. Department of Agriculture, Forest Service, Pacific Northwest Region"}],
            "title": "Old Growth in the Cascades",
        },
    ),
    # the bibliography's hierarchy set off with full stops, the department's name holding "and"
    (
        "U.S. Department of Health and Human Services. National Institutes of Health. Talking to Your Doctor. "
        "Bethesda, MD: National Institutes of Health, 2016.",
        {
            "author": [{"literal": "U.S. Department of Health and Human Services. National Institutes of Health"}],
            "title": "Talking to Your Doctor",
        },
    ),
    (
        "U.S. Department of Health and Human Services. Centers for Disease Control. National Center for Health "
        "Statistics. Births, Marriages, Divorces, and Deaths for 2001. Hyattsville, MD, 2002.",
        {
            "author": [
                {
                    "literal": "U.S. Department of Health and Human Services. Centers for Disease Control. National "
                    "Center for Health Statistics"
                }
            ],
            "title": "Births, Marriages, Divorces, and Deaths for 2001",
        },
    ),
    # Chicago's entry for a work with no author: the one sentence before the imprint is the title
    (
        "Readers Guide Annual. New York: H. W. Wilson, 1988.",
        {"title": "Readers Guide Annual", "author": None, "publisher": "H. W. Wilson"},
    ),
    # APA: a title whose last words follow a plural's apostrophe
    (
        "Park, H. (2021). How simple questions lead us to mathematics’ deepest ideas. Penguin.",
        {"title": "How simple questions lead us to mathematics’ deepest ideas", "publisher": "Penguin"},
    ),
    # APA: a news site after a title dated to the day
    (
        "Marsh, K. (2021, March 3). When the storm hit, the town turned its school into a shelter for families. CNN.",
        {"container-title": "CNN", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide56_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a note's page after the imprint's bracket read as a volume, and a look-alike it stays quiet on
NOTE_PAGE = (
    "U.S. Department of Health and Human Services, Centers for Disease Control, National Center for Health "
    "Statistics, Cohabitation, Marriage, Divorce, and Remarriage in the United States (Hyattsville, MD, 2002), 67, "
    "http://www.cdc.gov/nchs/data/series/sr_23/sr23_022.pdf (accessed October 1, 2009)."
)


def test_note_page_read_as_volume_is_named() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    item = {"type": "book", "title": "Cohabitation", "volume": "67"}
    assert held_form_signals(item, NOTE_PAGE).get("volume:note-page")
    read = parse_reference(NOTE_PAGE)
    if read.get("volume") == "67":
        assert needs_review(NOTE_PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith, Cohabitation in the United States (Hyattsville, MD: NCHS, 2002), 67.",
        "Quentin Taylor, \"The Mask of Publius,\" American Political Thought 5, no. 1 (Winter 2016): 63.",
    ],
)
def test_note_page_check_stays_quiet_on_right_readings(text: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert not held_form_signals(parse_reference(text), text).get("volume:note-page")
