"""Forms library guides print for government and legal sources in APA lists (``guides_real38``): Canadian statutes as
APA lists adapt the McGill Guide, the year in brackets after the statutes' name and the chapter (``Health Professions
Act, R.S.A. (2000).``); Canadian bills by their number first (``C-38, Title, 1st Sess, 44th Parl, 2022 (first
reading …).``); a Canadian reporter's series in brackets (``131 D.L.R. (4th) 486``); a congressional hearing's serial
number after its title (``(Serial No. 108-134)``); the Bluebook's GAO report (``U.S. Gen. Accounting Office,
GAO-02-802, Title 11 (2002).``); a numbered report whose issuer's name looks like a periodical's
(``(CRS Report No. R45). Congressional Research Service.``); and an address given at a meeting, its name and place
the event's (``[Address]. SREB, Atlanta, GA.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a Canadian statute with its year in brackets, the chapter or none
    (
        "Mental Health Act, R.S.O. (1990). https://www.ontario.ca/laws/statute/90m07",
        {"type": "legislation", "title": "Mental Health Act", "container-title": "R.S.O.",
         "issued": {"date-parts": [[1990]]}, "URL": "https://www.ontario.ca/laws/statute/90m07"},
    ),
    (
        "Canada Health Act, R.S.C., c. C-6 (1985).",
        {"type": "legislation", "title": "Canada Health Act", "container-title": "R.S.C.",
         "issued": {"date-parts": [[1985]]}, "author": None},
    ),
    # a Canadian bill, its number first, "Bill" written or not, what follows the year no title's
    (
        "Bill S-5, An Act to amend the Tobacco Act, 1st Sess, 42nd Parl, 2018 (assented to 23 May 2018).",
        {"type": "bill", "number": "S-5", "title": "An Act to amend the Tobacco Act",
         "issued": {"date-parts": [[2018]]}},
    ),
    (
        "C-11, Online Streaming Act, 1st Sess, 44th Parl, 2023. https://www.parl.ca/legisinfo/en/bill/44-1/c-11",
        {"type": "bill", "number": "C-11", "title": "Online Streaming Act", "issued": {"date-parts": [[2023]]},
         "URL": "https://www.parl.ca/legisinfo/en/bill/44-1/c-11", "author": None},
    ),
    # a Canadian reporter's series in brackets between the volume and the page
    (
        "Vriend v. Alberta, 156 D.L.R. (4th) 385 (SCC 1998).",
        {"type": "legal_case", "title": "Vriend v. Alberta", "container-title": "D.L.R. (4th)", "volume": "156",
         "page": "385", "issued": {"date-parts": [[1998]]}},
    ),
    # a hearing's serial number after its title, before the Congress
    (
        "Water quality in the Great Lakes: Hearing before the Committee on Environment and Public Works, Senate "
        "(Serial No. 110-42), 110th Cong. (2008).",
        {"type": "hearing", "title": "Water quality in the Great Lakes: Hearing before the Committee on Environment "
         "and Public Works, Senate", "number": "110-42", "issued": {"date-parts": [[2008]]}, "author": None},
    ),
    # a numbered report's issuer, a body whose name holds "Research" or "Review": the publisher
    (
        "Tollestrup, J. (2021). Farm bill primer: Budget dynamics (CRS Report No. R46963). Congressional Research "
        "Service.",
        {"type": "report", "number": "R46963", "publisher": "Congressional Research Service", "container-title": None},
    ),
    (
        "Nguyen, T. (2020). Coastal erosion trends (Technical Report No. 7). Marine Science Review Panel.",
        {"type": "report", "publisher": "Marine Science Review Panel", "container-title": None},
    ),
    # the Bluebook's report of the GAO: the body, the report's number, its title, the page cited, the year
    (
        "U.S. Gov't Accountability Off., GAO-21-119SP, High-Risk Series: Dedicated Leadership Needed to Address "
        "Limited Progress 42 (2021).",
        {"type": "report", "author": [{"literal": "U.S. Gov't Accountability Off."}], "number": "GAO-21-119SP",
         "title": "High-Risk Series: Dedicated Leadership Needed to Address Limited Progress", "page": "42",
         "issued": {"date-parts": [[2021]]}},
    ),
    # an address given at a meeting: the name and the place are the event's
    (
        "Okonkwo, R. (2019, October 8). Open textbooks in community colleges [Address]. Midwest Library Forum, "
        "Chicago, IL.",
        {"type": "speech", "genre": "Address", "event-title": "Midwest Library Forum", "event-place": "Chicago, IL",
         "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide68_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
