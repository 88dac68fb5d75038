"""Forms met in reading lists of Markdown documents: a venue's link closing a title with no mark between
(``Title [Venue](…)``, a title over its venue's link with the hard break between them gone), a bold run of names
opened by a space (``** Names (Year).**``), a firm closed by a Czech or Slovak legal form in lower case
(``JetBrains s.r.o.``), and a course's list that sets the title in italics first and its authors after it. The
references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        ("Sheaf Cohomology of Point Clouds [arXiv](https://arxiv.org/abs/2101.00001)",
         "Sheaf Cohomology of Point Clouds", "arXiv"),
        ("Clustering Cells by Shape: A Survey of Persistent Methods [Bioinformatics Reviews](https://example.org/bir/12)",
         "Clustering Cells by Shape: A Survey of Persistent Methods", "Bioinformatics Reviews"),
    ],
)
def test_a_venue_link_closing_a_title_names_the_container(text: str, title: str, venue: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["container-title"] == venue
    assert item["URL"].startswith("https://")


def test_a_pointing_link_after_words_is_no_venue() -> None:
    item = read_reference("Moreira, Ana (2021). _Estatística com R_. Disponível gratuitamente "
                          "[aqui](https://example.org/livro.pdf).")
    assert item["title"] == "Estatística com R"
    assert item.get("container-title") != "aqui"
    assert item["URL"] == "https://example.org/livro.pdf"


def test_a_bold_run_of_names_opened_by_a_space_gives_the_authors() -> None:
    item = read_reference("** Lindqvist, P., Moreau, A., and Tanaka, K. (2019).** Sparse attention for tables. "
                          "[Arxiv](http://arxiv.org/abs/1901.00002).")
    assert _families(item) == ["Lindqvist", "Moreau", "Tanaka"]
    assert item["title"] == "Sparse attention for tables"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("**Seznam.cz a.s.** (2023). *Mapy: Navigation for everyone*. Recuperado de https://example.cz/mapy",
         "Seznam.cz a.s."),
        ("Kvasnica s.r.o. (2022). *Plánovač: A scheduling tool*. Recuperado de https://example.cz/planovac",
         "Kvasnica s.r.o."),
    ],
)
def test_a_firm_closed_by_a_lower_case_legal_form_is_the_author(text: str, body: str) -> None:
    item = read_reference(text)
    assert item["author"] == [{"literal": body}]
    assert item["title"].split(":")[0] in text


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        ("*Redes industriales. Teoría y práctica.* J. Luis Campos, Antonio Prieto y Marta Ruiz.",
         "Redes industriales. Teoría y práctica", ["Campos", "Prieto", "Ruiz"]),
        ("*Control systems: design methods and examples.* John K. Walsh and Peter Walsh Jr.",
         "Control systems: design methods and examples", ["Walsh", "Walsh"]),
    ],
)
def test_an_italic_title_first_then_its_authors(text: str, title: str, families: list[str]) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert _families(item) == families


def test_an_italic_title_then_a_house_keeps_the_house() -> None:
    item = read_reference("*The Long Road.* Penguin Random House.")
    assert item["title"] == "The Long Road"
    assert not item.get("author")
