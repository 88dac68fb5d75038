"""APS's and AIP's chapter, its title set plain: ``S. Hockey, The History of Humanities Computing, in A Companion to
Digital Humanities, edited by S. Schreibman (Blackwell, Oxford, 2004), pp. 3–19.``

No quote closes the chapter's title: the model reads the book into it, or cuts the book at its colon. The words
between ``, in`` and ``, edited by`` are the book, those before ``, in`` the chapter's title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

# the last ", in" before ", edited by": the book holds no ", in" of its own (its name may be set in Markdown's
# italics, "in *Selected Papers*, edited by")
_IN_BOOK_EDITED = lazy_pattern(r",\s+(?P<in>in)\s+(?P<book>[*_]?[A-Z](?:(?!,\s+in\s)[^()])*?),\s+edited\s+by\s")


@needs(labels=["title"], marks=("edited by",))
def book_after_plain_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, in Book: Subtitle, edited by …`` with the book read into the title or cut: the book runs from ``in``
    to ``, edited by``."""
    m = _IN_BOOK_EDITED.search(text)
    if m is None:
        return spans
    # the title up to ", in", whole or read as two titles
    title = next((s for s in spans if s.label == "title" and s.start < m.start() <= s.end), None)
    if title is None:
        return spans
    new = [
        Span("title", text[title.start : m.start()], title.start, m.start(), title.confidence),
        Span("container-title", m.group("book"), m.start("book"), m.end("book")),
    ]
    return read_anew(spans, text, title.start, m.end("book"), new)
