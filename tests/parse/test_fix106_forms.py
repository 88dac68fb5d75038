"""A kind's phrase before a colon and an article's quoted title (``Review of Jones: "Title." Journal 80 (1971)``,
``Letter to the Editor: "Re: …" BMJ 2001;322:1234.``) is no body's name, and mends that declare a label they need
(or must not meet) check it in their body."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.page_words import publisher_in_closing_pages, publisher_in_pages_before_year
from biblio.parse.mends.quotes import colon_head_before_quoted_title
from biblio.parse.spans import Span

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a review's heading, its first word a kind's, before the reviewed book's quoted title and the journal
    (
        'Review of Jones: "A Theory of Justice." Philosophical Review 80 (1971): 1-20.',
        {"author": None, "container-title": "Philosophical Review", "volume": "80"},
    ),
    # a letter's heading before its quoted title and a journal's Vancouver parts
    (
        'Letter to the Editor: "Re: Aspirin dosing." BMJ 2001;322:1234.',
        {"author": None, "container-title": "BMJ", "volume": "322"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix106_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    out, at = [], 0
    for label, part in parts:
        a = text.index(part, at)
        out.append(Span(label, part, a, a + len(part)))
        at = a + len(part)
    return out


def test_closing_pages_keep_their_words_when_a_publisher_is_read() -> None:
    text = "Springer. In *Proceedings of the Meeting*, pages 1315–1319. IAENG."
    spans = _spans(text, [("publisher", "Springer."), ("container-title", "In *Proceedings of the Meeting*,"),
                          ("pages", "pages 1315–1319. IAENG.")])
    assert publisher_in_closing_pages(spans, text) == spans


def test_pages_before_the_year_keep_their_words_when_a_publisher_is_read() -> None:
    text = "ACM. Pages 49–58. IEEE (2021)."
    spans = _spans(text, [("publisher", "ACM."), ("pages", "Pages 49–58. IEEE"), ("date", "(2021).")])
    assert publisher_in_pages_before_year(spans, text) == spans


def test_head_before_a_quoted_title_needs_a_title_container_or_note_read() -> None:
    text = 'Greenpeace: "Plastica nei mari del mondo" -'
    spans = [Span("author", text, 0, len(text))]
    assert colon_head_before_quoted_title(spans, text) == spans
