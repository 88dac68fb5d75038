"""Needs-review: a family name holding what a style prints beside it (a generational suffix, a lone
initial among its words) flags the record whatever its score (``score.FORCED_BY_NAME_FORM``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED, FORCED_BY_NAME_FORM, forced
from biblio.parse.review.signals import name_signals


def names(*families: str, given: str = "A.") -> dict[str, Any]:
    return {"author": [{"family": f, "given": given} for f in families]}


@pytest.mark.parametrize(
    ("family", "signal"),
    [
        ("Pielke Jr.", "name:suffix-in-family"),
        ("Pielke Jr", "name:suffix-in-family"),
        ("Witt III", "name:suffix-in-family"),
        ("Durfee II", "name:suffix-in-family"),
        ("Cleymans J", "name:initial-in-family"),
        ("Mow-Lowry C M", "name:initial-in-family"),
        ("Adam B.", "name:initial-in-family"),
    ],
)
def test_family_holding_a_suffix_or_an_initial_is_forced(family: str, signal: str) -> None:
    ev = name_signals(names("Downton", family))
    assert ev[signal] == 1.0
    assert forced(ev)


@pytest.mark.parametrize(
    "family",
    [
        "Smith",
        "Van Valin",  # a particle opening the family name
        "Oliveira e Silva",  # a one-letter conjunction is the family name's own word
        "Peña y Lillo",
        "Montes de Oca Zapiain",
        "Ii",  # a family name, not a suffix after one
        "Sr",
        "Kiran Kumar",
    ],
)
def test_family_names_of_their_own_words_are_not_forced(family: str) -> None:
    ev = name_signals(names(family))
    assert not any(ev[name] for name in FORCED_BY_NAME_FORM)


def test_the_name_forms_are_forced() -> None:
    assert set(FORCED_BY_NAME_FORM) <= set(FORCED)


@pytest.mark.parametrize(
    "text",
    [
        # Copernicus' author-first form with a generational suffix after the family name
        "Pielke Jr., R. A. and Downton, M. W.: Precipitation and damaging floods: Trends in the United States, "
        "1932–97, J. Climate, 13, 3625–3637, 2000.",
        "Witt III, E. C.: Evaluation of the US Geological Survey standard elevation products in a two-dimensional "
        "hydraulic modeling application, J. Hydrol., 527, 1050–1064, 2015.",
        # Vancouver names with no comma between two of them
        "Wanner A, Bergmann G, Fricke T, Mow-Lowry C M, Strain K A 2012 Seismic attenuation system for the "
        "AEI 10 meter Prototype Class. Quantum Grav. 29 245007",
    ],
)
def test_a_reading_with_such_a_family_name_is_flagged(text: str) -> None:
    item = read_reference(text)
    families = [str(n.get("family", "")) for n in item.get("author", []) if isinstance(n, dict)]
    held = any(name_signals({"author": [{"family": f}]})[s] for f in families for s in FORCED_BY_NAME_FORM)
    flagged = "needs-review" in item.get("custom", {}).get("biblio", {}).get("flags", [])
    # whichever way the parser reads these names, a family name holding a suffix or an initial is flagged
    assert not held or flagged


def test_clean_names_stay_unforced() -> None:
    item = read_reference(
        "Smith, J. A., & Lee, K. (2020). Learning to cite: A field study. *Journal of Scholarly Tools*, "
        "*12*(3), 45–67."
    )
    assert not any(name_signals(item)[s] for s in FORCED_BY_NAME_FORM)
