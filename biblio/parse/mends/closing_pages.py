"""German lists' pages read as a note at the reference's end: ``…, Jg. 41 (2000), H. 3, S. 1-21.`` and the English
journal's part before them, ``Vol. 96 (2001), Pt. 3, S. 732-746.``: ``S.`` (Seite) names the pages, ``Pt.`` the
part of the volume, the issue."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the note: perhaps the part ("Pt. 3,"), then the pages with their word
_PART_PAGES = lazy_pattern(
    r"(?:(?P<part>Pt\.\s*(?P<issue>\d+[a-z]?))\s*,\s*)?(?P<pages>S\.\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?(?:\s*ff?\.)?)\.?\s*"
)
# what the note follows: the numbers or the imprint of the work holding it
_BEFORE = frozenset(["volume", "issue", "date", "collection-title"])


@needs(labels=["note"], marks=("S.",))
def german_pages_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """``…, H. 3, S. 1-21.`` with ``S. 1-21.`` (and a part before it) read as a note closing the reference."""
    if len(spans) < 2 or spans[-1].label != "note" or spans[-2].label not in _BEFORE:
        return spans
    s = spans[-1]
    lead = len(s.text) - len(s.text.lstrip())
    m = _PART_PAGES.fullmatch(s.text, lead)
    if m is None or m.group("part") and any(x.label == "issue" for x in spans):
        return spans
    a = s.start
    new = [Span("pages", text[a + m.start("pages") : s.end], a + m.start("pages"), s.end, s.confidence)]
    if m.group("part"):
        new.insert(0, Span("issue", m.group("issue"), a + m.start("issue"), a + m.end("issue"), s.confidence))
    return [*spans[:-1], *new]


_BARE_NUMBER = lazy_pattern(r"\s*\d{1,4}\s*")
_BRACKETED_YEAR = lazy_pattern(r"\s*\((?:1[5-9]|20)\d\d\)\s*[,.:]?\s*")


@needs(labels=["pages", "date"])
def volume_read_as_pages_before_year(spans: list[Span], text: str) -> list[Span]:
    """German's ``in: Scriptorium 49 (1995), S. 312–319.`` with the volume read as a second span of pages: a bare
    number before the bracketed year, with the pages after the year, is the volume."""
    if any(s.label == "volume" for s in spans):
        return spans  # ("Ann. Phys.326 ,2634 ( 2011).1750132": the volume read, the page stays)
    for k in range(len(spans) - 2):
        s, year, pages = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "pages" or year.label != "date" or pages.label != "pages":
            continue
        if _BARE_NUMBER.fullmatch(s.text) and _BRACKETED_YEAR.fullmatch(year.text):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
