"""APA 7 forms of the library guides' examples, typed by hand, each with the fields it must give."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an agency's code whose numbers a letter group parts is the report's number, not the title's",
        "Office of Water. (2019). *Drinking water guidance for small systems* (EPA 816-B-19-004). "
        "U.S. Environmental Protection Agency.",
        {"title": "Drinking water guidance for small systems", "number": "EPA 816-B-19-004",
         "publisher": "U.S. Environmental Protection Agency"},
    ),
    (
        "a body's name joined by '&' with no comma about it is one body, not two",
        "Bill & Melinda Gates Foundation. (2019). *Annual letter 2019*. https://www.gatesfoundation.org/",
        {"author": [{"literal": "Bill & Melinda Gates Foundation"}], "title": "Annual letter 2019"},
    ),
    (
        "a research centre's name with '&' before a data set is one body",
        "Pew Internet & American Life Project. (2014). *Teens and technology survey* [Data set].",
        {"author": [{"literal": "Pew Internet & American Life Project"}], "title": "Teens and technology survey"},
    ),
    (
        "persons inverted with a comma before APA's '&' stay two persons",
        "Okafor, C., & Lindqvist, M. (2018). *Rivers of the north*. Harbour Press.",
        {"author": [{"family": "Okafor", "given": "C."}, {"family": "Lindqvist", "given": "M."}]},
    ),
    (
        "Chicago bibliography: a title and subtitle before 'Place: Publisher, Year.' are the title, not a place",
        "Lowe, J. K., and M. R. Dean. Cambridge Lives: A Town Remembered. Abingdon: Routledge, 2014.",
        {"title": "Cambridge Lives: A Town Remembered", "publisher-place": "Abingdon", "publisher": "Routledge"},
    ),
    (
        "a DOI link that repeats the scheme's '://' after doi.org is still the DOI (APA)",
        "Okafor, C., & Lindqvist, M. (2016). River flow and town growth. *Journal of Water History, 12*(2), 45–60. "
        "https://doi.org://10.1080/1234567.2016.998877",
        {"DOI": "10.1080/1234567.2016.998877", "URL": None},
    ),
    (
        "a DOI link that repeats the scheme's '://' after doi.org is still the DOI (Chicago)",
        "Okafor, Chidi. 2016. “River Flow.” Journal of Water History 12 (2): 45–60. "
        "https://doi.org://10.1080/1234567.2016.998877.",
        {"DOI": "10.1080/1234567.2016.998877", "URL": None},
    ),
    (
        "two bodies joined by '&', each with a body's name, stay two bodies",
        "Harbour Research Council & Northern Ports Authority. (2017). *Shipping lanes of the north*. "
        "https://example.org/lanes",
        {"author": [{"literal": "Harbour Research Council"}, {"literal": "Northern Ports Authority"}]},
    ),
    (
        "a body's name listing its words with commas and 'and', no initial anywhere, is one body",
        "Alcohol, Tobacco, and Other Drugs Research Institute. (2018). Annual report 2017.",
        {"author": [{"literal": "Alcohol, Tobacco, and Other Drugs Research Institute"}]},
    ),
    (
        "a series of reports and its code after the title are no part of the title",
        "U.S. Census Bureau. (2021). Income and poverty in the United States: 2020 (Current Population Reports, "
        "P60-273). U.S. Government Publishing Office.",
        {"title": "Income and poverty in the United States: 2020", "number": "P60-273",
         "publisher": "U.S. Government Publishing Office"},
    ),
    (
        "Chicago's film cited by its title, the director's sentence after the year: the opening is the title",
        "Salt Roads. 2012. Directed by Mara Quist. Leeds: Harbour Films.",
        {"title": "Salt Roads", "director": [{"family": "Quist", "given": "Mara"}], "author": None,
         "publisher": "Harbour Films"},
    ),
    (
        "an Australian agency's series and catalogue numbers after the title are the report's number",
        "Australian Institute of Health and Welfare. (2020). Rural health in focus (Rural Health Series No. 4, "
        "Cat. No. PHE 262). AIHW.",
        {"title": "Rural health in focus", "number": "Rural Health Series No. 4, Cat. No. PHE 262",
         "publisher": "AIHW"},
    ),
    (
        "APA proceedings whose title closes with its meeting's year: the year is the title's, no volume",
        "Hale, R., & Munro, P. (2018). Teaching with maps. In K. Dean (Ed.), Learning spaces: Selected papers from "
        "Harbour Valley University International Conference 2017 (pp. 40-52). Springer.",
        {"container-title": "Learning spaces: Selected papers from Harbour Valley University International "
         "Conference 2017", "publisher": "Springer", "page": "40-52"},
    ),
    (
        "APA proceedings named for a symposium and its year keep the year in their title",
        "Hale, R. (2018). Teaching with maps. In K. Dean & L. Moss (Eds.), Proceedings of the Pacific Rim Education "
        "Symposium 2017 (pp. 40-52). Springer.",
        {"container-title": "Proceedings of the Pacific Rim Education Symposium 2017", "publisher": "Springer"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_guide24_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
