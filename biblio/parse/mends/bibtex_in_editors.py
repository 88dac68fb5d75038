"""BibTeX's ``In E. Editor and F. Editor, editors, Book, volume 12 of Series, pages 1–9. Publisher, Place,
Month Year.`` (the ``plain``, ``abbrv`` and ``alpha`` styles and cryptobib's keys): the names before the
role word are the editors and the words up to the volume, the pages or the full stop are the book, where a
reading runs the role word into the book (``editors, CRYPTO``) or the book's short name into the editors."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a name's words: capitalised words and initials, a family name's particles, "Juan A. Garay"
_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|van|von|de|der|den|da|di|du|la|le)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
_EDITORS_BOOK = lazy_pattern(
    rf"(?:^|[.,]\s+)(?P<in>In)\s+(?P<eds>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME}){{0,9}},\s+editors?),\s+"
    # the book's short name or title: a full stop only inside a word ("Proc.IEEE", "CRYPTO’86")
    # or before a number that goes on with it ("Logical Foundations of Computer Science. 4th International Symposium")
    # or an abbreviation's before a lower-case word ("Proc. of SAT Competition 2024")
    r"(?P<book>[^\s.,](?:[^.]|\.(?=\S)|\.(?=\s\d)|\.(?=\s(?:of|on|in|for|the)\s)){0,200}?)"
    r"(?=,\s+(?:volume|vol\.|number|no\.|pages|pp\.)\s|\.\s(?!\d)(?!(?:of|on|in|for|the)\s))"
)


_IMPRINT = frozenset(["location", "publisher"])


@needs(marks=(", editor",))
def editors_then_book(spans: list[Span], text: str) -> list[Span]:
    """``In Ran Canetti and Juan A. Garay, editors, | CRYPTO | 2013, Part I, volume 8042 of LNCS`` with the
    book's name read into the editors (or the role word into the book, or the book into a note): the names
    and the role word are the editors, the rest up to the volume or the pages the container."""
    m = _EDITORS_BOOK.search(text)
    if m is None:
        return spans
    a, b, z = m.start("in"), m.start("book"), m.end("book")
    # a place or publisher read after the book's name closes it ("…, Chicago, IL. Chicago Linguistic Society")
    z = min([z, *(s.start for s in spans if s.label in _IMPRINT and b < s.start < z)])
    z = b + len(text[b:z].rstrip(" ,;"))
    eds = Span("editor", m.group("eds"), m.start("eds"), m.end("eds"))
    book = Span("container-title", text[b:z], b, z)
    inside = [s for s in spans if a <= s.start and s.end <= z]
    if [(s.label, s.start, s.end) for s in inside] == [(x.label, x.start, x.end) for x in (eds, book)]:
        return spans
    if any(s.label in ("title", "page") for s in inside):
        return spans
    # a year in the book's name ("CRYPTO 2013") read as the date: the reference must state it again
    if any(s.label == "date" for s in inside) and not any(s.label == "date" and s.start >= z for s in spans):
        return spans
    return replaced(spans, text, a, z, [eds, book])
