"""Needs-review, round flag42: three forced checks read from the silent wrongs of the calibration and training splits
and the gold sets (``review/stray_parts.py``): a page holding another locator (the issue or volume before the page's
own mark, the next locator's word glued to its last number), a title holding a page range with its mark, and a volume
or issue holding its own mark."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED_BY_STRAY_PART
from biblio.parse.review.stray_parts import stray_signals
from biblio.records.model import Item


def _flagged(text: str) -> bool:
    return "needs-review" in read_reference(text)["custom"]["biblio"].get("flags", [])


def test_the_new_checks_are_forced() -> None:
    assert {"page:holds-locator", "title:holds-pages", "number:holds-mark"} <= set(FORCED_BY_STRAY_PART)


@pytest.mark.parametrize(
    ("page", "holds"),
    [
        # the issue or volume before the page's own mark
        ("20#2, pp. 241-58", True),
        ("No4, pp.349-375", True),
        ("no6, pp.1181-1192", True),
        ("97, pp. 201111", True),
        ("v1 pp 43-112", True),
        # the next locator's word glued to the last number
        ("1118-1123Vol", True),
        ("39-55in", True),
        # a page's own words: a section, an abstract's number, a length with its annexes, an article number
        ("sec. 1A, p. 3", False),
        ("abstract #1426", False),
        ("#5049", False),
        ("52 p. + annexe", False),
        ("3 pages et annexe", False),
        ("e1003", False),
        ("166S-171", False),
        ("241-258", False),
    ],
)
def test_a_page_holding_another_locator(page: str, holds: bool) -> None:
    item: Item = {"type": "article-journal", "title": "A title", "page": page}
    assert bool(stray_signals(item, "A title. " + page).get("page:holds-locator")) is holds


@pytest.mark.parametrize(
    ("title", "holds"),
    [
        ("May the Sheep Graze Safely: A Reflective View of the Expert-Lay Knowledge Divide. pp.44-83 in Risk", True),
        ("A title. p. 12-15", True),
        # a range of years or of numbers the title names is no page range with its mark
        ("Rapport annuel 2001-2002", False),
        ("Population movements 1945-1948", False),
        ("The app.12-15 release", False),
    ],
)
def test_a_title_holding_marked_pages(title: str, holds: bool) -> None:
    item: Item = {"type": "book", "title": title}
    assert bool(stray_signals(item, title).get("title:holds-pages")) is holds


@pytest.mark.parametrize(
    "text",
    [
        'Manfred Hoffmann, "Faith and Piety in Erasmus\'s Thought", *Sixteenth Century Journal* (1989), 20#2, '
        "pp. 241–58",
        # ("…, Vol.9, No4, pp.349-375, 2013." is now read right, its issue apart: test_rw64_forms)
        "AIDS PATIENT CARE and STDs Volume21 ,Number 11 ,2007",
    ],
)
def test_such_references_are_flagged(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize(
    ("volume", "issue", "holds"),
    [
        ("Volume21", "11", True),
        ("Vol34", None, True),
        ("12", "number63", True),
        ("Vol. 1-3", None, True),
        # a series' letter, an issue the text names so, plain numbers
        ("T37", None, False),
        ("199", "issue 2666", False),
        ("XIV", "4", False),
        ("12", "3", False),
    ],
)
def test_a_volume_or_issue_holding_its_mark(volume: str, issue: str | None, holds: bool) -> None:
    item: Item = {"type": "article-journal", "title": "A title", "volume": volume}
    if issue:
        item["issue"] = issue
    assert bool(stray_signals(item, "A title").get("number:holds-mark")) is holds
