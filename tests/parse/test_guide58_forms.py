"""Forms of style guides' Chicago notes and APA 7 entries (round guide58, set ``guides_real29``): a note's book
read as its editors when no role word names any, the book's last word or the edition read into the editors, a
``volume:page`` locator after the imprint, an e-book's platform after or before the page, a firm's ``and Co.``
read as a town, a group author with no full stop before its date."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        '4. William Johnston, "From Prostitute on the Lam to Mistress," in Geisha, Harlot, Strangler, Star: A Woman, '
        "Sex, and Morality in Modern Japan (New York: Columbia University Press, 2005), 76.",
        {
            "container-title": "Geisha, Harlot, Strangler, Star: A Woman, Sex, and Morality in Modern Japan",
            "editor": None,
            "page": "76",
        },
    ),
    (
        '2. Ann Lee, "Rivers," in Water, Stone, and Light in the Old World (Boston: Beacon Press, 2011), 14.',
        {"container-title": "Water, Stone, and Light in the Old World", "editor": None, "page": "14"},
    ),
    (
        'Johnny Belknap, "Building Blocks: Image" in Graphic Design for Everyone, ed. Cath Caldwell (New York: '
        "Penguin Random House, 2019), 93.",
        {"container-title": "Graphic Design for Everyone", "editor": [{"family": "Caldwell", "given": "Cath"}]},
    ),
    (
        '3. Jane Smith, "A Chapter," in The Big Book, 2nd ed., ed. John Doe (New York: Knopf, 1990), 2:45.',
        {
            "container-title": "The Big Book",
            "edition": "2",
            "editor": [{"family": "Doe", "given": "John"}],
            "volume": "2",
            "page": "45",
        },
    ),
    (
        '2. Jane Smith, "A Chapter," in The Big Book, ed. John Doe (New York: Knopf, 1990), 2:45.',
        {"volume": "2", "page": "45"},
    ),
    (
        '5. Lawrence Busch and Diana Stuart, "Agricultural Sciences and Technology," in International Encyclopedia '
        "of the Social and Behavioral Sciences, 2nd ed., ed. James D. Wright (Amsterdam: Elsevier, 2015), 1:472.",
        {
            "issued": {"date-parts": [[2015]]},
            "volume": "1",
            "page": "472",
            "publisher-place": "Amsterdam",
            "edition": "2",
        },
    ),
    (
        "2. Judy Dodge Cummings, The Civil War: The Struggle That Divided America (White River Junction, VT: Nomad "
        "Press, 2017), 23, EBSCOhost.",
        {"page": "23", "issued": {"date-parts": [[2017]]}},
    ),
    (
        "1. Hal Hellman, Great Feuds in Science: Ten of the Liveliest Disputes Ever (New York: John Wiley, 1998), "
        "Net Library e-book, 52.",
        {"title": "Great Feuds in Science: Ten of the Liveliest Disputes Ever", "page": "52"},
    ),
    (
        "Christian, B., & Griffiths, T. (2016). Algorithms to live by: The computer science of human decisions. Henry "
        "Holt and Co. http://bit.ly/2G0BpbI",
        {"type": "book", "publisher": "Henry Holt and Co", "publisher-place": None, "container-title": None},
    ),
    (
        "Dynamed (2022, June 28). Diabetes mellitus type 2 in children and adolescents. EBSCO. Retrieved October 21, "
        "2022 from www.dynamed.com",
        {"author": [{"family": "Dynamed"}], "title": "Diabetes mellitus type 2 in children and adolescents"},
    ),
    (
        "Hanstedt, Paul. “This is Your Brain on Writing.” Presentation at the Annual Convention of the Conference on "
        "College Composition and Communication, San Francisco, CA, March 11-14, 2009.",
        {
            "type": "paper-conference",
            "container-title": None,
            "publisher-place": None,
            "event-place": "San Francisco, CA",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide58_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
