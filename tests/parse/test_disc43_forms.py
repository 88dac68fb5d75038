"""Forms of mixed-discipline reference lists (tests/data/parse/disc_real8.jsonl): medical lists written by hand with
``Journal 2007: 334(7589); 349-51.``, the issue closed by a semicolon before the pages, and mathematics' book lists
with ``Publisher, Town, ST, Year.``, the publisher before the town and its state. The references here are written
for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Walker P, Okafor N. Stopping rules in small randomised trials. Bmj 2011: 342(7801); 512-5.",
            {"container-title": "Bmj", "volume": "342", "issue": "7801", "page": "512-5"},
        ),
        (
            "Schulz KF, Grimes D. Allocation concealment in randomised trials. Lancet 2002: 359(9306); 614-8.",
            {"container-title": "Lancet", "volume": "359", "issue": "9306", "page": "614-8"},
        ),
        (
            "Lindqvist, T., Modular Forms for Beginners, Dover, Mineola, NY, 2012.",
            {"publisher": "Dover", "publisher-place": "Mineola, NY"},
        ),
        (
            "Brandt, K., Partial Differential Equations, Dover, New York, NY, 1995.",
            {"publisher": "Dover", "publisher-place": "New York, NY"},
        ),
    ],
)
def test_form_is_read(text: str, expected: dict[str, str]) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected


def test_site_before_town_and_state_stays_the_place() -> None:
    item = parse_reference(
        "Tran, L. and Ochoa, R., \"Final Report, Contract FA1234-05-C-0101,\" Eglin Air Force Base, Pensacola, FL, "
        "June 2, 2006."
    )
    assert item.get("publisher") is None

