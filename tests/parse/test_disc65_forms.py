"""Forms of geotechnical engineering's ASCE-like author-year lists and of Elsevier's author-year lists: an engineering
society's acronym after its journal (``Journal of Geotechnical Engineering, ASCE, Vol. 114, No. 4, pp. 389-409.``,
``J. Geotechnical Eng., ASCE 113 (GT8), 861-78.``), ASCE's member grade after an author's name (``P. K. Robertson,
M.ASCE;``), Elsevier's numbered proceedings after the title's full stop (``Title. Proc., 11th International
conference on …, vol. 1. Stallion Press; 2004. p. 32–56.``), a report's number cut at its slash (``Research Rep. No.
UCB/GE-2003/01, Univ. of California``), and Elsevier's journal closed by its volume, bracketed issue and a one-number
page (``The Planetary Science Journal 1 (1), 2.``) or with a Roman volume (``Environ. Eng. Geosci. II (3),
444–446.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ASCE_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        'Kramer, S. L., and Arango, I. (1993), "Pile response to lateral spreading in layered soils", Journal of '
        "Structural Engineering, ASCE, Vol. 119, No. 7, pp. 2101-2118.",
        {"container-title": "Journal of Structural Engineering", "publisher": None, "volume": "119", "issue": "7"},
    ),
    (
        "Holtz, R. D., and Bray, J. D., 1991. Cyclic loading of soft clay foundations, J. Geotechnical Eng., ASCE "
        "117 (GT4), 612-31.",
        {"container-title": "J. Geotechnical Eng.", "volume": "117", "issue": "GT4", "page": "612-31"},
    ),
    (
        'Finn, W. D. L., Byrne, P. M. (1976), "Settlement of sand deposits under cyclic shear", Journal of the '
        "Geotechnical Engineering Division, ASCE, Vol. 102, No GT6, June 1976, pp. 633-650.",
        {"container-title": "Journal of the Geotechnical Engineering Division", "publisher": None, "volume": "102"},
    ),
    (
        "T. Ueda; K. Mori, M.ASCE; and J. Ferro (2011). “Drained strength of crushed basalt at high confining "
        "stress.” J. Geotech. Geoenviron. Eng. 137(4), 402-411.",
        {
            "author": [
                {"family": "Ueda", "given": "T."},
                {"family": "Mori", "given": "K."},
                {"family": "Ferro", "given": "J."},
            ]
        },
    ),
    (
        'Lopez, M., and Baird, T. (2009). "Cyclic simple shear tests on silty sands from the Delta." Geotechnical '
        "Research Rep. No. UCD/GT-2009/04, Univ. of California, Davis, Calif.",
        {"container-title": None, "publisher": "Univ. of California", "publisher-place": "Davis, Calif"},
    ),
    (
        "Osei KA, Lindqvist MR., Semi-empirical procedures for estimating lateral spreading during earthquakes. Proc., "
        "9th International conference on soil dynamics and earthquake engineering, and 2nd International conference on "
        "earthquake geotechnical engineering, vol. 2. Stallion Press; 2001. p. 12–26.",
        {
            "title": "Semi-empirical procedures for estimating lateral spreading during earthquakes",
            "container-title": "Proc., 9th International conference on soil dynamics and earthquake engineering, "
            "and 2nd International conference on earthquake geotechnical engineering",
        },
    ),
]

ELSEVIER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Okafor, N.C., Brandt, L., 2021. Regolith thickness from crater morphometry. The Planetary Science Journal "
        "1 (1), 2.",
        {"container-title": "The Planetary Science Journal", "volume": "1", "issue": "1", "page": "2"},
    ),
    (
        "Tanaka, H.R., 2001. Weathering of shale slopes in road cuts. Eng. Geol. Rev. II (3), 51–56.",
        {"container-title": "Eng. Geol. Rev.", "volume": "II", "issue": "3", "page": "51-56"},
    ),
    (
        "Tanaka, H.R., 1996. Rock mass rating in practice. Environ. Eng. Geosci. II (3), 301–309. "
        "https://doi.org/10.2113/gseegeosci.II.3.301.",
        {"container-title": "Environ. Eng. Geosci", "volume": "II", "issue": "3", "page": "301-309"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASCE_FORMS + ELSEVIER_FORMS)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
