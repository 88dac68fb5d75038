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


# a misreading the parser no longer makes of its text, kept as the record it was: the person's given name and the
# italic title read into the place of a record with no title
KONDRUP = "Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011"
KONDRUP_MISREAD = {
    "type": "book",
    "author": [{"family": "Kondrup"}],
    "publisher-place": "Johnny: Editionsfilologi, København",
    "publisher": "Museum Tusculanum Press",
    "issued": {"date-parts": [[2011]]},
}


@pytest.mark.parametrize("signal", ["place:holds-colon", "title:in-imprint"])
def test_misread_record_named(signal: str) -> None:
    assert signal in held_form_signals(KONDRUP_MISREAD, KONDRUP)


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


# legitimate forms a check took for a misreading: a standard's designation with its year after a colon, an edition
# inside the quotes the text sets the title in, a proceedings' volume the text italicises with its name, a law
# reporter's abbreviation after the volume (no page count), a body's acronym that is a label of the link's host
RIGHT_FORMS = [
    ('3. BS 8233: 2014, "Guidance on Sound Insulation and Noise Reduction for Buildings", BSI.', "year:from-locator"),
    (
        '[CRYPTO-S] B. Schneier, "Applied Cryptography Second Edition", John Wiley & Sons, New York, NY, 1995, '
        "ISBN 0-471-12845-7.",
        "title:closes-on-edition",
    ),
    (
        '[25] S. Feng, B. Hou and Y. Yu, "Tensorir: An abstraction for automatic tensorized program optimization," '
        "in *Proceedings of the 28th ACM International Conference on Architectural Support for Programming Languages "
        "and Operating Systems, Volume 2*, 2023, pp. 804–817.",
        "container:closes-on-locator",
    ),
    ("Channel 4, KGBT v. Briggs, 759 S.W.2d 939 (Tex. 1988).", "locator:page-count"),
    (
        "CDC. (2020, March 28). COVID Data Tracker. Centers for Disease Control and Prevention. "
        "https://covid.cdc.gov/covid-data-tracker/",
        "name:title-before-site",
    ),
]


@pytest.mark.parametrize(("text", "signal"), RIGHT_FORMS)
def test_legitimate_form_not_named(text: str, signal: str) -> None:
    from biblio.parse.citation_label import split_label
    from biblio.parse.review.run_ons import run_on_signals
    from biblio.parse.review.signals import record_signals
    from biblio.parse.review.stray_parts import stray_signals

    item = parse_reference(text)
    label = split_label(text)
    body = text if label is None else text[label.end :]
    fired = {**record_signals(item, body), **stray_signals(item, body), **run_on_signals(item, body)}
    assert not fired.get(signal)
