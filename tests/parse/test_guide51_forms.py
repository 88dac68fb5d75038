"""Forms the style guides' own APA 7 examples print (``guides_real22``): a DOI behind the resolver's slip
``https://doi:10.…``, a report's or a table's code alone in the brackets closing its title, a blog's site named
by its host before its name, and a title of several sentences in another language up to the bracket translating
it. A word in lower case inside the place that no town's name holds is flagged for review."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the old label in the resolver's place: the DOI, no publisher "https"
    (
        "Herbst-Damm, K. L., & Julik, J. A. (2005). Volunteer support, marital status, and the survival times of "
        "terminally ill patients. Health Psychology, 24, 225-229. https://doi:10.1037/0278-6133.24.2.225a",
        {"DOI": "10.1037/0278-6133.24.2.225a", "publisher": None, "container-title": "Health Psychology"},
    ),
    (
        "Robson, C. (2011). Real world research: A resource for users of social research methods in applied "
        "settings. Wiley-Blackwell. https://doi:10.4324/978020302905",
        {"DOI": "10.4324/978020302905", "URL": None, "publisher": "Wiley-Blackwell"},
    ),
    # a code alone in the brackets closing the title: the work's number, no part of the title
    (
        "Goode, M.R. & Mark, K. (2019). Mixtape social: Building brands for athletes and companies (9B19A012). "
        "Ivey Publishing.",
        {"title": "Mixtape social: Building brands for athletes and companies", "number": "9B19A012",
         "publisher": "Ivey Publishing"},
    ),
    (
        "Statistics Canada. (2017). Volatile organic compound levels measured in household air (13-10-0105-01) "
        "[Table]. https://doi.org/10.25318/1310010501-eng",
        {"title": "Volatile organic compound levels measured in household air", "number": "13-10-0105-01"},
    ),
    # a disease's name or a span of years in the brackets stays the title's
    (
        "Gouvernement du Québec. (2020). Back-to-school plan for education and higher education: Fall 2020 "
        "(COVID-19). https://www.quebec.ca/en/education/cegeps-and-universities/back-to-school2020-cegep-university/",
        {"title": "Back-to-school plan for education and higher education: Fall 2020 (COVID-19)", "number": None},
    ),
    # a blog's site named by its host before its name: the site, no place and publisher
    (
        "Cournoyer, D. (2019, April 4). This is sad. Alberta’s leaders’ debate remarkable for being horribly "
        "boring. daveberta.ca - Alberta Politics. https://daveberta.ca/2019/04/this-is-sad-albertas-leaders-"
        "debate-remarkable-for-being-horribly-boring",
        {"container-title": "daveberta.ca - Alberta Politics", "publisher": None, "publisher-place": None,
         "title": "This is sad. Alberta’s leaders’ debate remarkable for being horribly boring"},
    ),
    # a title of several sentences runs to the bracket translating it, sentence for sentence
    (
        "Martino, A. (2013). Le metamorfosi del Pícaro. La ricezione della picaresca nell'area di lingua tedesca "
        "(1555/1562-1753). Saggi di storia sociale e comparata della letteratura [The metamorphosis of Pícaro. The "
        "reception of picaresque literature in German speaking areas (1555/1562-1753). Essays in social and "
        "comparative history]. Serra.",
        {"title": "Le metamorfosi del Pícaro. La ricezione della picaresca nell'area di lingua tedesca "
         "(1555/1562-1753). Saggi di storia sociale e comparata della letteratura", "publisher": "Serra",
         "container-title": None},
    ),
    (
        "Martino, A. (2013). Le metamorfosi del Pícaro. La ricezione della picaresca [The metamorphosis of Pícaro. "
        "The reception of picaresque literature]. Serra.",
        {"title": "Le metamorfosi del Pícaro. La ricezione della picaresca", "publisher": "Serra"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide51_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a site's name read as a town: its words in lower case name no town; a town's particles do not count
@pytest.mark.parametrize(
    ("place", "named"),
    [
        ("Oh she glows", True),
        ("comment by authors", True),
        ("Newcastle upon Tyne", False),
        ("Frankfurt am Main", False),
        ("Dar es Salaam", False),
        ("Rio de Janeiro", False),
        ("Oxford/Wien u. a.", False),
        ("Thousand Oaks, CA", False),
    ],
)
def test_common_word_in_place_named(place: str, named: bool) -> None:
    item = {"type": "book", "title": "About", "publisher-place": place, "publisher": "Glow from the Inside out"}
    assert ("place:holds-common-word" in held_form_signals(item, "")) is named
