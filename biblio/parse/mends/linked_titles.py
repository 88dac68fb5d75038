"""Mends of a title written as a Markdown link, ``Doe, J. (2020). [Title](https://…). Journal, 1, 2.``: the
labeller reads the link text with its target as one address, and the record lost the title."""

from __future__ import annotations

from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span
from biblio.parse.tokens import MD_LINK

_LINK_START = ("http://", "https://", "www.", "doi:", "10.")


@needs(labels=("url",), without=("title",), marks=("](",))
def link_text_is_title(spans: list[Span], text: str) -> list[Span]:
    """``[A linked title](https://…)`` read wholly as the URL where no title was read: the link's words
    are the title, its target the URL."""
    if any(s.label == "title" for s in spans):
        return spans  # (a title read elsewhere: the link's words are something else, "[Link](…)")
    for m in MD_LINK.finditer(text):
        words = m.group(1).strip()
        if not any(c.isalpha() for c in words) or words.lower().startswith(_LINK_START):
            continue
        inside = [s for s in spans if s.start < m.end(1) and s.end > m.start(1)]
        if len(inside) != 1 or inside[0].label != "url":
            continue
        c = inside[0].confidence
        new = [Span("title", m.group(1), m.start(1), m.end(1), c), Span("url", m.group(2), m.start(2), m.end(2), c)]
        return replaced(spans, text, m.start(), m.end(), new)
    return spans
