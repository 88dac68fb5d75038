"""Forms of hand-written reference lists of agencies, planners and students (realworld30): a statistics office's
catalogue number without its "no." (``Catalogue 1292.0``, ``cat. 1220.0``), a consultant's reference code closing a
report (``PINR3003``), a brand in lower case with its legal form (``i-Transport LLP``), a body's name with commas
before its bracketed abbreviation (``Ministry of Trade, Investments and Tourism (MTIT). (2026).``), a firm's ``Inc.``
before APA's date, a body's acronym before its country (``IGES, Japan.``), a page's sentence-case title after the date
with the body in the author's place, a paper's series with its abbreviation and number before the body, and a
number's label and code read as the container, flagged."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Australian Bureau of Statistics (2011). *Australian Statistical Geography Standard (ASGS)*. Catalogue 1270.0.",
        {"container-title": None, "volume": None, "page": None, "number": "1270.0", "type": "report"},
    ),
    (
        "Australian Bureau of Statistics (2019). *Labour Force, Australia*, cat. 6202.0. Canberra: ABS.",
        {"container-title": None, "volume": None, "page": None, "number": "6202.0"},
    ),
    (
        "Australian Bureau of Statistics (2018). *Household Income and Wealth*, cat. 6523.0, summary tables. Used for "
        "the income deciles.",
        {"publisher": None, "number": "6523.0"},
    ),
    (
        "Arup (2019) *Noise and Vibration Assessment*. REP-AC-0012.",
        {"publisher": None, "number": "REP-AC-0012", "title": "Noise and Vibration Assessment"},
    ),
    (
        "WSP Consultants (2020) *Air Quality Assessment*. PINS4021.",
        {"publisher": None, "number": "PINS4021"},
    ),
    (
        "i-Transport LLP (2016) *Framework Travel Plan*. London.",
        {"author": [{"literal": "i-Transport LLP"}]},
    ),
    (
        "Department of Agriculture, Fisheries and Forestry (DAFF). (2021). Annual fisheries status report 2020.",
        {"author": [{"literal": "Department of Agriculture, Fisheries and Forestry (DAFF)"}],
         "title": "Annual fisheries status report 2020"},
    ),
    (
        "Ministry of Health, Labour and Welfare–Japan (MHLW). (2019). Guidelines for long-term care facilities.",
        {"author": [{"literal": "Ministry of Health, Labour and Welfare–Japan (MHLW)"}]},
    ),
    (
        "SunStar Publishing Inc. (2024, May 2). Cebu hits ₱2B in 2024 tourism receipts. SunStar Cebu.",
        {"title": "Cebu hits ₱2B in 2024 tourism receipts", "container-title": "SunStar Cebu"},
    ),
    (
        "Kent, Christopher and Luci Ellis (March 2021). Why are house prices so high? Research Discussion Paper (RDP) "
        "2021-03, Reserve Bank of Australia. <https://www.rba.gov.au/publications/rdp/2021/2021-03/>",
        {"container-title": None, "publisher": "Reserve Bank of Australia", "number": "2021-03"},
    ),
    (
        "Commonwealth Scientific and Industrial Research Organisation. (2015). Climate change in Australia: "
        "Technical report. CSIRO, Australia.",
        {"publisher": "CSIRO", "publisher-place": "Australia"},
    ),
    (
        "Environment America. (2024, March 4). Maryland among national leaders in offshore wind growth. Retrieved "
        "July 25, 2024, from https://environmentamerica.org/maryland/updates/wind/",
        {"author": [{"literal": "Environment America"}],
         "title": "Maryland among national leaders in offshore wind growth", "container-title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw51_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


FLAGGED = [
    "Hydrock Consultants (2018) *Drainage Strategy*. Drawing No: HYD XX 5002-04.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_rw51_flagged(text: str) -> None:
    assert needs_review(text)
