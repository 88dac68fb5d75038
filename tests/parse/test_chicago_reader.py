"""The Chicago reader: author-date and bibliography entries of each type, and "not my style"."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.readers.chicago import read

CASES: list[tuple[str, dict[str, Any]]] = [
    (  # book, author-date
        "Cowlishaw, Guy, and Robin Dunbar. 2000. *Primate Conservation Biology*. Chicago: University of Chicago Press.",
        {
            "type": "book",
            "title": "Primate Conservation Biology",
            "publisher-place": "Chicago",
            "publisher": "University of Chicago Press",
            "issued": {"date-parts": [[2000]]},
        },
    ),
    (  # book, bibliography, multi-word family name, translator, edition
        "García Márquez, Gabriel. *Love in a Time*. Translated by Edith Grossman. 2nd ed. London: Cape, 1988.",
        {
            "type": "book",
            "author": [{"family": "García Márquez", "given": "Gabriel"}],
            "translator": [{"family": "Grossman", "given": "Edith"}],
            "edition": "2",
            "publisher": "Cape",
            "issued": {"date-parts": [[1988]]},
        },
    ),
    (  # editors as authors
        "Pickering, Andrew, ed. 1992. *Science as Practice and Culture*. Chicago: University of Chicago Press.",
        {"type": "book", "editor": [{"family": "Pickering", "given": "Andrew"}]},
    ),
    (  # chapter, bibliography
        'Harris, Muriel. "Talk to Me." In *A Guide*, edited by Ben Rafoth, 24–34. Portsmouth, NH: Heinemann, 2000.',
        {
            "type": "chapter",
            "title": "Talk to Me",
            "container-title": "A Guide",
            "page": "24-34",
            "editor": [{"family": "Rafoth", "given": "Ben"}],
            "publisher-place": "Portsmouth, NH",
            "issued": {"date-parts": [[2000]]},
        },
    ),
    (  # journal, author-date "12 (3): 45–67"
        'Kahneman, Daniel, and Amos Tversky. 1979. "Prospect Theory." *Econometrica* 47 (2): 263–91. '
        "https://doi.org/10.2307/1914185.",
        {
            "type": "article-journal",
            "container-title": "Econometrica",
            "volume": "47",
            "issue": "2",
            "page": "263-91",
            "DOI": "10.2307/1914185",
        },
    ),
    (  # journal, bibliography "12, no. 3 (Month Year): 45–67"
        'Granovetter, Mark S. "The Strength of Weak Ties." *Journal of Sociology* 78, no. 6 (May 1973): 1360–80.',
        {"type": "article-journal", "volume": "78", "issue": "6", "issued": {"date-parts": [[1973, 5]]}},
    ),
    (  # magazine
        'Lepore, Jill. 2011. "Dickens in Eden." *New Yorker*, August 29, 2011.',
        {"type": "article-magazine", "container-title": "New Yorker", "issued": {"date-parts": [[2011, 8, 29]]}},
    ),
    (  # thesis
        'Culcasi, Karen Leigh. "Maps of Kurdistan." Master\'s thesis, Syracuse University, 2003.',
        {"type": "thesis", "genre": "Master's thesis", "publisher": "Syracuse University"},
    ),
    (  # web page, author-date, n.d. and an access date
        'Yale University. n.d. "Yale Facts." Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.',
        {
            "type": "webpage",
            "author": [{"literal": "Yale University"}],
            "accessed": {"date-parts": [[2017, 5, 1]]},
            "URL": "https://www.yale.edu/about-yale/yale-facts",
        },
    ),
    (  # web page, bibliography: site and owner
        '"Privacy Policy." Privacy & Terms. Google. Last modified April 17, 2017. https://www.google.com/policies/privacy/.',
        {"type": "webpage", "container-title": "Privacy & Terms", "publisher": "Google"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chicago_forms(text: str, expected: dict[str, Any]) -> None:
    reading = read(text)
    assert reading is not None and reading.reader == "chicago"
    assert reading.confidence >= 0.9 and not reading.misread
    for key, value in expected.items():
        assert reading.item.get(key) == value, key
    if "issued" not in expected and "n.d." in text:
        assert "issued" not in reading.item


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2020). Title. *Journal*, *12*(3), 45-67. https://doi.org/10.1000/x",  # APA
        "J. Smith, \u201cA title,\u201d IEEE Trans. Things, vol. 12, no. 3, pp. 45\u201367, 2020.",  # IEEE
        "Smith, John. \u201cA Title.\u201d Journal of Things, vol. 12, no. 3, 2020, pp. 45-67.",  # MLA
        "Smith JA, Jones B. A title. J Things. 2002;12(3):45-67.",  # Vancouver
        "Catherine Havasi, Robert Speer, and Jason Alonso. *ConceptNet 3*. Recent Advances, 2007.",
    ],
)
def test_not_my_style(text: str) -> None:
    assert read(text) is None


def test_second_author_without_comma() -> None:
    reading = read("Dearth, M. A. and R. A. Hites. 1991. Complete Analysis. *Environmental Science* 25: 245–54.")
    assert reading is not None
    assert [n["family"] for n in reading.item["author"]] == ["Dearth", "Hites"]


def test_title_and_subtitle_are_no_place_and_publisher() -> None:
    # a colon inside a container's name: the reader finds no Chicago form and declines
    assert read('Taylor, J. 2010. "Étude." Statistiques sociales : interaction entre recensements. Ottawa.') is None


def test_chooser_takes_the_chicago_reading() -> None:
    item = parse_reference("García Márquez, Gabriel. *Cien años de soledad*. Buenos Aires: Sudamericana, 1967.")
    assert item["author"] == [{"family": "García Márquez", "given": "Gabriel"}]
    assert item["publisher-place"] == "Buenos Aires" and item["publisher"] == "Sudamericana"
    assert item["custom"]["biblio"]["reader"] == "chicago"


def test_volume_of_two_years_in_brackets_is_the_date() -> None:
    found = read("Johnson, Richard. “What Is Cultural Studies Anyway?” Social Text 16 (1986–87): 36–80.")
    assert found is not None
    item = found.item
    assert item["issued"] == {"date-parts": [[1986]]}
    assert item["volume"] == "16" and "issue" not in item


def test_chapter_with_a_publisher_and_no_place() -> None:
    found = read(
        "Defilippis, James, and James C Fraser. 2010. “Why Do We Want Mixed- Income Housing and Neighborhoods.” "
        "In Critical Urban Studies: New Directions, 135–46. State University of New York Press."
    )
    assert found is not None
    item = found.item
    assert item["type"] == "chapter"
    assert item["publisher"] == "State University of New York Press"
    assert "archive" not in item
