"""Mend of a list's last family name and its bare year read into the journal or meeting after them: the MIT
Joint Program's title-first ``Title? Paltsev, S., …, J.M. Reilly and H.D. | Jacoby 2014 Climate Policy, 15(4):
438-457`` and a talk's ``Cédric Durand, R. | Keucheyan 2012 AFEP-IIPPE-AHE joint conference, Paris``: after
names closing on a given name's initials, the capitalised word and the year that open the journal are the last
name's family name and the date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
_VENUES = ("journal", "container-title")
# names closing on initials ("… and H.D.", "…, R."): the family name is still to come
_INITIALS_CLOSE = lazy_pattern(r"(?:^|\s)[A-Z]\.(?:-?[A-Z]\.)*$")
# the family name, the bare year, then the venue's words
_FAMILY_YEAR = lazy_pattern(
    r"(?P<family>[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*)\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s+(?=[^\W\d_])"
)


def family_year_before_venue(spans: list[Span], text: str) -> list[Span]:
    """A journal or meeting opening with a capitalised word and a bare year, right after names that close on
    initials: the word closes the names, the year is the date, the rest the journal or meeting."""
    for k in range(1, len(spans)):
        names, s = spans[k - 1], spans[k]
        if names.label not in _NAMES or s.label not in _VENUES:
            continue
        if text[names.end : s.start].strip() or not _INITIALS_CLOSE.search(names.text):
            return spans
        m = _FAMILY_YEAR.match(s.text)
        if m is None:
            return spans
        family_end, year_start, year_end = s.start + m.end("family"), s.start + m.start("year"), s.start + m.end("year")
        return [
            *spans[: k - 1],
            Span(names.label, text[names.start : family_end], names.start, family_end, names.confidence),
            Span("date", text[year_start:year_end], year_start, year_end, s.confidence),
            Span(s.label, text[s.start + m.end() : s.end], s.start + m.end(), s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
