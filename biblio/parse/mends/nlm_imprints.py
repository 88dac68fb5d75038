"""Mends of the imprint and date that close a Vancouver (NLM) reference: ``Title. macmillan; 2011 Oct
25.``, ``Title. Cambridge: MIT press; 2016 Nov 18.`` (Google Scholar prints its metadata's full date), or
a preprint's ``arXiv preprint arXiv:1810.04805. 2018 Oct 11.``. The words before the semicolon are the
publisher (its place before a colon), and the day closes the date: it is no volume."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import MONTH, NLM_DATE, read_anew
from biblio.parse.mends.vancouver_names import LIST_STOP, vancouver_list
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# what NLM sets after the imprint's date: the day it was cited, then the DOI or the address
_AFTER_DATE = (
    r"(?:\s*\[(?:updated|cited|accessed)\b[^\[\]]*\])?"
    r"(?:\.?\s+(?:doi:?\s*|DOI:?\s*|Available(?:\s+(?:from|at|online))?:?\s*)?(?:https?://|10\.\d{4,9}/)\S+?)?\.?\s*$"
)
# ". Place: Publisher; 2016 Nov 18." (a plain year too; a town of "St." or "Ft.": "St. Louis (MO): Mosby; 2001.")
# or ". 2018 Oct 11." alone, closing the reference
_CLOSING = lazy_pattern(
    r"(?<=[.?!])\s+(?:(?:(?P<place>(?:(?:St|Ste|Ft|Mt)\.\s+)?[^\W\d_][^:.;\d]*?):\s+)?"
    r"(?P<publisher>[^\W\d_][^.;:]*?)(?<!\d);\s+)?"
    r"(?P<date>" + NLM_DATE + r")" + _AFTER_DATE
)
_DAY = lazy_pattern(rf"{MONTH}\s+[0-3]?\d$")
# the date closing the text, as ``_CLOSING`` ends: a first look that skips to the digits 1 and 2
_DATE_CLOSES = lazy_pattern(rf"(?:{NLM_DATE}){_AFTER_DATE}")


def _imprint_read(spans: list[Span], text: str, m: re.Match[str]) -> list[Span]:
    """``spans`` with the place, the publisher and the date ``m`` found (from its first word to the date's end)
    read each apart."""
    new = [
        Span(label, m.group(group), m.start(group), m.end(group))
        for group, label in (("place", "location"), ("publisher", "publisher"), ("date", "date"))
        if m.group(group)
    ]
    return read_anew(spans, text, m.start() + len(m.group()) - len(m.group().lstrip()), m.end("date"), new)


@needs(any_label=["volume", "title"])
def imprint_before_nlm_date(spans: list[Span], text: str) -> list[Span]:
    """``Title. macmillan; 2011 Oct 25.`` with the publisher read into the title or the day as a volume:
    the place, the publisher and the whole date, each apart. A date alone is taken only with its day."""
    if _DATE_CLOSES.search(text) is None:
        return spans
    if (m := _CLOSING.search(text)) is None or not (m.group("publisher") or _DAY.search(m.group("date"))):
        return spans
    if m.group("place") and text[m.end("date") :].strip(" .") and not is_place(m.group("place")):
        return spans  # before a link, "Title: Subtitle; 2014. Available from:" is no "Place: Publisher"
    # only the misreadings named: the publisher inside the title (or the date: "Winter; 2000" read as a season; or
    # the names, after a web page's "[Internet]": "Diabetes [Internet]. Bethesda (MD): National Library …"), the day
    # read as a volume
    p = m.start("publisher") if m.group("publisher") else -1
    in_title = any(
        s.label == "title" and s.start < p < s.end
        or s.label == "date" and s.start <= p < s.end
        or s.label == "author" and s.start <= p < s.end and "[Internet]" in text[: s.start]
        for s in spans
    )
    if not in_title and not any(s.label == "volume" and s.start >= m.start("date") for s in spans):
        return spans
    return _imprint_read(spans, text, m)


# NLM's proceedings: "In: Proceedings of …; 2019 May 1-3; Seoul, Korea." (the meeting's days and town after the
# book's title, each after a semicolon)
_PROCEEDINGS_DAYS_TOWN = lazy_pattern(
    r"(?P<book>[^;]{4,250}?);\s*(?P<days>(?:1[6-9]|20)\d\d\s+[A-Z][a-z]{2}\w*\.?\s+\d{1,2}(?:\s*[-\u2013]\s*"
    r"(?:[A-Z][a-z]{2}\w*\.?\s+)?\d{1,2})?);\s*(?P<town>[^\W\d_][^;.]{1,80}?)\.?\s*"
)


@needs(labels=["container-title"], marks=(";",))
def meeting_days_and_town_in_book(spans: list[Span], text: str) -> list[Span]:
    """``In: Proceedings of the 10th …; 2019 May 1-3; Seoul, Korea.`` read as one container: the book, then
    the meeting's days (no field of the paper's) and its town, the event's place."""
    for s in spans:
        if s.label != "container-title":
            continue
        m = _PROCEEDINGS_DAYS_TOWN.fullmatch(text, s.start, s.end)
        if m is None:
            # the days and the town read as the paper's date, volume and place, before the book's imprint
            # ("…; 2002 Apr 3-5; Kinsdale, Ireland. Berlin: Springer; 2002. p. 182-91.")
            m = _DAYS_TOWN_IMPRINT.match(text, s.start)
            if m is None or m.end("book") != len(text[: s.end].rstrip(" ;")):
                return spans
        book, days, town = m.span("book"), m.span("days"), m.span("town")
        new = [
            Span("container-title", text[book[0] : book[1]], *book, s.confidence),
            Span("note", text[days[0] : days[1]], *days, s.confidence),
            Span("event-place", text[town[0] : town[1]], *town, s.confidence),
        ]
        return read_anew(spans, text, s.start, max(s.end, town[1]), new)
    return spans


# the same, the town closed by its full stop before the book's imprint: "…; Kinsdale, Ireland. Berlin: Springer; 2002."
_DAYS_TOWN_IMPRINT = lazy_pattern(
    rf"{_PROCEEDINGS_DAYS_TOWN.pattern}(?<=\.\s)(?=[^\W\d_][^:;.]{{1,60}}:\s*[^;]{{2,120}};\s*(?:1[6-9]|20)\d\d\b)"
)


# NLM's region in brackets after the town, "St. Louis (MO): Mosby", parted inside its bracket
_REGION_CUT = lazy_pattern(r"(?P<region>[A-Z]{2,3}\))\s*:\s*")


@needs(labels=["location", "publisher"], marks=("(",))
def region_bracket_closes_place(spans: list[Span], text: str) -> list[Span]:
    """``St. Louis ( | MO): Washington Univ.`` with the place's bracketed region read into the publisher: the
    bracket closes the place, the publisher opens after the colon."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "location" or t.label != "publisher" or not s.text.rstrip().endswith("("):
            continue
        m = _REGION_CUT.match(text, t.start)
        if m is None or m.end() >= t.end:
            return spans
        z = m.end("region")
        place = Span("location", text[s.start : z], s.start, z, s.confidence)
        return [
            *spans[:k],
            place,
            Span("publisher", text[m.end() : t.end], m.end(), t.end, t.confidence),
            *spans[k + 2 :],
        ]
    return spans


# the region's bracket opening the publisher, "(TX): Southern Methodist University Press"
_REGION_OPENS = lazy_pattern(r"\([A-Z]{2,3}\)\s*:\s*")
_REGION_CLOSES = lazy_pattern(r"\s\([A-Z]{2,3}\):?$")
_TOWN_HOLDERS = frozenset(["title", "container-title", "journal", "location"])


@needs(labels=["publisher"], marks=(")",))
def town_before_region_bracket(spans: list[Span], text: str) -> list[Span]:
    """``Oil Towns. Dallas | (TX): Southern Methodist University Press`` with the town read as the title's last
    sentence (or as a journal) and its bracketed region as the publisher's head: a known town and its bracket are
    the place, the publisher opens after the colon."""
    for k in range(1, len(spans)):
        s, t = spans[k - 1], spans[k]
        if t.label != "publisher" or s.label not in _TOWN_HOLDERS:
            continue
        head = text[s.start : s.end].rstrip()
        if (m := _REGION_OPENS.match(text, t.start)) is not None:
            z, p = m.start() + m[0].index(")") + 1, m.end()
        elif (c := _REGION_CLOSES.search(head)) is not None:
            # "Cattle drives. Dallas (TX): | Texas State Historical Association": the bracket inside the title
            z, p, head = s.start + c.start() + len(c[0].rstrip(": ")), t.start, head[: c.start()]
        else:
            continue
        if p >= t.end or text[s.end : t.start].strip():
            return spans
        stop = head.rfind(". ")
        a = s.start + stop + 2 if stop > 0 else s.start
        if stop < 0 and s.label not in ("journal", "location") or not is_place(text[a : s.start + len(head)]):
            return spans
        place = Span("location", text[a:z], a, z, s.confidence)
        publisher = Span("publisher", text[p : t.end], p, t.end, t.confidence)
        kept = [Span(s.label, text[s.start : a].rstrip(), s.start, a, s.confidence)] if a > s.start else []
        return [*spans[: k - 1], *kept, place, publisher, *spans[k + 1 :]]
    return spans


# NLM's chapter of a book on the web: "… Title. [Updated 2023 Feb 20]. In: StatPearls [Internet]. Treasure Island
# (FL): StatPearls Publishing; 2024 Jan-." (the book's editors may come first: "In: Adam MP, et al., editors.
# GeneReviews® [Internet].", and the chapter's own date before its update: "1998 Oct 28 [Updated 2019 Jul 25].")
_INTERNET_BOOK = lazy_pattern(
    r"(?:(?P<first>(?:1[5-9]|20)\d\d\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)\s+)?"
    r"(?P<updated>\[(?:Updated|updated|Last\s+update)[^\[\]]{4,40}\]\.?\s+)?In:\s+"
    r"(?:(?P<editors>[^\[\]]{2,200}?),\s+editors?\.\s+)?"
    r"(?P<book>[^\[\]]{2,200}?)\s*\[Internet\]\.\s+(?P<place>[^:;]{2,60}?):\s+(?P<publisher>[^:;]{2,100}?);\s+"
    r"(?P<date>(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2}\.?(?:\s+\d{1,2})?)?(?:\s*-\s*(?:(?:1[5-9]|20)\d\d[\w ]*)?)?)"
)


@needs(marks=("[Internet]",))
def internet_book_chapter(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``Author A. Title. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2022 Jan-.``
    read with the book, its place and its title run together: the words after ``In:`` up to ``[Internet]`` are the
    book, then its place, its publisher and its date; a Vancouver list before them ends at its first full stop
    and the title follows it (``Smith A. Mindfulness.``), and an ``[Updated …]`` note stays a note."""
    if "[Internet]" not in text or (m := _INTERNET_BOOK.search(text)) is None:
        return spans
    start = next((s.start for s in spans if s.label not in ("citation-number", "other")), 0)
    head = text[start : m.start()]
    new: list[Span] = []
    stop = LIST_STOP.search(head)
    if stop is not None and vancouver_list(head[: stop.start()]) and head[stop.end() :].strip(" ."):
        names_end, title_at = start + stop.start() + 1, start + stop.end()
        new += [
            Span("author", text[start:names_end], start, names_end),
            Span("title", text[title_at : m.start()], title_at, m.start()),
        ]
    elif not any(s.label == "title" and s.end <= m.start() + 1 for s in spans):
        return spans  # where the names end is not known: the reading stands
    else:
        start = m.start()
    # (the chapter's own date, where it has one, is the record's; the book's span of years a note)
    dated = m.group("first") is not None
    new += group_spans(
        m,
        (
            ("date", "first"),
            ("note", "updated"),
            ("editor", "editors"),
            ("container-title", "book"),
            ("location", "place"),
            ("publisher", "publisher"),
            ("note" if dated else "date", "date"),
        ),
    )
    return read_anew(spans, text, start, m.end("date"), new)


# AMA's and NLM's imprint with its date unknown: ". London, England: NHS; [no date]." (or "[year unknown]",
# "[date unknown]", "[n.d.]"): the bracket says there is no date, and the words before the semicolon are the publisher
_UNDATED_IMPRINT = lazy_pattern(
    r"(?<=[.?!])\s+(?:(?P<place>(?:(?:St|Ste|Ft|Mt)\.\s+)?[^\W\d_][^:.;\d\[\]]*?):\s+)?"
    r"(?P<publisher>[^\W\d_][^.;:\[\]]*?);\s+"
    r"(?P<date>\[(?:no\s+date|n\.\s?d\.?|undated|(?:year|date)\s+unknown)\])",
    re.I,
)


@needs(any_label=["publisher", "date"], marks=("; [",))
def imprint_before_unknown_date(spans: list[Span], text: str) -> list[Span]:
    """``Title. Leicester, England: Glenfield Hospital; [year unknown].`` with the bracket run into the publisher
    (or the publisher into the date): the place, the publisher and the mark of no date, each apart."""
    if "; [" not in text or (m := _UNDATED_IMPRINT.search(text)) is None:
        return spans
    return _imprint_read(spans, text, m)
