"""English-language humanities forms of older notes and reading lists, typed by hand in their style, each with the
fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an older note's 'tr.' after the title names the translator, no part of the title",
        "Julia Kristeva, Powers of Horror, tr. Leon S. Roudiez (New York: Columbia University Press, 1982), p. 12.",
        {
            "title": "Powers of Horror",
            "translator": [{"family": "Roudiez", "given": "Leon S."}],
            "publisher": "Columbia University Press",
            "publisher-place": "New York",
        },
    ),
    (
        "'tr.' in a note of a work of two authors",
        "Gilles Deleuze and Felix Guattari, Anti-Oedipus, tr. Robert Hurley (New York: Viking Press, 1977).",
        {"title": "Anti-Oedipus", "translator": [{"family": "Hurley", "given": "Robert"}]},
    ),
    (
        "a count of volumes after the title with no comma before it is the count, not the title's",
        "Gerda Lerner, Women and History 2 vols (New York: Oxford University Press, 1986-1993).",
        {"title": "Women and History", "volume": "2", "publisher": "Oxford University Press"},
    ),
    (
        "the count of volumes with no comma in a bibliography entry",
        "Underhill, Evelyn. The Mystic Way 3 vols. London: Dent, 1913.",
        {"title": "The Mystic Way", "volume": "3"},
    ),
    (
        "a library proxy's link to doi.org (EZproxy's 'doi-org.' host) gives the DOI, no URL",
        "Brown, Alice. “Reading Saints’ Lives in the Archive.” Church History 88, no. 2 (2019): 301–25. "
        "https://doi-org.ezproxy.example.edu/10.1017/S0009640719000012.",
        {"DOI": "10.1017/S0009640719000012", "URL": None},
    ),
    (
        "the proxied DOI link in an MLA entry",
        "Khan, Sara. “Veiling and Agency.” Feminist Review, vol. 98, no. 1, 2011, pp. 23-41, "
        "https://dx-doi-org.proxy.lib.example.ac.uk/10.1057/fr.2011.12.",
        {"DOI": "10.1057/fr.2011.12", "URL": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hum54_form(why: str, text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
