"""Mend of a one-word journal in the ACS's and MDPI's ``Title. Omega 2021, 102, 102317.`` read as the place: a
journal's name straight before its year, volume and pages, with no journal read, is no town (a book's imprint has
no volume and first page after its year)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the ACS's and MDPI's year with its comma ("2021,"), and the volume after it ("102,", "13 (2),")
_YEAR_COMMA = lazy_pattern(r"\s*(?:1[89]\d\d|20\d\d),\s*")
_VOLUME_COMMA = lazy_pattern(r"\s*\d{1,4}(?:\s*\(\d{1,4}\))?,\s*")


@needs(labels=["location", "date", "volume", "pages"], without=("journal", "publisher"))
def journal_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """``Omega | 2021, | 102, | 102317.`` with the journal read as a place: the place's span straight before the
    year, the volume and the pages, in that order, is the journal."""
    for k in range(1, len(spans) - 3):
        s, date, vol, pages = spans[k : k + 4]
        if s.label != "location" or (date.label, vol.label, pages.label) != ("date", "volume", "pages"):
            continue
        if spans[k - 1].label != "title" or s.text.rstrip()[-1:] in ",:;":
            return spans
        if not _YEAR_COMMA.fullmatch(date.text) or not _VOLUME_COMMA.fullmatch(vol.text) or is_place(s.text.strip()):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
