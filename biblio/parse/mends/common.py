"""What several mends share: the labels that name a work, sentence breaks, the last match."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

WORK_TITLES = frozenset(["title", "journal", "container-title", "collection-title"])
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})[.?!]\s+(?=[A-Z])")
WORD = re.compile(r"[^\W_]+")


def last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


def divided(spans: list[Span], k: int, a: int, z: int, left: str, right: str) -> list[Span]:
    """``spans`` with ``spans[k]`` divided: its text before offset ``a`` labelled ``left``, from
    offset ``z`` on labelled ``right`` (what lies between goes into no field)."""
    s = spans[k]
    head = Span(left, s.text[:a], s.start, s.start + a, s.confidence)
    tail = Span(right, s.text[z:], s.start + z, s.end, s.confidence)
    return [*spans[:k], head, tail, *spans[k + 1 :]]
