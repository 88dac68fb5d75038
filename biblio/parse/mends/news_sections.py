"""Mends of a newspaper's section: Chicago's ``*New York Times*, October 28, 2000, sec. B.`` or
``October 20, 2013, sec. B6.`` names the section the article ran in, as AnyStyle's labelled data
read ``sec. A: 1`` as a note; it is neither the pages nor a publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "sec. B", "sec. B6", "section A": the section's word and its letter or number, alone in the span
_SECTION = lazy_pattern(r"^\s*(?:sec|sect|section)\.?\s+[A-Z]{0,2}\d{0,3}[\s.,;]*$", re.I)
_SECTION_START = lazy_pattern(r"^\s*(?:sec|sect|section)\.?\s+[A-Z]{0,2}\d", re.I)
_NOT_SECTIONS = frozenset(["pages", "publisher", "location", "volume"])


@needs(words=["sec"])
def section_apart(spans: list[Span], text: str) -> list[Span]:
    """``sec. B6`` read as the pages (or ``sec. B.`` as the publisher): the newspaper's section is a note."""
    if "sec" not in text.lower():
        return spans
    for k, s in enumerate(spans):
        if s.label in _NOT_SECTIONS and _SECTION.match(s.text) and any(c.isalnum() for c in s.text[4:]):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a day's full date: "August 5, 2019," or "5 August 2019,"
_DAY = rf"^[\s,]*(?:{ENGLISH_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{ENGLISH_MONTH}\s+)(?:1[5-9]|20)\d\d"
_FULL_DATE = lazy_pattern(rf"{_DAY}[\s,.]*$")


@needs(labels=["location", "date", "note"], without=["journal", "publisher"], words=["sec"])
def paper_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``"Title." Chicago Tribune, August 5, 2019, sec. 1, 4.`` with the paper's name read as a place:
    a place before a day's full date and a section, with no publisher, is the newspaper the section belongs to."""
    for k in range(1, len(spans) - 2):
        place, day, section = spans[k], spans[k + 1], spans[k + 2]
        if (
            place.label == "location"
            and day.label == "date"
            and section.label == "note"
            and spans[k - 1].label == "title"
            and _SECTION_START.match(section.text)
            and _FULL_DATE.match(day.text)
        ):
            return [*spans[:k], Span("journal", place.text, place.start, place.end, place.confidence), *spans[k + 1 :]]
    return spans


# a day's full date opening the date's span, whatever follows it ("January 7, 2010, accessed January 8, 2010,")
_DAY_OPENS = lazy_pattern(rf"{_DAY}\b")


_PAPER_READ_AS_IMPRINT = frozenset(["location", "publisher"])


@needs(labels=["title", "date"], any_label=["location", "publisher"], without=["journal", "container-title"])
def paper_named_as_place(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``“Title,” Chicago Tribune, January 7, 2010, accessed …`` with the paper read as a place
    (its name opens with a town's) or a publisher: a newspaper's name between the title and a day's full date is
    the paper, the way no town or firm is named (``… Tribune``, ``… Chronicle``), and a book gives no day."""
    for k in range(1, len(spans) - 1):
        place = spans[k]
        if (
            place.label in _PAPER_READ_AS_IMPRINT
            and spans[k - 1].label == "title"
            and spans[k + 1].label == "date"
            and _PAPER_NAME.fullmatch(place.text.strip(" ,."))
            and _DAY_OPENS.match(spans[k + 1].text)
        ):
            return [*spans[:k], Span("journal", place.text, place.start, place.end, place.confidence), *spans[k + 1 :]]
    return spans


_QUOTE_OPENS = frozenset("\"\u201c\u2018\u00ab'")
_QUOTE_CLOSES = frozenset("\"\u201d\u2019\u00bb'")


@needs(labels=["title", "publisher", "date"], without=["journal", "container-title"])
def paper_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``E. W. Hutter, “The Nation's Great Triumph”, Philadelphia Press (April 10, 1865), p. 4`` with the paper
    read as the publisher: a name between a quoted title and a day's full date is the periodical the article ran
    in (a book's publisher gives a year, no day)."""
    for k in range(1, len(spans) - 1):
        title, paper, date = spans[k - 1], spans[k], spans[k + 1]
        if title.label != "title" or paper.label != "publisher" or date.label != "date":
            continue
        quoted = title.text.strip()[:1] in _QUOTE_OPENS and title.text.strip(" ,.;")[-1:] in _QUOTE_CLOSES
        name = paper.text.strip(" ,.;(")
        bracketed = paper.text.rstrip().endswith("(") or date.text.lstrip().startswith("(")
        if not quoted or not bracketed or "," in name or ". " in name:
            continue  # the title alone in its quotes, one name, the day's date in its brackets
        if _FULL_DATE.match(date.text.replace("(", " ").replace(")", " ")):
            return [*spans[:k], Span("journal", paper.text, paper.start, paper.end, paper.confidence), *spans[k + 1 :]]
    return spans


# Citing Medicine's newspaper: "Title. The Day (New London, CT). 2002 Aug 12;Sect. A:2 (col. 4)." — the paper's
# name, its city in brackets, then the date and the section after a semicolon
_NLM_NEWSPAPER = lazy_pattern(
    r"(?<=[.?!]\s)(?P<paper>[A-Z][^.;:()\[\]]{1,60}?)\s*(?P<city>\([^()]{2,40}\))\.\s*"
    r"(?:1[5-9]|20)\d\d\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?\s*;\s*Sect\.",
)


_PAPER_READ_AS = frozenset(["title", "publisher", "location"])


@needs(words=["sect"])
def nlm_newspaper_before_section(spans: list[Span], text: str) -> list[Span]:
    """``Title. The Day (New London, CT). 2002 Aug 12;Sect. A:2`` with the paper read into the title and its
    city as a publisher and place: the words before the city's bracket are the newspaper, the city a note."""
    m = _NLM_NEWSPAPER.search(text)
    if m is None or any(s.label in ("journal", "container-title") for s in spans):
        return spans
    a, b = m.span("paper")
    c, z = m.span("city")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _PAPER_READ_AS for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    return replaced(spans, text, a, z, [Span("journal", text[a:b], a, b, conf), Span("note", text[c:z], c, z, conf)])


# a newspaper's name alone: "The New York Times", "The Washington Post", "Financial Times", "The Guardian"
_PAPER_NAME = lazy_pattern(
    r"(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Guardian|Gazette|Telegraph|Chronicle"
    r"|Independent|Observer|Inquirer|Globe)"
)


@needs(labels=["author", "title", "date"], without=["journal", "container-title", "publisher"])
def paper_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """The RSC's title-less news item ``B. Carey, The New York Times, 2019.`` with the newspaper read as the title:
    a newspaper's name alone between the names and the year is the periodical."""
    if [s.label for s in spans] != ["author", "title", "date"]:
        return spans
    s = spans[1]
    if not _PAPER_NAME.fullmatch(s.text.strip(" ,.")):
        return spans
    return [spans[0], Span("journal", s.text, s.start, s.end, s.confidence), spans[2]]


# a day's full date and, after its comma, the page a note cites: "October 10, 2010, 12." / "July 5, 2007, A14,"
_DAY_THEN_PAGE = lazy_pattern(rf"{_DAY},\s+(?P<page>[A-Z]?\d{{1,4}}(?:\s*[-\u2013]\s*[A-Z]?\d{{1,4}})?)[\s,.]*$")


@needs(labels=["date"], any_label=("journal", "container-title"), without=["pages"])
def page_closing_day(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``New York Times, October 10, 2010, 12.`` with the page read into the date: after a
    periodical's name and a day's full date, the number the note closes on is the page it cites."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "date" or spans[k - 1].label not in ("journal", "container-title"):
            continue
        if (m := _DAY_THEN_PAGE.match(s.text)) is None:
            continue
        cut = s.text.rfind(",", 0, m.start("page"))
        a = s.start + m.start("page")
        return [
            *spans[:k],
            Span("date", text[s.start : s.start + cut], s.start, s.start + cut, s.confidence),
            Span("pages", text[a:s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
