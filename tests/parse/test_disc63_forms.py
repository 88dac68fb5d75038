"""Forms of Elsevier's abbreviated author-year lists, of Sage's Harvard lists and of the numbered lists of management
journals: a supplement's lettered issue in brackets after the volume (``Global Change Biol. 6 (s1), 185–195.``), a
body publishing a book after its editors and before its town (``In: Names (Eds.), Book. Cooperative Research Centre
for X, Canberra, Australia, pp. 33–37.``), a series before the publisher and its town (``Title. Simulation
Monographs, Pudoc, Wageningen, Netherlands, 189 pp.``), a body's numbered technical note before its imprint
(``Title. Hadley Centre Technical Note 24, Met Office, Bracknell, UK, 16 pp.``), a body's name cut before its ``of``
(``… and the Lincoln Institute of Land Policy.``), and a title of one word after an inverted name's initials
(``Naughton, K. CyberSlacking. Newsweek, 134, 48 (1999), 62–65.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ELSEVIER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Marsh, T.L., Oduya, P.B., Lind, C., 2004. Modelling the drought legacies in the growth of boreal upland "
        "spruce forests. Global Change Biol. 12 (s1), 211–220.",
        {"volume": "12", "issue": "s1", "page": "211-220", "container-title": "Global Change Biol."},
    ),
    (
        "Hewitt, J., 1999. Litter fall in mixed stands. In: Brand, L.A., Cole, N. (Eds.), Forest Carbon Budgets. "
        "Australian Greenhouse Research Centre, Canberra, Australia, pp. 12–19.",
        {
            "container-title": "Forest Carbon Budgets",
            "publisher": "Australian Greenhouse Research Centre",
            "publisher-place": "Canberra, Australia",
            "page": "12-19",
        },
    ),
    (
        "Haskins, D.L., 1985. Modelling soil water flow in layered profiles. Agricultural Research Reports, Pudoc, "
        "Wageningen, Netherlands, 212 pp.",
        {
            "title": "Modelling soil water flow in layered profiles",
            "collection-title": "Agricultural Research Reports",
            "publisher": "Pudoc",
            "publisher-place": "Wageningen, Netherlands",
            "page": "212",
        },
    ),
    (
        "Jones, P.R., 2004. A dynamic canopy scheme for climate models. Hadley Centre Technical Note 51, Met Office, "
        "Exeter, UK, 32 pp.",
        {
            "title": "A dynamic canopy scheme for climate models",
            "genre": "Hadley Centre Technical Note 51",
            "publisher": "Met Office",
            "publisher-place": "Exeter, UK",
        },
    ),
    (
        "Pratt, S.E., 2003. A land surface scheme for regional models. Hadley Centre Technical Note 44, Met Office, "
        "Bracknell, UK, 21 pp.",
        {"genre": "Hadley Centre Technical Note 44", "publisher": "Met Office", "publisher-place": "Bracknell, UK"},
    ),
]

NUMBERED_MANAGEMENT_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "14. Baxter, P. Netiquette. Newsweek, 131, 12 (1998), 44–45.",
        {"author": [{"family": "Baxter", "given": "P."}], "title": "Netiquette", "container-title": "Newsweek"},
    ),
    (
        "Garner, K. Groupthink. Harvard Business Review, 66, 3 (1988), 41–49.",
        {"title": "Groupthink", "container-title": "Harvard Business Review", "volume": "66", "issue": "3"},
    ),
]


SAGE_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Angel S, Blei AM and Parent J (2016) Atlas of Urban Expansion — 2016 Edition: Volume 2: Blocks and Roads. "
        "New York: Urban Expansion Program at New York University, UN-Habitat, and the Lincoln Institute of Land "
        "Policy. Available at: https://www.lincolninst.edu/publications/other/atlas-urban-expansion-2016-edition.",
        {
            "publisher": "Urban Expansion Program at New York University, UN-Habitat, and the Lincoln Institute of "
            "Land Policy",
            "publisher-place": "New York",
            "container-title": None,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELSEVIER_FORMS)
def test_elsevier_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), NUMBERED_MANAGEMENT_FORMS)
def test_numbered_management_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), SAGE_FORMS)
def test_sage_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
