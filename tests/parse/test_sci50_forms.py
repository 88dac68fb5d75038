"""Forms of tests/data/parse/physcs_real12.jsonl: the ACM Reference Format's proceedings closed by a bracketed short
name and followed by the meeting's place in a second bracket (``In Proc. Int'l Conf. Software Engineering (ICSE)
(Gothenburg, Sweden). ACM Press, New York, 1–12.``), its month given as a number (``22 (4 2013).``), a report's kind
and body before a link (``Technical Report. Body. https://…``, ``… Body. from https://…``), Springer's ``Title
(Technical Report, Body, 2019)`` and ``in *Proceedings of … Learning-Volume 70* (2017)``, and the physics journals'
``Volume, Page (Year)`` read as an issue or into the date (``Light Sci. Appl. 8, 88 (2019).``, ``Research 2019,
8345683 (2019).``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
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
        "[40] Ana Reyes. 2016. Against Disruption. The Baffler 31 (6 2016).",
        {"container-title": "The Baffler", "volume": "31", "issue": None},
    ),
    # a report's kind and the body that issued it, a link after them; the word leading the link in no field
    (
        "[45] Pia Lund and Ole Berg. 2019. Sustain: A Day of Talks for Open Source Maintainers - The Report. Technical "
        "Report. Sustain Conference Organization. https://example.org/2019-report/",
        {"genre": "Technical Report", "publisher": "Sustain Conference Organization", "container-title": None},
    ),
    (
        "[14] Ella Grant. 2017. Who Pays for Shared Code. Technical Report. Knight Foundation. from "
        "https://example.org/reports/who-pays-for-shared-code/.",
        {"genre": "Technical Report", "publisher": "Knight Foundation"},
    ),
    # Springer's bracket opening on the kind of report: the kind is the genre, no part of the title
    (
        "12. R. Park, Instruments and selection on observables: Lessons for applied work (Technical Report, "
        "National Bureau of Economic Research, 2018)",
        {
            "title": "Instruments and selection on observables: Lessons for applied work",
            "genre": "Technical Report",
            "publisher": "National Bureau of Economic Research",
        },
    ),
    # Springer's italic proceedings closing on "Volume 70": the volume's words are the proceedings' title's
    (
        "31. K. Ito, L. Moreau, Balancing representations for counterfactual prediction, in *Proceedings of the 35th "
        "International Conference on Machine Learning-Volume 80* (2018), pp. 1201–1210",
        {
            "container-title": "Proceedings of the 35th International Conference on Machine Learning-Volume 80",
            "volume": None,
            "page": "1201-1210",
        },
    ),
    # the physics journals' "Volume, Page (Year)" read as an issue, or into the date where the volume is a year
    (
        "[30] H. X. Li, M. Rosendo-Lopez, Y. F. Zhu, and J. Christensen, Ultrathin acoustic parity-time symmetric "
        "metasurface cloak, Research 2019, 8345683 (2019).",
        {"container-title": "Research", "volume": "2019", "page": "8345683"},
    ),
    (
        "[12] Q. Liu, S. Li, and B. Wang, Efficient mode transfer by encircling moving exceptional points, Light Sci. "
        "Appl. 10, 88 (2021).",
        {"container-title": "Light Sci. Appl.", "volume": "10", "page": "88", "issue": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_short_name_opening_the_publisher_is_a_held_form() -> None:
    source = (
        "[3] Ada Ruiz and Tom Berg. 2016. Title. In Proc. Int'l Symposium Foundations of Software Engineering (FSE) "
        "(Seattle, WA). ACM Press, New York, 109–120."
    )
    item = {"type": "paper-conference", "title": "Title", "publisher": "(FSE) (Seattle, WA). ACM Press"}
    assert "publisher:opens-on-short-name" in held_form_signals(item, source)
    assert "publisher:opens-on-short-name" not in held_form_signals({**item, "publisher": "ACM Press"}, source)


def test_a_firm_after_the_short_names_bracket_closing_the_container_is_a_held_form() -> None:
    source = "[25] Ada Ruiz, 2018. Title. In Proc. Int'l Conf. Software Engineering (ICSE). IEEE, 523-534."
    item = {"type": "paper-conference", "container-title": "Proc. Int'l Conf. Software Engineering (ICSE). IEEE"}
    assert "container:closes-on-firm-after-bracket" in held_form_signals(item, source)
    read = {**item, "container-title": "Proc. Int'l Conf. Software Engineering (ICSE)", "publisher": "IEEE"}
    assert "container:closes-on-firm-after-bracket" not in held_form_signals(read, source)
