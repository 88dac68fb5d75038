"""Forms of style-guide examples: an APA podcast episode whose number's bracket follows the title's full stop
(``Title. (No. 18) [Audio podcast episode].``), the title without its number and kind; a Chicago book read in an
e-book collection or a publisher's platform named after the imprint (``…, 2013. EBSCO eBook Collection.``,
``SpringerLink.``), the archive, not a second publisher; a Chicago class lecture (``Class lecture, College, Place,
Date.``, ``Class lecture at College, …``) and the course named in a sentence before it, the event."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA: the episode's number set after the title's full stop, then the kind of work
    (
        "Marsh, K., & Ode, L. (Hosts). (2019, May 3). Tides of the north sea. (No. 41) [Audio podcast episode]."
        " In Coastal Hours. Harbour Radio. https://example.org/coastal/41",
        {"title": "Tides of the north sea", "container-title": "Coastal Hours", "publisher": "Harbour Radio"},
    ),
    (
        "Ibarra, T. (Host). (2021, March 9). Salt and silver. (Episode 12) [Audio podcast episode]. In Mine Talk."
        " Ridge Media.",
        {"title": "Salt and silver", "container-title": "Mine Talk"},
    ),
    # the same with a volume's or a season's bracket before the kind of work
    (
        "Lee, M. (2018). The long river. (Vol. 2) [E-book]. Lantern Books.",
        {"title": "The long river", "volume": "2", "publisher": "Lantern Books"},
    ),
    (
        "Baker, T. (Executive Producer). (2010-2014). Harbor lights. (Season 1) [TV series]. Blue Films.",
        {"title": "Harbor lights", "publisher": "Blue Films"},
    ),
    # neighbours: the number inside the title's sentence, and a report's number after its full stop, unchanged
    (
        "Marsh, K. (Host). (2019, May 3). Tides of the north sea (No. 41) [Audio podcast episode]. In Coastal Hours."
        " Harbour Radio.",
        {"title": "Tides of the north sea", "container-title": "Coastal Hours"},
    ),
    (
        "Norland Water Board. (2018). Annual water quality summary. (Report No. 7). Norland Water Board.",
        {"title": "Annual water quality summary", "number": "7"},
    ),
    # Chicago: an e-book collection or a platform after the year is where the copy was read
    (
        "Halvorsen, Greta, and Omar Diallo. River Towns: Trade and Memory. Albany: State University of New York"
        " Press, 2014. EBSCO eBook Collection.",
        {"publisher": "State University of New York Press", "archive": "EBSCO eBook Collection"},
    ),
    (
        "Varga, Lena. Engines of the Plain. New York: Palgrave Macmillan, 2017. SpringerLink.",
        {"publisher": "Palgrave Macmillan", "archive": "SpringerLink"},
    ),
    # neighbours: a database already known, and a publisher named like no database, unchanged
    (
        "Varga, Lena. Engines of the Plain. New York: Palgrave Macmillan, 2017. ProQuest Ebook Central.",
        {"publisher": "Palgrave Macmillan", "archive": "ProQuest Ebook Central"},
    ),
    (
        "Varga, Lena. Engines of the Plain. New York: Palgrave Macmillan, 2017.",
        {"publisher": "Palgrave Macmillan", "archive": None},
    ),
    # Chicago: a class lecture, its host, place and date
    (
        "Brandt, Olive. \"Rivers and Empire.\" Class lecture, Harwick College, Dover, DE, March 4, 2021.",
        {"type": "speech", "genre": "Class lecture", "publisher": "Harwick College", "container-title": None},
    ),
    (
        "Brandt, Olive. \"Rivers and Empire.\" History 210: The Atlantic World. Class lecture at Harwick College,"
        " Dover, DE, March 4, 2021.",
        {
            "type": "speech",
            "event-title": "History 210: The Atlantic World",
            "publisher": "Harwick College",
            "publisher-place": "Dover, DE",
            "container-title": None,
        },
    ),
    (
        "Brandt, Olive. 2021. \"Rivers and Empire.\" Lecture at the Harwick Historical Society, Dover, DE,"
        " March 4, 2021.",
        {"type": "speech", "publisher": "Harwick Historical Society", "issued": {"date-parts": [[2021, 3, 4]]}},
    ),
    # neighbours: a talk named by its kind and a comma, and a journal after the title, unchanged
    (
        "Brandt, Olive. \"Rivers and Empire.\" Lecture, Harwick College, Dover, DE, March 4, 2021.",
        {"type": "speech", "genre": "Lecture", "publisher": "Harwick College"},
    ),
    (
        "Brandt, Olive. \"Rivers and Empire.\" Atlantic History Review 12, no. 2 (2021): 33-50.",
        {"container-title": "Atlantic History Review", "volume": "12", "issue": "2", "event-title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide69_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
