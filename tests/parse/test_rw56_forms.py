"""Forms of hand-written reference lists of agencies, firms and students (realworld35): a bold author-and-date
block opening a Markdown list's entry before an italic title (``**Scottish Government (2020).** *Title.*
Edinburgh: …``), a magazine's month alone after its name in UK Harvard (``'Title', The Atlantic, November.``),
a body's Harvard report whose town, colon and publisher close the title's last sentence with no full stop after
the bracketed year (``OSCR (2022) Annual Report 2021-22. Dundee: Office of …``), and a report's title closing on
its own year (``Construction Cost Guide H1 2025.``); an accented capital's initial before ``et al.`` (``Nielsen, R. Ø.
et al. (2014).``), no sentence's end."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "**Audit Scotland (2022).** *Social care briefing.* Edinburgh: Audit Scotland. "
        "https://www.audit-scotland.gov.uk/publications/social-care-briefing",
        {
            "author": [{"literal": "Audit Scotland"}],
            "title": "Social care briefing",
            "publisher-place": "Edinburgh",
        },
    ),
    (
        "**Public Health Scotland (2023).** *Care Home Census for Adults in Scotland.* "
        "https://publichealthscotland.scot/publications/care-home-census/",
        {
            "author": [{"literal": "Public Health Scotland"}],
            "title": "Care Home Census for Adults in Scotland",
            "issued": {"date-parts": [[2023]]},
        },
    ),
    (
        "Lepore, J. (2018) 'The Hacking of America', The New Yorker, September.",
        {"container-title": "The New Yorker", "publisher": None, "issued": {"date-parts": [[2018, 9]]}},
    ),
    (
        "Fallows, J. (2015) 'The Tragedy of the American Military', The Atlantic, January.",
        {"container-title": "The Atlantic", "issued": {"date-parts": [[2015, 1]]}},
    ),
    (
        "OSCR (2021) Annual Report and Accounts 2020-21. Dundee: Office of the Scottish Charity Regulator.",
        {
            "title": "Annual Report and Accounts 2020-21",
            "publisher-place": "Dundee",
            "publisher": "Office of the Scottish Charity Regulator",
        },
    ),
    (
        "Buildcost.ie (2023). Tender Price Index H2 2023.",
        {"title": "Tender Price Index H2 2023", "container-title": None},
    ),
    (
        "Linesight.com (2025). Construction Cost Guide Q2 2025.",
        {"author": [{"literal": "Linesight.com"}], "title": "Construction Cost Guide Q2 2025"},
    ),
    (
        'Nielsen, R. Ø. et al. (2014). "Excessive Progression in Weekly Running Distance." *Journal of Orthopaedic '
        '& Sports Physical Therapy*, 44(10), 739–747.',
        {
            "author": [{"family": "Nielsen", "given": "R. Ø."}],
            "title": "Excessive Progression in Weekly Running Distance",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw56_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
