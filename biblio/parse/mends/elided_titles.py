"""A book's long title cut short with an elision mark after its italics, as early-modern lists give them:
``Burn, Richard. *Ecclesiastical Law* […], vol. 2. London: H. Woodfall and W. Strahan, 1763.``, read as a
journal with a volume."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the italics closed, then "[…]" or "[...]" (the editor's cut of the title)
_ELIDED_CLOSE = lazy_pattern(r"\*\s*\[(?:\u2026|\.\.\.)\]\s*[,.]?\s*$")


@needs(labels=("journal", "publisher"), without=("title", "container-title"), marks=("[",))
def elided_italic_title_is_book(spans: list[Span], text: str) -> list[Span]:
    """``*Ecclesiastical Law* […], | vol. 2. | London: | H. Woodfall …`` read as a journal: an italic work whose
    title the elision mark cuts, with a publisher and no other title, is the book's title."""
    for k, s in enumerate(spans):
        if s.label == "journal":
            m = _ELIDED_CLOSE.search(s.text)
            if m is None:
                return spans
            # (the mark itself is no part of the title)
            title = Span("title", s.text[: m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
            return [*spans[:k], title, *spans[k + 1 :]]
    return spans
