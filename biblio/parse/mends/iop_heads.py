"""IOP's head ``Finnis M 2003 *Title* (Publisher)`` read as the title: no names and no year read; and IOP's
chapter ``Title *Book* ed E Pavarini and E Koch (Publisher) ch 3`` with the book read into the title.

IOP's Harvard form writes the names with bare initials and the year with no punctuation before the title
(``Finnis M 2003 *Interatomic Forces in Condensed Matter* (Oxford University Press)``). On a short book
with one author the model may read the whole head as the title; a family name with capital initials and a
year opening the first span are the names and the date.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["container-title", "journal"])
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z]){1,3}"
_HEAD = lazy_pattern(
    rf"^(?P<names>{_NAME}(?:,\s{_NAME})*(?:\s+and\s+{_NAME})?)\s+(?P<year>(?:1[6-9]|20)\d\d[a-z]?)(?:\s+(?=\S)|\s*$)"
)


@needs(labels=["title"], without=["author", "editor", "date"])
def names_and_year_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Finnis M 2003 *Interatomic …`` read as one title: the names, the year, then the title (or, where
    the title was read apart as a work in italics, that work)."""
    if not spans or spans[0].label != "title" or (m := _HEAD.match(spans[0].text)) is None:
        return spans
    s, rest = spans[0], spans[1:]
    a, y, t = m.end("names"), m.start("year"), m.end()
    head = [
        Span("author", s.text[:a], s.start, s.start + a, s.confidence),
        Span("date", s.text[y : m.end("year")], s.start + y, s.start + m.end("year"), s.confidence),
    ]
    if s.text[t:].strip():
        return [*head, Span("title", s.text[t:], s.start + t, s.end, s.confidence), *rest]
    if rest and rest[0].label in _WORKS and rest[0].text.strip().startswith("*"):
        return [*head, Span("title", rest[0].text, rest[0].start, rest[0].end, rest[0].confidence), *rest[1:]]
    return spans


@needs(labels=("title", "editor"), marks="*")
def italic_book_before_editors(spans: list[Span], text: str) -> list[Span]:
    """``From electrons to … simulations *Topology, Entanglement and Strong Correlations* | ed E Pavarini``
    read as one title: IOP sets a chapter's title plain and the book in italics before its editors, so the
    italics that close the title are the book."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "editor":
            continue
        for run in emphasis_runs(text):
            if not s.start < run.start < s.end <= run.end <= nxt.start or not WORD.search(text[s.start : run.start]):
                continue
            title = Span("title", text[s.start : run.start], s.start, run.start, s.confidence)
            book = Span("container-title", text[run.start : run.end], run.start, run.end, s.confidence)
            return [*spans[:k], title, book, *spans[k + 1 :]]
        return spans
    return spans
