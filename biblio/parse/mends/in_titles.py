"""Mend of a book whose title opens with "In" in MLA 9's imprint (``Walker, Alice. In Love and Trouble.
Harcourt Brace Jovanovich, 1973.``).

After the names, "In" opens the book a chapter is in; the model reads it so, and the title as a chapter with
no title of its own, a given name as the title, or the publisher as a journal. A chapter has its own title
before its "In", and MLA 9's book closes on ``Publisher, Year.``: where nothing stands between the names and
"In", and the rest is one sentence, a publisher and a year, the sentence is the book's title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# inverted names (no digits, no stop but after an initial), the title from "In" to its closing stop, a publisher
# with no place and the year
_IN_TITLE_BOOK = lazy_pattern(
    r"(?P<names>[A-Z\u00c0-\u00de][^\d.:;()\"“]{1,40},(?:\s+[^\W\d_][\w'’-]*\.?|\s+[A-Z]\.){1,4}(?:,?\s+and\s"
    r"[^\d.:;()]{3,40}|,\s+et\s+al\.)?\.)\s+(?P<title>In\s+[^\W\d_][^:;()]{0,200}?(?::\s+[^;()]{1,200}?)?[^\W\d_]{2}[.?!])"
    r"\s+(?P<pub>[A-Z][^.,;:()\d]{1,60}),\s+(?P<year>(?:1[5-9]|20)\d\d)\.?\s*"
)
_CHAPTER_WORDS = lazy_pattern(r"\b(?:edited\s+by|translated\s+by|eds?\.|pp?\.|vol\.)", flags=0)


@needs(marks=(". In ",))
def book_title_opening_in(spans: list[Span], text: str) -> list[Span]:
    """``Walker, Alice. In Love and Trouble: Stories of Black Women. Harcourt Brace Jovanovich, 1973.`` read as a
    chapter with no title, or with the given name as the title, or with the publisher as a journal: the names,
    the title from "In", the publisher and the year."""
    m = _IN_TITLE_BOOK.fullmatch(text)
    if m is None or _CHAPTER_WORDS.search(m["title"]) or is_place(m["pub"]):
        return spans
    c = min((s.confidence for s in spans), default=1.0)
    parts = [("author", "names"), ("title", "title"), ("publisher", "pub"), ("date", "year")]
    mended = [Span(label, m[g], *m.span(g), c) for label, g in parts]
    if [(s.label, s.start, s.end) for s in spans] == [(s.label, s.start, s.end) for s in mended]:
        return spans
    return mended
