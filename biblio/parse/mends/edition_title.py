"""Mend of a book's title read into its edition: ``J. D. Jackson, Classical Electrodynamics, 3rd ed.
(Wiley, New York, 1999)`` with ``Classical Electrodynamics, 3rd ed.`` as the edition."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# words, a comma, then the edition statement: "Classical Electrodynamics, 3rd ed."
_TITLE_THEN_EDITION = re.compile(
    r"\s*(?P<title>[^\W\d_][^,]*?),\s+(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z]\w+)\s+(?:ed|edn|edition)\.?)\s*$",
    re.I,
)


def title_before_edition(spans: list[Span], text: str) -> list[Span]:
    """With no title read, the words before ``, 3rd ed.`` in the edition span are the title."""
    k = next((k for k, s in enumerate(spans) if s.label == "edition"), None)
    if k is None or any(s.label == "title" for s in spans):
        return spans
    s = spans[k]
    m = _TITLE_THEN_EDITION.match(text, s.start, s.end)
    if m is None:
        return spans
    (a, z), e = m.span("title"), m.start("edition")
    title = Span("title", text[a:z], a, z, s.confidence)
    edition = Span("edition", text[e : s.end], e, s.end, s.confidence)
    return [*spans[:k], title, edition, *spans[k + 1 :]]
