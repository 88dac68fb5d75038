"""The AAS astronomy journals' references print no article title: ``Hooper, D., 2017, Physics of the Dark
Universe, 15, 53`` is names, year, journal, volume and page, parted by commas."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title", "collection-title"])
_NUMBERS = frozenset(["volume", "issue", "pages"])
# what may close such a reference after its numbers
_AFTER = _NUMBERS | {"publisher", "doi", "url", "note"}
_BARE_YEAR = lazy_pattern(r"^\s*(?:1[89]|20)\d\d[a-z]?\s*,?\s*$")
_BARE_NUMBER = lazy_pattern(r"^\s*\d")
# a sentence inside the span (a title's, not a journal's name): a full stop after a word of three letters
_SENTENCE = lazy_pattern(r"[^\W\d_]{3}\.\s")


@needs(labels=("title", "date"), without=_WORKS)
def journal_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """AAS's ``2017, Physics of the Dark Universe, 15, 53`` with the journal read as the title: a short
    name, the only work read, between the bare year and bare numbers, is the journal."""
    labels = labels_of(spans)
    if "title" not in labels or "date" not in labels or not labels.isdisjoint(_WORKS):
        return spans
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "title":
            continue
        before, after = spans[k - 1], spans[k + 1 :]
        if before.label != "date" or not _BARE_YEAR.match(before.text) or after[0].label not in _NUMBERS:
            return spans
        if not _BARE_NUMBER.match(after[0].text) or any(a.label not in _AFTER for a in after):
            return spans
        if not s.text.rstrip().endswith(",") or len(WORD.findall(s.text)) > 8 or _SENTENCE.search(s.text):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
