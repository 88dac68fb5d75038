"""Forms of the styles that print the fewest marks: IOP's web page, post or online article with no numbers
(``Okafor N 2019 Rising sea walls in coastal towns BBC News``: the outlet's capitalised words close a sentence-case
title), IOP's journal abbreviated with a hyphen (``Neuro-Oncol. 17 1188–98``); a list of names with initials before
a title whose head closes on a colon stays as it reads."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # IOP: no numbers, the outlet's capitalised words after the title's own last lower-case word
    (
        "Okafor N and Lind P 2019 Rising sea walls in coastal towns BBC News",
        {"title": "Rising sea walls in coastal towns", "container-title": "BBC News"},
    ),
    (
        "Brandt K, Ode L and Sato M 2024 Sparse priors for small language models Transactions on Machine Learning"
        " Research",
        {
            "title": "Sparse priors for small language models",
            "container-title": "Transactions on Machine Learning Research",
        },
    ),
    # (a proper name after a link word is the title's; a thesis's school stays the publisher; no words after)
    (
        "Okafor N 2019 Water scarcity in northern Kenya",
        {"title": "Water scarcity in northern Kenya", "container-title": None},
    ),
    (
        "Okafor N 2019 Quantum effects observed using Hubble Space Telescope",
        {"title": "Quantum effects observed using Hubble Space Telescope", "container-title": None},
    ),
    (
        "Lee K 2003 Measurement of gravity in Antarctica",
        {"title": "Measurement of gravity in Antarctica", "container-title": None},
    ),
    (
        "Lee K 2003 PhD thesis Kyoto University",
        {"publisher": "Kyoto University", "container-title": None},
    ),
    (
        "Lee K 2003 Cold atoms in optical lattices (Oxford: Clarendon)",
        {"title": "Cold atoms in optical lattices", "publisher": "Clarendon", "container-title": None},
    ),
    # IOP: a journal's abbreviation with a hyphen is the journal's
    (
        "Okafor N 2015 Tumour growth rates in adult gliomas Neuro-Oncol. 17 1188–98",
        {"title": "Tumour growth rates in adult gliomas", "container-title": "Neuro-Oncol", "volume": "17"},
    ),
    (
        "Lee K and Park J 2011 Dark matter halos of dwarf galaxies Mon. Not. R. Astron. Soc. 412 1123",
        {"title": "Dark matter halos of dwarf galaxies", "container-title": "Mon. Not. R. Astron. Soc."},
    ),
    # (two names with initials, and a name spelled out before a colon, stay as they are)
    (
        "[12] T. Okonjo, R. Adeyemi, Silent Rivers: The Politics of Water in Colonial Lagos, Harbour Press, London,"
        " 2014.",
        {
            "author": [{"family": "Okonjo", "given": "T."}, {"family": "Adeyemi", "given": "R."}],
            "title": "Silent Rivers: The Politics of Water in Colonial Lagos",
        },
    ),
    (
        "[10] Smith, J., Lee, A.: Deep water waves. In: Ocean Modelling, pp. 1–10. Springer (2012)",
        {"author": [{"family": "Smith", "given": "J."}, {"family": "Lee", "given": "A."}], "title": "Deep water waves"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sweep72_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
