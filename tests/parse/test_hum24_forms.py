"""German humanities bibliography forms, typed by hand, each with the fields it must give: the siglum before the
entry, the bracketed series before the town and year, German's lower-case role words, the "in:" closing a title,
a lexicon's columns and a body as editor before the title; each case was read wrong before its convention was
taught."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.review.run_ons import run_on_signals
from biblio.parse.review.score import FORCED_BY_RUN_ON

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an author-year siglum and a spaced dash before the entry are its label, not its author or title",
        "Krüger (1987) – Heinrich Krüger, Die Befestigung der Hansestädte im späten Mittelalter, Lübeck 1987.",
        {
            "author": [{"family": "Krüger", "given": "Heinrich"}],
            "title": "Die Befestigung der Hansestädte im späten Mittelalter",
            "citation-label": "Krüger (1987)",
        },
    ),
    (
        "a catalogue's siglum with 'Kat.' is the label; 'bearb. von' names its compiler as the editor; the bracketed "
        "series before 'Place Year' is no part of the title",
        "Schmid Kat. Bamberg – Die Handschriften der Staatsbibliothek Bamberg, bearb. von Johann Schmid (Kataloge der "
        "Staatsbibliothek Bamberg 2), Wiesbaden 1985.",
        {
            "title": "Die Handschriften der Staatsbibliothek Bamberg",
            "editor": [{"family": "Schmid", "given": "Johann"}],
            "publisher-place": "Wiesbaden",
            "citation-label": "Schmid Kat. Bamberg",
        },
    ),
    (
        "a title siglum whose first word opens the entry's title is the label",
        "Regestenbuch Kloster Eberbach – Regestenbuch des Klosters Eberbach im Rheingau, bearb. von Karl Rossel "
        "(Quellen zur Geschichte Nassaus 3), Wiesbaden 1870.",
        {
            "title": "Regestenbuch des Klosters Eberbach im Rheingau",
            "editor": [{"family": "Rossel", "given": "Karl"}],
            "citation-label": "Regestenbuch Kloster Eberbach",
        },
    ),
    (
        "lower-case 'hrsg. von' after a book's title names its editor",
        "Die Gedichte Reinmars von Zweter, hrsg. von Gustav Roethe, Leipzig 1887.",
        {"title": "Die Gedichte Reinmars von Zweter", "editor": [{"family": "Roethe", "given": "Gustav"}]},
    ),
    (
        "the ', in:' before the journal is not the title's, after a title closed by a quoted name too",
        "Hans Lenz, Neue Funde zu Hartmanns ›Iwein‹, in: Zeitschrift für deutsche Philologie 88 (1969), S. 12–40.",
        {"title": "Neue Funde zu Hartmanns ›Iwein‹", "volume": "88"},
    ),
    (
        "a lexicon's 'Sp.' (columns) is cited as its pages",
        "Paul Graf, Die Burgen des Elsass, in: Reallexikon der deutschen Kunstgeschichte 3 (1954), Sp. 412–418.",
        {"page": "412-418"},
    ),
    (
        "Chicago's body as editor opening the entry, ', ed.', then the title: the body is the editor (a literal)",
        "Gesellschaft der Musikfreunde in Wien, ed. Katalog der Sammlung alter Musikinstrumente. Wien, 1912.",
        {
            "editor": [{"literal": "Gesellschaft der Musikfreunde in Wien"}],
            "title": "Katalog der Sammlung alter Musikinstrumente",
            "publisher-place": "Wien",
        },
    ),
    (
        "a typescript thesis, 'Diss. (masch.)': the school and year after the mark are the publisher and the date",
        "Hans Maier, Die Stadt und ihr Umland im späten Mittelalter, Diss. (masch.) Universität Wien 1998.",
        {"publisher": "Universität Wien", "issued": {"date-parts": [[1998]]}},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hum24_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def test_title_holding_in_colon_is_forced() -> None:
    """A title that holds ", in:" ran on over its container's opening (German and Romance notes): flagged."""
    text = (
        "Otto Brand, Die Burg am Rhein und ihre Herren, in: Rheinische Heimat. Beiträge zur Landeskunde 4 (1930), "
        "S. 1–9."
    )
    wrong = {"title": "Die Burg am Rhein und ihre Herren, in: Rheinische Heimat", "volume": "4"}
    right = {
        "title": "Die Burg am Rhein und ihre Herren",
        "container-title": "Rheinische Heimat. Beiträge zur Landeskunde",
    }
    assert "title:holds-in-colon" in FORCED_BY_RUN_ON
    assert "title:holds-in-colon" in run_on_signals(wrong, text)
    assert "title:holds-in-colon" not in run_on_signals(right, text)
