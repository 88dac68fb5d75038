"""Computer-science forms typed by hand, each with the fields it must give: every case was read wrong before
the convention it names was taught, or guards a reading that convention must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "natbib's author-year label '[Name et al., year]' before the entry is a label, not a first author",
        "[Okafor et al., 2024] Chidi Okafor, Marta Lindqvist, and Paulo Reis. Sparse routing for streaming graph "
        "queries. In Proceedings of the VLDB Endowment, pages 1201–1214, 2024.",
        {
            "author": [
                {"family": "Okafor", "given": "Chidi"},
                {"family": "Lindqvist", "given": "Marta"},
                {"family": "Reis", "given": "Paulo"},
            ],
            "title": "Sparse routing for streaming graph queries",
            "citation-label": "Okafor et al., 2024",
        },
    ),
    (
        "a two-name label '[A and B, year]' is split off, so its names are not read twice",
        "[Brandt and Osei, 2019] Helena Brandt and Kwame Osei. Lock-free hash tables revisited. In Proceedings of "
        "the 24th ACM Symposium on Principles and Practice of Parallel Programming, pages 44–57, 2019.",
        {
            "author": [{"family": "Brandt", "given": "Helena"}, {"family": "Osei", "given": "Kwame"}],
            "title": "Lock-free hash tables revisited",
        },
    ),
    (
        "ACM's label without the comma, '[Name et al. year]', is a label too",
        "[Tanaka et al. 2021] Yui Tanaka, Omar Haddad, and Lena Fischer. Verified compilation of tensor "
        "programs. Proc. ACM Program. Lang. 5, OOPSLA (2021), 1–28.",
        {
            "author": [
                {"family": "Tanaka", "given": "Yui"},
                {"family": "Haddad", "given": "Omar"},
                {"family": "Fischer", "given": "Lena"},
            ],
            "citation-label": "Tanaka et al. 2021",
        },
    ),
    (
        "a proceedings volume numbered by its year, 'volume 2024, pages …', is the volume, not a second date",
        "Lucie Moreau, Kenji Sato, and Ravi Iyer. Calibrated ensembles for tabular shift under label noise. In "
        "International Conference on Learning Representations, volume 2025, pages 5512–5530, 2025.",
        {"volume": "2025", "page": "5512-5530", "issued": {"date-parts": [[2025]]}},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_cs25_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
