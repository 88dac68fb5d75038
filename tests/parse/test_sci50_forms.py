"""Forms of tests/data/parse/physcs_real12.jsonl: the ACM Reference Format's proceedings closed by a bracketed short
name and followed by the meeting's place in a second bracket (``In Proc. Int'l Conf. Software Engineering (ICSE)
(Gothenburg, Sweden). ACM Press, New York, 1–12.``), its month given as a number (``22 (4 2013).``), a report's kind
and body before a link (``Technical Report. Body. https://…``, ``… Body. from https://…``), and the physics journals'
``Volume, Page (Year)`` read as an issue or into the date (``Light Sci. Appl. 8, 88 (2019).``, ``Research 2019,
8345683 (2019).``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the proceedings keep their short name; the second bracket is the meeting's place, neither the publisher's
    # nor its place's
    (
        "[5] Ada Ruiz, Tom Berg, and Li Wei. 2017. Breaking Changes in Package Ecosystems: A Field Study. In Proc. "
        "Int'l Symposium Foundations of Software Engineering (FSE) (Paderborn, Germany). ACM Press, New York, 219–230.",
        {
            "container-title": "Proc. Int'l Symposium Foundations of Software Engineering (FSE)",
            "publisher": "ACM Press",
            "publisher-place": "New York",
            "page": "219-230",
        },
    ),
    (
        "[12] Mia Holt, Jon Park, Sara Lind, and Ivo Kern. 2014. Social Signals in Code Review: Trust and Reputation "
        "in an Open Hosting Site. In Proc. Conf. Computer Supported Cooperative Work (CSCW) (Baltimore, Maryland, "
        "USA). ACM Press, New York, 402–414.",
        {
            "title": "Social Signals in Code Review: Trust and Reputation in an Open Hosting Site",
            "container-title": "Proc. Conf. Computer Supported Cooperative Work (CSCW)",
            "publisher": "ACM Press",
            "publisher-place": "New York",
            "page": "402-414",
        },
    ),
    (
        "[7] Ana Costa and Rui Dias. 2021. What Keeps Volunteers? A Survey of Maintainers. In Proc. IFIP Int'l Conf. "
        "Open Source Systems (OSS). Springer, 45-58.",
        {
            "container-title": "Proc. IFIP Int'l Conf. Open Source Systems (OSS)",
            "publisher": "Springer",
            "page": "45-58",
        },
    ),
    (
        "[9] Omar Haddad, Lena Vogt, and Kim Sato, 2019. Was the Patch Fairly Judged? Reviewer Bias in Pull Requests. "
        "In Proc. Int'l Conf. Software Engineering (ICSE). IEEE, 88-97.",
        {"container-title": "Proc. Int'l Conf. Software Engineering (ICSE)", "publisher": "IEEE", "page": "88-97"},
    ),
    # the ACM's month as its number in the bracket with the year: no issue
    (
        "[30] Nora Blum. 2015. The Startup Myth. The Baffler 27 (3 2015).",
        {"container-title": "The Baffler", "volume": "27", "issue": None},
    ),
    # a report's kind and the body that issued it, a link after them; the word leading the link in no field
    (
        "[20] Tim Ross and Eva Lund. 2018. Funding Open Source: A Report of the Summit. Technical Report. Open Source "
        "Summit Organisation. https://example.org/2018-report/",
        {"genre": "Technical Report", "publisher": "Open Source Summit Organisation", "container-title": None},
    ),
    (
        "[14] Ella Grant. 2017. Who Pays for Shared Code. Technical Report. Knight Foundation. from "
        "https://example.org/reports/who-pays-for-shared-code/.",
        {"genre": "Technical Report", "publisher": "Knight Foundation"},
    ),
    # the physics journals' "Volume, Page (Year)" read as an issue, or into the date where the volume is a year
    (
        "[21] Y. Chen, R. Li, and P. Wong, Mode switching around an exceptional point in coupled waveguides, Light "
        "Sci. Appl. 9, 112 (2020).",
        {"container-title": "Light Sci. Appl.", "volume": "9", "page": "112", "issue": None},
    ),
    (
        "[33] K. Lee, M. Park, and J. Christensen, Ultrathin acoustic cloak with balanced gain and loss, Research "
        "2020, 4107807 (2020).",
        {"container-title": "Research", "volume": "2020", "page": "4107807"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
