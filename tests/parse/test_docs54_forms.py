"""Round docs54: a title's stop glued to "Retrieved from" (the space lost when a list was copied)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

GLUED_RETRIEVAL = [
    ("Bohannon, J. (2016, March 09). Why criminals can't hide behind Bitcoin.Retrieved from Science: "
     "https://www.sciencemag.org/news/2016/03/why-criminals-cant-hide-behind-bitcoin",
     {"title": "Why criminals can't hide behind Bitcoin",
      "URL": "https://www.sciencemag.org/news/2016/03/why-criminals-cant-hide-behind-bitcoin"}),
    ("Krzywinski, M. (2012, March). Hive Plots.Retrieved from Rational Network Visualization -Farewell to Hairballs: "
     "http://www.hiveplot.com/",
     {"title": "Hive Plots", "URL": "http://www.hiveplot.com/"}),
    ("Lewis, S. J. (2016, 10 25). Discovering the Dark Web.Retrieved from OnionScan: https://onionscan.org/",
     {"title": "Discovering the Dark Web", "container-title": "OnionScan"}),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_RETRIEVAL)
def test_a_stop_glued_to_retrieved_from_ends_the_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
