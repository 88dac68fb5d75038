"""biblio.parse.normalisers.names: APA name lists -> CSL names."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.names import is_initials, names_from_span, parse_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Human Rights Watch", [{"literal": "Human Rights Watch"}]),
        ("The Guardian", [{"literal": "The Guardian"}]),
        ("Al Jazeera", [{"literal": "Al Jazeera"}]),
        (
            "United Nations Office of the High Commissioner for Human Rights",
            [{"literal": "United Nations Office of the High Commissioner for Human Rights"}],
        ),
        ("Smith, J. A.", [{"family": "Smith", "given": "J. A."}]),
        (
            "Family, G. M., Other, G., & Third, A. B.",
            [
                {"family": "Family", "given": "G. M."},
                {"family": "Other", "given": "G."},
                {"family": "Third", "given": "A. B."},
            ],
        ),
        ("van der Berg, J.", [{"family": "Berg", "non-dropping-particle": "van der", "given": "J."}]),
        ("De Souza, M.", [{"family": "De Souza", "given": "M."}]),
        (
            "N. Grabon, J. San Miguel, and R. Santa Cruz",
            [
                {"family": "Grabon", "given": "N."},
                {"family": "San Miguel", "given": "J."},
                {"family": "Santa Cruz", "given": "R."},
            ],
        ),
        ("King, M. L., Jr.", [{"family": "King", "given": "M. L.", "suffix": "Jr."}]),
        ("Sartre, J.-P.", [{"family": "Sartre", "given": "J.-P."}]),
        (
            "Ashton-Beaucage, D., & O'Neil, K.",
            [{"family": "Ashton-Beaucage", "given": "D."}, {"family": "O'Neil", "given": "K."}],
        ),
        ("Cox, Kevin", [{"family": "Cox", "given": "Kevin"}]),
        (
            "Allen, T. and S. Heald",
            [{"family": "Allen", "given": "T."}, {"family": "Heald", "given": "S."}],
        ),
        (
            "Bozzano M, Jalonen R, Thomas E",
            [
                {"family": "Bozzano", "given": "M"},
                {"family": "Jalonen", "given": "R"},
                {"family": "Thomas", "given": "E"},
            ],
        ),
        (
            "World Health Organization & UNICEF",
            [{"literal": "World Health Organization"}, {"literal": "UNICEF"}],
        ),
        ("Smith, J., et al.", [{"family": "Smith", "given": "J."}]),
    ],
)
def test_parse_names(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text) == expected


def test_ellipsis_keeps_last_author() -> None:
    text = ", ".join(f"Author{i}, A." for i in range(1, 20)) + ", . . . Last, Z."
    names = parse_names(text)
    assert len(names) == 20
    assert names[-1] == {"family": "Last", "given": "Z."}
    text2 = "A, B., C, D., \u2026 Zed, Q."
    assert parse_names(text2)[-1] == {"family": "Zed", "given": "Q."}
    assert len(parse_names(text2)) == 3


@pytest.mark.parametrize("text", ["G. M.", "J.-P.", "V.P.", "Th.", "JA", "M.-L."])
def test_initials(text: str) -> None:
    assert is_initials(text)


@pytest.mark.parametrize("text", ["Kevin", "Rights Watch", "2020", ""])
def test_not_initials(text: str) -> None:
    assert not is_initials(text)


def test_two_natural_order_names_are_two_persons() -> None:
    assert parse_names("Carl Boettiger, Alan Hastings") == [
        {"family": "Boettiger", "given": "Carl"}, {"family": "Hastings", "given": "Alan"}]
    # one person inverted with a compound family name is not split into two
    assert len(parse_names("García Márquez, Gabriel José")) == 1


@pytest.mark.parametrize("text", ["Nosek, Brian A., and others", "Nosek, B. A., et al.", "Nosek, B. A. u. a."])
def test_names_hidden_by_et_al_are_not_stored(text: str) -> None:
    assert parse_names(text) == [{"family": "Nosek", "given": "Brian A." if "Brian" in text else "B. A."}]


@pytest.mark.parametrize(("text", "family", "given"), [
    ("García Márquez, Gabriel.", "García Márquez", "Gabriel"),
    ("Vargas Llosa, Mario", "Vargas Llosa", "Mario"),
])
def test_inverted_name_with_a_compound_family(text: str, family: str, given: str) -> None:
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span(text) == [{"family": family, "given": given}]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NIST. *", [{"literal": "NIST"}]),
        ("Smith, J., & Doe, K. _", [{"family": "Smith", "given": "J."}, {"family": "Doe", "given": "K."}]),
        ("* Smith, J.", [{"family": "Smith", "given": "J."}]),
    ],
)
def test_an_emphasis_mark_left_alone_at_the_names_edge_is_no_name(text: str, names: list[dict[str, str]]) -> None:
    # italics opened before the title and never closed leave their mark beside the names (``NIST. *Title. 2019.``)
    assert parse_names(text) == names
    assert names_from_span(text) == names


def test_a_username_opening_on_an_underscore_keeps_it() -> None:
    assert parse_names("_why") == [{"literal": "_why"}]
