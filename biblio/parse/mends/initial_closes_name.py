"""Mend of a book whose short title the labeller read on into the author's initials: ``Schmidt, K. Grundriss der
Physik. Berlin: Springer, 1987.`` read as one author (given ``K. Grundriss der Physik``) and no title. An inverted
name's initials close it; with no title read anywhere and the imprint right after, the words after the initials
are the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the family name (one or two words), its comma, one to three initials, then the title's words to a full stop
_INITIALS_THEN_WORDS = lazy_pattern(
    r"(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ -][A-Z\u00c0-\u00de][\w'\u2019-]+)?,\s+"
    r"[A-Z\u00c0-\u00de]\.(?:\s?-?[A-Z\u00c0-\u00de]\.){0,2})\s+"
    r"(?P<title>[A-Z\u00c0-\u00de][^.:;&]*?\S)\.?\s*"
)
_IMPRINT = frozenset(["location", "publisher", "date"])
_WORKS = frozenset(["title", "container-title", "journal", "editor"])


@needs(labels=("author",), without=_WORKS)
def short_title_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``Hale, R. Cotton Lands. Houston: Rice University Press, 1990.`` read as one author: the name closes on its
    initials, the words after them, before the imprint, are the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label not in _IMPRINT:
        return spans
    if any(s.label in _WORKS for s in spans):
        return spans  # (as its gate says: a work read elsewhere leaves the name alone)
    first = spans[0]
    m = _INITIALS_THEN_WORDS.fullmatch(first.text)
    if m is None or len(m["title"].split()) < 2 or " and " in m["title"]:
        return spans
    a, z = first.start + m.start("name"), first.start + m.end("name")
    b, e = first.start + m.start("title"), first.start + m.end("title")
    return [
        Span("author", text[a:z], a, z, first.confidence),
        Span("title", text[b:e], b, e, first.confidence),
        *spans[1:],
    ]
