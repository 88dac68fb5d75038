"""Mends of quoted titles: a work in quotation marks is the title, not the container."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# the whole span one quotation: "…", “…”, «…» (closing punctuation outside or inside)
_QUOTED = re.compile(r"^\s*[\"\u201c\u00ab]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201d\u00bb][\s.,;:]*$")
_CONTAINERS = frozenset(["container-title", "journal"])
_SETTLED = frozenset(["title", "volume", "issue", "pages"])  # a title, or a journal's numbers


def quoted_work_is_title(spans: list[Span], text: str) -> list[Span]:
    """Where no title and no journal's numbers were read, a container or journal that is wholly one
    quotation is the title: styles quote the titles of parts and set containers in italics."""
    if '"' not in text and "\u201c" not in text and "\u00ab" not in text:
        return spans
    for s in spans:
        if s.label in _SETTLED:
            return spans
    for k, s in enumerate(spans):
        if s.label in _CONTAINERS and _QUOTED.match(s.text):
            return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
