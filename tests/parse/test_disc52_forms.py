"""Forms of the mixed-discipline references of ``disc_real15``: the Royal Aeronautical Society's volume before a
page word with no issue (``1992, 101, pp. 292–306``), a journal article's state after the journal's name (``AIAA J,
Article in Advance``), Copernicus's chapter ``in: Book, edited by: Holland, H. and Turekian, K., 337–359,
Publisher``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[51] Swanson, R.C. and Turkel, E. On central-diﬀerence and upwind schemes, J Comput Phys, 1992, 101, "
        "pp. 292–306.",
        {"container-title": "J Comput Phys", "volume": "101", "page": "292-306"},
    ),
    (
        "[62] Costantini, M., Henne, U., Risius, S. and Klein, C., A robust method for reliable transition detection "
        "in temperature-sensitive paint data, Aerosp Sci Technol, 2021, 113, p 106702.",
        {"container-title": "Aerosp Sci Technol", "volume": "113", "page": "106702"},
    ),
    (
        "[29] Ströer, P., Krimmelbein, N., Krumbein, A. and Grabe, C. Galilean-invariant stability-based transition "
        "transport modeling framework, AIAA J, Article in Advance, 2022.",
        {"container-title": "AIAA J", "status": "Article in Advance", "issued": {"date-parts": [[2022]]}},
    ),
    (
        "Keil, R. G. and Mayer, L. M.: Mineral matrices and organic matter, in: Treatise on Geochemistry, edited by: "
        "Holland, H. and Turekian, K., 337–359, Elsevier Ltd., Amsterdam, the Netherlands, 2014.",
        {
            "editor": [{"family": "Holland", "given": "H."}, {"family": "Turekian", "given": "K."}],
            "page": "337-359",
            "volume": None,
        },
    ),
    (
        "Lasaga, A. C., Berner, R. A., and Garrels, R. M.: An improved geochemical model of atmospheric CO2 "
        "fluctuations over the past 100 million years, in: The Carbon Cycle and Atmospheric CO2: Natural Variations "
        "Archean to Present, edited by: Sundquist, E. T. and Broecker, W. S., 397–411, American Geophysical Union, "
        "Washington, D.C., 1985.",
        {
            "editor": [{"family": "Sundquist", "given": "E. T."}, {"family": "Broecker", "given": "W. S."}],
            "page": "397-411",
            "volume": None,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc52_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
