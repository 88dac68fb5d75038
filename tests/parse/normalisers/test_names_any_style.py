"""normalisers.names.names_from_span: a labelled name span in any style -> CSL names."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.names import names_from_span


def fams(names: list[dict]) -> list[str]:
    return [" ".join(x for x in (n.get("non-dropping-particle"), n.get("family") or n.get("literal")) if x)
            for n in names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith, J. A.,", [{"family": "Smith", "given": "J. A."}]),
        ("J. A. Smith and B. Jones,", [{"family": "Smith", "given": "J. A."}, {"family": "Jones", "given": "B."}]),
        ("Smith JA, Jones B.", [{"family": "Smith", "given": "JA"}, {"family": "Jones", "given": "B."}]),
        ("SMITH, John.", [{"family": "SMITH", "given": "John"}]),
        ("LE GALL, Jacqueline.", [{"family": "LE GALL", "given": "Jacqueline"}]),
        ("Smith, John, and Mary Jones.", [{"family": "Smith", "given": "John"}, {"family": "Jones", "given": "Mary"}]),
        (
            "John Smith, Mary Jones, and Bob Lee.",
            [{"family": "Smith", "given": "John"}, {"family": "Jones", "given": "Mary"},
             {"family": "Lee", "given": "Bob"}],
        ),
        ("World Health Organization.", [{"literal": "World Health Organization"}]),
        ("NASA.", [{"literal": "NASA"}]),
        ("Homer.", [{"family": "Homer"}]),
        ("Piva SR.", [{"family": "Piva", "given": "SR"}]),
        ("King, M. L., Jr.", [{"family": "King", "given": "M. L.", "suffix": "Jr."}]),
    ],
)
def test_styles(text: str, expected: list[dict]) -> None:
    assert names_from_span(text) == expected


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # particles stay part of the family name (scored joined)
        ("Ludwig van Beethoven", ["van Beethoven"]),
        ("van der Berg, J.", ["van der Berg"]),
        ("in Fabrizio Della Seta and Marco Marica (eds.),", ["Della Seta", "Marica"]),
        ("In J. W. Du Bois, L. E. Kumpf, & W. J. Ashby", ["Du Bois", "Kumpf", "Ashby"]),
        # et al. hides authors that are not stored
        ("Smith, J., et al.", ["Smith"]),
        ("A. B. Smith et al.,", ["Smith"]),
        # role words are the style's, not the names'
        ("Smith, J. (Ed.).", ["Smith"]),
        ("Smith, J., & Jones, K. (Eds.),", ["Smith", "Jones"]),
        ("edited by John Smith and Mary Jones", ["Smith", "Jones"]),
        ("trans. Richard Howard.", ["Howard"]),
        ("Douglas W. Stott (ed. and trans.)", ["Stott"]),
        ("Boudon R., Bulle N. (sous la dir.),", ["Boudon", "Bulle"]),
        # Romance conjunctions, PDF spacing, glued initials
        ("LERCHE, A., VYBERG, M., et KIRKEGAARD, E.", ["LERCHE", "VYBERG", "KIRKEGAARD"]),
        ("W .Myers ,W .J.Swiatecki", ["Myers", "Swiatecki"]),
        ("Hodgkins R, Bryant R, Darlington E and Brandon M", ["Hodgkins", "Bryant", "Darlington", "Brandon"]),
        ("Gallagher SK, Johnson LK, and Milne DB", ["Gallagher", "Johnson", "Milne"]),
        # a team's name closing a Vancouver list keeps its "and" (realworld13, R's bibentry)
        (
            "Lessler J, Reich N, Cummings D, New York City Department of Health and Mental Hygiene Swine Influenza"
            " Investigation Team",
            [
                "Lessler",
                "Reich",
                "Cummings",
                "New York City Department of Health and Mental Hygiene Swine Influenza Investigation Team",
            ],
        ),
        ("Glotfelty and Fromm,", ["Glotfelty", "Fromm"]),
        # an organisation whose name holds "et" stays whole
        ("Association Mémoire Traumatique et Victimologie.", ["Association Mémoire Traumatique et Victimologie"]),
        ("*Smith, J.*", ["Smith"]),
        # German lists separate names with slashes; an acronym's slash stays
        ("In: Schuppert, Gunnar Folke/Zürn, Michael (Hrsg.):", ["Schuppert", "Zürn"]),
        ("Environmental Protection Agency (Cal/EPA).", ["Environmental Protection Agency (Cal/EPA)"]),
        # affiliation marks after names
        ("Ligia C. Gomes1,2,3, Giulietta Di Benedetto2,4 and Luca Scorrano1,2", ["Gomes", "Di Benedetto", "Scorrano"]),
    ],
)
def test_families(text: str, families: list[str]) -> None:
    assert fams(names_from_span(text)) == families


@pytest.mark.parametrize("text", ["(Ed.)", "eds.", "et al.", "", " , ", "1999"])
def test_no_names(text: str) -> None:
    assert names_from_span(text) == []


def test_a_list_of_whole_natural_order_names_is_persons_not_one_group() -> None:
    from biblio.parse.normalisers.names import parse_names

    # a CV's publication list: "Given Family, Given Family, ..." before the year
    assert parse_names("James J. Wray, Neta A. Bahcall, Paul Bode, Carl Boettiger, Phillip Hopkins") == [
        {"family": "Wray", "given": "James J."}, {"family": "Bahcall", "given": "Neta A."},
        {"family": "Bode", "given": "Paul"}, {"family": "Boettiger", "given": "Carl"},
        {"family": "Hopkins", "given": "Phillip"}]
    # outlets and institutions stay whole
    assert all("family" not in n for n in parse_names("New York Times, Washington Post, Boston Globe"))


def test_vancouver_names_with_dotted_initials() -> None:
    from biblio.parse.normalisers.names import parse_names

    assert parse_names("Bruna E.M., Chazdon R., Errington T.M.") == [
        {"family": "Bruna", "given": "E.M."}, {"family": "Chazdon", "given": "R."},
        {"family": "Errington", "given": "T.M."}]
