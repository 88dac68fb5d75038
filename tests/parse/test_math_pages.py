"""Pages in real mathematics and theoretical computer-science reference lists (``math_real.jsonl``):
the AMS's article number with its page count, and ACM's and Dagstuhl's article-numbered pages."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.pages import page_value


def test_article_number_with_its_page_count() -> None:
    assert page_value("083501, 13 pp.") == "083501"
    assert page_value("Paper No. 42, 20 pp.") == "42"
    assert page_value("12-14") == "12-14"


def test_article_numbered_pages_after_the_colon() -> None:
    item = parse_reference("H. Lee and K. Park. Fast tries. J. ACM, 70(2):14:1–14:30, 2023. doi:10.1145/3580000.")
    assert (item["volume"], item["issue"], item["page"]) == ("70", "2", "14:1-14:30")
