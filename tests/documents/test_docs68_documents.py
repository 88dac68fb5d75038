"""Reference lists written as Markdown link definitions (``## References`` over ``[1]: https://… "Title"``), a list
of works with no year closed by a remark to the reader, and a whole link whose words name the site before the
page's title. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.api import read_document
from biblio.errors import NoReferences


def _items(text: str, name: str = "notes.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_DEFINITIONS = """# Sync design

Read the platform's guide first [1], then the limits [3] [2].

## References

[1]: https://docs.example.org/sync/start "Getting started with sync"
[3]: https://docs.example.org/sync/limits "Rate limits and quotas"
[2]: https://docs.example.org/sync/tokens
"""


def test_link_definitions_under_a_reference_heading_are_its_entries() -> None:
    items = _items(_DEFINITIONS)
    assert [item.get("title") for item in items] == ["Getting started with sync", "Rate limits and quotas", None]
    assert [item["URL"] for item in items] == ["https://docs.example.org/sync/start",
                                               "https://docs.example.org/sync/limits",
                                               "https://docs.example.org/sync/tokens"]
    assert [item["custom"]["biblio"]["label"] for item in items] == ["[1]", "[3]", "[2]"]


def test_definitions_an_item_links_to_are_its_targets() -> None:
    text = """# Reading

## References

- [Getting started with sync][start], the first steps.
- Smith, J. (2020). Tokens in practice. *Sync Quarterly*, 4(2), 10-20.

[start]: https://docs.example.org/sync/start
"""
    items = _items(text)
    assert len(items) == 2
    assert items[0]["URL"] == "https://docs.example.org/sync/start"


def test_definitions_under_another_heading_stay_targets() -> None:
    text = """# Notes

See [the guide][1] and [the limits][2].

## Links

[1]: https://docs.example.org/sync/start "Getting started with sync"
[2]: https://docs.example.org/sync/limits "Rate limits and quotas"
"""
    with pytest.raises(NoReferences):
        _items(text)


def test_a_list_of_works_with_no_year_then_a_remark_is_the_list() -> None:
    text = """# Clase 4

## Bibliografía

1. *Redes industriales. Teoría y práctica.* J. Luis Campos, Antonio Prieto y Marta Ruiz.
2. *Control systems: design methods and examples.* John K. Walsh and Peter Walsh Jr.
3. Manual del Controlador XK20.

Lean los capítulos indicados antes de la próxima clase.

## Motivación

En la próxima clase veremos el controlador en el laboratorio.
"""
    items = _items(text)
    assert [item["title"] for item in items] == ["Redes industriales. Teoría y práctica",
                                                 "Control systems: design methods and examples",
                                                 "Manual del Controlador XK20"]
    assert [n["family"] for n in items[0]["author"]] == ["Campos", "Prieto", "Ruiz"]


def test_a_site_named_before_a_dash_in_a_whole_link_is_no_author() -> None:
    text = """# Design

## References

[1]: https://developer.example.com/guides/start "Example Developers — Getting started"
[2]: https://developer.example.com/guides/limits "Example Developers — Limits and quotas"
"""
    items = _items(text)
    assert [item["title"] for item in items] == ["Example Developers — Getting started",
                                                 "Example Developers — Limits and quotas"]
    assert all("author" not in item for item in items)


def test_a_title_over_its_venue_link_gives_the_venue() -> None:
    # (two spaces close each title's line: a hard break)
    text = ("# Project\n\n## Bibliografía\n\n1. **Sheaf Cohomology of Point Clouds**  \n"
            "   [arXiv](https://arxiv.org/abs/2101.00001)\n\n"
            "2. **Clustering Cells by Shape: A Survey of Persistent Methods**  \n"
            "   [Bioinformatics Reviews](https://example.org/bir/12)\n")
    items = _items(text)
    assert [item["title"] for item in items] == ["Sheaf Cohomology of Point Clouds",
                                                 "Clustering Cells by Shape: A Survey of Persistent Methods"]
    assert [item.get("container-title") for item in items] == ["arXiv", "Bioinformatics Reviews"]
