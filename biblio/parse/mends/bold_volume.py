"""Mend of a bold volume with its page after it and no comma between (``New J. Phys. **10** 065022``)
read as one volume."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_BOLD_THEN_PAGE = re.compile(r"\s*\**(?P<volume>\d+)\*\*,?\s+(?P<page>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\W*$")


def page_after_bold_volume(spans: list[Span], text: str) -> list[Span]:
    """The bold marks close the volume; the number after them is the page."""
    if any(s.label == "pages" for s in spans):
        return spans
    for k, s in enumerate(spans):
        m = _BOLD_THEN_PAGE.match(text, s.start, s.end) if s.label == "volume" and "**" in s.text else None
        if m:
            a, z = m.start("page"), s.end
            volume = Span("volume", text[s.start : m.end("volume")], s.start, m.end("volume"), s.confidence)
            pages = Span("pages", text[a:z], a, z, s.confidence)
            return [*spans[:k], volume, pages, *spans[k + 1 :]]
    return spans
