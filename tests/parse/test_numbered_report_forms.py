"""A report's kind and number before the body that issued it: ``Tech. rep. STAN-CS-TR-94-1511, Dept. of …``."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.text import sentence_units


@pytest.mark.parametrize(
    ("text", "title", "number", "publisher"),
    [
        (
            "Shoham, Y., & Tennenholtz, M. (1994). Co-learning and the evolution of social activity. "
            "Tech. rep. STAN-CS-TR-94-1511, Dept. of Computer Science, Stanford University.",
            "Co-learning and the evolution of social activity",
            "STAN-CS-TR-94-1511",
            "Dept. of Computer Science, Stanford University",
        ),
        (
            "Smith, A. (2001). Learning things quickly. Technical Report TR-2001-12, Department of Computing, "
            "Imperial College London.",
            "Learning things quickly",
            "TR-2001-12",
            "Department of Computing, Imperial College London",
        ),
        (
            "Pryor, L., & Collins, G. (1993). Cassandra: Planning with contingencies. Technical report 41, "
            "Institute for the Learning Sciences, Northwestern University.",
            "Cassandra: Planning with contingencies",
            "41",
            "Institute for the Learning Sciences, Northwestern University",
        ),
    ],
)
def test_a_numbered_report_before_its_issuer(text: str, title: str, number: str, publisher: str) -> None:
    item = parse_reference(text)
    assert item["type"] == "report"
    assert item["title"] == title
    assert item["number"] == number
    assert item["publisher"] == publisher


def test_tech_is_an_abbreviation_only_before_rep() -> None:
    assert sentence_units("Tech. rep. 12, Dept. of CS", lead=".,;") == ["Tech. rep. 12, Dept. of CS"]
    # a school's short name still ends its sentence
    assert sentence_units("Georgia Tech. Atlanta", lead=".,;") == ["Georgia Tech.", "Atlanta"]
