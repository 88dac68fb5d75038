"""Forms of hand-written reference lists of public agencies' data and students' reports (realworld37): Cite Them
Right's undated page cited by its title (``Title (no date) Site. Available at: …``), a body's bracketed short name
repeated after the title as its publisher (``Body (RBA) (2024) *Title*. RBA. Available at: …``), a site's address
in the author's place (``www.vic.gov.au. (2024). Title. [online] Available at: …``) and a report's title after
APA's date that no site's name closes on (``Body. (2024). National Diabetes Statistics Report. Retrieved from``), and a
body with its short name before its page's title with no date (``Body Name (BN). Title. Retrieved from …``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Hand hygiene (no date) Journal of Hospital Practice. Available at: https://www.example.org/hygiene "
        "(Accessed: 20 March 2024).",
        {"author": None, "title": "Hand hygiene", "container-title": "Journal of Hospital Practice"},
    ),
    (
        "Water safety & beach patrols (no date) Surf Life Saving Queensland. Available at: "
        "https://www.example.org.au/water-safety (Accessed: 2 May 2023).",
        {"author": None, "title": "Water safety & beach patrols", "container-title": "Surf Life Saving Queensland"},
    ),
    (
        "Reserve Bank of New Zealand (RBNZ) (2023) *Monetary policy statistics*. RBNZ. Available at: "
        "https://www.rbnz.govt.nz/statistics (Accessed: 4 June 2024).",
        {"author": [{"literal": "Reserve Bank of New Zealand (RBNZ)"}], "publisher": "RBNZ", "container-title": None},
    ),
    (
        "Australian Institute of Family Studies (AIFS) (2022) *Child care in Australia*. AIFS. Available at: "
        "https://aifs.gov.au/childcare (Accessed: 1 May 2023).",
        {"publisher": "AIFS", "container-title": None},
    ),
    (
        "www.health.vic.gov.au. (2023). Immunisation schedule Victoria. [online] Available at: "
        "https://www.health.vic.gov.au/immunisation/schedule.",
        {"author": [{"literal": "www.health.vic.gov.au"}], "title": "Immunisation schedule Victoria"},
    ),
    (
        "Centers for Disease Control and Prevention. (2024). National Vital Statistics Report. Retrieved from "
        "https://www.cdc.gov/nchs/nvss/index.htm",
        {
            "author": [{"literal": "Centers for Disease Control and Prevention"}],
            "title": "National Vital Statistics Report",
            "container-title": None,
        },
    ),
    (
        "Centers for Disease Control and Prevention (CDC). Measles Cases and Outbreaks. Retrieved from "
        "https://www.cdc.gov/measles/cases-outbreaks.html. Last accessed 2 May 2019.",
        {
            "author": [{"literal": "Centers for Disease Control and Prevention (CDC)"}],
            "title": "Measles Cases and Outbreaks",
        },
    ),
    (
        "World Health Organization (WHO). Hepatitis B. Retrieved from "
        "http://www.who.int/mediacentre/factsheets/fs204/en/. Last accessed 19 March 2018.",
        {"author": [{"literal": "World Health Organization (WHO)"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw58_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
