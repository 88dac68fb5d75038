"""Forms of hand-written reference lists in project reports (realworld28): a firm named with its initials joined by
an unspaced "&" (``S&P Global``), a firm's legal form closing its name (``Safaricom PLC``), an act's official gazette
after its italic title as the container (``Official Journal of the European Union``), an Indonesian state
firm's bracketed legal form (``PT PLN (Persero)``), Harvard's edition sentence after the title before a bare
publisher (``*Title*. 7th ed. PMI.``), and a report's "Prepared for …" sentence before its publisher."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "S&P Global. (2022). *Corporate sustainability assessment handbook.* S&P Global. https://www.spglobal.com/csa",
        {"author": [{"literal": "S&P Global"}]},
    ),
    (
        "AT&T Labs. (2019). *Network outage statistics 2018*. Dallas, TX: AT&T.",
        {"author": [{"literal": "AT&T Labs"}]},
    ),
    (
        "[5] Unilever PLC. (2020). *Sustainable Living Report 2019*. Retrieved from https://www.unilever.com/reports/",
        {"author": [{"literal": "Unilever PLC"}], "title": "Sustainable Living Report 2019"},
    ),
    (
        "Diageo PLC. (2021). *Annual Report 2021*. London: Diageo.",
        {"author": [{"literal": "Diageo PLC"}], "publisher": "Diageo"},
    ),
    (
        "[9] PT KAI (Persero). (2022). *Commuter Rail Ridership Report 2021*. Bandung: KAI.",
        {"author": [{"literal": "PT KAI (Persero)"}], "publisher-place": "Bandung", "publisher": "KAI"},
    ),
    (
        "[8] Chartered Institute of Procurement and Supply (CIPS). (2020). *A Guide to the Procurement Cycle (CIPS "
        "Guide)*. 4th ed. CIPS.",
        {"title": "A Guide to the Procurement Cycle (CIPS Guide)", "edition": "4", "publisher": "CIPS"},
    ),
    (
        "European Parliament. (2016). *Regulation (EU) 2016/679 (General Data Protection Regulation)*. Official "
        "Journal of the European Union.",
        {
            "type": "legislation",
            "container-title": "Official Journal of the European Union",
            "publisher": None,
        },
    ),
    (
        "Republic of the Philippines. (2012). *Data Privacy Act of 2012*. Official Gazette of the Republic of the "
        "Philippines.",
        {"type": "legislation", "container-title": "Official Gazette of the Republic of the Philippines"},
    ),
    (
        "Mutua, J., & Otieno, P. (2018). *Water tariffs in secondary towns of Kenya.* Prepared for the Water Services "
        "Regulatory Board. Kenya Institute for Public Policy Research and Analysis. Nairobi.",
        {
            "title": "Water tariffs in secondary towns of Kenya",
            "publisher": "Kenya Institute for Public Policy Research and Analysis",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("item", "source"),
    [
        (
            {"title": "Retail Analytics", "publisher": "Customer segmentation notes"},
            "5. Lee, K. (2001). *Retail Analytics*. Wiley. (Customer segmentation notes)",
        ),
    ],
)
def test_held_form_is_named(item: dict[str, Any], source: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert held_form_signals(item, source).get("publisher:closing-bracket")


@pytest.mark.parametrize(
    ("item", "source"),
    [
        (
            {"title": "Threshold Signals", "publisher": "McGraw-Hill"},
            "Smith, J. (2001). Threshold Signals (McGraw-Hill).",
        ),
        ({"title": "Retail Analytics", "publisher": "Wiley"}, "Lee, K. (2001). *Retail Analytics*. Wiley."),
    ],
)
def test_held_form_not_named(item: dict[str, Any], source: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert not held_form_signals(item, source).get("publisher:closing-bracket")
