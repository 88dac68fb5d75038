"""Mends of dates: ``*Journal*, Summer-Fall 1996`` or ``*Journal* (January 2020):`` with the months or
season read into the journal (or the pages), and a meeting's month and days read as the volume."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import MONTHS, SEASONS
from biblio.parse.spans import Span
from biblio.parse.text import ascii_fold

# ", Summer-Fall" / ", January-February" / ", Nov." / Chicago's "* (January" closing a journal, the
# year in the next span
_TAIL = lazy_pattern(r"(?:,|[\s*_]*\()\s*([^\W\d_]+\.?)(?:\s*[-\u2013/]\s*([^\W\d_]+\.?))?[\s*_]*$")
_JOURNALS = frozenset(["journal", "container-title"])


def calendar_word(word: str | None) -> bool:
    folded = ascii_fold(word or "").lower().rstrip(".")
    return folded in MONTHS or folded in SEASONS


@needs(labels=["date"], any_label=(*_JOURNALS, "pages"), marks=[",", "("])
def months_before_year(spans: list[Span], text: str) -> list[Span]:
    """A journal, or pages (``pp. 128- 132,Feb. 2011``), that ends in months or a season followed by the
    year: those words join the date."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _JOURNALS and s.label != "pages" or "," not in s.text and "(" not in s.text:
            continue
        nxt = spans[k + 1]
        if nxt.label != "date":
            continue
        m = _TAIL.search(s.text)
        if m is None or not calendar_word(m.group(1)) or m.group(2) and not calendar_word(m.group(2)):
            continue
        a = m.start(1)
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        date = Span("date", text[s.start + a : nxt.end], s.start + a, nxt.end, nxt.confidence)
        return [*spans[:k], head, date, *spans[k + 2 :]]
    return spans


# ASA's magazine issue before its pages: "*Biography* July:70–73", "*Utne Reader* March–April:94–95",
# "*Newsweek* June 4:34": the months (and day) close the journal's span, or stand alone, before ":"
_BEFORE_PAGES = lazy_pattern(r"(?:^|[\s*_,]+)([^\W\d_]+\.?)(?:\s*[-\u2013/]\s*([^\W\d_]+\.?))?(?:\s+\d{1,2})?\s*:\s*$")


@needs(any_label=_JOURNALS)
def months_before_pages(spans: list[Span], text: str) -> list[Span]:
    """A journal followed by months and a colon before the pages: the months are the issue's date."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _JOURNALS:
            continue
        lone = k + 2 < len(spans) and spans[k + 1].label not in _JOURNALS and spans[k + 2].label == "pages"
        if lone:
            m = _BEFORE_PAGES.match(spans[k + 1].text.strip())
            if m is not None and calendar_word(m.group(1)) and (not m.group(2) or calendar_word(m.group(2))):
                nxt = spans[k + 1]
                return [*spans[: k + 1], Span("date", nxt.text, nxt.start, nxt.end, nxt.confidence), *spans[k + 2 :]]
            continue
        if spans[k + 1].label != "pages":
            continue
        m = _BEFORE_PAGES.search(s.text)
        if m is None or m.start() == 0 or not calendar_word(m.group(1)) or m.group(2) and not calendar_word(m.group(2)):
            continue
        a = s.start + m.start(1)
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        date = Span("date", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], head, date, *spans[k + 1 :]]
    return spans


# "Nov 15-16," — a month and the days of a meeting
_MONTH_DAYS = lazy_pattern(r"^\s*([^\W\d_]+\.?)\s+\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s*[.,]?\s*$")


@needs(labels=["volume"])
def meeting_days_as_volume(spans: list[Span], text: str) -> list[Span]:
    """``Roekville, Maryland, Nov 15-16, 1996`` with the meeting's month and days read as the volume:
    they are a note (the year after them is the date)."""
    for k, s in enumerate(spans):
        if s.label == "volume" and (m := _MONTH_DAYS.match(s.text)) and calendar_word(m.group(1)):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# MHRA's book imprint with no place, "(Winter, 2000)": a season's word, its comma, the year, in brackets
_SEASON_COMMA_YEAR = lazy_pattern(r"\(\s*(?P<name>[A-Z][a-z]+),\s*(?P<year>(?:1[5-9]|20)\d\d)\s*\)[.,]?\s*")
# what shows a reading is a periodical's part, to which a season dates
_PART_LABELS = frozenset(["journal", "container-title", "volume", "issue"])
# a note's one page cited in a book, "p. 45", no article's range of pages
_CITED_PAGE = lazy_pattern(r"\s*,?\s*p\.\s*\d+\.?\s*")


@needs(labels=["date", "title"], without=(*_PART_LABELS, "publisher"), marks=(", ",))
def season_named_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Coetsem, Frans van, Title (Winter, 2000)``: MHRA's book imprint ``(Publisher, Year)`` with a publisher named
    like a season (Heidelberg's Winter) read as a season's date. A season dates a periodical's issue; with no journal,
    volume, issue or range of pages read (a note's cited ``p. 45`` may follow), and the comma a publisher's imprint
    takes, the word is the publisher."""
    if any(s.label == "pages" and not _CITED_PAGE.fullmatch(s.text) for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "date" or (m := _SEASON_COMMA_YEAR.fullmatch(s.text)) is None:
            continue
        if ascii_fold(m.group("name")).lower() not in SEASONS:
            return spans
        a, z = s.start + m.start("name"), s.start + m.end("name")
        y, e = s.start + m.start("year"), s.start + m.end("year")
        return [
            *spans[:k],
            Span("publisher", text[a:z], a, z, s.confidence),
            Span("date", text[y:e], y, e, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
