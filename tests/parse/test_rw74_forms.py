"""Forms of hand-written reference lists met in realworld52: Finnish course reports' ``Lähteet`` with the address
announced by ``Saatavissa:`` or ``Luettavissa:`` and the access date by ``Luettu``, ``Viitattu`` or ``Katsottu``
(``Luettu: 03.09.2025.``, ``Luettu 2.10.2024.``), the kind of source in a sentence of its own beside the title
(``2018. Artikkeli. _Title_``, ``_Title?_ Keskustelufoorumi.``); Czech ISO 690's program with its bracketed
medium and version after the title (``*WordPress* [software]. Verze 6.x.``) and the bracketed unknown place
``[b.m.]:`` before the publisher."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the address announced, the access date after it with its day and month unpadded
    (
        "Laine, M. 2019. Backups with rsync. Saatavissa: https://example.fi/2019/rsync-backups/. Luettu 4.11.2023.",
        {"author": [{"family": "Laine", "given": "M."}], "issued": {"date-parts": [[2019]]},
         "title": "Backups with rsync", "URL": "https://example.fi/2019/rsync-backups/",
         "accessed": {"date-parts": [[2023, 11, 4]]}, "publisher": None, "container-title": None},
    ),
    (
        "Nieminen, K. 2021, Firewall basics. Luettavissa: https://example.fi/firewall/. Viitattu 12.1.2024.",
        {"author": [{"family": "Nieminen", "given": "K."}], "issued": {"date-parts": [[2021]]},
         "title": "Firewall basics", "URL": "https://example.fi/firewall/",
         "accessed": {"date-parts": [[2024, 1, 12]]}, "publisher": None},
    ),
    # the kind of source before the italic title; the access word with its colon after the bare address
    (
        "Virtanen, A. 2020. Artikkeli. _Setting up nginx on Debian_ Luettavissa: https://example.fi/nginx-debian/ "
        "Luettu: 07.03.2024.",
        {"author": [{"family": "Virtanen", "given": "A."}], "issued": {"date-parts": [[2020]]},
         "title": "Setting up nginx on Debian", "container-title": None, "URL": "https://example.fi/nginx-debian/",
         "accessed": {"date-parts": [[2024, 3, 7]]}},
    ),
    (
        "Ubuntu Forums. 2016. Keskustelufoorumi. _How can I change the hostname?_ Luettavissa: "
        "https://example.org/t/hostname/ Luettu: 15.02.2024.",
        {"author": [{"literal": "Ubuntu Forums"}], "issued": {"date-parts": [[2016]]},
         "title": "How can I change the hostname?", "URL": "https://example.org/t/hostname/"},
    ),
    # the kind after the title
    (
        "Server Fault. 2015. _Why does cron not run my script?_ Keskustelufoorumi. Luettavissa: "
        "https://example.com/questions/123/ Luettu 02.02.2024.",
        {"author": [{"literal": "Server Fault"}], "title": "Why does cron not run my script?",
         "publisher": None, "URL": "https://example.com/questions/123/"},
    ),
    # ISO 690's program: its medium and its version after the title, a bracketed unknown place before the firm
    (
        "[3] YOU, Evan. *Vite* [software]. Verze 5.2. [b.m.]: VoidZero, 2024 [cit. 2025-01-15]. Dostupné z: "
        "https://vite.dev",
        {"title": "Vite", "publisher": "VoidZero", "publisher-place": None, "issued": {"date-parts": [[2024]]},
         "URL": "https://vite.dev"},
    ),
    (
        "[5] MOZILLA FOUNDATION. *Firefox* [software]. Verze 128. Mountain View (CA): Mozilla Foundation, 2024 "
        "[cit. 2025-01-15]. Dostupné z: https://www.mozilla.org/firefox/",
        {"author": [{"literal": "MOZILLA FOUNDATION"}], "title": "Firefox", "publisher-place": "Mountain View (CA)",
         "publisher": "Mozilla Foundation"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw74_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
