"""The AMS's ``Ann. of Math. (2) 155 (2002), no. 3, 807–836``: a series mark inside the journal's name.

Mathematical Reviews abbreviates a journal with its series or new-series mark, or the place that
tells two journals apart, in brackets: ``Ann. of Math. (2)``, ``Mat. Sb. (N.S.)``, ``Ann. Inst.
Fourier (Grenoble)``.  The AMS styles then write the volume and the year in brackets.  The model
reads the mark as an issue or a place, and the volume after it as a page.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title"])
# "(2)", "(3)", "(N.S.)", "(Grenoble)": a number, initials or one capitalised word in brackets
_MARK = lazy_pattern(r"^\s*\((?:\d{1,2}|(?:[A-Z]\.\s?){1,3}|[A-Z][a-z]{2,})\)\s*$")
_NUMBER = lazy_pattern(r"^\s*\d{1,5}\s*,?\s*$")
_BRACKETED_YEAR = lazy_pattern(r"^\s*\((?:1[5-9]\d\d|20\d\d)")


@needs(any_label=_WORKS)
def series_mark_in_journal(spans: list[Span], text: str) -> list[Span]:
    """``Ann. of Math. | (2) | 155 | (2002)`` read as journal, issue, page and date: the mark is the
    journal's, the number before the bracketed year its volume."""
    for k in range(len(spans) - 3):
        journal, mark, number, date = spans[k : k + 4]
        if (
            journal.label not in _WORKS
            or not _MARK.match(mark.text)
            or text[journal.end : mark.start].strip()
            or not _NUMBER.match(number.text)
            or not _BRACKETED_YEAR.match(date.text)
        ):
            continue
        named = Span(journal.label, text[journal.start : mark.end], journal.start, mark.end, journal.confidence)
        volume = Span("volume", number.text, number.start, number.end, number.confidence)
        return [*spans[:k], named, volume, *spans[k + 3 :]]
    return spans


# a journal's new series named in its title ("Quaderni Urbinati di Cultura Classica New Series"), then "Vol." and
# "No."
_NEW_SERIES_CLOSES = lazy_pattern(
    r"\b(?:New\s+Series|Nova\s+Series|Neue\s+Folge|Nuova\s+Serie|Nouvelle\s+Série)[\s.,]*$"
)
_VOL = lazy_pattern(r"^\s*Vol\.?\s*\d")
_NO = lazy_pattern(r"^\s*No\.?\s*\d")


@needs(labels=["collection-title", "volume", "issue"], marks=("Vol",))
def new_series_journal_read_as_series(spans: list[Span], text: str) -> list[Span]:
    """``Title. Quaderni Urbinati di Cultura Classica New Series, Vol.95, No.2. 2010.`` with the journal, its new
    series named in its title, read as a book's series: with a volume and an issue after it, it is the journal."""
    if any(s.label in ("container-title", "journal", "publisher", "location") for s in spans):
        return spans
    for k in range(len(spans) - 2):
        work, volume, issue = spans[k : k + 3]
        if (
            work.label == "collection-title"
            and volume.label == "volume"
            and issue.label == "issue"
            and _NEW_SERIES_CLOSES.search(work.text)
            and _VOL.match(volume.text)
            and _NO.match(issue.text)
        ):
            return [
                *spans[:k],
                Span("container-title", work.text, work.start, work.end, work.confidence),
                *spans[k + 1 :],
            ]
    return spans
