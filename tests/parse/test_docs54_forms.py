"""Round docs54: a title's stop glued to "Retrieved from" (the space lost when a list was copied); a web page listed
by its tab's title, the day it was read and its address (``Title - Site, accessed June 27, 2025, https://…``)."""

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


PAGE_TITLES_ACCESSED = [
    ("Why Static Analysis Can't Fix Your Performance Problem But Dynamic Analysis Can - Digma, accessed June 27, 2025, "
     "https://digma.ai/why-static-analysis-cant-fix-performance-problems/",
     {"title": "Why Static Analysis Can't Fix Your Performance Problem But Dynamic Analysis Can",
      "container-title": "Digma", "accessed": {"date-parts": [[2025, 6, 27]]},
      "URL": "https://digma.ai/why-static-analysis-cant-fix-performance-problems/", "author": None}),
    ("Best Practices for Peer Code Review - SmartBear, accessed June 27, 2025, "
     "https://smartbear.com/learn/code-review/best-practices-for-peer-code-review/",
     {"title": "Best Practices for Peer Code Review", "container-title": "SmartBear"}),
    ("Artificial Intelligence Code Tools Research Report 2025:, accessed June 27, 2025, "
     "https://www.globenewswire.com/news-release/2025/03/26/3049705/28124/en/report.html",
     {"title": "Artificial Intelligence Code Tools Research Report 2025", "container-title": None, "issued": None}),
    ("Introduction to Software Engineering/Architecture/Anti-Patterns - Wikibooks, open books for an open world, "
     "accessed June 27, 2025, https://en.wikibooks.org/wiki/Introduction_to_Software_Engineering/Architecture",
     {"title": "Introduction to Software Engineering/Architecture/Anti-Patterns - Wikibooks, open books for an open "
               "world", "URL": "https://en.wikibooks.org/wiki/Introduction_to_Software_Engineering/Architecture"}),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_TITLES_ACCESSED)
def test_a_page_s_title_then_the_day_it_was_read_and_its_address(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_an_apa_web_entry_with_n_d_and_accessed_is_no_page_title() -> None:
    from biblio.parse.readers import page_title_accessed

    assert page_title_accessed.read("Kendall (@kendalljenner) • Instagram photos and videos (n.d.), accessed March 7, "
                                    "2022, https://www.instagram.com/kendalljenner/.") is None
