"""Two family names alone before an author-year date: ``Shapiro and Wilk (1965). Title``, as docstrings, help
pages and lecture notes shorten a reference, are two persons; ``Health and Safety (2020).`` names a body."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_two_family_names_joined_by_and_are_two_persons() -> None:
    item = parse_reference("Shapiro and Wilk (1965). An Analysis of Variance Test for Normality (Complete Samples)")
    assert item["author"] == [{"family": "Shapiro"}, {"family": "Wilk"}]
    assert item["title"] == "An Analysis of Variance Test for Normality (Complete Samples)"
    item = parse_reference("Kass and Raftery (1995). Bayes factors. Journal of the American Statistical Association "
                           "90, 773-795.")
    assert item["author"] == [{"family": "Kass"}, {"family": "Raftery"}]
    assert item["container-title"] == "Journal of the American Statistical Association"


def test_a_body_or_one_name_twice_stays_whole() -> None:
    assert parse_reference("Health and Safety (2020). Report.")["author"] == [{"literal": "Health and Safety"}]
    from biblio.parse.readers.apa.authors import parse_authors

    assert parse_authors("Johnson and Johnson") == ("author", [{"literal": "Johnson and Johnson"}])
