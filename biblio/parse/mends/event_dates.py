"""Mends of a meeting's place and dates read apart from its proceedings (``Atti del convegno, Ravenna 2004, …,
Firenze, 2006``), and of days read as pages: a meeting's dates: ``*Proceedings of …*, 15–17 November 1972 Brighton.
Brighton: University of Sussex, pp.24–31.`` (Harvard after BS 5605 names the meeting's days and place
after the proceedings' title), and MLA's ``*Basic Brewing Radio*, 31 Jan. 2013,``.

A day range right before a month is the meeting's days; where the reference marks its pages with
``p.``/``pp.``, the days, the month and the meeting's place go into no field.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.dates import ENGLISH_MONTH
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_DAYS = lazy_pattern(r"^\s*\d{1,2}\s*[–-]\s*\d{1,2}\s*$")
_MONTH = lazy_pattern(
    r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:1[5-9]|20)\d\d\b", re.I
)
_MARKED_PAGES = lazy_pattern(r"^\s*pp?\.")
# "Brighton. Brighton:" the meeting's place, then the publisher's
_PLACE_THEN_PLACE = lazy_pattern(r"^(?P<event>[^.:]+\.)\s+(?=[A-Z])")


@needs(labels=("pages", "date"), marks=["p."])  # (the marked pages)
def meeting_days_apart(spans: list[Span], text: str) -> list[Span]:
    """``15–17 | November 1972 | Brighton. Brighton:`` read as pages, a date and a place: the days,
    the month and the first place are the meeting's, in a note; the place after them stays."""
    if not any(s.label == "pages" and _MARKED_PAGES.match(s.text) for s in spans):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "pages" or not _DAYS.match(s.text) or nxt.label != "date" or not _MONTH.match(nxt.text):
            continue
        end, rest = nxt.end, spans[k + 2 :]
        if rest and rest[0].label == "location" and (m := _PLACE_THEN_PLACE.match(rest[0].text)):
            place = rest[0]
            end = place.start + m.end("event")
            rest = [
                Span(
                    "location",
                    text[place.start + m.end() : place.end],
                    place.start + m.end(),
                    place.end,
                    place.confidence,
                ),
                *rest[1:],
            ]
        note = Span("note", text[s.start : end], s.start, end, min(s.confidence, nxt.confidence))
        return [*spans[:k], note, *rest]
    return spans


_DAY = lazy_pattern(r"^\s*(?:[1-9]|[12]\d|3[01])\s*$")
# a place that runs on into the meeting's days: "Singapore, 24–26"
_PLACE_THEN_DAYS = lazy_pattern(r"^(?P<place>.*\S),\s*(?P<days>\d{1,2}(?:\s*[–-]\s*\d{1,2})?)\s*$")


@needs(labels=("location", "date"))
def days_closing_place(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``In Proceedings of …, Singapore, 24–26 | June 2019.`` with the meeting's days read into
    its place: the days before a month and year are the date's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "location" or nxt.label != "date" or not _MONTH.match(nxt.text):
            continue
        m = _PLACE_THEN_DAYS.match(s.text)
        if m is None:
            continue
        cut, days = s.start + m.end("place"), s.start + m.start("days")
        place = Span("location", text[s.start : cut], s.start, cut, s.confidence)
        date = Span("date", text[days : nxt.end], days, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], place, date, *spans[k + 2 :]]
    return spans


@needs(labels=("pages", "date"))
def day_before_month(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``*Basic Brewing Radio*, 31 | Jan. 2013,`` with the day read as a page, or MDPI's meeting
    ``Hong Kong, China, 13–15 | December 2010.`` (its pages, if any, marked ``pp.`` after it) with the days
    read as pages: a day or days right before a month and year are the date's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "pages" or not (_DAY.match(s.text) or _DAYS.match(s.text.rstrip(" ,"))):
            continue
        if nxt.label == "date" and _MONTH.match(nxt.text) and (_DAY.match(s.text) or _DAYS.match(s.text)):
            date = Span("date", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], date, *spans[k + 2 :]]
        # IEEE's meeting "Sep. | 12–15, | 2018.": the days between the month and the year
        if k and _month_then_year(spans[k - 1], nxt):
            before = spans[k - 1]
            c = min(before.confidence, s.confidence, nxt.confidence)
            date = Span("date", text[before.start : nxt.end], before.start, nxt.end, c)
            return [*spans[: k - 1], date, *spans[k + 2 :]]
    return spans


def _month_then_year(before: Span, after: Span) -> bool:
    """A span of a month alone before the days, and one of the year alone after them."""
    return (
        before.label == "date" and after.label == "date"
        and _MONTH_ALONE.fullmatch(before.text.strip(" ,")) is not None
        and _YEAR_ALONE.fullmatch(after.text.strip(" ,.")) is not None
    )


_MONTH_ALONE = lazy_pattern(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)
_YEAR_ALONE = lazy_pattern(r"(?:1[5-9]|20)\d\d")


# "3–5 October 2016;", "15 July 2002;": a meeting's days, month and year
_MEETING_DATE = lazy_pattern(r"^\s*\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?P<month>\S.*)$")


@needs(labels=["note"], without=["date"])
def meeting_date_as_note(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``In Proceedings of …, Edinburgh, UK, 3–5 October 2016; pp. 1–3.`` with the meeting's
    days read as a note and no date read: the days, month and year are the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        m = _MEETING_DATE.match(s.text) if s.label == "note" else None
        if m and _MONTH.match(m.group("month")) and len(m.group("month").split()) == 2:
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the words that name a meeting in the proceedings' title: "Atti del convegno", "Actes du 103e Congrès", "Tagung"
_MEETING_WORDS = lazy_pattern(
    r"(?i)\b(?:convegno|congr[eè]s+o?|congreso|colloque|colloquio|coloquio|jornadas|tagung|kongress|symposium|"
    r"conference|workshop|meeting|actes|atti)\b"
)
# the meeting's place and year: "Ravenna 2004", "(Napoli 1996),", "Nancy-Metz 1978,"
_YEAR_ONLY = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d\s*\)?[,.;]?\s*$")


@needs(labels=("container-title", "location", "date"))
def meeting_place_in_container(spans: list[Span], text: str) -> list[Span]:
    """``in Le città italiane …, Atti del convegno, | Ravenna | 2004, | Augenti, A. (ed.), Firenze, 2006`` with the
    meeting's place and year read as the imprint's: after a proceedings' title that names the meeting, a place
    with a bare year, followed later by another place (the imprint's), is the meeting's, part of the title."""
    for k in range(len(spans) - 2):
        s, place, year = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "container-title" or place.label != "location" or year.label != "date":
            continue
        if not _YEAR_ONLY.match(year.text) or not _MEETING_WORDS.search(s.text):
            continue
        if not any(o.label == "location" for o in spans[k + 3 :]):
            return spans
        end = year.end
        while end > year.start and text[end - 1] in " ,.;":
            end -= 1
        return [*spans[:k], Span(s.label, text[s.start : end], s.start, end, s.confidence), *spans[k + 3 :]]
    return spans


# "Portland, OR), NY,": the meeting's town closing the bracket its days opened, then the publisher's place
_BRACKET_PLACE_THEN_PLACE = lazy_pattern(r"^(?P<event>[^()]*[^\W\d_][^()]*)\)\s*[,.;]\s*(?P<place>[^\W\d_][^()]*)$")
# "… Computing (April 12-15,": the bracket of the meeting's days left open closing the proceedings' title
_DAYS_OPENED = lazy_pattern(rf"\s*\(\s*{ENGLISH_MONTH}\s+\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?\s*,?\s*$")


@needs(labels=["location"], marks=[")"])
def meeting_bracket_then_place(spans: list[Span], text: str) -> list[Span]:
    """ACM's ``In Proceedings of … (September 26-28, Portland, OR), NY, 1988`` with the meeting's town, its
    bracket's end and the publisher's place read as one place (``Portland, OR), NY``): the bracket closes the
    meeting's place, the words after it are the publisher's; days left open at the proceedings' title's end
    (``… Computing (April 12-15,``) are the meeting's date, not the title's."""
    for k, s in enumerate(spans):
        if s.label != "location" or (m := _BRACKET_PLACE_THEN_PLACE.match(s.text)) is None:
            continue
        if text.rfind("(", 0, s.start) <= text.rfind(")", 0, s.start):
            continue  # no bracket open before the place
        event = Span("location", m.group("event"), s.start, s.start + m.end("event"), s.confidence)
        a = s.start + m.start("place")
        out = [*spans[:k], event, Span("location", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        if k > 0 and (before := spans[k - 1]).label == "container-title" and (d := _DAYS_OPENED.search(before.text)):
            z = before.start + d.start()
            days = Span("date", text[z : before.end], z, before.end, before.confidence)
            out[k - 1 : k] = [Span(before.label, text[before.start : z], before.start, z, before.confidence), days]
        return out
    return spans


# "June, Lyon." / "June, Lyon, France": a month alone, then the meeting's town
_MONTH_THEN_PLACE = lazy_pattern(
    r"^\s*(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*,\s*(?P<place>[A-Z][^.;]*?)"
    r"[\s.,]*$",
    re.I,
)
_YEAR = lazy_pattern(r"\b(?:1[5-9]|20)\d\d\b")


@needs(labels=("container-title", "pages"), any_label=("date", "note"))
def days_and_month_after_meeting(spans: list[Span], text: str) -> list[Span]:
    """Emerald's ``Proceedings of …, 17-21 June, Lyon.`` (the year given after the names) with the meeting's days
    read as pages and the month and town as a note or a date: the days and the month are the meeting's, in a note
    (as ``meeting_days_apart`` keeps them), the town the place."""
    if not any(s.label == "date" and _YEAR.search(s.text) for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "pages" or spans[k - 1].label != "container-title" or not _DAYS.match(s.text):
            continue
        if text[s.end : nxt.start].strip() or _YEAR.search(nxt.text):
            return spans
        if nxt.label == "date" and _MONTH_ALONE.fullmatch(nxt.text.strip(" ,.")):
            days = Span("note", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], days, *spans[k + 2 :]]
        m = _MONTH_THEN_PLACE.match(nxt.text) if nxt.label == "note" else None
        if m is None or not is_place(m["place"]):
            return spans
        z, a = nxt.start + m.end("month"), nxt.start + m.start("place")
        c = min(s.confidence, nxt.confidence)
        days = Span("note", text[s.start : z], s.start, z, c)
        return [*spans[:k], days, Span("location", text[a : nxt.end], a, nxt.end, c), *spans[k + 2 :]]
    return spans


# "…, 25-26 April," closing a proceedings' name: the meeting's days and month, no year
_DAYS_MONTH_CLOSING = lazy_pattern(
    r",\s*(?P<days>\d{1,2}\s*[–-]\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?\s*$",
    re.I,
)


@needs(labels=("container-title", "location"))
def days_closing_meeting_name(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of …, 25-26 April, | Edinburgh.`` with the meeting's days and month read into the proceedings'
    name: they are the meeting's, in a note, before its town."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or nxt.label != "location":
            continue
        if not s.text.lstrip().startswith(("Proc", "In Proc")):
            continue
        if (m := _DAYS_MONTH_CLOSING.search(s.text)) is None:
            continue
        z, a, b = s.start + m.start(), s.start + m.start("days"), s.start + m.end("days")
        return [*spans[:k], Span(s.label, text[s.start : z], s.start, z, s.confidence),
                Span("note", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
    return spans


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "…, Ghent, Belgium, 29 June–2 July 2010." closing a proceedings' name: the meeting's days (across two months, or
# in one) and the year
_MEETING_DATES_CLOSING = lazy_pattern(
    rf",\s*(?P<date>\d{{1,2}}(?:\s+{_MONTH_WORD})?\s*[–-]\s*\d{{1,2}}\s+{_MONTH_WORD}\s+(?:1[5-9]|20)\d\d)[.;,]?\s*$",
    re.I,
)


@needs(any_label=["container-title", "journal"], without=["date"], marks=["Proceedings"])
def meeting_dates_closing_proceedings(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``In Proceedings of …, Ghent, Belgium, 29 June–2 July 2010.`` read whole as the proceedings' name,
    with no date read: the meeting's days, month and year closing it are the date (its place is then the
    place's, ``town_places.meeting_place_closing_proceedings``)."""
    for k, s in enumerate(spans):
        if s.label not in ("container-title", "journal") or not s.text.lstrip().startswith(("Proc", "In Proc")):
            continue
        if (m := _MEETING_DATES_CLOSING.search(s.text)) is None:
            return spans
        z, a = s.start + m.start(), s.start + m.start("date")
        return [*spans[:k], Span(s.label, text[s.start : z], s.start, z, s.confidence),
                Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans
