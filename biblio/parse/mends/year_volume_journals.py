"""Mends of a journal's year before its numbers: a one-word journal in the ACS's and MDPI's ``Title. Omega 2021, 102,
102317.`` read as the place (a journal's name straight before its year, volume and pages, with no journal read, is no
town: a book's imprint has no volume and first page after its year); BMC's ``Journal 2015, 23(02):204–206.`` with the
year read as the volume."""

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


# BMC's (EndNote's) numbers after the journal's name: "Journal 2015, 23(02):204–206", "Journal 2007(05):1169–1171",
# the year, then the volume after its comma or the issue in brackets, a colon before the pages (with no volume, a
# bracketed year is no issue: Chicago's "*Supreme Court Review* 1999 (2000): 1–50" is a year-named volume and its year)
_YEAR_NUMBERS_COLON = lazy_pattern(
    r"\s*(?P<year>(?:1[89]|20)\d\d)(?:,\s*(?P<volume>\d{1,4}))?"
    r"\s*(?:\((?P<issue>(?(volume)|(?!(?:1[89]|20)\d\d\)))\d{1,4})\))?:(?=\s*[A-Za-z]?\d)"
)
_NUMBER_LABELS = frozenset(["date", "volume", "issue"])


@needs(labels=["journal", "pages"], marks=[":"])
def year_numbers_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``China Journal of Health Psychology | 2015 | , 23(02): | 204–206.`` with the year read as the volume (or
    ``2007(05):`` as one date): the year straight after the journal's name, then the volume after a comma or the
    issue in brackets, and a colon before the pages, are the date, the volume and the issue."""
    for k, s in enumerate(spans[:-2]):
        if s.label != "journal":
            continue
        # (right after the name, no comma: ``IACR TCHES, 2018(3):21–43, 2018.`` names its year-volume after one,
        # the year stated again)
        m = _YEAR_NUMBERS_COLON.match(text, s.end) if not s.text.rstrip().endswith(",") else None
        if m is None or m["volume"] is None and m["issue"] is None:
            return spans
        taken = [t for t in spans[k + 1 :] if t.start < m.end()]
        rest = spans[k + 1 + len(taken) :]
        if not taken or any(t.label not in _NUMBER_LABELS for t in taken) or not rest or rest[0].label != "pages":
            return spans
        if any(t.label == "date" for t in (*spans[:k], *rest)):
            return spans
        conf = min(t.confidence for t in taken)
        read = [Span("date", m["year"], m.start("year"), m.end("year"), conf)]
        for var, label in (("volume", "volume"), ("issue", "issue")):
            if m[var] is not None:
                read.append(Span(label, text[m.start(var) : m.end(var)], m.start(var), m.end(var), conf))
        return [*spans[: k + 1], *read, *rest]
    return spans
