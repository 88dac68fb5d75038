"""Forms of students' and analysts' reference lists met in realworld57: APA-like entries closed by ``Retrieved
from`` and a site's name with no address (``Retrieved from Kaggle``), Indonesian access notes leading to the address
through ``melalui`` (``Diakses pada 4 Oktober 2026 melalui URL``), a body's initials alone before the date with no
title (``WHO. (2024). Diakses pada … dari URL``), or with no date either (``Dicoding. Diakses pada … dari: URL``),
and an MLA-like article whose journal is a short name, a spaced colon and a name opening on ``Jurnal`` (``G-Tech :
Jurnal Teknologi Terapan``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a site named after "Retrieved from", no address: the site, no publisher
    (
        "Statista. (n.d.). Lagos Population Estimates. Retrieved from Statista",
        {"author": [{"literal": "Statista"}], "title": "Lagos Population Estimates", "container-title": "Statista",
         "publisher": None},
    ),
    (
        "African Development Bank. (2022). Ghana Economic Outlook. Retrieved from AfDB",
        {"author": [{"literal": "African Development Bank"}], "title": "Ghana Economic Outlook",
         "container-title": "AfDB", "issued": {"date-parts": [[2022]]}, "note": None},
    ),
    (
        "Reuters. (2019). Kenya cuts its growth forecast. Retrieved from The Reuters Website",
        {"title": "Kenya cuts its growth forecast", "container-title": "The Reuters Website", "publisher": None},
    ),
    # the Indonesian access note leads to the address through "melalui": nothing of it left in the site's name
    (
        "2. Petani Kode. (2021). Belajar Python: Fungsi dan Prosedur. Petani Kode Tutorial. Diakses pada 3 Maret 2024 "
        "melalui https://www.petanikode.com/python-fungsi/",
        {"title": "Belajar Python: Fungsi dan Prosedur", "container-title": "Petani Kode Tutorial",
         "accessed": {"date-parts": [[2024, 3, 3]]}, "URL": "https://www.petanikode.com/python-fungsi/"},
    ),
    # a body's initials alone before the date, nothing but the access note and address after it: the author
    (
        "3. UNICEF. (2023). Diakses pada 12 Agustus 2024 dari https://www.unicef.org/indonesia/nutrition",
        {"author": [{"literal": "UNICEF"}], "title": None, "issued": {"date-parts": [[2023]]},
         "URL": "https://www.unicef.org/indonesia/nutrition"},
    ),
    # a name, the day it was read and the address, no title: the access note is no title
    (
        "4. Niagahoster. Diakses pada 12 Maret 2024 dari: https://www.niagahoster.co.id/blog/framework-adalah",
        {"author": [{"literal": "Niagahoster"}], "title": None, "accessed": {"date-parts": [[2024, 3, 12]]},
         "URL": "https://www.niagahoster.co.id/blog/framework-adalah"},
    ),
    # a journal's short name, a spaced colon and its name opening on "Jurnal", after the article's numbers
    (
        'Putri, Ayu Lestari & Budi Santoso. "Sistem Pakar Diagnosa Penyakit Padi", vol. 5, no. 2, 2022, p. 45-52. '
        "JATI : Jurnal Mahasiswa Teknik Informatika, diakses pada 2 Mei 2024.",
        {"container-title": "JATI : Jurnal Mahasiswa Teknik Informatika", "publisher": None,
         "publisher-place": None, "volume": "5", "page": "45-52"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw79_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
