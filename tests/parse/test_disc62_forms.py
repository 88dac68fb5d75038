"""Forms of GSA, MNRAS, ACS and Cell Press reference lists: a society's numbered series closing the book of a
GSA chapter (``in …, eds., Book: Geological Society of America Memoir 220, p. 659–706``, ``…: Society of Economic
Geologists, Reviews in Economic Geology 14, p. 157–181``) or a whole volume (``Title: Geological Society of
America Special Paper 206, 60 p.``), and the town after a GSA book's colon before its publisher (``Book:
Singapore, World Scientific Publishing, p. 124–135``) or after a meeting's place (``Proceedings of …, London, UK:
New York, Association for Computing Machinery, p. 1021–1030``); MNRAS's series and volume opening the book after the
editors (``eds, IAU Symposium Vol. 139, Book. p. 21``) and a series closing a whole book (``Title. ESA Special
Publication Vol. 1200``); the ACS's volume with its bracketed issue range (``**2006**, 175 (11–12), 713–720.``) and
the publisher after a proceedings' semicolon with no ``In`` (``Title; Proceedings of …; SIAM: 2009; pp 259−270.``);
Cell Press's report kind and its bracketed body (``Title. Tech. Rep. (Institute for Cognitive Science).``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

GSA_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hartley, M.J., and Onuoha, K.P., 2019, Forearc basin fills of the southern Andes, in Keller, S.T., and "
        "Moore, J.R., eds., Convergent Margins Through Time: A Volume in Honor of Walter Dunn: Geological Society of "
        "America Memoir 215, p. 211–240, https://doi.org/10.1130/2019.1215(09).",
        {
            "title": "Forearc basin fills of the southern Andes",
            "container-title": "Convergent Margins Through Time: A Volume in Honor of Walter Dunn",
            "collection-title": "Geological Society of America Memoir",
            "volume": "215",
            "page": "211-240",
            "publisher": None,
        },
    ),
    (
        "Brandt, E.L., 2005, Vein paragenesis in epithermal gold systems, in Ortega, P.A., ed., Ore Deposits of "
        "the Pacific Rim: Society of Economic Geologists, Reviews in Economic Geology 17, p. 45–77.",
        {
            "container-title": "Ore Deposits of the Pacific Rim",
            "publisher": "Society of Economic Geologists",
            "collection-title": "Reviews in Economic Geology",
            "volume": "17",
            "page": "45-77",
        },
    ),
    (
        "Oyelaran, T.B., Fisk, R.M., and Haddad, L., 1991, Cenozoic Extension of the Eastern Basin and Range: "
        "Geological Society of America Special Paper 263, 112 p., https://doi.org/10.1130/SPE263-p1.",
        {
            "title": "Cenozoic Extension of the Eastern Basin and Range",
            "collection-title": "Geological Society of America Special Paper",
            "volume": "263",
            "container-title": None,
        },
    ),
    (
        "Nakamura, Y., and Ortiz, R., 2017, Ranking mineral targets with sparse labels, in Chen, L., and Abbott, "
        "D.R., eds., Pacific Symposium on Biocomputing 2017: Singapore, World Scientific Publishing, p. 88–99.",
        {
            "container-title": "Pacific Symposium on Biocomputing 2017",
            "publisher-place": "Singapore",
            "publisher": "World Scientific Publishing",
        },
    ),
    (
        "Rahimi, S., and Feld, T., 2018, Gradient boosting for drill-core logging, in Proceedings of the 24th ACM "
        "SIGKDD International Conference on Knowledge Discovery and Data Mining, London, UK: New York, Association "
        "for Computing Machinery, p. 1021–1030, https://doi.org/10.1145/3219819.3219901.",
        {
            "container-title": "Proceedings of the 24th ACM SIGKDD International Conference on Knowledge Discovery "
            "and Data Mining",
            "publisher-place": "New York",
            "publisher": "Association for Computing Machinery",
        },
    ),
]

MNRAS_SERIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Whitcombe P. A., 1994, in Ruiz D. M., Lang S., eds, IAU Symposium Vol. 161, Astronomy from Wide-Field "
        "Imaging. p. 377",
        {
            "container-title": "Astronomy from Wide-Field Imaging",
            "collection-title": "IAU Symposium",
            "volume": "161",
            "page": "377",
        },
    ),
    (
        "ESA 2003, The Venus Express Mission Definition. Planetary photometry derived from the mission study. ESA "
        "Special Publication Vol. 1240",
        {"collection-title": "ESA Special Publication", "volume": "1240", "container-title": None},
    ),
]

ACS_AND_CELL: list[tuple[str, dict[str, Any]]] = [
    (
        "(8) Patel, R. K.; Lindqvist, A. Sintering kinetics of doped zirconia powders. *J. Eur. Ceram. Soc.* "
        "**2014**, 34 (15–16), 3611–3620.",
        {"volume": "34", "issue": "15-16", "page": "3611-3620"},
    ),
    (
        "(19) Moreau, J.; Adeyemi, T. Sparse Labels in Anomaly Detection; Proceedings of the 2015 SIAM "
        "International Conference on Data Mining; SIAM: 2015; pp 451−459.",
        {
            "container-title": "Proceedings of the 2015 SIAM International Conference on Data Mining",
            "publisher": "SIAM",
        },
    ),
    (
        "Albright, K.L., and Nwosu, C. (1989). Parallel Distributed Models of Word Reading. Tech. Rep. (Carnegie "
        "Mellon University, Department of Psychology).",
        {
            "title": "Parallel Distributed Models of Word Reading",
            "genre": "Tech. Rep.",
            "publisher": "Carnegie Mellon University, Department of Psychology",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GSA_FORMS)
def test_gsa_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), MNRAS_SERIES)
def test_mnras_series_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), ACS_AND_CELL)
def test_acs_and_cell_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
