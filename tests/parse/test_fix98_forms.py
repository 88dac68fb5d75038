"""Forms of hand-written web lists and bibliographies: a title-first page with no date and its site or body after
the title's full stop, then the address with or without its label (``Title. Site Academy. Luettavissa: URL. Luettu
date.``, ``Available at:``, ``Retrieved from``), the site its container and a body its publisher; ISO 690's
``Site [online]. Place, Country: Publisher, Year`` with the country in the place; Elsevier's two houses before the
town (``Wiley, Blackwell, Chichester``); a body's name then its book's title read as one name (``Body Network.
Title. 11th ed.``); Vancouver's one-word foreign title and its translation (``Maslach C. Wypalenie [Burnout]. In:
…``), no family name with its other spelling, and the book after the ``In:`` editors read as a publisher; an access
date with a two-digit year in the dotted form (``[viitattu 2.3.24]``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a page's title, then the site whose name the address's host spells
    (
        "Server-side request forgery. Portswigger Academy. Luettavissa: https://portswigger.net/web-security/ssrf. "
        "Luettu 12.10.2025.",
        {"author": None, "title": "Server-side request forgery", "container-title": "Portswigger Academy",
         "publisher": None, "URL": "https://portswigger.net/web-security/ssrf",
         "accessed": {"date-parts": [[2025, 10, 12]]}},
    ),
    (
        "Command injection in practice (OS). Portswigger Academy. "
        "https://portswigger.net/web-security/os-command-injection. Luettu 2.9.2025.",
        {"author": None, "title": "Command injection in practice (OS)", "container-title": "Portswigger Academy"},
    ),
    (
        "Working with the History API. MDN Web Docs. Available at: "
        "https://developer.mozilla.org/en-US/docs/Web/API/History_API (Accessed: 9 June 2024).",
        {"author": None, "title": "Working with the History API", "container-title": "MDN Web Docs"},
    ),
    # a body's name after the title, read with it as one span: the body publishes the page
    (
        "Broken access control explained. OWASP Foundation. Available at: https://owasp.org/Top10/A01/. "
        "Accessed 2 March 2024.",
        {"author": None, "title": "Broken access control explained", "publisher": "OWASP Foundation"},
    ),
    # ISO 690 online: the place with its country after a comma, then the publisher
    (
        "[3] How TLS handshakes work. In: Server Fault [online]. New York, USA: Stack Exchange, 2020 "
        "[cit. 2021-03-02]. Dostupné z: https://serverfault.com/q/12",
        {"container-title": "Server Fault", "publisher-place": "New York, USA", "publisher": "Stack Exchange",
         "issued": {"date-parts": [[2020]]}},
    ),
    (
        "[5] Ten things to know about WPA3 security. In: PC World [online]. Boston, USA: PCW Communications, 2019 "
        "[cit. 2020-01-15]. Dostupné z: https://www.pcworld.com/article/1",
        {"container-title": "PC World", "publisher-place": "Boston, USA", "publisher": "PCW Communications"},
    ),
    # two houses' names before the town
    (
        "Brown, A., Green, B., 2015. Coping at work. In: White, C. (Ed.), Handbook of Occupational Health. Wiley, "
        "Blackwell, Oxford, pp. 45–67.",
        {"publisher": "Wiley, Blackwell", "publisher-place": "Oxford", "page": "45-67"},
    ),
    # a body's name, then its book's title, both read as the body
    (
        "NEJM Group. NEJM Style Guide. 2nd ed. Boston: Massachusetts Medical Society, 2021.",
        {"author": [{"literal": "NEJM Group"}], "title": "NEJM Style Guide", "edition": "2"},
    ),
    (
        "JAMA Network. AMA Manual of Style. 10th ed. Oxford: Oxford University Press, 2007.",
        {"author": [{"literal": "JAMA Network"}], "title": "AMA Manual of Style", "edition": "10"},
    ),
    # Vancouver: a one-word title in another language and its translation, in a book after "In:" and its editors
    (
        "[13] Maslach C. Wypalenie [Burnout]. In: Nowak J, Lis M, Fiske ST, et al. editors. Psychologia Pracy. "
        "Encyklopedia Szkolna. Kraków: Wydawnictwo Naukowe; 2004. p. 210–214.",
        {"title": "Wypalenie"},
    ),
    (
        "[5] Schaufeli W. Zaangażowanie [Engagement]. In: Manstead ASR, Hewstone M, Fiske ST, et al. editors. "
        "Psychologia Społeczna. Encyklopedia Blackwella. Warszawa: Jacek Santorski & Co Wydawnictwo; 1996. "
        "p. 730–733.",
        {"type": "chapter", "title": "Zaangażowanie",
         "container-title": "Psychologia Społeczna. Encyklopedia Blackwella",
         "publisher": "Jacek Santorski & Co Wydawnictwo", "publisher-place": "Warszawa"},
    ),
    # an access date's year in two digits, day first with dots
    (
        "[2]. Wikipedia, Minimax, [viitattu 2.3.24] Saatavissa: https://fi.wikipedia.org/wiki/Minimax",
        {"accessed": {"date-parts": [[2024, 3, 2]]}, "URL": "https://fi.wikipedia.org/wiki/Minimax"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix98_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
