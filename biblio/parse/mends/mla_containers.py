"""Mends of MLA 9's containers: a second container after the location, and a book's volume.

MLA names where a work was found as a second container after the first one's location:
``…, 1998, pp. 432-45. *JSTOR*, www.jstor.org/stable/…``. The database is the record's source, not a
second journal. A book published in volumes is cited ``*Title*. Vol. 6, Samford UP, 2012.``: a work
with a volume and a publisher but no issue or pages is a book, not a journal.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_CONTAINERS = frozenset(["journal", "container-title"])
_VOLUME_WORD = lazy_pattern(r"^\s*Vol\.\s*\d")


@needs(labels=["pages"], any_label=_CONTAINERS, marks="*")
def database_after_location(spans: list[Span], text: str) -> list[Span]:
    """``pp. 432-45. | *JSTOR*, | www.jstor.org/…`` with the database read as a second journal: an
    italic container after the pages, right before the address, is the source."""
    if "*" not in text:
        return spans
    for k in range(1, len(spans) - 1):
        s, before, after = spans[k], spans[k - 1], spans[k + 1]
        if s.label not in _CONTAINERS or before.label != "pages" or after.label not in ("url", "doi"):
            continue
        if not any(run.text_start <= s.start and s.end <= run.end + 2 for run in emphasis_runs(text)):
            continue
        if sum(x.label in _CONTAINERS for x in spans) < 2:
            continue
        return [*spans[:k], Span("source", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=("publisher", "journal", "volume"), without=("title", "issue", "pages"))
def volume_of_a_book(spans: list[Span], text: str) -> list[Span]:
    """``*A History of …*. | Vol. 6, | Samford UP,`` read as a journal and its volume: with a publisher
    and no issue or pages, the work is a book in volumes, its title the title."""
    labels = [s.label for s in spans]
    if "title" in labels or "publisher" not in labels or {"issue", "pages"} & set(labels):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "journal" and nxt.label == "volume" and _VOLUME_WORD.match(nxt.text):
            return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
