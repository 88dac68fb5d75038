"""``editors.editors_without_role_continue_authors``: names read as editors with no role word go on a long list of
authors (``…, Slav Petrov, Ed H. Chi, Jeff Dean, …``), but after one or two names they are no visible list."""

from __future__ import annotations

from biblio.parse.mends.editors import editors_without_role_continue_authors
from biblio.parse.spans import Span


def _read(text: str, *parts: tuple[str, str]) -> list[Span]:
    spans, at = [], 0
    for label, words in parts:
        a = text.index(words, at)
        spans.append(Span(label, words, a, a + len(words), 0.9))
        at = a + len(words)
    return spans


def test_a_long_list_goes_on_past_a_given_name_like_a_role() -> None:
    text = "Ann Lee, Bo Chen, Cy Diaz, Dee Roe, Ed H. Chi, and Fay Wu. Scaling laws. arXiv, 2022."
    spans = _read(text, ("author", "Ann Lee, Bo Chen, Cy Diaz, Dee Roe,"), ("editor", "Ed H. Chi, and Fay Wu."))
    out = editors_without_role_continue_authors(spans, text)
    assert [s.label for s in out] == ["author"]
    assert out[0].text == "Ann Lee, Bo Chen, Cy Diaz, Dee Roe, Ed H. Chi, and Fay Wu."


def test_one_name_before_unmarked_editors_keeps_the_reading() -> None:
    text = "Moreau, Claire, Jean Dupont. Le cinéma des premiers temps. Paris : Armand Colin, 2010."
    spans = _read(text, ("author", "Moreau,"), ("editor", "Claire, Jean Dupont."))
    assert editors_without_role_continue_authors(spans, text) is spans
