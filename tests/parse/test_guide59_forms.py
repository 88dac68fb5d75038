"""Forms of style guides' Chicago notes and APA 7 entries (round guide59, set ``guides_real30``): a short note
whose shortened title is one word, Chicago's blog comment ``comment on "Post"``, an APA work cited title first
whose title closes on a reference work's kind in lower case, an edition in brackets named by more words than its
ordinal; a lecture's ``Lecture notes`` read as a container is flagged for review."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    ("2. Ferrer, Cuba, 440–41.", {"author": [{"family": "Ferrer"}], "title": "Cuba", "page": "440-41"}),
    ("Okafor, Lagos, 12.", {"author": [{"family": "Okafor"}], "title": "Lagos", "page": "12"}),
    (
        '2. Chris Hutt, comment on "Residents\' Parking - A Way Forward?," Green Bristol Blog, February 22, 2010, '
        "http://greenbristolblog.blogspot.com/2010/02/residents-parking-way-forward.html.",
        {"title": "Residents' Parking - A Way Forward?", "container-title": "Green Bristol Blog"},
    ),
    (
        'Hutt, Chris, comment on "Residents\' Parking - A Way Forward?" Green Bristol Blog. February 22, 2010. '
        "http://greenbristolblog.blogspot.com/2010/02/residents-parking-way-forward.html.",
        {"title": "Residents' Parking - A Way Forward?", "author": [{"family": "Hutt", "given": "Chris"}]},
    ),
    (
        "Collins COBUILD advanced dictionary. (2009). Heinle Cengage Learning.",
        {"author": None, "title": "Collins COBUILD advanced dictionary", "publisher": "Heinle Cengage Learning"},
    ),
    (
        "Oxford concise medical dictionary. (2020). Oxford University Press.",
        {"author": None, "title": "Oxford concise medical dictionary", "publisher": "Oxford University Press"},
    ),
    (
        "Covey, S. R. (2020). The 7 habits of highly effective people: Powerful lessons in personal change (30th "
        "anniversary revised and updated edition). Simon & Schuster.",
        {
            "title": "The 7 habits of highly effective people: Powerful lessons in personal change",
            "edition": "30",
            "publisher": "Simon & Schuster",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide59_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_lecture_notes_read_as_genre_and_host() -> None:
    # (held and flagged once, the notes read as the container; now read as a lecture's)
    text = (
        'Parsons, Tim. "How to write good references." Lecture notes, MA Drama, University of the West of England, '
        "October 2010."
    )
    assert_read_as(
        text,
        {"genre": "Lecture notes", "publisher": "University of the West of England", "container-title": None},
    )
