"""Forms the newest gold sets held read wrong with no needs-review flag (round silent13): a name's other spelling in
square brackets, a paragraph's locator read as the page, one family name before a quoted title."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "family", "given", "title"),
    [
        (
            "[3] Pafnutii L. Chebyshev [Tchebichef]. Sur les valeurs limites des intégrales. Imprimerie de"
            " Gauthier-Villars, 1874.",
            "Chebyshev",
            "Pafnutii L.",
            "Sur les valeurs limites des intégrales",
        ),
        (
            "[15] A Markov [Markoff]. Sur une question de maximum et de minimum: Proposée par m. tchebycheff. Acta"
            " Mathematica, 9:57–70, 1900.",
            "Markov",
            "A",
            "Sur une question de maximum et de minimum: Proposée par m. tchebycheff",
        ),
    ],
)
def test_a_names_other_spelling_in_brackets_is_no_part_of_it(text: str, family: str, given: str, title: str) -> None:
    item = parse_reference(text)
    assert item["author"] == [{"family": family, "given": given}]
    assert item["title"] == title


def test_a_paragraphs_number_is_no_page() -> None:
    item = parse_reference('Pocock, "Classical History," ¶ #2.')
    assert item["title"] == "Classical History" and "page" not in item
    assert "¶ #2" in item["note"]
    item = parse_reference('Pocock, "Classical History," para. 4.')
    assert "page" not in item and "para. 4" in item["note"]
    # a periodical's pages after the paragraph sign stay its pages
    item = parse_reference(
        "Hutchinson, T. & Skousgaard, H. (2008) Women in the legal workplace: a snapshot, Deakin Law Review, 13,"
        " ¶ 37–66."
    )
    assert item["page"] == "¶ 37-66"


def test_one_family_name_before_a_quoted_title_is_the_author() -> None:
    item = parse_reference(
        '[MillionMsg] Bleichenbacher "Chosen Ciphertext Attacks Against Protocols Based on the RSA Encryption'
        ' Standard PKCS1" (https://citeseerx.ist.psu.edu/document?repid=rep1&type=pdf&doi=10.1.1.19.8543)'
    )
    assert item["author"] == [{"family": "Bleichenbacher"}]
    assert item["title"] == "Chosen Ciphertext Attacks Against Protocols Based on the RSA Encryption Standard PKCS1"


def _flags(text: str) -> list[str]:
    return list(parse_reference(text)["custom"]["biblio"].get("flags") or [])


def test_a_person_closing_a_record_of_no_author_as_its_publisher_is_flagged() -> None:
    # a title-first note with its author last: read as the publisher, it cannot pass unchecked
    assert "needs-review" in _flags("The Historians of Ancient Rome, Ronald J. Mellor")


def test_a_bodys_acronym_read_as_a_persons_initials_is_flagged() -> None:
    assert "needs-review" in _flags(
        '[4] Matthieu Bourbigot ESA, "Sentinel-1 Product Definition",'
        " https://sentinel.esa.int/documents/247904/1877131/Sentinel-1-Product-Definition"
    )
    # Vancouver's compound family name with three initials stays unflagged
    assert "needs-review" not in _flags(
        "Van Haastert PJM. Determination of inositol 1,4,5-trisphosphate levels in Dictyostelium by isotope dilution"
        " assay. Anal Biochem. 1989;177:115-9."
    )
