"""Mend of a year read into a title: ``Cross-validation: A review 1978 Math. Operationsforsch.``.

Some styles set the year bare between the title and the journal, with no mark around it; the
model then reads it as the title's last word. Where no date was read, a year closing the title
just before the journal's name is the date.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.dates import ENGLISH_MONTH, find_year, years_covered
from biblio.parse.spans import Span

_YEAR_END = lazy_pattern(r"(?<=[^\W\d_]\s)(?:1[5-9]\d\d|20\d\d)[a-z]?[.,;:]?$")
_WORKS = ("journal", "container-title")
_MIN_TITLE_WORDS = 3


@needs(labels=["title"], any_label=("journal", "container-title"), without=["date"])
def year_after_title(spans: list[Span], text: str) -> list[Span]:
    """``A review 1978 | Math. Operationsforsch. Statist.`` with no date read: the year is the date."""
    labels = [s.label for s in spans]
    if "date" in labels or "title" not in labels or not ("journal" in labels or "container-title" in labels):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in _WORKS:
            continue
        m = _YEAR_END.search(s.text.rstrip())
        if m is None or len(s.text[: m.start()].split()) < _MIN_TITLE_WORDS:
            return spans
        head = s.text[: m.start()].rstrip()
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        a = s.start + m.start()
        date = Span("date", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], title, date, *spans[k + 1 :]]
    return spans


_YEAR_RANGE = lazy_pattern(r"^(1[0-9]\d\d|20\d\d)\s*[-–—]\s*(1[0-9]\d\d|20\d\d|\d\d)[.,;:]?$")
# the first millennium's years after the title's comma: "The Later Roman Empire, 284–602."
_EARLY_RANGE = lazy_pattern(r"^([1-9]\d\d)\s*[-–—]\s*([1-9]\d\d\d?)[.,;:]?$")
_BOOK_VOLUME = lazy_pattern(r"^\s*Vol\.\s*\w+\.?\s*$")


def _years_of_title(title: Span, found: str) -> bool:
    """Whether ``found`` after ``title`` reads as the years the work covers, not its pages."""
    if (m := _YEAR_RANGE.match(found)) is not None:
        return years_covered(m.group(1), m.group(2))
    m = _EARLY_RANGE.match(found)
    if m is None or not title.text.rstrip().endswith(","):
        return False
    # (centuries apart, after the title's comma: no book's pages run so; a thousand years and more only to a
    # year of the last millennium, "The Middle Ages, 395-1500")
    first, last = int(m.group(1)), int(m.group(2))
    return 100 <= last - first <= 800 or 1000 <= last <= 2100 and last - first <= 1500


@needs(labels=("pages", "date"), any_label=("location", "publisher"))
def years_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Friendship’s Shadows: … in England, | 1640-1705. | Edinburgh: …, 2012.`` with the period the
    book covers read as its pages: in a book's record (a place or publisher, a date of its own, no
    journal, a volume only as ``Vol. 1.`` right after the years), a range of years right after the title
    (``1978-79``, ``284–602`` after a comma too) ends the title, and
    the one work the record names, read as a container or a journal (``(2017), Spanish Economic Growth,
    1850-2015 (London: Palgrave Macmillan)``), is the book's title."""
    labels = {s.label for s in spans}
    if (
        "pages" not in labels
        or "date" not in labels
        or not labels & {"location", "publisher"}
        or {"journal", "title"} <= labels
    ):
        return spans
    # the one work named, read as a container ("2008. The Birth of Biopolitics: …, | 1978-79. | Basingstoke:"),
    # is the book's title too
    works = ("title",) if "title" in labels else ("title", "container-title", "journal")
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in works or nxt.label != "pages":
            continue
        volumes = [v for v in spans if v.label == "volume"]
        if volumes and not (spans[k + 2 : k + 3] == volumes and _BOOK_VOLUME.match(volumes[0].text)):
            return spans  # ("Journal, 12, 1640-1705": a volume elsewhere makes the range pages)
        if not _years_of_title(s, nxt.text.strip()):
            return spans
        z = nxt.start + len(nxt.text.rstrip(" .,;:"))
        return [*spans[:k], Span("title", text[s.start : z], s.start, z, s.confidence), *spans[k + 2 :]]
    return spans


# "Lancet Oncol. Jul", "J Clin Oncol. Dec 10", "Am J Sports Med. May-Jun": Vancouver's month after the journal
_MONTH = ENGLISH_MONTH
_MONTH_END = lazy_pattern(rf"(?<=\.)\s+(?P<month>{_MONTH}(?:\s*[-/]\s*{_MONTH})?(?:\s+\d{{1,2}})?)[\s,;:]*$")
_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december".split()
)


@needs(labels=["journal"])
def month_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``Lancet Oncol. Jul | 2002;3`` with the month read into the journal: a month (a range, a day)
    after the journal's closing full stop belongs to the date."""
    for k, s in enumerate(spans):
        if s.label != "journal":
            continue
        m = _MONTH_END.search(s.text)
        if m is None or m.group("month").split()[0].split("-")[0].strip(".").lower() not in _MONTHS:
            return spans
        head = s.text[: m.start()]
        a = s.start + m.start("month")
        journal = Span("journal", head, s.start, s.start + len(head), s.confidence)
        date = Span("date", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], journal, date, *spans[k + 1 :]]
    return spans


# "…, II, 2015." — BibTeX's plain styles close an unpublished work's or preprint's title with its year
_DATED_SOURCE = frozenset(["date", "journal", "container-title", "volume", "issue", "pages"])
_COMMA_YEAR_END = lazy_pattern(r",\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$")


@needs(labels=["title"], without=_DATED_SOURCE)
def comma_year_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Normality of … sequences, II, 2015. | Preprint.`` with no date read and no journal's numbers
    after it (an unpublished work or a preprint): the year after the title's last comma is the date."""
    if not labels_of(spans).isdisjoint(_DATED_SOURCE):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _COMMA_YEAR_END.search(s.text.rstrip())
        if m is None or len(s.text[: m.start()].split()) < _MIN_TITLE_WORDS:
            return spans
        head = s.text[: m.start()]
        year = s.text[m.start() :].lstrip(", ")
        a = s.start + len(s.text) - len(s.text[m.start() :].lstrip(", "))
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        date = Span("date", year, a, a + len(year), s.confidence)
        return [*spans[:k], title, date, *spans[k + 1 :]]
    return spans


# a Chicago note's closing bracket of a description and the year: "(unpublished manuscript, 2014).", "(typescript,
# 1932)"
_DESCRIBED_YEAR = lazy_pattern(r"\((?P<words>[^\W\d_][^()\d,]*),\s*(?P<year>1[5-9]\d\d|20\d\d)\)\.?")


@needs(labels=["note"], without=["date"])
def year_closing_described_bracket(spans: list[Span], text: str) -> list[Span]:
    """``“Title” (unpublished manuscript, 2014).`` with the bracket read whole as a note and no date read (the
    title's own years taken for none): the year closing the last span's bracket is the date."""
    if not spans:
        return spans
    s = spans[-1]
    if s.label != "note" or (m := _DESCRIBED_YEAR.fullmatch(s.text.strip())) is None:
        return spans
    a = s.start + len(s.text) - len(s.text.lstrip()) + m.start("year")
    words = Span("note", text[s.start : a], s.start, a, s.confidence)
    return [*spans[:-1], words, Span("date", m["year"], a, a + 4, s.confidence)]


# "2025. SecKG2vec:": the year and its full stop, then words
_YEAR_STOP_THEN_WORDS = lazy_pattern(
    r"\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?\.\s+(?P<words>[^\W\d_][^\s]*(?:\s+\S+){0,3})\s*"
)


@needs(labels=["date", "title"])
def title_head_in_date(spans: list[Span], text: str) -> list[Span]:
    """PeerJ's ``Liu X, Guo X. 2025. SecKG2vec: a novel …`` with the title's first word read into the date: the
    words after the year's full stop open the title that follows."""
    for k in range(len(spans) - 1):
        d, t = spans[k], spans[k + 1]
        if d.label != "date" or t.label != "title" or text[d.end : t.start].strip():
            continue
        m = _YEAR_STOP_THEN_WORDS.fullmatch(text, d.start, d.end)
        if m is None:
            return spans
        a = m.start("words")
        cut = text.rindex(".", d.start, a) + 1
        date = Span("date", text[d.start : cut], d.start, cut, d.confidence)
        title = Span("title", text[a : t.end], a, t.end, min(d.confidence, t.confidence))
        return [*spans[:k], date, title, *spans[k + 2 :]]
    return spans


# "2023." — a bare year and the title's full stop; "2023;73(1)" — the Vancouver date opening the journal's numbers
_BARE_YEAR = lazy_pattern(r"^(?:1[5-9]|20)\d\d\.$")
_VANCOUVER_YEAR = lazy_pattern(r"^(?:1[5-9]|20)\d\d\s*;?$")
# "Published online January 17, 2024." — AMA's date of an article out before its issue, after the journal
_ONLINE_DATE = lazy_pattern(r"^Published\s+online\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:1[5-9]|20)\d\d\.?$")


@needs(labels=("title", "date", "journal"))
def year_closing_title_before_journal(spans: list[Span], text: str) -> list[Span]:
    """AMA's and Vancouver's ``Cancer statistics, 2023. CA Cancer J Clin. 2023;73(1):17-48.`` with the title's
    closing year read as a date: the journal has its own date (``2023;``) after it, so a year between the
    title's comma and the journal closes the title (an annual report's or a survey's name); so too before AMA's
    ``CA Cancer J Clin. Published online January 17, 2024.``"""
    for k in range(1, len(spans) - 3):
        t, d, j, jd = spans[k - 1 : k + 3]
        if (t.label, d.label, j.label, jd.label) != ("title", "date", "journal", "date"):
            continue
        if not t.text.rstrip().endswith(",") or not _BARE_YEAR.match(d.text.strip()):
            continue
        if (
            _VANCOUVER_YEAR.match(jd.text.strip())
            and ";" in text[jd.start : jd.end + 2]
            or _ONLINE_DATE.match(jd.text.strip())
        ):
            title = Span("title", text[t.start : d.end], t.start, d.end, min(t.confidence, d.confidence))
            return [*spans[: k - 1], title, *spans[k + 1 :]]
    return spans


@needs(labels=["date", "title"])
def hyphened_head_of_title(spans: list[Span], text: str) -> list[Span]:
    """``99.92%-fidelity CNOT gates …`` with the number before the hyphen read as a date: a word joined by a
    hyphen to the title's first word, with no space between, is the title's head."""
    for k in range(len(spans) - 1):
        d, t = spans[k], spans[k + 1]
        if d.label == "date" and t.label == "title" and d.text.endswith("-") and d.end == t.start:
            if k and spans[k - 1].end == d.start:
                return spans  # the date is itself glued to the field before it
            merged = Span("title", text[d.start : t.end], d.start, t.end, min(d.confidence, t.confidence))
            return [*spans[:k], merged, *spans[k + 2 :]]
    return spans


# "601," — a number no year can be, read as the date
_NOT_A_YEAR = lazy_pattern(r"\s*(?P<n>\d{1,4})\s*,?\s*")
_WORKS_BEFORE_NUMBERS = frozenset(["journal", "location"])


@needs(labels=["date", "journal"])
def volume_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Nature (London) 601, 338 (2022).`` with the volume read as a date: a number after the journal
    that no year can be, with the year in brackets after it, is the volume."""
    if "volume" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        m = _NOT_A_YEAR.fullmatch(s.text) if s.label == "date" else None
        if m is None or spans[k - 1].label not in _WORKS_BEFORE_NUMBERS or 1400 <= int(m["n"]) <= 2100:
            continue
        if any(d.label == "date" and find_year(d.text) for d in spans[k + 1 :]):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "567, 209 (2019).": the APS's volume, page and bracketed year read as one date
_VOLUME_PAGE_YEAR = lazy_pattern(
    r"(?P<volume>\d{1,4},)\s+(?P<page>[A-Z]?\d{1,7})\s+(?P<year>\((?:1[6-9]|20)\d\d\)\.?)\s*"
)


@needs(labels=["date", "journal"])
def volume_and_page_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Nature (London) 567, 209 (2019).`` with the volume, the page and the year read as one date: the
    number before the comma is the volume, the next the page, the bracketed year the date."""
    if "volume" in labels_of(spans) or "pages" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        m = _VOLUME_PAGE_YEAR.fullmatch(s.text) if s.label == "date" else None
        if m is None or spans[k - 1].label not in _WORKS_BEFORE_NUMBERS or 1400 <= int(m["volume"][:-1]) <= 2100:
            continue
        parts = [
            Span(label, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence)
            for label, g in (("volume", "volume"), ("pages", "page"), ("date", "year"))
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# a bare year and its stop: "2024."
_YEAR_STOP = lazy_pattern(r"\s*(?P<year>(?:1[6-9]|20)\d\d)\.\s*")
_IN_OPENS = lazy_pattern(r"In\s+[*_]?[A-Z]")


@needs(labels=["title", "date"])
def year_closing_title_before_in(spans: list[Span], text: str) -> list[Span]:
    """The plain style's ``Title … entering the SAT Competition | 2024. | In Marijn Heule, …, editors, Proc. of …,
    2024.`` with the title's closing year read as the date: where the same year closes the reference, the year
    between the title and ``In`` is the title's."""
    for k in range(len(spans) - 2):
        t, d, nxt = spans[k], spans[k + 1], spans[k + 2]
        if t.label != "title" or d.label != "date" or text[t.end : d.start].strip():
            continue
        m = _YEAR_STOP.fullmatch(d.text)
        if m is None or not _IN_OPENS.match(text[d.end : nxt.end].lstrip()) or t.text.rstrip().endswith((".", ",")):
            return spans
        if not any(o.label == "date" and find_year(o.text) == int(m["year"]) for o in spans[k + 2 :]):
            return spans
        z = d.start + m.end("year")
        merged = Span("title", text[t.start : z], t.start, z, min(t.confidence, d.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans


@needs(labels=("title", "pages", "journal"))
def years_closing_title_before_journal(spans: list[Span], text: str) -> list[Span]:
    """``Title … using the demand-side approach, 1280–1850. European Review of Economic History, 25(3),
    405–428`` with the period the title names read as pages: the journal's own pages come after it, so a
    range of years between the title and the journal closes the title."""
    for k in range(len(spans) - 2):
        t, p, j = spans[k : k + 3]
        if (t.label, p.label, j.label) != ("title", "pages", "journal"):
            continue
        m = _YEAR_RANGE.match(p.text.strip())
        if m is None or not years_covered(m.group(1), m.group(2)):
            return spans
        if not any(s.label == "pages" for s in spans[k + 3 :]):
            return spans
        z = p.start + len(p.text.rstrip(" .,;:"))
        return [
            *spans[:k],
            Span("title", text[t.start : z], t.start, z, min(t.confidence, p.confidence)),
            *spans[k + 2 :],
        ]
    return spans


# the years a work of several volumes came out over: "1962–64", "1914–40", "1882-1904"
_YEARS_SPAN = lazy_pattern(
    r"^\s*(?P<first>(?:1[5-9]|20)\d\d)\s*[-\u2013]\s*(?P<last>\d\d|(?:1[5-9]|20)\d\d)\s*[.,;)]?\s*$"
)


@needs(labels=("pages", "publisher"), without=("date", "volume", "journal", "container-title"))
def years_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """A multivolume work's ``Leipzig: Teubner, 1962–64.`` with the years it came out over read as pages: after
    the publisher, with no date read, the span of years is the date."""
    if {"date", "volume", "journal", "container-title"} & labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label == "pages" and spans[k - 1].label == "publisher" and (m := _YEARS_SPAN.match(s.text)):
            first, last = int(m["first"]), m["last"]
            if int(last) <= (first if len(last) == 4 else first % 100):
                return spans  # "1962–58" counts no years forward: pages after all
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a year glued before the bracket that opens Nature's imprint: "Energy Statistics 2020 (Springer, 2021)."
_YEAR_BEFORE_BRACKET = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d\s*\($")
_BRACKET_YEAR_END = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d\s*\)\.?\s*$")


@needs(labels=("date",), any_label=("title", "container-title"), marks=("(",))
def year_closing_title_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """Nature's ``Energy Statistics 2020 (Springer, 2021).`` with the title's closing year read as the date:
    the bracketed imprint ends on its own year, so the year before the bracket closes the title (an annual
    report's or a yearbook's name)."""
    for k in range(1, len(spans) - 2):
        t, d, p, pd = spans[k - 1 : k + 3]
        if t.label not in ("title", "container-title") or (d.label, pd.label) != ("date", "date"):
            continue
        if p.label not in ("publisher", "author"):  # (a body named in the bracket, read as a second author)
            continue
        if text[t.end : d.start].strip() or not _YEAR_BEFORE_BRACKET.match(d.text):
            continue
        if _BRACKET_YEAR_END.match(pd.text):
            end = d.start + len(d.text.rstrip(" ("))
            title = Span(t.label, text[t.start : end], t.start, end, min(t.confidence, d.confidence))
            return [*spans[: k - 1], title, Span("publisher", p.text, p.start, p.end, p.confidence), *spans[k + 2 :]]
    return spans


# the years a title covers, then the edition (and a series) the model read with them: "395-1500, rev. ed., Century
# Historical Series ("
_YEARS_THEN_EDITION = lazy_pattern(
    r"(?P<years>\d{3,4}\s*[-\u2013\u2014]\s*\d{2,4}),\s+(?P<edition>[^,()]{1,30}?\bed(?:n|ition)?\.?)"
    r"(?:,\s+(?P<series>[A-Z][^,()]{2,80}?))?[\s,(]*"
)


@needs(labels=("title", "edition"))
def years_opening_edition(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``*The Middle Ages, 395-1500*, rev. ed., Century Historical Series (New York:`` with the
    years the title covers read as the edition's number (and the series after the edition into it): the years
    close the title, the words before ``ed.`` are the edition, a name after it the series."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "edition":
            continue
        m = _YEARS_THEN_EDITION.fullmatch(nxt.text)
        if m is None or not _years_of_title(s, m.group("years").replace(" ", "")):
            return spans
        z, (a, b) = nxt.start + m.end("years"), m.span("edition")
        mended = [
            Span("title", text[s.start : z], s.start, z, s.confidence),
            Span("edition", nxt.text[a:b], nxt.start + a, nxt.start + b, nxt.confidence),
        ]
        if m.group("series"):
            a, b = m.span("series")
            mended.append(Span("collection-title", nxt.text[a:b], nxt.start + a, nxt.start + b, nxt.confidence))
        return [*spans[:k], *mended, *spans[k + 2 :]]
    return spans


# a periodical's name, then the day it came out: "Maclean’s, 6 July 1992,", "Saturday Night, March 4, 1995."
_NAME_THEN_DAY = lazy_pattern(
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|&|de|du|la|le)){0,5}),\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},)\s+(?:1[6-9]|20)\d\d)[\s,.;]*"
)
_MONTH_WORD = lazy_pattern(_MONTH)
_QUOTES = ("“", '"', "‘")


@needs(labels=("title", "date"), without=("container-title", "journal"))
def periodical_read_into_date(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``“The Tracks of History,” | Maclean’s, 6 July 1992, | 18.`` with the magazine's name
    read into the date: after a quoted title, the name before the day's date is the periodical's."""
    for k in range(1, len(spans)):
        s, title = spans[k], spans[k - 1]
        if s.label != "date" or title.label != "title" or not title.text.lstrip().startswith(_QUOTES):
            continue
        m = _NAME_THEN_DAY.fullmatch(s.text)
        if m is None or _MONTH_WORD.fullmatch(m.group("name")):
            return spans
        (a, b), (c, d) = m.span("name"), m.span("date")
        return [
            *spans[:k],
            Span("container-title", s.text[a:b], s.start + a, s.start + b, s.confidence),
            Span("date", s.text[c:d], s.start + c, s.start + d, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the day a periodical came out, alone: "24 September 1986,", "March 4, 1995,"
_DAY_DATE = lazy_pattern(rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},)\s+(?:1[6-9]|20)\d\d[\s,.;]*")
_BARE_NUMBER = lazy_pattern(r"\s*[A-Z]?\d{1,4}[A-Z]?\.?\s*")


@needs(labels=("title", "date", "volume"), any_label=_WORKS, without=("issue", "pages"))
def page_after_periodical_day(spans: list[Span], text: str) -> list[Span]:
    """A Chicago or Turabian entry's ``“Crime Story.” Variety, 24 September 1986, | 74.`` with the closing number
    read as a volume: a periodical dated to the day is cited by its date, not its volume; the number after the day
    closes the reference as the page (so the labelled data hold it, where they hold this form)."""
    if len(spans) < 4 or spans[-1].label != "volume" or spans[-2].label != "date" or spans[-3].label not in _WORKS:
        return spans
    if not _DAY_DATE.fullmatch(spans[-2].text) or not _BARE_NUMBER.fullmatch(spans[-1].text):
        return spans
    if not any(s.label == "title" for s in spans[:-3]):
        return spans
    last = spans[-1]
    return [*spans[:-1], Span("pages", last.text, last.start, last.end, last.confidence)]


# a year alone closing the reference after a worded volume: "Philologus, Vol. 25, 1870."
_CLOSING_YEAR = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)\.?\s*")
_WORDED_VOLUME = lazy_pattern(r"(?:Vol|Bd|Tome?|Jg)\.\s*\d{1,4}[,.]?\s*")


@needs(labels=["volume", "pages"], without=["date"])
def year_after_worded_volume_read_as_pages(spans: list[Span], text: str) -> list[Span]:
    """Older bibliographies' ``Title. Philologus, Vol. 25, 1870.`` with the closing year read as the page: where
    no date was read, a year alone after the worded volume, closing the reference, is the date."""
    if len(spans) < 2 or "date" in labels_of(spans):
        return spans
    last = spans[-1]
    if last.label != "pages" or spans[-2].label != "volume" or text[last.end :].strip():
        return spans
    if not _CLOSING_YEAR.fullmatch(last.text) or not _WORDED_VOLUME.fullmatch(spans[-2].text):
        return spans
    return [*spans[:-1], Span("date", last.text, last.start, last.end, last.confidence)]


# an author-date list's year or range of years as a sentence of its own: "Bonifay, M., et al. 2002–3. “Title.”",
# "*Corpus Inscriptionum Latinarum*. 1817–1922. 17 vols."
_YEAR_SENTENCE = r"(?:1[5-9]\d\d|20\d\d)(?:[–-](?:\d{1,2}|1[5-9]\d\d|20\d\d))?[a-z]?\."
_YEAR_OPENS = lazy_pattern(rf"{_YEAR_SENTENCE}\s+(?=\S)")
_YEAR_CLOSES = lazy_pattern(rf"(?<=[.*_”\"]\s){_YEAR_SENTENCE}$")


@needs(labels=["title"], without=["date"])
def year_sentence_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Bonifay, M., et al. | 2002–3. “Le Littoral …”`` (or ``*Corpus …*. 1817–1922.`` before the count of volumes)
    with the year, a range of years, read into the title as its first or last sentence: it is the date."""
    if any(s.label == "date" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        if (m := _YEAR_OPENS.match(s.text)) is not None and (k == 0 or spans[k - 1].label == "author"):
            a, z = s.start, s.start + m.end()
            date = Span("date", text[a:z].rstrip(), a, a + len(text[a:z].rstrip()), s.confidence)
            return [*spans[:k], date, Span("title", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
        if (m := _YEAR_CLOSES.search(s.text)) is not None and m.start() > 0:
            a = s.start + m.start()
            head = text[s.start : a].rstrip()
            title = Span("title", head, s.start, s.start + len(head), s.confidence)
            return [*spans[:k], title, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        return spans
    return spans
