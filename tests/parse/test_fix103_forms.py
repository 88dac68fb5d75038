"""Forms of APA 7's bracketed description after a title in another language (``*Über die Zeit* [Unpublished doctoral
dissertation]. School.``, ``[Conference session]``): the work's kind, no translation of the title; IOP's Harvard form
closing on a remark in brackets (``(Personal communication)``, ``(Accepted)``): no publisher; a mend that reads a
firm after a book's comma leaves a reading with a publisher as it is; a long text of bracketed translations read in
time proportional to its length."""

from __future__ import annotations

import time
from typing import Any

import pytest

from biblio.parse.mends.chapter_imprints import publisher_after_book_comma
from biblio.parse.mends.translated_titles import translated_titles_apart
from biblio.parse.spans import Span

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA 7's labels in brackets after a title in another language name the work's kind
    (
        "Müller, K. (2018). *Über die Zeit und das Sein* [Unpublished doctoral dissertation]. Universität Wien.",
        {"type": "thesis", "genre": "Unpublished doctoral dissertation", "publisher": "Universität Wien",
         "note": None},
    ),
    (
        "Nowak, P. (2020). *Środowisko miejskie w Łodzi* [Unpublished master's thesis]. Uniwersytet Łódzki.",
        {"type": "thesis", "genre": "Unpublished master's thesis", "note": None},
    ),
    (
        "Brandt, H. (2019, May 3). *Gedächtnis und Schlaf* [Conference session]. Jahrestagung der DGPs, Wien, "
        "Austria.",
        {"type": "paper-conference", "genre": "Conference session", "note": None},
    ),
    # IOP's form with a remark in brackets where a book's publisher stands: no publisher, no book
    (
        "Smith J 2019 Measuring the Hubble constant (Personal communication)",
        {"type": "document", "publisher": None, "title": "Measuring the Hubble constant"},
    ),
    (
        "Okafor C N and Lee T 2021 Dust lanes in nearby spirals (Accepted)",
        {"publisher": None, "type": "document"},
    ),
    (
        "Ricci L 2018 Cosmic rays at the knee (Invited talk)",
        {"publisher": None},
    ),
    # a publisher's name alone in brackets is still read
    (
        "Weber A 2017 Programmieren mit Rust (dpunkt.verlag)",
        {"type": "book", "publisher": "dpunkt.verlag"},
    ),
    (
        "Hall P 2015 Lasers in surgery (World Scientific)",
        {"type": "book", "publisher": "World Scientific"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix103_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_firm_after_book_comma_left_where_a_publisher_is_read() -> None:
    text = "In: A. Paolella (Ed.), Studi di storia antica, Federico & Ardia, Napoli, Acme Press, 1993."
    book = "Studi di storia antica, Federico & Ardia, "
    a = text.index(book)
    place = text.index("Napoli")
    firm = text.index("Acme Press")
    spans = [
        Span("container-title", book, a, a + len(book)),
        Span("location", "Napoli", place, place + len("Napoli")),
        Span("publisher", "Acme Press", firm, firm + len("Acme Press")),
    ]
    assert publisher_after_book_comma(spans, text) == spans


def test_translations_of_a_long_text_read_in_time() -> None:
    text = 'x" [The Abc def]. ' * 1200  # some 21,600 characters, a bracket each 18
    began = time.perf_counter()
    translated_titles_apart(text)
    assert time.perf_counter() - began < 0.5
