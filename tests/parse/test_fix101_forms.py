"""Forms of hand-written lists: APA's opening with a bracketed social-media account between the names and an
undated bracket (``Name, A. B. [@account]. (s/f).``, ``Name [@account]. (n.d.).``), read by APA's rules; ISO 690's
item online by an author, its title before ``[online]`` and the publisher after it (``SURNAME, Given. Title
[online]. Publisher, 2024 [cit. …]``), and the same with the brackets lost in a converted copy (``Title online.
Publisher, 2024 cit. 15.5.2025. Dostupné z: URL``); a body's acronym and ``Report`` before the report's number after
the title (``CPS Report R45.``), the report's series and number rather than a journal and its volume; a meeting's
town and its country spelt out (``Bristol, United Kingdom.``) closing a reference, the place, no publisher; a
letter's description after its quoted title (``'Title', letter to headteachers, 13 July.``), its genre, no
container."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a channel's account between the names and a Spanish undated bracket
    (
        "Ortega, M. P. [@mp.ortega21]. (s/f). Cómo instalar Docker en Ubuntu. YouTube. Recuperado de "
        "https://www.youtube.com/watch?v=Xy12ab",
        {"author": [{"family": "Ortega", "given": "M. P."}], "title": "Cómo instalar Docker en Ubuntu",
         "container-title": "YouTube", "issued": None, "URL": "https://www.youtube.com/watch?v=Xy12ab"},
    ),
    # one name (a channel) with its account, English no-date
    (
        "Techbyte [@techbyte_io]. (n.d.). Writing a lexer by hand. YouTube. https://www.youtube.com/watch?v=Lex01",
        {"author": [{"literal": "Techbyte"}], "title": "Writing a lexer by hand", "container-title": "YouTube",
         "issued": None},
    ),    # ISO 690 by a named author: the words before "[online]" are the item's title, the body after it its publisher
    (
        "HOLUB, Tomáš. Měření teploty termočlánky [online]. Ústav fyziky plazmatu, 2023 [cit. 2025-03-02]. "
        "Dostupné z: https://www.ipp.cas.cz/mereni.pdf",
        {"author": [{"family": "HOLUB", "given": "Tomáš"}], "title": "Měření teploty termočlánky",
         "container-title": None, "publisher": "Ústav fyziky plazmatu", "issued": {"date-parts": [[2023]]},
         "accessed": {"date-parts": [[2025, 3, 2]]}},
    ),
    # the same with its brackets lost: "online." and the bare "cit." date
    (
        "HOLUB, Tomáš. Měření teploty termočlánky online. Ústav fyziky plazmatu, 2023 cit. 2.3.2025. "
        "Dostupné z: https://www.ipp.cas.cz/mereni.pdf",
        {"author": [{"family": "HOLUB", "given": "Tomáš"}], "title": "Měření teploty termočlánky",
         "publisher": "Ústav fyziky plazmatu", "issued": {"date-parts": [[2023]]},
         "accessed": {"date-parts": [[2025, 3, 2]]}, "URL": "https://www.ipp.cas.cz/mereni.pdf"},
    ),    # a think-tank's report series, its acronym before "Report", then a lettered number
    (
        "Centre for Cities (2022) Levelling up the high street. CFC Report R31. London: Centre for Cities.",
        {"title": "Levelling up the high street", "container-title": None, "volume": None,
         "collection-title": "CFC Report", "number": "R31", "publisher": "Centre for Cities"},
    ),
    # "Report" with no body's acronym before it names no series
    (
        "Hale, R. (2021) Rivers in decline. Field Report 12. Leeds: River Trust.",
        {"collection-title": None, "number": None},
    ),    # a paper in proceedings closed by the meeting's town and its country in full
    (
        "Reyes, Ana, and Tom Hill. 2019. “Mapping Kerbs from Street Imagery.” In *Proceedings of the Urban Data "
        "Workshop*. Bristol, United Kingdom.",
        {"publisher-place": "Bristol, United Kingdom", "publisher": None},
    ),
    (
        "Lee, Kim. 2018. “Routing on Sidewalks.” In *Proceedings of GeoComp*. Austin, United States.",
        {"publisher-place": "Austin, United States", "publisher": None},
    ),    # a ministry's letter: its description after the quoted title, then the day
    (
        "Department for Transport (2024) 'Bus service improvement funding', letter to transport authorities, 9 May.",
        {"title": "Bus service improvement funding", "container-title": None,
         "genre": "letter to transport authorities", "issued": {"date-parts": [[2024, 5, 9]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
