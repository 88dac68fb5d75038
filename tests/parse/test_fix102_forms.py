"""Forms a venue's link and an italic title first must leave alone: a link after a joining or access word
(``Available on [GitHub](…)``, ``Retrieved from [NOAA](…)``, ``A practical guide to [Kubernetes](…)``) goes on
the sentence before it, and one name after an italic title that the model read as a publisher is a house named
after its founder (``*A Farewell to Arms.* Charles Scribner.``). The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.title_first import names_after_italic_title
from biblio.parse.spans import Span


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in ("custom", "id", "type")}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Smith, J. (2020). Data tools. Available on [GitHub](https://github.com/x/y)",
         "title", "Data tools. Available on GitHub"),
        ("Smith, J. (2019). Climate report. Retrieved from [NOAA](https://www.noaa.gov/report)",
         "note", "Retrieved from NOAA"),
        ("Doe, J. Deep learning for graphs. Preprint on [arXiv](https://arxiv.org/abs/1234.5678)",
         "genre", "Preprint on arXiv"),
        ("Doe, J. (2021). A practical guide to [Kubernetes](https://kubernetes.io/docs/)",
         "title", "A practical guide to Kubernetes"),
    ],
)
def test_a_link_after_a_joining_word_names_no_venue(text: str, field: str, value: str) -> None:
    item = read_reference(text)
    assert item[field] == value
    assert "container-title" not in item
    assert item["URL"].startswith("https://")


def test_a_venue_link_after_a_title_still_names_the_container() -> None:
    item = read_reference("Comparison of persistence diagrams [arXiv](https://arxiv.org/abs/2101.00001)")
    assert item["title"] == "Comparison of persistence diagrams"
    assert item["container-title"] == "arXiv"


def test_names_after_a_mark_closing_the_italics_are_left_to_the_reading() -> None:
    # the mend declares a gap after the closing mark ("* "); with a comma there its body changes nothing
    text = "*Title of book*, J. Smith and A. Jones."
    spans = [Span("author", text, 0, len(text), 0.5)]
    assert names_after_italic_title(spans, text) is spans


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("*A Farewell to Arms.* Charles Scribner.", "Charles Scribner"),
        ("*A Farewell to Arms.* Jessica Kingsley.", "Jessica Kingsley"),
        ("*The Great Gatsby.* Charles Scribner.", "Charles Scribner"),
    ],
)
def test_one_name_read_as_the_publisher_stays_the_publisher(text: str, publisher: str) -> None:
    item = read_reference(text)
    assert item.get("publisher") == publisher
    assert "author" not in item


def test_names_after_an_italic_title_are_its_authors() -> None:
    item = read_reference("*Title of book.* J. Smith and A. Jones.")
    assert _fields(item) == {"title": "Title of book", "author": [{"family": "Smith", "given": "J."},
                                                                  {"family": "Jones", "given": "A."}]}
