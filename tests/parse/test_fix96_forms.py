"""Needs-review: a container of a date alone is told in time whatever its length (a month's stop both the month and
the marks could take backtracked exponentially on "Jan. Jan. … x."), and the checks of a status closing the container
and of an edition statement in another language are each served by one check."""

from __future__ import annotations

import time

import pytest

from biblio.parse.review.lone_parts import lone_part_signals
from biblio.parse.review.misplaced import misplaced_signals
from biblio.parse.review.run_ons import run_on_signals


@pytest.mark.parametrize(
    ("container", "fires"),
    [
        ("(2015, October 03)", True),
        ("Oct. 3, 2015.", True),
        ("12.03.2019", True),
        ("3 Sept. 2019", True),
        ("Jan.-Feb. 2020", True),
        ("Journal of Applied Ecology 12.", False),
    ],
)
def test_a_date_alone_as_the_container(container: str, fires: bool) -> None:
    assert bool(lone_part_signals({"container-title": container}, container).get("container:date-only")) is fires


def test_months_with_stops_and_no_date_are_told_fast() -> None:
    container = "Jan. " * 22 + "x."
    start = time.perf_counter()
    signals = lone_part_signals({"container-title": container}, container)
    assert time.perf_counter() - start < 0.2
    assert "container:date-only" not in signals


@pytest.mark.parametrize(
    "container",
    ["Hydrol. Process., in review", "Scientific Reports, Preprint", "The Quarterly Journal of Economics forthcoming"],
)
def test_a_status_closing_the_container_is_one_check(container: str) -> None:
    assert run_on_signals({"container-title": container}, container).get("container:closes-on-status")


@pytest.mark.parametrize(
    ("value", "fires"),
    [
        ("2. Bearb.", True),
        ("4de druk", True),
        ("2. utg.", True),
        ("3. wyd.", True),
        ("5. izd.", True),
        ("3., verb. und erw. Aufl.", True),
        ("8ste druk", True),
        ("3. Auflage der Stadtchronik", False),
        ("Drukkerij Smits", False),
    ],
)
def test_an_edition_statement_alone_as_a_value(value: str, fires: bool) -> None:
    assert bool(misplaced_signals({"publisher": value}, value).get("value:edition-only")) is fires
