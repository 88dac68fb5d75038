"""Parse cases mended where two rounds' rules met: a title closed by a role and its names; a person's name cut by the
labeller before its colon, then an italic title and its imprint (the title ends with the italics; the imprint
keeps its label)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011",
            {"title": "Editionsfilologi", "publisher-place": "København", "publisher": "Museum Tusculanum Press"},
        ),
        (
            "Bortoni Salvadori, Fabia: *Il titolo*, Firenze: Olschki 2001",
            {"author": [{"family": "Bortoni Salvadori", "given": "Fabia"}], "title": "Il titolo"},
        ),
        (
            "Bortoni Salvadori, Fabia: ‘Il titolo’, Firenze: Olschki 2001",
            {"title": "Il titolo", "publisher-place": "Firenze"},
        ),
    ],
)
def test_colon_names_then_italic_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mauriac, François. (1932). Vipers' Tangle, tr. Warre Bradley Wells. New York.",
            {"title": "Vipers' Tangle", "translator": [{"family": "Wells", "given": "Warre Bradley"}]},
        ),
        (
            "Bernanos, Georges. (1937). Diary of a Country Priest, tr. Pamela Morris. London.",
            {"title": "Diary of a Country Priest", "translator": [{"family": "Morris", "given": "Pamela"}]},
        ),
    ],
)
def test_role_closing_title_names_after_it(text: str, expected: dict[str, Any]) -> None:
    """A title closed by ``, tr. Names`` is no list of names before their role (older MLA's ``Names, trans.``)."""
    assert_read_as(text, expected)


def test_spaced_link_with_entity_tidied_once() -> None:
    """An entity inside a link spaced after its scheme: the link is joined in the same tidying that resolves it."""
    from biblio.parse.input_text import tidy_input

    once = tidy_input("https://\xa010.1000/&amp;amp;\xa0a")
    assert once == "https://10.1000/&a"
    assert tidy_input(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[145] Ollama Team, Ollama: Get up and running with large language models locally. (2026). [Online]."
            " Available: https://github.com/ollama/ollama",
            {
                "author": [{"literal": "Ollama Team"}],
                "title": "Ollama: Get up and running with large language models locally",
            },
        ),
        (
            "Jacobs, G. M., and S. Hall 2002 Implementing Cooperative Learning. In Methodology in Language Teaching: An"
            " Anthology of Current Practice. J. C. Richards and W. A. Renandya, eds. Pp. 52–58. Cambridge University"
            " Press.",
            {"editor": [{"family": "Richards", "given": "J. C."}, {"family": "Renandya", "given": "W. A."}]},
        ),
    ],
)
def test_body_before_colon_and_initials_before_role(text: str, expected: dict[str, Any]) -> None:
    """A body's name before its product's title with a colon is no family and given name; initials' stops inside
    editors named before their role open no second list of names."""
    assert_read_as(text, expected)
