"""Mend of a chapter as the American Anthropological Association's style prints it:
``Title. In Book Title. G. Lock, ed. Pp. 85–100. Place: Publisher.``

The book's editors come after its title, in natural order, closed by the role (``ed.``, ``eds.``), and the
pages follow with ``Pp.``. The model reads the editors' initials into the book's title (``Beyond the Map.
G. Lock``) or the role into the pages (``ed. Pp. 85–100``) when the names are few or short. The role right
before ``Pp.`` leaves no doubt: the sentence before it is the editors, the one before that (after ``In``)
the book, an edition statement between them its edition.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.normalisers.names import PARTICLES
from biblio.parse.spans import Span

# the role closing the editors, then the pages: ", eds. Pp. 39–66"
_ROLE_THEN_PAGES = lazy_pattern(
    r",\s+(?P<role>eds?\.)\s+(?P<pages>[Pp]p?\.\s*[A-Za-z]?\d+(?:\s*[-\u2010-\u2014]\s*[A-Za-z]?\d+)?)"
)
# a sentence's end: a word of two letters or more (no initial) closed by its stop, or a question's mark
_SENTENCE_END = lazy_pattern(r"(?:[^\W\d_]{2}[.]|[?!])\s+(?=\S)")
_IN = lazy_pattern(r"(?:^|(?<=[.?!]\s))[Ii]n\s+(?=[^\W\d_])")
_EDITION = lazy_pattern(
    r"\d+(?:st|nd|rd|th)\s+(?:ed\.|edn\.|edition\.?)\s*$|(?:Revised|Rev\.)\s+ed(?:ition|\.)?\.?\s*$"
)


def _names_like(words: list[str]) -> bool:
    """Whether every word can belong to a list of names in natural order."""
    if not 1 <= len(words) <= 16:
        return False
    return all(w[:1].isupper() or w in PARTICLES or w in ("and", "&") for w in words)


@needs(marks=("d. Pp", "ds. Pp", "d. pp", "ds. pp"))
def editors_before_pages(spans: list[Span], text: str) -> list[Span]:
    """``In Beyond the Map. G. Lock, ed. Pp. 85–100.`` read as one container and ``ed. Pp.`` pages: the book
    after ``In``, its edition, the editors with their role, then the pages."""
    m = _ROLE_THEN_PAGES.search(text)
    if m is None:
        return spans
    ins = list(_IN.finditer(text, 0, m.start()))
    if not ins:
        return spans
    in_at, book_at = ins[-1].start(), ins[-1].end()
    ends = list(_SENTENCE_END.finditer(text, book_at, m.start()))
    if not ends:
        return spans
    names_at = ends[-1].end()
    if not _names_like(text[names_at : m.start()].replace(",", " ").split()):
        return spans
    book_end = ends[0].start() + len(ends[0].group().rstrip()) - 1
    new: list[Span] = []
    if len(ends) > 1:
        # "In Game Play. 2nd edition. C. E. Schaefer and S. E. Reid, eds.": the middle sentence is the edition
        middle = text[ends[0].end() : names_at]
        if len(ends) > 2 or not _EDITION.search(middle):
            return spans
        new.append(Span("edition", middle, ends[0].end(), names_at))
    if text[book_end : book_end + 1] in "?!":
        book_end += 1
    new.insert(0, Span("container-title", text[in_at:book_end], in_at, book_end))
    new.append(Span("editor", text[names_at : m.end("role")], names_at, m.end("role")))
    new.append(Span("pages", m.group("pages"), m.start("pages"), m.end("pages")))
    return read_anew(spans, text, in_at, m.end(), new)
