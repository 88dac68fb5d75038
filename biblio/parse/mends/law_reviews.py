"""Mend of the law reviews' citation (OSCOLA, McGill and the French legal notes after them): ``« Title », (2010) 15
Stanford Journal of Law, 127.``, the year in brackets, the volume, the journal, then the first page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "(2010) 15", "(1993) 45-526", "(2012) n°3407": the year in brackets, then the volume (or the issue, marked)
_YEAR_THEN_NUMBER = lazy_pattern(
    r"\(\s*(?:1[5-9]|20)\d\d\s*\)\s+(?P<number>(?P<issue>n[°o]\.?\s*)?\d{1,4}(?:-\d{1,4})?)(?=\s)"
)
# the first page after the journal: "127.", "p. 228.", "p.204."
_PAGE = lazy_pattern(r"^\s*(?:p\.\s*)?\d{1,5}\s*[.,;]?\s*$")
_NUMBERS = frozenset(["pages", "volume", "issue"])
_JOURNALS = frozenset(["journal", "container-title"])


@needs(labels=["date"], marks=["("])
def law_review_numbers(spans: list[Span], text: str) -> list[Span]:
    """``(2010) 15 | Stanford Journal of Law, | 127.`` read with the volume in the date and the page as the volume
    (or ``(1993) | 45-526 | Droit Marit. Fr. | p.204.`` with the volume as the pages): between the bracketed year
    and the journal stands the volume (``n°`` marks an issue), and after the journal the first page."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "date" or (m := _YEAR_THEN_NUMBER.match(text, s.start)) is None:
            continue
        a, z = m.start("number"), m.end("number")
        # the number: the end of the date span, or the whole span after it
        j = k + 1 if z <= s.end else k + 2
        if j == k + 2 and (k + 1 >= len(spans) or spans[k + 1].label not in _NUMBERS or spans[k + 1].start != a):
            return spans
        if j + 1 >= len(spans) or spans[j].label not in _JOURNALS or spans[j].start < z:
            return spans
        page = spans[j + 1]
        if page.label not in _NUMBERS or not _PAGE.match(page.text) or spans[j + 2 :]:
            return spans
        d = s.start + len(text[s.start : a].rstrip())
        date = Span("date", text[s.start : d], s.start, d, s.confidence)
        number = Span("issue" if m.group("issue") else "volume", text[a:z], a, z, s.confidence)
        pages = Span("pages", page.text, page.start, page.end, page.confidence)
        return [*spans[:k], date, number, spans[j], pages]
    return spans


# OSCOLA's journal: the year in square brackets where the journal numbers no volumes ("[2005] PL 440", "[1998]
# Crim LR 44", "[2012] 2 LMCLQ 123"), in round ones before the volume ("(2002) 22 OJLS 1"); then the journal's
# abbreviation and the first page close the reference
_OSCOLA_TAIL = lazy_pattern(
    r"(?:\[\s*(?P<year>(?:1[5-9]|20)\d\d)\s*\]|\(\s*(?P<round>(?:1[5-9]|20)\d\d)\s*\)(?=\s+\d))\s+"
    r"(?:(?P<volume>\d{1,3})\s+)?(?P<journal>[A-Z][A-Za-z&.]*(?:\s+[A-Z][A-Za-z&.]*){0,5})\s+(?P<page>\d{1,5})\s*\.?\s*$"
)


@needs(labels=["title"], marks=("[", "("))
def oscola_journal(spans: list[Span], text: str) -> list[Span]:
    """OSCOLA's ``Paul Craig, 'Title' [2005] PL 440.`` or ``'Title' (2002) 22 OJLS 1.`` read with the journal as a
    volume or a note: after the title, the bracketed year, the volume if any, the journal and its first page."""
    m = _OSCOLA_TAIL.search(text)
    if m is None:
        return spans
    cut = m.start()
    before: list[Span] = []
    for s in spans:
        if s.end <= cut:
            before.append(s)
        elif s.start < cut:
            if text[cut : s.end].strip(" [("):
                return spans  # a field runs on past the bracket
            end = s.start + len(text[s.start : cut].rstrip())
            before.append(Span(s.label, text[s.start : end], s.start, end, s.confidence))
    if not before or before[-1].label != "title":
        return spans
    c = min([s.confidence for s in spans if s.end > cut] or [1.0])
    year_end = m.end("year" if m.group("year") else "round") + 1
    out = [*before, Span("date", text[cut:year_end], cut, year_end, c)]
    if m.group("volume"):
        out.append(Span("volume", m.group("volume"), m.start("volume"), m.end("volume"), c))
    out.append(Span("journal", m.group("journal"), m.start("journal"), m.end("journal"), c))
    out.append(Span("pages", m.group("page"), m.start("page"), m.end("page"), c))
    return out
