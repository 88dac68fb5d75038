"""Forms of Optica's numbered lists, of the IMS statistics journals' author-year lists, of INFORMS' author-year lists
and of Elsevier's numbered lists without titles: SPIE proceedings with their volume before the bracketed year (``in
Proc. SPIE 10591 (2018), p. 48.``, ``Proc. SPIE. 11078 (2019), p. 36.``), Optica's chapter with its book before the
editors in lower case (``in Graphics Gems, P. S. Heckbert, ed. (Academic Press, 1994), pp. 474-485.``), the IMS's
volume and pages apart by a space (``… Philosophical Society 33 212–222.``), INFORMS' web article dated by day and
month after its outlet (``The New York Times Magazine Online (January 10), URL``), and a title-less list of names
written initials first before a journal opening on ``J.`` (``…, J.-Y. Shen, J. Nucl. Mater. 415 (2011) 13.``); Optica's
thesis with its year in brackets after the school (``Ph.D. thesis, University (2012).``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

OPTICA_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        '4. A. Berg, T. Nakamura, and L. Ortiz, "Adaptive optics for wide-field retinal imaging," in Proc. SPIE 9307 '
        "(2015), p. 112. https://doi.org/10.1117/12.2077001",
        {"container-title": "Proc. SPIE", "volume": "9307", "issued": {"date-parts": [[2015]]}, "page": "112"},
    ),
    (
        '7. R. Okafor and P. Lind, "Speckle reduction in swept-source imaging," Proc. SPIE. 10483 (2018), p. 21. '
        "https://doi.org/10.1117/12.2290011",
        {"container-title": "Proc. SPIE", "volume": "10483", "issued": {"date-parts": [[2018]]}, "page": "21"},
    ),
    (
        '11. M. Varga, "Fast median filtering of volume data," in Shader Tricks, T. Lowell, ed. (Morgan Kaufmann, '
        "1998), pp. 211-230.",
        {
            "container-title": "Shader Tricks",
            "editor": [{"family": "Lowell", "given": "T."}],
            "publisher": "Morgan Kaufmann",
            "page": "211-230",
        },
    ),
    (
        '3. K. Okafor, "Adaptive wavefront shaping for deep tissue imaging," Ph.D. dissertation, University of Twente '
        "(2019).",
        {"genre": "Ph.D. dissertation", "publisher": "University of Twente", "issued": {"date-parts": [[2019]]}},
    ),
]

INFORMS_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Reyes T (2017) Why delivery apps charge more at dinner time. The Atlantic Online (March 3), "
        "https://www.theatlantic.com/technology/archive/2017/03/delivery-fees/518000/.",
        {"container-title": "The Atlantic Online", "issued": {"date-parts": [[2017, 3, 3]]}, "issue": None},
    ),
    (
        "Sato K, Brandt L (2019) How loyalty schemes lose their members. Harvard Business Review Online (October 8), "
        "https://hbr.org/2019/10/loyalty-schemes.",
        {"issued": {"date-parts": [[2019, 10, 8]]}, "issue": None},
    ),
]

IMS_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Bartlett, M. S. (1937). Properties of sufficiency and statistical tests. Proceedings of the Royal Society of "
        "London 160 268–282.",
        {"container-title": "Proceedings of the Royal Society of London", "volume": "160", "page": "268-282"},
    ),
]

ELSEVIER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "[12] H.-W. Park, L.-Q. Tan, J.-K. Moon, J. Nucl. Mater. 402 (2010) 57.",
        {
            "author": [
                {"family": "Park", "given": "H.-W."},
                {"family": "Tan", "given": "L.-Q."},
                {"family": "Moon", "given": "J.-K."},
            ],
            "container-title": "J. Nucl. Mater.",
            "volume": "402",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPTICA_FORMS + INFORMS_FORMS + IMS_FORMS + ELSEVIER_FORMS)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
