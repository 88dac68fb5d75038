"""Spans for mend tests, written as the model would hand them: ``(label, text)`` parts in order."""

from __future__ import annotations

from biblio.parse.spans import Span


def spans_of(text: str, *labelled: tuple[str, str]) -> list[Span]:
    """The spans of ``text`` for ``labelled`` parts, each found after the one before it."""
    out, pos = [], 0
    for label, part in labelled:
        start = text.index(part, pos)
        out.append(Span(label, part, start, start + len(part)))
        pos = start + len(part)
    return out
