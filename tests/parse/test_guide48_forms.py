"""Forms of APA 7 and Chicago guide examples read since guides_real19: a model's dated release, a public
law's section before the Statutes, an AGLC Act with its link, a neutral citation after a bracketed year, an
agency's bare number, a place closing a title's head, and a dictionary entry under the word with its imprint."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "OpenAI. (2026). ChatGPT (Feb 14 version) [Large language model]. https://chat.openai.com/chat",
        {"title": "ChatGPT", "genre": "Large language model", "issued": {"date-parts": [[2026]]}},
    ),
    (
        "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, Sec. 2, 104 Stat. 328 (1991).",
        {
            "type": "legislation",
            "title": "Americans with Disabilities Act of 1990",
            "number": "101-336",
            "volume": "104",
            "container-title": "Stat.",
            "page": "328",
            "issued": {"date-parts": [[1991]]},
        },
    ),
    (
        "Copyright Act 1968 (Cth) S. 40. https://www.austlii.edu.au/au/legis/cth/consol_act/ca1968133/.",
        {
            "type": "legislation",
            "title": "Copyright Act 1968",
            "URL": "https://www.austlii.edu.au/au/legis/cth/consol_act/ca1968133/",
        },
    ),
    (
        "Shea v News Ltd. (2015). WASC 1. http://www.austlii.edu.au/cgi-bin/sign.cgi/au/cases/wa/WASC/2015/1.",
        {"type": "legal_case", "container-title": "WASC", "page": "1", "issued": {"date-parts": [[2015]]}},
    ),
    (
        "Australian Bureau of Statistics. (2013, June). Industrial disputes, Australia, June 2013 "
        "(No. 6321.0.55.001). https://www.abs.gov.au/ausstats/abs@.nsf/Previousproducts/6321.0.55.001",
        {"type": "report", "title": "Industrial disputes, Australia, June 2013", "number": "6321.0.55.001"},
    ),
    (
        "Ministry of Health. (2006). Problem gambling intervention services in New Zealand: 2005 service-user "
        "statistics (Monitoring Report No. 8). Wellington, New Zealand: Author",
        {
            "title": "Problem gambling intervention services in New Zealand: 2005 service-user statistics",
            "number": "8",
            "publisher-place": "Wellington, New Zealand",
        },
    ),
    (
        "Australian Institute of Health and Welfare. 2015. Emergency Department Care: Australian Hospital "
        "Statistics. Cat. no. HSE 168. Canberra: AIHW.",
        {"type": "report", "number": "HSE 168", "publisher": "AIHW", "publisher-place": "Canberra"},
    ),
    (
        "Oxford English Dictionary, 2nd ed. (Oxford: Oxford University Press, 2004), s.v. \u201cParable.\u201d",
        {
            "title": "Parable",
            "container-title": "Oxford English Dictionary",
            "edition": "2",
            "publisher": "Oxford University Press",
            "publisher-place": "Oxford",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide48_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
