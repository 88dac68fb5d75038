"""European humanities forms: Turkish web pages' access date ("Geliş tarihi … (URL)")."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Yılmaz, A. (2021). Osmanlı tarihi. Türk Tarih Kurumu. Geliş tarihi 3 Mart 2021. https://www.ttk.gov.tr/osmanli",
        {
            "title": "Osmanlı tarihi",
            "accessed": {"date-parts": [[2021, 3, 3]]},
            "URL": "https://www.ttk.gov.tr/osmanli",
        },
    ),
    (
        "Kaya, Mehmet. 2019. “Ankara'nın hanları”. Kültür Portalı. Geliş tarihi 14 Şubat 2022 "
        "(https://www.kulturportali.gov.tr/hanlar).",
        {
            "container-title": "Kültür Portalı",
            "accessed": {"date-parts": [[2022, 2, 14]]},
            "URL": "https://www.kulturportali.gov.tr/hanlar",
        },
    ),
    (
        "Öz, Ayşe. 2021. “Kapadokya”. Türkiye Kültür Portalı. Geliş tarihi 2 Haziran 2023 "
        "(https://www.kulturportali.gov.tr/kapadokya).",
        {"container-title": "Türkiye Kültür Portalı", "accessed": {"date-parts": [[2023, 6, 2]]}},
    ),
    (
        "Aksoy, Mehmet. 2018. “Bursa'nın tarihi camileri”. Bursa Ansiklopedisi. Geliş tarihi 22 Ekim 2023 "
        "(https://www.bursa.gov.tr/camiler).",
        {
            "title": "Bursa'nın tarihi camileri",
            "accessed": {"date-parts": [[2023, 10, 22]]},
            "URL": "https://www.bursa.gov.tr/camiler",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix51_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
