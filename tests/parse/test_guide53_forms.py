"""Forms the style guides' own Chicago and Turabian examples print (``guides_real24``): a short note whose plain
title of two words or more no given name opens (``Paul, Unlikely Allies, 264.``), the page after a periodical's day
(``Variety, 24 September 1986, 74.``), a closing sentence on where the work first appeared (``… 1968. Originally
published in Harper's, (November 1934).``), a note's editor and role before the edited book (``Ann Kowalski, ed.,
Bees in Cities (Toronto: …), 14.``), a reviewer before ``review of`` and a periodical closing on ``Supplement``,
and a body's units after its name (``American Library Association, Young Adult
Services Division, Services Statement Development Committee.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a short note: the surname, the title shortened (no italics), the page cited
    (
        "2. Paul, Unlikely Allies, 264.",
        {"author": [{"family": "Paul"}], "title": "Unlikely Allies", "page": "264"},
    ),
    (
        "4. Off, Bitter Chocolate, 12-13.",
        {"author": [{"family": "Off"}], "title": "Bitter Chocolate", "page": "12-13"},
    ),
    (
        "7. Presnell and Rampolla, Information Literate Historian, 105.",
        {"author": [{"family": "Presnell"}, {"family": "Rampolla"}], "title": "Information Literate Historian",
         "page": "105"},
    ),
    # a magazine dated to the day: the number closing the entry is the page
    (
        'Savalis, Telly. "Crime Story." Variety, 24 September 1986, 74.',
        {"container-title": "Variety", "issued": {"date-parts": [[1986, 9, 24]]}, "page": "74", "volume": None},
    ),
    (
        "Savalis, T. Crime story. Variety, 24 September 1986, 74.",
        {"container-title": "Variety", "page": "74", "volume": None},
    ),
    (
        "Lopez, Ana. “Night Shift.” Harper’s, March 4, 1995, 112.",
        {"container-title": "Harper’s", "issued": {"date-parts": [[1995, 3, 4]]}, "page": "112", "volume": None},
    ),
    # where the work first appeared, after the imprint: a note, the imprint kept
    (
        'Adamic, Louis. "Louis Adamic: New Americans." In Annals of America. Vol. 15. Chicago: Encyclopaedia '
        "Britannica, 1968. Originally published in Harper's, (November 1934).",
        {"publisher": "Encyclopaedia Britannica", "publisher-place": "Chicago", "issued": {"date-parts": [[1968]]},
         "volume": "15"},
    ),
    (
        "Smith, John. The Book. London: Penguin, 2001. Originally published as Le Livre (Paris: Gallimard, 1990).",
        {"title": "The Book", "publisher": "Penguin", "publisher-place": "London",
         "issued": {"date-parts": [[2001]]}},
    ),
    # a note's editor and the role before an edited book: the book is the title, the role no part of it
    (
        "8. Ann Kowalski, ed., Bees in Cities (Toronto: Hive Press, 2016), 14.",
        {"editor": [{"family": "Kowalski", "given": "Ann"}], "title": "Bees in Cities", "page": "14"},
    ),
    (
        "2. Amy Smith, ed., Bees in Cities (Wellington: Kowhai Press, 2016), 78.",
        {"editor": [{"family": "Smith", "given": "Amy"}], "title": "Bees in Cities", "container-title": None,
         "page": "78"},
    ),
    # a note citing a review: the reviewer opens it; "Supplement" closes the periodical's name
    (
        "6. Tom Ford, review of The Long Road, by Ann Smith, New York Times, May 5, 2017.",
        {"author": [{"family": "Ford", "given": "Tom"}], "title": "review of The Long Road, by Ann Smith",
         "container-title": "New York Times"},
    ),
    (
        "Ford, Tom. Review of The Long Road, by Ann Smith. Times Literary Supplement, May 5, 2017.",
        {"title": "Review of The Long Road, by Ann Smith", "container-title": "Times Literary Supplement",
         "note": None},
    ),
    # a body, its division and the division's committee: one group author
    (
        "American Library Association, Young Adult Services Division, Services Statement Development Committee. "
        "Directions for Library Service to Young Adults. Chicago: American Library Association, 1978.",
        {"author": [{"literal": "American Library Association, Young Adult Services Division, Services Statement "
                    "Development Committee"}], "title": "Directions for Library Service to Young Adults"},
    ),
    (
        "Bristol City Council, Planning Department. Local Plan. Bristol: BCC, 2010.",
        {"author": [{"literal": "Bristol City Council, Planning Department"}], "title": "Local Plan"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide53_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a name with given names the lexicon knows, then a number: no short note's title
@pytest.mark.parametrize("text", ["Smith, Mary Ellen, 12.", "Brown, John Henry, 23."])
def test_given_names_then_number_are_no_short_note(text: str) -> None:
    assert_read_as(text, {"title": None})
