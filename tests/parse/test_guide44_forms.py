"""Forms the style guides' own APA 7 and Chicago examples print (``guides_real16``): a post's audiovisual
bracket closed by its own full stop before the post's kind, an agency's letters before a lowercase ``no.`` and its
document number, and Chicago's thesis from a university named with its campus."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA 10.15: "[Video attached]." then "[Tweet]": both brackets are descriptions, no part of the post's words
    (
        "Paddington [@paddingtonbear]. (2019, November 13). I wonder how many times I can say 'please' and 'thank "
        "you' today. #WorldKindnessDay [Video attached]. [Tweet]. Twitter.",
        {"title": "I wonder how many times I can say 'please' and 'thank you' today. #WorldKindnessDay",
         "container-title": "Twitter"},
    ),
    (
        "Harbour Trust [@harbourtrust]. (2021, May 2). Ferry timetables change from Monday. [Image attached]. "
        "[Post]. X. https://x.com/harbourtrust/status/1",
        {"title": "Ferry timetables change from Monday", "container-title": "X"},
    ),
    # APA 10.4: an agency's letters and a lowercase "no." before the document's number, nothing after it
    (
        "Commonwealth Department of Education, Science and Training. (2002). Striving for quality: Learning, "
        "teaching and scholarship (DEST no. 6891.HERC02A).",
        {"title": "Striving for quality: Learning, teaching and scholarship", "number": "6891.HERC02A",
         "container-title": None, "issue": None},
    ),
    (
        "Department of Health. (2010). Guidelines for rural clinics (DOH no. 2010-14). Department of Health.",
        {"title": "Guidelines for rural clinics", "number": "2010-14", "issue": None},
    ),
    # Chicago 14.113: "PhD diss., School, Year": a university named with its campus is one school, no place
    (
        "Navarro-Garcia, Guadalupe. \"Integrating Social Justice Values in Educational Leadership: A Study of "
        "African American and Black University Presidents.\" PhD diss., University of California, Los Angeles, "
        "2016. ProQuest Dissertations and Theses Global.",
        {"publisher": "University of California, Los Angeles", "publisher-place": None, "genre": "PhD diss."},
    ),
    (
        "Moreno, Elisa. \"Water Rights in the Rio Grande Valley, 1848–1912.\" PhD diss., University of Texas, "
        "Austin, 2011.",
        {"publisher": "University of Texas, Austin", "publisher-place": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, (var, item.get(var))
