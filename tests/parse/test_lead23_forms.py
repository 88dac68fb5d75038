"""Forms typed by hand in MLA 9, Chicago, APA 7, IEEE and physics styles, each with the fields it must give: every
case was read wrong before the convention it names was taught, or guards a reading it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "MLA 9's book whose title opens with 'In' and a given name before it: not a chapter with the name as title",
        "Walker, Alice. In Love and Trouble: Stories of Black Women. Harcourt Brace Jovanovich, 1973.",
        {
            "type": "book",
            "author": [{"family": "Walker", "given": "Alice"}],
            "title": "In Love and Trouble: Stories of Black Women",
            "container-title": None,
            "publisher": "Harcourt Brace Jovanovich",
        },
    ),
    (
        "MLA 9's book whose title opens with 'In the': not a chapter with no title of its own",
        "Goodall, Jane. In the Shadow of Man. Houghton Mifflin, 1971.",
        {"type": "book", "title": "In the Shadow of Man", "publisher": "Houghton Mifflin", "container-title": None},
    ),
    (
        "MLA 9's book whose title opens with 'In': the publisher is no journal",
        "Hemingway, Ernest. In Our Time. Boni & Liveright, 1925.",
        {"type": "book", "title": "In Our Time", "publisher": "Boni & Liveright", "container-title": None},
    ),
    (
        "an MLA chapter with its own title before 'In' stays a chapter",
        'Bazin, Patrick. "Toward Metareading." In The Future of the Book, edited by Geoffrey Nunberg, U of '
        "California P, 1996, pp. 153-68.",
        {"title": "Toward Metareading", "container-title": "The Future of the Book", "page": "153-68"},
    ),
    (
        "MLA's initials then a title opening with a given name: the name runs on into the title with no mark",
        "Rowling, J. K. Harry Potter and the Sorcerer's Stone. Scholastic, 1998.",
        {
            "author": [{"family": "Rowling", "given": "J. K."}],
            "title": "Harry Potter and the Sorcerer's Stone",
            "publisher": "Scholastic",
        },
    ),
    (
        "an initial then a given name closed by its period stays the author's ('Fitzgerald, F. Scott.')",
        "Fitzgerald, F. Scott. The Great Gatsby. Scribner, 1925.",
        {"author": [{"family": "Fitzgerald", "given": "F. Scott"}], "title": "The Great Gatsby"},
    ),
    (
        "MLA's post with the account's handle alone as the author: a literal, as usernames are kept",
        '@tim_cook. "Great to be back in Beijing." Twitter, 23 Mar. 2019, '
        "twitter.com/tim_cook/status/1109224893925896192.",
        {"author": [{"literal": "@tim_cook"}], "title": "Great to be back in Beijing", "container-title": "Twitter"},
    ),
    (
        "German APA's volume in the title's bracket, '(Bd. 1)', is the volume, as English '(Vol. 1)'",
        "Habermas, J. (1981). Theorie des kommunikativen Handelns (Bd. 1). Frankfurt a. M.: Suhrkamp.",
        {"title": "Theorie des kommunikativen Handelns", "volume": "1", "publisher": "Suhrkamp"},
    ),
    (
        "German APA's edition and volume in one bracket, '(2. Aufl., Bd. 1)'",
        "Habermas, J. (1981). Theorie des kommunikativen Handelns (2. Aufl., Bd. 1). Suhrkamp.",
        {"title": "Theorie des kommunikativen Handelns", "volume": "1", "edition": "2"},
    ),
    (
        "Chicago's note with the database after the page: the words read into the pages are kept in the note",
        "4. Mara Lindqvist, *Harbour Lights* (Boston: Beacon Press, 2011), 57, EBSCOhost.",
        {"page": "57", "note": "EBSCOhost", "publisher": "Beacon Press"},
    ),
    (
        "Chicago's journal issue dated by its season keeps the season (CSL's 'season'), as APA's '(2019, Spring)' does",
        'Porter, Roger J. "Gibbon\'s Autobiography." *Eighteenth-Century Studies* 8, no. 1 (Autumn 1974): 1–26.',
        {"issued": {"date-parts": [[1974]], "season": 3}, "issue": "1", "page": "1-26"},
    ),
    (
        "APS's journal of two abbreviated words keeps its closing period",
        "[12] A. Einstein, B. Podolsky, and N. Rosen, Phys. Rev. 47, 777 (1935).",
        {"container-title": "Phys. Rev.", "volume": "47", "page": "777"},
    ),
    (
        "IEEE's abbreviated proceedings keep their closing period",
        '[7] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition," in Proc. IEEE '
        "Conf. Comput. Vis. Pattern Recognit., Las Vegas, NV, USA, 2016, pp. 770–778.",
        {"container-title": "Proc. IEEE Conf. Comput. Vis. Pattern Recognit.", "publisher-place": "Las Vegas, NV, USA"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
