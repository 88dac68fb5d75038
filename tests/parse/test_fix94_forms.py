"""Forms of hand-written web lists: a firm named with its legal form after a comma, in capitals as ISO 690 sets a
body heading (``ACME, INC.``, ``EXAMPLE, LLC``) or in Czech (``Firma, s.r.o.``), kept whole as one body; an
author-date opening with no stop between the name and its year and a colon before the title (``OWASP 2021:
Title.``); a body named with a possessive or a contraction (``Let's Encrypt``), no person's given name."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a firm in capitals with its legal form after a comma: one body, its legal form kept
    (
        "[4] CANVA, INC. *Canva* [software]. Sydney: Canva, 2023 [cit. 2025-02-10]. Dostupné z: https://www.canva.com",
        {"author": [{"literal": "CANVA, INC."}], "title": "Canva"},
    ),
    (
        "[8] NETLIFY, LLC. *Netlify Docs* [online]. 2023 [cit. 2025-02-10]. Dostupné z: https://docs.netlify.com",
        {"author": [{"literal": "NETLIFY, LLC"}], "title": "Netlify Docs"},
    ),
    (
        "Seznam.cz, a.s. *Mapy.cz* [online]. Praha: Seznam.cz, 2022 [cit. 2024-05-02]. Dostupné z: https://mapy.cz",
        {"author": [{"literal": "Seznam.cz, a.s."}]},
    ),
    # a name and its bare year closed by a colon, then the title
    (
        "OWASP 2023: API Security Top 10:2023. Luettavissa: https://owasp.org/API-Security/. Luettu 4.3.2025.",
        {"author": [{"literal": "OWASP"}], "issued": {"date-parts": [[2023]]},
         "title": "API Security Top 10:2023", "container-title": None, "volume": None,
         "URL": "https://owasp.org/API-Security/", "accessed": {"date-parts": [[2025, 3, 4]]}},
    ),
    (
        "NIST 2020: Security and Privacy Controls. Saatavissa: https://csrc.nist.gov/pubs/sp/800/53/r5/. "
        "Luettu 2.2.2025.",
        {"author": [{"literal": "NIST"}], "issued": {"date-parts": [[2020]]},
         "title": "Security and Privacy Controls", "container-title": None},
    ),
    # a name opening on a contraction or a possessive is a body
    (
        "Let’s Encrypt 2023: Getting Started. Luettavissa: https://letsencrypt.org/getting-started/. Luettu 5.4.2024.",
        {"author": [{"literal": "Let’s Encrypt"}], "title": "Getting Started"},
    ),
    (
        "Tom's Hardware 2022, How to install Ubuntu on a Raspberry Pi: https://www.tomshardware.com/how-to/ubuntu-pi. "
        "Luettu 6.5.2024.",
        {"author": [{"literal": "Tom's Hardware"}], "title": "How to install Ubuntu on a Raspberry Pi"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix94_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
