"""Forms of the mixed-discipline references of ``disc_real15``: the Royal Aeronautical Society's volume before a
page word with no issue (``1992, 101, pp. 292–306``), a journal article's state after the journal's name (``AIAA J,
Article in Advance``), Copernicus's chapter ``in: Book, edited by: Holland, H. and Turekian, K., 337–359,
Publisher``, Sage's ``Proc IMechE, Part G: J Aerospace Engineering``, its proceedings ``. August 2014, Lyon, France:``
and its book's series ``…, Tribology series, vol. 39.``, AMA's
``Cancer statistics, 2024. Journal. Published online January 17, 2024.`` and its web page ``Title. Site. Published
2020. URL``, IOP's ``Scientific Reports **3** pp 1117``, a thesis's ``University of Maryland, College Park``."""

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
    (
        "30. Olver A. Testing transmission lubricants: the importance of thermal response. Proc IMechE, Part G: J "
        "Aerospace Engineering 1991; 205: 35–44.",
        {
            "title": "Testing transmission lubricants: the importance of thermal response",
            "container-title": "Proc IMechE, Part G: J Aerospace Engineering",
        },
    ),
    (
        "Ortúzar JD, Smith K. Modelling mode choice. Transp Res, Part B: Methodol 2001; 35: 1–20.",
        {"title": "Modelling mode choice", "container-title": "Transp Res, Part B: Methodol"},
    ),
    (
        "14. Matsumoto S and Morikawa K. The new estimation formula of coefficient of friction in rolling-sliding "
        "contact surface. In: Proceedings of the international gear conference 2014. August 2014, Lyon, France: "
        "Woodhead Publishing, pp.1078–1088.",
        {
            "container-title": "Proceedings of the international gear conference 2014",
            "issued": {"date-parts": [[2014, 8]]},
            "publisher-place": "Lyon, France",
        },
    ),
    (
        "22. Sharif K, Morris S, Evans H, et al. Comparison of non-Newtonian EHL models in high sliding applications. "
        "In: Dalmaz G, Lubrecht A, Dowson D, et al. (eds) Tribology research: from model experiment to industrial "
        "problem, Tribology series, vol. 39. Lyon, France: Elsevier, 2001, pp.787–796.",
        {
            "container-title": "Tribology research: from model experiment to industrial problem",
            "collection-title": "Tribology series",
            "volume": "39",
        },
    ),
    (
        "[1] Siegel RL, Giaquinto AN, Jemal A. Cancer statistics, 2024. CA: A Cancer Journal for Clinicians. "
        "Published online January 17, 2024. doi:https://doi.org/10.3322/caac.21820",
        {"title": "Cancer statistics, 2024", "issued": {"date-parts": [[2024, 1, 17]]}},
    ),
    (
        "[7] U.S. Department of Health and Human Services. Social determinants of health. Healthy People 2030. "
        "Published 2020. https://health.gov/healthypeople/priority-areas/social-determinants-health",
        {"title": "Social determinants of health", "container-title": "Healthy People 2030"},
    ),
    (
        "World Health Organization. Obesity and overweight. WHO. Published 2021. "
        "https://www.who.int/news-room/fact-sheets/detail/obesity-and-overweight",
        {"title": "Obesity and overweight", "container-title": "WHO"},
    ),
    (
        "[5] Tao R, Feng Z 2013 A universal fracture criterion for high-strength materials SCIENTIFIC REPORTS **3** pp "
        "1117",
        {"container-title": "SCIENTIFIC REPORTS", "volume": "3", "page": "1117"},
    ),
    (
        "[49] Medida, S. Correlation-based transition modeling for external aerodynamic ﬂows, PhD thesis, University "
        "of Maryland, College Park, 2014.",
        {"publisher": "University of Maryland", "publisher-place": "College Park"},
    ),
    (
        'Smith, Aroha. "Synthetic Reactions and Strategies." *Principles of Organic Chemistry*, edited by Brian A. '
        "Brown. Wilton, 2056, pp. 245-69.",
        {"volume": None, "issued": {"date-parts": [[2056]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc52_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
