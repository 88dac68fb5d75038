"""Forms of hand-written reference lists outside publishing (realworld25): APA 6's site named before the address
with no "website" word, a body's undated page with no access note, South African Harvard's "[s.a.]", a body's
letters before "Group", the Britannica's own citations, and Harvard's "p. 641, [online]"."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Groves, R. (2011, August 02). Rural and Suburban America: When One Definition is not Enough. Retrieved from "
        "United States Census Bureau: https://www.census.gov/newsroom/blogs/director/2011/08/rural.html",
        {
            "container-title": "United States Census Bureau",
            "title": "Rural and Suburban America: When One Definition is not Enough",
            "publisher": None,
        },
    ),
    (
        "TN Department of Health. (n.d.). Suburban Areas. Retrieved from Tennessee Department of Health: "
        "https://www.tn.gov/health/cedep/environmental/suburban-areas.html",
        {"container-title": "Tennessee Department of Health", "publisher": None},
    ),
    (
        "Office of Energy Efficiency & Renewable Energy. (n.d.). Why Building Energy Codes? Department of Energy. "
        "https://www.energycodes.gov/why-building-energy-codes",
        {"container-title": "Department of Energy", "publisher": None, "type": "webpage"},
    ),
    (
        "Unsplash. [s.a.]. *Free high-resolution photos*. [Online]. Available at: https://unsplash.com/ "
        "[Accessed 1 September 2026].",
        {"author": [{"literal": "Unsplash"}], "title": "Free high-resolution photos", "issued": None},
    ),
    (
        "Department of Health. [s.a.]. *Guidelines for nutrition*. Pretoria: Government Printer.",
        {"title": "Guidelines for nutrition", "issued": None},
    ),
    (
        "NCC Group, 2024. ScoutSuite: Multi-cloud security auditing tool. [GitHub] Available at: "
        "<https://github.com/nccgroup/ScoutSuite> [Accessed 8 September 2025].",
        {"author": [{"literal": "NCC Group"}]},
    ),
    (
        'Britannica, The Editors of Encyclopaedia. "Blue-green algae". Encyclopedia Britannica, 29 Dec. 2017, '
        "https://www.britannica.com/science/blue-green-algae. Accessed 10 October 2021.",
        {
            "author": [{"family": "Britannica", "given": "The Editors of Encyclopaedia"}],
            "title": "Blue-green algae",
            "container-title": "Encyclopedia Britannica",
            "issued": {"date-parts": [[2017, 12, 29]]},
        },
    ),
    (
        'Britannica, The Editors of Encyclopaedia. "Blue-green algae". Encyclopedia Britannica, 29 Dec. 2017, '
        "[Online]. Available at: https://www.britannica.com/science/blue-green-algae (Accessed 10 October 2021)",
        {"title": "Blue-green algae", "container-title": "Encyclopedia Britannica", "page": None},
    ),
    (
        "Britannica, T. Editors of Encyclopaedia (2023, May 5). photosynthesis. Encyclopedia Britannica. "
        "https://www.britannica.com/science/photosynthesis",
        {
            "author": [{"family": "Britannica", "given": "T. Editors of Encyclopaedia"}],
            "title": "photosynthesis",
            "container-title": "Encyclopedia Britannica",
        },
    ),
    (
        "Massey, Isaac Yaw, Wu, Pian, Wei, Jia, Luo, Jiayou, et al. (2020) ‘A Mini-Review on Detection Methods of "
        "Microcystins’, Toxins, MDPI AG, 12(10), p. 641, [online]. Available from: "
        "http://dx.doi.org/10.3390/toxins12100641 (Accessed 19 October 2021)",
        {"page": "641", "volume": "12", "issue": "10"},
    ),
    (
        "Massey, I. (2020) ‘A Mini-Review on Detection Methods of Microcystins’, Toxins, 12(10), p. 641, [online]. "
        "Available from: http://dx.doi.org/10.3390/toxins12100641 (Accessed 19 October 2021)",
        {"page": "641", "container-title": "Toxins"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for field, value in expected.items():
        assert item.get(field) == value, field


SILENT_WRONGS: list[tuple[str, str]] = [
    (
        "World Health Organization, Eds: Ingrid Chorus and Jamie Bartram (1999). Toxic Cyanobacteria in Water: A Guide "
        "to Their Public Health Consequences, Monitoring, and Management [Online]. Available at: "
        "https://www.who.int/water_sanitation_health/resourcesquality/toxcyanbegin.pdf (Accessed 27 September 2021)",
        "title:holds-editors",
    ),
    (
        "Massey, Isaac Yaw, Wu, Pian, Wei, Jia, Luo, Jiayou, et al. (2020) ‘A Mini-Review on Detection Methods of "
        "Microcystins’, Toxins, MDPI AG, 12(10), p. 641, [online]. Available from: "
        "http://dx.doi.org/10.3390/toxins12100641 (Accessed 19 October 2021)",
        "container:closes-on-firm",
    ),
    (
        "OpenAI (ChatGPT) (2025) Assistance with App Structure, Documentation and Code Implementation. OpenAI. "
        "Available at: https://chat.openai.com/ (Accessed: 10 November 2025).",
        "name:alias-as-family",
    ),
]


@pytest.mark.parametrize(("text", "signal"), SILENT_WRONGS)
def test_silent_wrong_flagged(text: str, signal: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals
    from biblio.records.model import NEEDS_REVIEW

    item = parse_reference(text)
    assert signal in held_form_signals(item, text)
    assert NEEDS_REVIEW in item["custom"]["biblio"].get("flags", [])
