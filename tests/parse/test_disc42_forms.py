"""Forms of mixed-discipline reference lists (tests/data/parse/disc_real7.jsonl): the ACS's ``Neuron 2018, 99,
1129−1143.`` with the volume read into the pages, biblatex's ``Title. Working Paper 33032. National Bureau of
Economic Research.`` and ``Title. Tech. rep. Publisher.``, the Unified Style Sheet's ``2008. Title. *Journal*
117(1). 77–98.`` with the title read into the journal, ASA's ``Pp. 76–95 in Book. Place: Publisher.`` with the
book in roman closed by its imprint, OUP's ``In: The Economic Journal, ueae098.``, biblatex's ``ISSN: ….
DOI: https://doi.org/….`` read as one note, Vancouver's ``2007; (2): CD005002`` with no volume; and the
needs-review flag on a status closing the container and on an unpublished work's kind read as its container. The
references here are written for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.review.score import FORCED_BY_HELD_FORM, FORCED_BY_RUN_ON


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(6) Muller, M. P.; Jiang, T.; Sun, C. Characterization of lipid-protein interactions through molecular "
            "simulation. Chem. Rev. 2019, 119, 6086−6161.",
            {"container-title": "Chem. Rev.", "volume": "119", "page": "6086-6161"},
        ),
        (
            "(45) Doerr, S.; Harvey, M.; Noé, F. HTMD: high-throughput molecular dynamics for drug discovery. J. Chem. "
            "Theory Comput. 2016, 12, 1845−1852.",
            {"volume": "12", "page": "1845-1852"},
        ),
        (
            "(9) Park, J.; Kim, H. Coarse-grained models of membrane proteins. J. Phys. Chem. B 2015, 119, 2469−2473.",
            {"volume": "119", "page": "2469-2473"},
        ),
        (
            "Mendes, Laura and Peter J Olsen (Feb. 2022). Tariff Pass-Through in Small Economies. Working Paper 29815. "
            "National Bureau of Economic Research.",
            {
                "title": "Tariff Pass-Through in Small Economies",
                "genre": "Working Paper",
                "number": "29815",
                "publisher": "National Bureau of Economic Research",
            },
        ),
        (
            "Chen, Maria, Arjun Patel, and Samuel Ortiz (2012). Regional rebalancing with trade: Measuring the cost of "
            "adjustment. Tech. rep. National Bureau of Economic Research.",
            {"genre": "Tech. rep", "publisher": "National Bureau of Economic Research"},
        ),
        (
            "Weber, Anna, Louis Martin, and Paul Green (2017). Spatial frictions and the gains from market access. "
            "Tech. rep. Centre for Economic Policy Research.",
            {"genre": "Tech. rep", "publisher": "Centre for Economic Policy Research"},
        ),
        (
            "12. Ruth Adams & Olaf Lind. 2011. NPI puzzles. *The Linguistic Review* 28(2). 145–170. "
            "doi:10.1515/tlir.2011.005.",
            {"title": "NPI puzzles", "container-title": "The Linguistic Review", "volume": "28"},
        ),
        (
            "Ruth Adams. 2006. DP ellipsis. *Linguistic Inquiry* 37(4). 555–590.",
            {"title": "DP ellipsis", "container-title": "Linguistic Inquiry"},
        ),
        (
            "5. Olaf Lind & Ruth Adams. 2013. VP fronting. *Natural Language Semantics* 21(1). 1–30.",
            {"title": "VP fronting", "container-title": "Natural Language Semantics", "issue": "1"},
        ),
        (
            'Hale, Mark and Lena Sato (2023). "Search frictions and sorting in local labor markets." In: The Economic '
            "Journal, ueac071.",
            {"container-title": "The Economic Journal", "page": "ueac071"},
        ),
        (
            'Ortega, Ana (Jan. 2024). "Credit booms and misallocation." In: The Review of Economic Studies, rdad044. '
            "DOI: 10.1093/restud/rdad044.",
            {"container-title": "The Review of Economic Studies", "page": "rdad044"},
        ),
    ],
)
def test_form_is_read(text: str, expected: dict[str, str]) -> None:
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Morris, Helen R. 2007. “Labor Markets and Migration.” Pp. 112–40 in Rethinking Mobility. New York: "
            "Russell Sage Foundation.",
            {"container-title": "Rethinking Mobility", "page": "112-40", "publisher": "Russell Sage Foundation"},
        ),
        (
            "Young, Peter. 1998. “Measuring Class.” Pp. 21–58 in Counting Classes. Boulder, Colo.: Westview Press.",
            {"container-title": "Counting Classes", "page": "21-58"},
        ),
    ],
)
def test_asa_pages_in_roman_book_before_imprint(text: str, expected: dict[str, str]) -> None:
    item = parse_reference(text)
    assert item.get("type") == "chapter"
    assert {k: item.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            'Moreau, Claire, and Jan Vos (2024). "Tariff Wars and Firm Exit." In: Journal of International Economics '
            "forthcoming.",
            "container:closes-on-status",
        ),
        (
            "Lindqvist, Per. 2011. “Ethnic categories in household surveys.” Unpublished manuscript. Stockholm "
            "University.",
            "container:is-kind-of-work",
        ),
    ],
)
def test_silent_misreadings_are_flagged(text: str, signal: str) -> None:
    item = parse_reference(text)
    assert signal in FORCED_BY_HELD_FORM + FORCED_BY_RUN_ON
    assert "needs-review" in item["custom"]["biblio"].get("flags", [])


def test_labelled_doi_closing_a_note_is_the_doi() -> None:
    item = parse_reference(
        'Moreau, Claire, Jan Vos, et al. (2022). "A second-best case for export taxes on raw inputs." In: Journal of '
        "International Economics 139, p. 103671. ISSN: 0022-1996. DOI: https://doi.org/10.1016/j.jinteco.2022.103671. "
        "URL: https://www.sciencedirect.com/science/article/pii/S0022199622000987."
    )
    assert item.get("DOI") == "10.1016/j.jinteco.2022.103671"
    assert item.get("note") == "ISSN: 0022-1996"


@pytest.mark.parametrize(
    ("text", "issue", "page"),
    [
        (
            "7. Hartmann KE, van Dijk PL, de Wit CM. Antenatal corticosteroids for women at risk of preterm birth. "
            "Cochrane Database Syst Rev 2017; (3): CD004454.",
            "3",
            "CD004454",
        ),
        ("Smith AB, Jones CD. Exercise for depression. Cochrane Database Syst Rev 2013;(9):CD004366.", "9", "CD004366"),
    ],
)
def test_vancouver_issue_without_volume(text: str, issue: str, page: str) -> None:
    item = parse_reference(text)
    assert (item.get("volume"), item.get("issue"), item.get("page")) == (None, issue, page)


def test_unified_title_once_flagged_is_read() -> None:
    """sci_real4's Unified Style Sheet reference, once flagged as read into the journal (test_review_run_ons)."""
    item = parse_reference("Iverson, Gregory K. 1983. Korean /s/. *Journal of Phonetics* 11. 191–200.")
    assert item.get("container-title") == "Journal of Phonetics"
    assert str(item.get("title", "")).startswith("Korean /s")
