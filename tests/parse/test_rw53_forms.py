"""Forms of hand-written reference lists outside publishing (realworld32): a body's undated guidelines page with its
access date in brackets after a title holding a question mark (``How much is too much? Low risk drinking guidelines,
(accessed February 2008).``), and a Harvard chapter whose imprint ``Publisher, Town.`` is followed by the DOI's
address (``pp. 293–321, Springer, Cham. https://doi.org/…``), a report's imprint closing it as New Zealand's
agencies write it, the publisher before its town and no full stop after the title (``… Wellbeing University of
Auckland: Auckland.``), and a title closing on a year after a bracketed date (``ACNielsen (2005) Television Facts
2004.``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Alcohol Advisory Council of New Zealand (2008) How much is too much? Low risk drinking guidelines, "
        "(accessed February 2008).",
        {
            "title": "How much is too much? Low risk drinking guidelines",
            "container-title": None,
            "issue": None,
            "accessed": {"date-parts": [[2008, 2]]},
        },
    ),
    (
        "Health Promotion Agency (2019) Is it safe to drink? Advice for pregnant women, (accessed March 2020).",
        {
            "title": "Is it safe to drink? Advice for pregnant women",
            "container-title": None,
            "issue": None,
            "accessed": {"date-parts": [[2020, 3]]},
        },
    ),
    (
        "Shaw, P. & Wheeler, L., 2023, 'Digital networking and the case of youth unemployment in South Africa', in "
        "T. Madon, A.J. Gadgil, R. Anderson, L. Casaburi, K. Lee & A. Rezaee (eds.), *Introduction to Development "
        "Engineering*, pp. 293–321, Springer, Cham. https://doi.org/10.1007/978-3-030-86065-3_12",
        {"publisher": "Springer", "publisher-place": "Cham", "DOI": "10.1007/978-3-030-86065-3_12"},
    ),
    (
        "Naidoo, K. & Mokoena, T., 2021, 'Water governance in small towns', in J. Smith (ed.), *Local Water "
        "Futures*, pp. 45–67, Palgrave, Basingstoke. https://doi.org/10.1007/978-3-030-12345-6_3",
        {"publisher": "Palgrave", "publisher-place": "Basingstoke"},
    ),
    (
        "Adolescent Health Research Group (2003) New Zealand Youth: A Profile of their Health and Wellbeing "
        "University of Auckland: Auckland.",
        {
            "title": "New Zealand Youth: A Profile of their Health and Wellbeing",
            "publisher": "University of Auckland",
            "publisher-place": "Auckland",
        },
    ),
    (
        "Adolescent Health Research Group (2003) New Zealand Youth: A Profile of their Health and Wellbeing "
        "Auckland: University of Auckland.",
        {"publisher": "University of Auckland", "publisher-place": "Auckland"},
    ),
    ("ACNielsen (2005) Television Facts 2004.", {"title": "Television Facts 2004", "issued": {"date-parts": [[2005]]}}),
    (
        "Morgan Stanley (2025) Global BNPL Market Assessment: Credit Risk and Growth Trajectories. New York: Morgan "
        "Stanley Research.",
        {"author": [{"literal": "Morgan Stanley"}], "publisher": "Morgan Stanley Research"},
    ),
    (
        "Goldman Sachs (2023) Global Economics Outlook. New York: Goldman Sachs Research.",
        {"author": [{"literal": "Goldman Sachs"}], "publisher": "Goldman Sachs Research"},
    ),
    (
        "Tourism Research Council (2010) Regional Visitor Monitor 2009.",
        {"title": "Regional Visitor Monitor 2009", "issued": {"date-parts": [[2010]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw53_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_title_words_run_into_publisher_are_flagged() -> None:
    assert needs_review(
        "Adolescent Health Research Group (2008b) Youth’07: The Health and Wellbeing of Secondary School Students in "
        "New Zealand. Technical Report The University of Auckland: Auckland."
    )
