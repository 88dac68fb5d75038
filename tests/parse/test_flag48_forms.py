"""Needs-review on wrong readings no flag marked: a value opening on a closing quote, a container of one square
bracket, a second imprint inside the publisher, a place holding a colon, a year and an issue closing the title, and
the text's italic title read into the imprint of a record with no title."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.review.held_forms import held_form_signals
from biblio.records.model import NEEDS_REVIEW

SILENT_WRONGS = [
    (
        "Charles van den Heuvel and Berhard Roosens, “Administration, Engineers and Communication under Charles v. The "
        "Transformation of Fortification in the Low Countries in the First Half of the 16th Century,” in *Le "
        "Fortezze d’Europa*. *Forme, professioni e mestieri dell’ architettura difensiva in Europa e nel Mediterraneo "
        "spagnolo*, edited by Angela Marino (Roma: Gangemi Editori, 2003), pp. 411–427.",
        "value:opens-on-closing-quote",
    ),
    (
        "NCC Group, 2024. ScoutSuite: Multi-cloud security auditing tool. [GitHub] Available at: "
        "<https://github.com/nccgroup/ScoutSuite> [Accessed 8 September 2025].",
        "container:bracket-alone",
    ),
    (
        "Simon, Eszter and Bálint Sass. Nyelvtechnológia és kulturális örökség, avagy korpuszépítés ómagyar "
        "kódexekből. (2018). Általános Nyelvészeti Tanulmányok XXIV. Bp: Akadémiai kiadó.",
        "publisher:holds-imprint",
    ),
    ("Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011", "place:holds-colon"),
    ("Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011", "title:in-imprint"),
    (
        "Pintér, Tibor M. Magyar nyelvű bibliafordítások statisztikai elemzése. (2024). Alkalmazott Nyelvtudomány, "
        "Különszám, 2024/1. szám, 22–36. DOI: 10.18460/ANY.K.2024.1.002",
        "title:closes-on-year-issue",
    ),
]


@pytest.mark.parametrize(("text", "signal"), SILENT_WRONGS)
def test_silent_wrong_flagged(text: str, signal: str) -> None:
    item = parse_reference(text)
    assert signal in held_form_signals(item, text)
    assert NEEDS_REVIEW in item["custom"]["biblio"].get("flags", [])


# the same fields holding the legitimate forms beside them: an elision opening a name, a bracket inside a container's
# name, a publisher's full stop, a place with no colon, a span of years, a record with its italic title
RIGHT_VALUES: list[tuple[dict[str, Any], str]] = [
    ({"type": "book", "title": "Title", "publisher-place": "’s-Hertogenbosch", "publisher": "Brepols"}, ""),
    ({"type": "article-journal", "title": "Title", "container-title": "Proceedings of the [Virtual] Workshop"}, ""),
    ({"type": "book", "title": "Title", "publisher": "Harvard Univ. Press", "publisher-place": "Cambridge, MA"}, ""),
    ({"type": "book", "title": "Crisis, 1914/18", "issued": {"date-parts": [[1914]]}, "issue": "2"}, ""),
    ({"type": "book", "title": "The Crisis, 1914/18", "issued": {"date-parts": [[1990]]}}, ""),
    (
        {"type": "book", "title": "Editionsfilologi", "publisher-place": "København", "publisher": "Museum Press"},
        "Kondrup, Johnny: *Editionsfilologi*, København: Museum Press 2011",
    ),
]


@pytest.mark.parametrize(("item", "text"), RIGHT_VALUES)
def test_legitimate_values_not_flagged(item: dict[str, Any], text: str) -> None:
    assert not held_form_signals(item, text)
