"""A family name of several words, one of them with a particle glued by an apostrophe (``Vatant d’Ollone``,
``Dalla Costa dell'Orto``): read whole, beside its initials, in an inverted list."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


@pytest.mark.parametrize(
    ("names", "families"),
    [
        ("Marsh, T. A., Rivière d’Aubigny, P., & Holt, K.", ["Marsh", "Rivière d’Aubigny", "Holt"]),
        ("Marsh, T. A., Costa dell'Orto, L., Holt, K.", ["Marsh", "Costa dell'Orto", "Holt"]),
        ("Marsh, T. A. and Bonne d'Entremont, Claire", ["Marsh", "Bonne d'Entremont"]),
    ],
)
def test_glued_particle_family_whole(names: str, families: list[str]) -> None:
    assert [n.get("family") for n in names_from_span(names)] == families


def test_glued_particle_family_in_a_reference() -> None:
    item = parse_reference("Marsh, T. A., Rivière d’Aubigny, P., & Holt, K. 2018, Icar, 310, 45")
    assert [a.get("family") for a in item["author"]] == ["Marsh", "Rivière d’Aubigny", "Holt"]
    assert item["author"][1]["given"] == "P."
