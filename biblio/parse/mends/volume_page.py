"""Mend of a volume read with its page after it and no comma between: ``New J. Phys. **10** 065022``
(a bold volume) or ``Ann. Phys. 303 2`` (IOP's ``Journal Volume Page``)."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_VOLUME_THEN_PAGE = re.compile(r"\s*\**(?P<volume>\d+)\**\s+(?P<page>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\W*$")


def page_in_volume(spans: list[Span], text: str) -> list[Span]:
    """With no page read, a volume span of two numbers is the volume and the page."""
    k = next((k for k, s in enumerate(spans) if s.label == "volume" and " " in s.text.strip()), None)
    if k is None or any(s.label in ("pages", "issue") for s in spans):
        return spans
    s = spans[k]
    m = _VOLUME_THEN_PAGE.match(text, s.start, s.end)
    if m is None:
        return spans
    a, v = m.start("page"), m.end("volume")
    volume = Span("volume", text[s.start : v], s.start, v, s.confidence)
    pages = Span("pages", text[a : s.end], a, s.end, s.confidence)
    return [*spans[:k], volume, pages, *spans[k + 1 :]]
