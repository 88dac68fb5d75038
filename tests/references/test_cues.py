"""The surface cues shared by the finder and the splitter."""

from __future__ import annotations

import pytest

from biblio.references import cues


@pytest.mark.parametrize("text", [
    "Smith, J. (2020). A book. Press.",
    "Smith, J. A., & Jones, B. (2020). A study. *Journal*, *12*(3), 45–67.",
    "van Dijk, T. A. (1998). *Ideology*. Sage.",
    "J. R. Smith and A. Doe. A paper title. In Proc. of Things, 2004.",
    "Smith JR, Doe A. Title of article. J Things. 2020;12:34-45.",
    "Human Rights Watch. (2025). *World report 2025: Pakistan*.",
    "Amnesty International. (n.d.). *Human rights in Pakistan*.",
    "World Health Organization (2019). Global report.",
    "United States Census Bureau. 2000. Census of Population.",
    "Marc Shapiro and Susan Horwitz. Fast points-to analysis. In POPL, 1997.",
    "[12] A. Author, “Title,” Journal, vol. 1, 2001.",
    "3. Creed PA, Hicks RE. Behavioural plasticity. 2010.",
    "Иванов, И. И. (2001). Литература. Москва.",
])
def test_references(text: str) -> None:
    assert cues.is_reference(text)
    assert cues.starts_reference(text)


def test_a_doi_makes_a_reference_wherever_it_is() -> None:
    assert cues.is_reference("anything at all https://doi.org/10.1000/xyz")


@pytest.mark.parametrize("text", [
    "In 2020, the killing of a student sparked protests across the region.",
    "We follow Smith (2020) in treating things as matter.",
    "The state chooses justice over repression in 1998.",
    "Thanks for reading! Leave a comment below.",
    "",
    "x" * 2000 + " Smith, J. (2020).",
])
def test_not_references(text: str) -> None:
    assert not cues.is_reference(text)


def test_markers() -> None:
    assert cues.strip_marker("[12] Smith") == ("Smith", "[12]", "12")
    assert cues.strip_marker("12. Smith") == ("Smith", "12.", "12")
    assert cues.strip_marker("(3) Smith") == ("Smith", "(3)", "3")
    assert cues.strip_marker("• Smith") == ("Smith", "•", None)
    assert cues.strip_marker("*Title*. 2020") == ("*Title*. 2020", None, None)
    assert cues.strip_marker("2020. Title") == ("2020. Title", None, None)  # a year, not a number
    assert cues.strip_marker("[Online] x") == ("[Online] x", None, None)


@pytest.mark.parametrize("text, url_only", [
    ("<https://example.org/a>", True), ("https://doi.org/10.1/x.", True), ("doi:10.1000/x", True),
    ("DOI: 10.1000/x", True), ("Retrieved from https://x.org", True), ("www.example.org", True),
    ("[link](https://x.org/a)", True), ("See https://x.org", False), ("Smith 2020 https://x.org", False),
])
def test_url_only(text: str, url_only: bool) -> None:
    assert cues.is_url_only(text) is url_only


def test_classify_block() -> None:
    assert cues.classify_block(["Smith, J. (2020). A", "   book. Press."]) == "strong"
    assert cues.classify_block(["<https://x.org/a>"]) == "url"
    assert cues.classify_block(["Smith, John. A Book Without A Year. Press."]) == "weak"
    assert cues.classify_block(["Just some prose here, nothing more."]) == "prose"
    many = [f"Author{i}, A. ({1990 + i}). Title number {i} of a long list of works. Press." for i in range(30)]
    assert cues.classify_block(many) == "strong"


def test_a_letter_in_brackets_is_a_list_marker() -> None:
    assert cues.strip_marker("[a] McKinney, W. (2010). Data structures.") == (
        "McKinney, W. (2010). Data structures.", "[a]", "a")
    assert cues.strip_marker("[ab] words")[1] is None  # two letters: a word, not a label


def test_a_journal_then_its_volume_is_no_title_first_reference() -> None:
    assert not cues.starts_reference("*Journal of Open Source Software*, *5*(53), 2018.")
    assert not cues.starts_reference("_Biometrika_, 77(3), 663-665.")
    assert cues.starts_reference("*Zarr Storage Specification 2.0*. (2022). Open Geospatial Consortium.")
