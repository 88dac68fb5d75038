"""Forms of tests/data/parse/physcs_real14.jsonl: DBLP's proceedings with the meeting's place and dates in their
title, its days first before ``, Proceedings`` (``(FCCM 2004), 20-23 April 2004, Napa, CA, USA, Proceedings``), the
month alone (``Barcelona, Spain, December, 2020``), a ``Proceedings of …`` title with no imprint after it, and
USENIX's meetings named after it (``USENIX Security 2020, August 12-14, 2020``); the physics journals' PMLR volume
closed by a comma (``Proc. ICML, PMLR 97, 5301 (2019)``) and double volume (``Nucl. Data Sheets 120–121, 5
(2014)``); APS's chapter in an italic book (``…, in *Selected Papers*, edited by …``); SIAM's series closed by the
year (``vol. 122 of J. Comput. Appl. Math., 2000, pp. 1-21``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[7] Anna Berg and Tomas Lind. Fast packet classification on FPGAs. In 14th IEEE Symposium on "
        "Field-Programmable Custom Computing Machines (FCCM 2006), 24-26 April 2006, Napa, CA, USA, Proceedings, "
        "pages 101–110, 2006.",
        {
            "container-title": "14th IEEE Symposium on Field-Programmable Custom Computing Machines (FCCM 2006), "
            "24-26 April 2006, Napa, CA, USA, Proceedings",
            "publisher-place": None,
            "page": "101-110",
        },
    ),
    (
        "[9] Mei Chen and Paul Ortiz. Adaptive congestion control for data centers. In CoNEXT ’19: The 15th "
        "International Conference on emerging Networking EXperiments and Technologies, Orlando, FL, USA, December, "
        "2019, pages 12–25, 2019.",
        {
            "container-title": "CoNEXT ’19: The 15th International Conference on emerging Networking EXperiments and "
            "Technologies, Orlando, FL, USA, December, 2019",
            "publisher-place": None,
        },
    ),
    (
        "[3] Ravi Kumar and Lena Vogt. Consistent hashing at scale. In Proceedings of the 28th Symposium on Operating "
        "Systems Principles, Vienna, Austria, October 23-26, 2022, pages 33–47, 2022.",
        {
            "container-title": "Proceedings of the 28th Symposium on Operating Systems Principles, Vienna, Austria, "
            "October 23-26, 2022",
            "publisher": None,
            "publisher-place": None,
        },
    ),
    (
        "[11] Omar Haddad and Julia Stein. Detecting covert timing channels in switches. In USENIX Security 2021, "
        "August 11-13, 2021, pages 1201–1218, 2021.",
        {"container-title": "USENIX Security 2021, August 11-13, 2021", "page": "1201-1218"},
    ),
    (
        "[21] K. Ito, M. Sato, and H. Mori, Proc. ICML, PMLR 139, 4410 (2021).",
        {"container-title": "Proc. ICML", "volume": "139", "page": "4410"},
    ),
    (
        "[12] S. Ito and K. Mori, Nucl. Data Sheets 120–121, 5 (2014).",
        {"container-title": "Nucl. Data Sheets", "volume": "120-121", "page": "5"},
    ),
    (
        "[14] P. Novak and J. Horak, On the stability of driven oscillators, in *Collected Works*, edited by A. "
        "Marek and B. Lisy (Springer, Berlin, 1998) pp. 45–60.",
        {
            "title": "On the stability of driven oscillators",
            "container-title": "Collected Works",
            "page": "45-60",
            "publisher": "Springer",
        },
    ),
    (
        "[5] J. Moreau, Extrapolation methods revisited, in Numerical analysis 2000, Vol. III: Linear algebra, "
        "vol. 123 of J. Comput. Appl. Math., 2000, pp. 51-70.",
        {
            "container-title": "Numerical analysis 2000, Vol. III: Linear algebra",
            "collection-title": "J. Comput. Appl. Math",
            "volume": "123",
            "publisher": None,
            "page": "51-70",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
