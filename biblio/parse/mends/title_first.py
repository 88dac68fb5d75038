"""Mend of APA's reference with no author, whose title takes the author's place: ``Good chemistry. (1996,
September). Wake Forest University Magazine, 44(1), p. 8``. The model reads the title as the author (a
person ``Good chemistry``) and finds no title. Words with no comma and no initial, before the bracketed date,
in a reading that holds a journal but no title, are the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import lower_words
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# what a name list shows: a comma, an initial, "&", "et al."
_NAME_MARK = lazy_pattern(r",|&|\bet al\b|(?:^|\s)[A-Z]\.(?:\s|$)")
_WORK = frozenset(["journal", "container-title"])


@needs(labels=["author", "date"], without=["title"], marks=["("])
def title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """``Good chemistry. | (1996, September). | Wake Forest University Magazine,`` read as a person."""
    if len(spans) < 3 or any(s.label == "title" for s in spans):
        return spans
    a, d = spans[0], spans[1]
    if a.label != "author" or d.label != "date" or not d.text.lstrip().startswith("("):
        return spans
    if not any(s.label in _WORK for s in spans[2:]) or _NAME_MARK.search(a.text.rstrip(" .")):
        return spans
    words = a.text.split()
    # a title's words: two or more, one at least in lower case (a name's words are capitalised but its links)
    if len(words) < 2 or not lower_words(words):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]


@needs(labels=["author", "edition"], without=["title"])
def edition_after_title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Companion to Chaucer Studies, Rev. ed., Oxford UP, 1979`` read with the title as the author: an
    edition follows a work's title, and words in lower case among capitalised ones (``to``) are a title's, so
    the opening span of three words or more before the edition, no name's marks in it, is the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "edition":
        return spans
    a = spans[0]
    if text[a.end : spans[1].start].strip() or _NAME_MARK.search(a.text.rstrip(" .,")):
        return spans
    words = a.text.rstrip(" .,").split()
    if len(words) < 3 or not any(w.islower() for w in words[1:-1]):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]
