"""Books and chapters in house styles read wrong, some silently: natbib's ``Publisher, second edition, Year``
(``mends/book_editions``), Copernicus's journal opening on an initial (``mends/titles_journal_abbrev``), MHRA's
``in Book, ed. by Name`` (``mends/editors``), ASA's ``Pp. 45–67 in Book, edited by`` with the book in roman
(``mends/pages_in_book``) and the IPCC's editors' bracket before the publisher (``normalisers/publisher``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Sutton, R. S. and Barto, A. G. Reinforcement Learning: An Introduction. MIT Press, second edition, 2018.",
         "MIT Press"),
        ("[Kni97] Donald E. Knuth. The Art of Computer Programming, volume 2: Seminumerical Algorithms. "
         "Addison-Wesley, 3rd edition, 1997.", "Addison-Wesley"),
    ],
)
def test_publisher_and_edition_after_a_books_title(text: str, publisher: str) -> None:
    item = parse_reference(text)
    assert item["publisher"] == publisher
    assert item["edition"] in ("2", "3")
    assert "note" not in item


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Hansen, J., Sato, M., Ruedy, R., et al.: Global temperature change, P. Natl. Acad. Sci. USA, 103, "
         "14288–14293, 2006.", "P. Natl. Acad. Sci. USA"),
        ("Smith, A. and Jones, B.: Aerosol effects on clouds, Q. J. Roy. Meteor. Soc., 133, 1–20, 2007.",
         "Q. J. Roy. Meteor. Soc."),
    ],
)
def test_a_journal_opening_on_an_initial_after_the_titles_comma(text: str, journal: str) -> None:
    item = parse_reference(text)
    assert item["title"] in ("Global temperature change", "Aerosol effects on clouds")
    assert item["container-title"].rstrip(".") == journal.rstrip(".")


def test_mhra_chapter_in_a_roman_book_edited_by() -> None:
    item = parse_reference(
        "Williams, Raymond, 'Culture is Ordinary', in Resources of Hope, ed. by Robin Gable "
        "(London: Verso, 1989), pp. 3–18"
    )
    assert item["container-title"] == "Resources of Hope"
    assert item["editor"] == [{"family": "Gable", "given": "Robin"}]


def test_asa_pages_in_a_roman_book_edited_by() -> None:
    item = parse_reference(
        'Smith, John, and Jane Doe. 2010. "Networks and Neighborhoods." Pp. 45–67 in Urban Sociology Reader, '
        "edited by R. Brown. New York: Routledge."
    )
    assert item["container-title"] == "Urban Sociology Reader"
    assert item["page"] == "45-67"
    assert [e["family"] for e in item["editor"]] == ["Brown"]


def test_the_editors_bracket_stays_out_of_the_publisher() -> None:
    item = parse_reference(
        "IPCC, 2021: Summary for Policymakers. In: Climate Change 2021: The Physical Science Basis. Contribution "
        "of Working Group I to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change "
        "[Masson-Delmotte, V., P. Zhai, A. Pirani (eds.)]. Cambridge University Press, pp. 3−32."
    )
    assert item["publisher"] == "Cambridge University Press"


def test_acm_proceedings_publisher_after_the_short_name() -> None:
    item = parse_reference(
        "Jeffrey Dean and Sanjay Ghemawat. 2004. MapReduce: Simplified Data Processing on Large Clusters. In "
        "Proceedings of the 6th Symposium on Operating Systems Design and Implementation (OSDI'04). USENIX "
        "Association, San Francisco, CA, 137–150."
    )
    assert item["publisher"] == "USENIX Association"
    assert item["container-title"].endswith("(OSDI'04)")


def test_springer_journal_abbreviation_opening_in_the_title() -> None:
    item = parse_reference(
        "Turing, A.M.: On computable numbers, with an application to the Entscheidungsproblem. Proc. Lond. Math. "
        "Soc. s2-42(1), 230–265 (1937)"
    )
    assert item["title"] == "On computable numbers, with an application to the Entscheidungsproblem"
    assert item["container-title"].rstrip(".") == "Proc. Lond. Math. Soc"
