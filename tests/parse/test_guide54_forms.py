"""Forms of the APA and Chicago style-guide examples left wrong in guides_real25 (round guide54): an ebook's
publisher before its address, an article's number with no volume, a note's place with a province's code, an
unquoted title running through its own ``in``, short notes of three surnames or of a name and a page, and a
no-author title before ``Town, Country``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Gladwell, M. (2008). Outliers: The story of success. Little, Brown and Company. "
        "https://www.amazon.com/Outliers-Story-Success-Malcolm-Gladwell-ebook/dp/B001ANYDAO",
        {"type": "book", "publisher": "Little, Brown and Company", "container-title": None},
    ),
    (
        "Seton, E. T. (1911). The Arctic prairies: A canoe-journey of 2,000 miles in search of the caribou. "
        "Charles Scribner's Sons. http://www.gutenberg.org/etext/6818",
        {"type": "book", "publisher": "Charles Scribner's Sons", "container-title": None},
    ),
    (
        "Srinuan, C., & Srinuan, P. (2021). Determining spectrum caps and service efficiency: A case study of mobile "
        "operators in Thailand. Telecommunications Policy, Article 102225. https://doi.org/10.1016/j.telpol.2021.102225",
        {"type": "article-journal", "container-title": "Telecommunications Policy", "page": "102225", "volume": None},
    ),
    (
        "2. William Garrett-Petts, James F. Hoffman, and Ginny Ratsoy, Whose Culture Is It?: Community Engagement "
        "in Big Cities (Vancouver, BC: New Star Books, 2014), 48.",
        {
            "type": "book",
            "title": "Whose Culture Is It?: Community Engagement in Big Cities",
            "container-title": None,
            "publisher-place": "Vancouver, BC",
            "publisher": "New Star Books",
            "page": "48",
        },
    ),
    (
        "4. Garrett-Petts, Hoffman, and Ratsoy, Whose Culture Is It?, 48.",
        {
            "author": [{"family": "Garrett-Petts"}, {"family": "Hoffman"}, {"family": "Ratsoy"}],
            "title": "Whose Culture Is It?",
            "page": "48",
        },
    ),
    ("2. Ryan, 56.", {"author": [{"family": "Ryan"}], "page": "56", "issued": None}),
    (
        "Architecture at Unitec. Auckland, New Zealand: Unitec Institute of Technology, 2019.",
        {
            "title": "Architecture at Unitec",
            "publisher-place": "Auckland, New Zealand",
            "publisher": "Unitec Institute of Technology",
        },
    ),
    (
        "1. Marion Beedle, Communities of Support (2010-2015 Report, Wellington: Ministry of Internal Affairs, "
        "2010), 50.",
        {"title": "Communities of Support", "publisher-place": "Wellington", "genre": "2010-2015 Report"},
    ),
    (
        "2. Lucy Claire Smith, Improving Outcomes in Early Childhood Education (Draft Report, Melbourne: Cengage "
        "Learning, 2012), 20.",
        {"publisher-place": "Melbourne", "publisher": "Cengage Learning", "genre": "Draft Report"},
    ),
    (
        "Doe, John. Architecture at Unitec Rocks!. Auckland, New Zealand, 2019.",
        {"title": "Architecture at Unitec Rocks!", "publisher-place": "Auckland, New Zealand"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_report_kind_read_into_the_place_is_flagged() -> None:
    # a report's kind read as the town's: "Annual Report, Leeds"
    assert needs_review("Doe, Jane. Report Title. Annual Report, Leeds: Leeds Council, 2015.")
