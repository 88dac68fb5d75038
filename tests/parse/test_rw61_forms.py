"""Forms of hand-written reference lists met in realworld40: a works-cited web page whose site follows its tab title
after `` | `` or a typed `` -- `` (``Failure in international aid | GiveWell, accessed …``) or has a stop inside or
closing it (``GOV.UK``, ``Wier & Associates, Inc.``); a US statute with Harvard's ``Available at:`` link, its year
left out or its short title's spelled-out name in brackets; India's ``Act, 2005 (India), Section 8``; a works-cited
title opening on a series of words (``Water, Sanitation, and Hygiene … - UNICEF``); the IMF's ``Departmental Paper
No.`` and a ``Treaty Series No.`` as the collection and its number; and a body's name ending in ``Guide`` before a
question as title."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Why deworming matters | Evidence Action, accessed March 3, 2025, https://www.evidenceaction.org/deworming",
        {"title": "Why deworming matters", "container-title": "Evidence Action"},
    ),
    (
        "What is a heat pump? | Energy Saving Trust, accessed May 12, 2024, https://energysavingtrust.org.uk/hp",
        {"title": "What is a heat pump?", "container-title": "Energy Saving Trust"},
    ),
    (
        "Open data strategy 2023 to 2026 -- Data.gov, accessed July 1, 2024, https://data.gov/strategy/",
        {"title": "Open data strategy 2023 to 2026", "container-title": "Data.gov"},
    ),
    (
        "Flood risk in the Thames estuary - GOV.UK, accessed June 2, 2025, https://www.gov.uk/guidance/flood-risk",
        {"title": "Flood risk in the Thames estuary", "container-title": "GOV.UK"},
    ),
    (
        "A short history of bridges - Smith & Partners, Inc., accessed April 9, 2025, https://smithpartners.com/b",
        {"title": "A short history of bridges", "container-title": "Smith & Partners, Inc."},
    ),
    (
        "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, 104 Stat. 327. Available at: "
        "https://www.govinfo.gov/app/details/STATUTE-104/STATUTE-104-Pg327",
        {"title": "Americans with Disabilities Act of 1990", "number": "101-336", "volume": "104",
         "container-title": "Stat.", "page": "327",
         "URL": "https://www.govinfo.gov/app/details/STATUTE-104/STATUTE-104-Pg327"},
    ),
    (
        "HIPAA (Health Insurance Portability and Accountability Act), Pub. L. No. 104-191, 110 Stat. 1936 (1996). "
        "Available at: https://www.congress.gov/bill/104th-congress/house-bill/3103",
        {"title": "HIPAA (Health Insurance Portability and Accountability Act)", "number": "104-191",
         "volume": "110", "page": "1936", "issued": {"date-parts": [[1996]]},
         "URL": "https://www.congress.gov/bill/104th-congress/house-bill/3103"},
    ),
    (
        "Electronic Communications Privacy Act of 1986, 18 U.S.C. §§ 2510-2523. Available at: "
        "https://www.law.cornell.edu/uscode/text/18/2510",
        {"title": "Electronic Communications Privacy Act of 1986", "volume": "18", "container-title": "U.S.C.",
         "section": "2510-2523", "URL": "https://www.law.cornell.edu/uscode/text/18/2510"},
    ),
    (
        "Right to Information Act, 2005 (India), Section 8. Available at: https://rti.gov.in/rti-act.pdf",
        {"type": "legislation", "title": "Right to Information Act, 2005", "section": "8",
         "URL": "https://rti.gov.in/rti-act.pdf"},
    ),
    (
        "Water, Sanitation, and Hygiene Annual Report 2023 - UNICEF, accessed May 2, 2024, https://www.unicef.org/w",
        {"title": "Water, Sanitation, and Hygiene Annual Report 2023", "container-title": "UNICEF"},
    ),
    (
        "Gaspar, V., & Jaramillo, L. (2024). Fiscal rules after the pandemic. IMF Departmental Paper No. 2024/011. "
        "International Monetary Fund.",
        {"collection-title": "IMF Departmental Paper", "number": "2024/011"},
    ),
    (
        "Council of Europe. (2001). \"Convention on Cybercrime.\" European Treaty Series No. 185. Available at: "
        "https://rm.coe.int/1680081561",
        {"title": "Convention on Cybercrime", "collection-title": "European Treaty Series", "number": "185"},
    ),
    (
        "The Student Housing Guide. (n.d.). Where to live in Lisbon? Retrieved from "
        "https://studenthousingguide.example/lisbon-rooms",
        {"author": [{"literal": "The Student Housing Guide"}], "title": "Where to live in Lisbon?"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw61_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_value_closing_on_ampersand_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    item = {"type": "webpage", "title": "Side Event: Readiness for Official Data &",
            "container-title": "Statistics at the 57th Session of the Commission"}
    assert held_form_signals(item, "").get("value:closes-on-and")
    right = {"type": "webpage", "title": "Readiness for Official Data & Statistics"}
    assert not held_form_signals(right, "").get("value:closes-on-and")


def test_bare_name_before_title_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    source = "Lee, K., A. Park, J. Kim, Landsat TM surface reflectance validation, Remote Sens. Environ., 2015."
    wrong = {"type": "article-journal", "title": "TM surface reflectance validation",
             "author": [{"family": "Lee", "given": "K."}, {"family": "Park", "given": "A."},
                        {"family": "Kim", "given": "J."}, {"family": "Landsat"}]}
    assert held_form_signals(wrong, source).get("name:bare-before-title")
    right = {**wrong, "title": "Landsat TM surface reflectance validation", "author": wrong["author"][:3]}
    assert not held_form_signals(right, source).get("name:bare-before-title")
