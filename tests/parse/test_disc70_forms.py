"""Forms of MDPI's bold year and of PDF conversions' italics: a one-word italic journal before the bold year
(``Title. *Work* **2020**, 66,``), a roman journal with a bracketed word before it (``Medicine (Baltimore) **2021**,
100, e25634.``), an italic run that a conversion opens inside a word (``Psicoló*gica*``), and APA's italic title with
its acronym in brackets before the subtitle (``*The … inventory* (RASI): Development …``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # MDPI: a one-word italic journal before the bold year, read on as the long title
    (
        "18. Yoon, K.T.; Shin, D. A multilevel analysis of the effects of shift length and job stress on insomnia"
        " among nurses with long working hours: Focusing on the mediating effects of resilience and social support."
        " *Work* **2020**, 66, 561–568. [CrossRef]",
        {
            "title": "A multilevel analysis of the effects of shift length and job stress on insomnia among nurses with"
            " long working hours: Focusing on the mediating effects of resilience and social support",
            "container-title": "Work",
            "issued": {"date-parts": [[2020]]},
            "volume": "66",
        },
    ),
    # MDPI: a roman journal with a bracketed word before the bold year, read as the place
    (
        "3. Alvarez, P.; Ruiz, T.; Moreno, C. Outcomes of early mobilisation after hip surgery in Seville, Spain."
        " Medicine (Baltimore) **2020**, 99, e21345. [CrossRef] [PubMed]",
        {
            "title": "Outcomes of early mobilisation after hip surgery in Seville, Spain",
            "container-title": "Medicine (Baltimore)",
            "volume": "99",
            "page": "e21345",
            "publisher-place": None,
        },
    ),
    # a conversion's italics opened inside a word: the marks are no part of the journal
    (
        "Ortega, L.; Vidal, S. Validación de una escala breve de apoyo social. Rev. Iberoam. Psicoló*gica* **2016**,"
        " 3, 45–52.",
        {"container-title": "Rev. Iberoam. Psicológica", "volume": "3"},
    ),
    # APA: the italic title's acronym in brackets, then the subtitle after its colon: all the title
    (
        "Hollis, D. (2011). *The campus belonging inventory* (CBI): Construction and norms. University of Leeds.",
        {"title": "The campus belonging inventory (CBI): Construction and norms", "collection-title": None},
    ),
    # neighbours that stay: APA's italic one-word journal, MDPI's italic journal and volume, a named star
    (
        "Smith, J. (2020). Shifts in the labour market. *Work*, 12(3), 45–67. https://doi.org/10.1000/xyz",
        {"title": "Shifts in the labour market", "container-title": "Work", "volume": "12", "issue": "3"},
    ),
    (
        "Wang, L.; Zhou, Q. A review of soil carbon. *Soil Syst.* **2020**, *4*, 12.",
        {"title": "A review of soil carbon", "container-title": "Soil Syst.", "volume": "4", "page": "12"},
    ),
    (
        "Nguyen, T.; Tran, H. Drought tolerance in lowland rice varieties. Int. J. Mol. Sci. **2019**, 20, 500.",
        {
            "title": "Drought tolerance in lowland rice varieties",
            "container-title": "Int. J. Mol. Sci.",
            "volume": "20",
        },
    ),
    (
        "Park, J.; Lim, S. Night shifts and sleep among hospital porters: A survey of three wards. *Work* **2019**,"
        " 62, 101–110. [CrossRef]",
        {"title": "Night shifts and sleep among hospital porters: A survey of three wards", "container-title": "Work"},
    ),
    # a body and its town before a bold year stay the publisher and the place
    (
        "Smith, A.; Jones, B. Coastal erosion along the Algarve, Portugal. Report of the Coastal Agency, Lisbon"
        " **2015**.",
        {"container-title": None},
    ),
    (
        "Kim, J. (2019). The S* meson revisited. *Physical Review D*, 99, 014001.",
        {"title": "The S* meson revisited", "container-title": "Physical Review D"},
    ),
    (
        "Doe, J.; Roe, K. *Handbook of Coatings*, 2nd ed.; Springer: Berlin, Germany, 2008; pp. 1–10.",
        {"title": "Handbook of Coatings", "publisher": "Springer", "publisher-place": "Berlin, Germany"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc70_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
