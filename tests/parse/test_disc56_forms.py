"""Forms of round disc56: NLM's part or supplement inside an issue's bracket (``12A(5 Pt 2):838-844``); Harvard's
book imprint as ``(Publisher, Place)`` after a comma, its edition as ``(3rd edn)`` before it, a title whose own
``in`` opens no book, and its chapters ``Title, in Book, Family, I. (eds), (Publisher, Place).`` (the book's last
words read into the editors, or one word before them); a status that is a sentence of its own before the imprint
(``… analysis. Unpublished Report. Ottawa, Ontario: Statistics Canada``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from tests.parse.form_cases import assert_read_as

NLM_ISSUE_PARTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Silverstein B, Fine L, Stetson D. 1987. Hand-wrist disorders among investment casting plant workers. "
        "J Hand Surg 12A(5 Pt 2):838-844.",
        {"volume": "12A", "issue": "5 Pt 2", "page": "838-844", "note": None},
    ),
    (
        "Okafor U, Lindqvist PE. 1994. Seasonal grip strength in forestry workers. Ergonomics 37(4 Pt 1):611-620.",
        {"volume": "37", "issue": "4 Pt 1", "page": "611-620", "note": None},
    ),
]

HARVARD_IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Bateson, G. (1973) Steps to an Ecology of Mind, (Paladin, London).",
        {"title": "Steps to an Ecology of Mind", "publisher": "Paladin", "publisher-place": "London"},
    ),
    (
        "Whitfield, R. (1981) The Uses of Committees, (Methuen, London).",
        {"title": "The Uses of Committees", "publisher": "Methuen", "publisher-place": "London"},
    ),
    (
        "Simon, H.A. (1976) Administrative Behaviour: A Study of Decision-Making Processes in Administrative "
        "Organization (3rd edn) (The Free Press, New York).",
        {
            "title": "Administrative Behaviour: A Study of Decision-Making Processes in Administrative Organization",
            "container-title": None,
            "edition": "3",
            "publisher": "The Free Press",
            "publisher-place": "New York",
        },
    ),
]

HARVARD_CHAPTERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Salaman, G. (1980) Roles and Rules, in Control and Ideology in Organizations, Salaman, G. and Thompson, K. "
        "(eds), (The Open University Press, Milton Keynes).",
        {
            "title": "Roles and Rules",
            "container-title": "Control and Ideology in Organizations",
            "editor": [{"family": "Salaman", "given": "G."}, {"family": "Thompson", "given": "K."}],
        },
    ),
    (
        "Bormann, E.G. (1983) Symbolic Convergence: Organizational Communication and Culture, in Communication and "
        "Organizations: An Interpretive Approach, Putnam, L.L. and Pacanowsky, M.E. (eds), (Sage Publications, "
        "Beverley Hills).",
        {
            "title": "Symbolic Convergence: Organizational Communication and Culture",
            "container-title": "Communication and Organizations: An Interpretive Approach",
            "editor": [{"family": "Putnam", "given": "L.L."}, {"family": "Pacanowsky", "given": "M.E."}],
        },
    ),
    (
        "Bittner, E. (1974) The concept of organization, in Ethnomethodology, Turner, R. (ed.) (Penguin, "
        "Harmondsworth).",
        {
            "title": "The concept of organization",
            "container-title": "Ethnomethodology",
            "editor": [{"family": "Turner", "given": "R."}],
        },
    ),
]

STATUS_SENTENCES: list[tuple[str, dict[str, Any]]] = [
    (
        "Roberts G. 2000. Combining data from the first two Panels of SLID for carrying out longitudinal analysis. "
        "Unpublished Report. Ottawa, Ontario: Statistics Canada",
        {
            "title": "Combining data from the first two Panels of SLID for carrying out longitudinal analysis",
            "genre": "Unpublished Report",
            "publisher": "Statistics Canada",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), NLM_ISSUE_PARTS + HARVARD_IMPRINTS + HARVARD_CHAPTERS + STATUS_SENTENCES)
def test_disc56_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


HELD_FORMS: list[tuple[dict[str, Any], str]] = [
    ({"title": "Steps to an Ecology of Mind", "publisher-place": "(Paladin, London)"}, "place:is-imprint-bracket"),
    (
        {"title": "Combining data from the first two Panels of SLID. Unpublished Report", "publisher": "Statistics"},
        "title:closes-on-status-sentence",
    ),
]


@pytest.mark.parametrize(("item", "signal"), HELD_FORMS)
def test_disc56_held_forms(item: dict[str, Any], signal: str) -> None:
    assert signal in held_form_signals(item, "")


def test_disc56_held_forms_spare_a_bracketed_town() -> None:
    assert "place:is-imprint-bracket" not in held_form_signals({"publisher-place": "(San Jose, USA)"}, "")
