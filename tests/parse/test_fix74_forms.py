"""Forms read the same with a link or an access date after them: the author-date book's ``Place: Publisher`` closing
the title's last sentence (``Santoso, Budi dan Wijaya, Andi. 2018. Pengantar Ekonomi. Yogyakarta: Andi Offset.
Available at: …``), its town one the list of places lacks."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ENDINGS = (" https://example.org/page", " Available at: https://example.org/page (Accessed: 3 May 2023).")

IMPRINTS_BEFORE_LINKS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hidayat, Rahmat, Santoso, Budi, dan Wijaya, Andi. 2020. Metode Penelitian. Bandung: Alfabeta.",
        {"title": "Metode Penelitian", "publisher": "Alfabeta", "publisher-place": "Bandung"},
    ),
    (
        "Santoso, Budi dan Wijaya, Andi. 2018. Pengantar Ekonomi. Yogyakarta: Andi Offset.",
        {"title": "Pengantar Ekonomi", "publisher": "Andi Offset", "publisher-place": "Yogyakarta"},
    ),
    (
        "OSCR (2022) Annual Report 2021-22. Dundee: Office of the Scottish Charity Regulator.",
        {
            "title": "Annual Report 2021-22",
            "publisher": "Office of the Scottish Charity Regulator",
            "publisher-place": "Dundee",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPRINTS_BEFORE_LINKS)
@pytest.mark.parametrize("ending", ENDINGS)
def test_imprint_before_links(text: str, expected: dict[str, Any], ending: str) -> None:
    assert_read_as(text + ending, expected)
    assert_read_as(text, expected)
