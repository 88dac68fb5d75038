"""A quoted title with its maker in brackets after it: ``"Title" (Body, 2025)``."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the whole reference: the quoted title, then the body's name and maybe the year or the kind of work, bracketed
_ATTRIBUTED = lazy_pattern(
    r"\s*[\"“](?P<title>[^\"“”]{3,300})[\"”]\s*\((?P<who>(?=[^(),]*[A-Z])[A-Za-z][^(),\d]{0,80}?)"
    r"(?:,\s*(?:(?P<year>(?:1[5-9]\d\d|20\d\d))|(?P<kind>[A-Z][^(),\d]{1,40})))?\)\.?\s*"
)
# what a bracket after a title says of the work itself, not who made it
_NO_MAKER = lazy_pattern(
    r"(?:PDF|HTML|Video|Audio|Podcast|Online|Preprint|Draft|Forthcoming|In\s+\w+|Abstract|Slides|Poster|Blog)\b", re.I
)


@needs(labels=["title"], marks=("\"", "“"))
def maker_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """A reading list's ``"Beyond Boundaries: GHG Accounting …" (iCI, 2025)`` or ``"Principles of Green Software
    Engineering" (Green Software Foundation)``, nothing but a quoted title and a bracket: the bracket names who
    made the work (and when, or what kind of work it is), so its name is the author, not a note."""
    m = _ATTRIBUTED.fullmatch(text)
    if m is None or _NO_MAKER.match(m.group("who")):
        return spans
    out = [
        Span("title", text[m.start("title") - 1 : m.end("title") + 1], m.start("title") - 1, m.end("title") + 1, 1.0),
        Span("author", m.group("who"), m.start("who"), m.end("who"), 1.0),
    ]
    if m.group("year"):
        out.append(Span("date", m.group("year"), m.start("year"), m.end("year"), 1.0))
    elif m.group("kind"):
        out.append(Span("genre", m.group("kind"), m.start("kind"), m.end("kind"), 1.0))
    return out
