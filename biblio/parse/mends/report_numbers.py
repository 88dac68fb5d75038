"""Mends of a report's number read into its publisher: ``Paris: UNESCO, (PGI-93/WS/22).``,
``London: TSO (Cm. 6041).`` (Harvard after BS 5605 closes a report's imprint with its number in
brackets). A bracket of a code with digits that closes the publisher is no part of its name."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_NUMBER = re.compile(r"\s*,?\s*(?P<number>\((?=[^()]*\d)[^()\s][^()]{0,29}\))\s*[.,]?\s*$")


def number_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``UNESCO, (PGI-93/WS/22).`` read as the publisher: the bracketed code goes into a note."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or (m := _NUMBER.search(s.text)) is None or not s.text[: m.start()].strip():
            continue
        a, z = m.start("number"), m.end("number")
        head = Span("publisher", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        number = Span("note", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], head, number, *spans[k + 1 :]]
    return spans
