"""Humanities forms: an ancient author's translated work with its translator's sentence cut at the initials, the
Italian imprint's publisher before a town of two words, and an editors' sentence cut at a transliterated initial."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

HUP = "Harvard University Press"

CASES: list[tuple[str, dict[str, Any]]] = [
    # an ancient author in capitals, a one-word work, the translator's sentence
    (
        "TACITUS. Annals. Trans. J. Jackson. Cambridge, MA: Harvard University Press, 1937.",
        {
            "author": [{"literal": "TACITUS"}],
            "title": "Annals",
            "translator": [{"family": "Jackson", "given": "J."}],
            "publisher": HUP,
            "publisher-place": "Cambridge, MA",
        },
    ),
    (
        "Tacitus. Annals. Trans. J. Jackson. Cambridge, MA: Harvard University Press, 1937.",
        {"title": "Annals", "translator": [{"family": "Jackson", "given": "J."}], "publisher": HUP},
    ),
    (
        "LIVY. History of Rome. Trans. B. O. Foster. Cambridge, MA: Harvard University Press, 1919.",
        {
            "author": [{"literal": "LIVY"}],
            "title": "History of Rome",
            "translator": [{"family": "Foster", "given": "B. O."}],
            "publisher": HUP,
        },
    ),
    # the Italian imprint: publisher, then the town of two words touching the year
    (
        "Filippo Violi (red.), *I nuovi testi neogreci di Calabria. Antologia della letteratura grecocalabra*, "
        "vol. 1-2, Iiriti Editore, Reggio Calabria 2005.",
        {"publisher": "Iiriti Editore", "publisher-place": "Reggio Calabria", "issued": {"date-parts": [[2005]]}},
    ),
    (
        "Mario Rossi, *Storia di Calabria*, Rubbettino Editore, Soveria Mannelli 2001.",
        {"publisher": "Rubbettino Editore", "publisher-place": "Soveria Mannelli", "issued": {"date-parts": [[2001]]}},
    ),
    # the editors' sentence after the chapter's pages, cut after a transliterated initial ("Iu.")
    (
        "Tatarinov, A. V. “Arkhitekturnye Raboty N. A. L’vova.” In _Izbrannye Sochineniia_, by N. A. L’vov, 371–93. "
        "edited by K. Iu. Lappo-Danilevskii. Koeln: Böhlau, 2001.",
        {"publisher-place": "Koeln", "publisher": "Böhlau", "page": "371-93"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix73_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
