"""Mends of a paper presented at a meeting, as AMA and JMIR print it: ``Title. Paper presented at: Machine
Learning and the Market for Intelligence 2016; November 24, 2016; Toronto, Ontario, Canada.`` or ``Title
[Poster]. Presented at: AMIA 2025 Informatics Summit; Mar 10-13, 2025; Pittsburgh, PA.`` (JMIR adds the
pages after the days: ``Sep 4-7, 2017:1-12;``).

The labeller reads the lead-in and the meeting as a container (or into the title) and the meeting's place
as the publisher's. The record convention, CSL's and Zotero's "Presentation": a ``paper-conference`` whose
``event-title`` is the meeting and whose ``event-place`` is where it met, with no container of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORK_TITLES, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.places import is_place, place_at_end
from biblio.parse.normalisers.title import title_value
from biblio.parse.spans import Span

# "[Poster]. Paper presented at: Meeting; Jul 9-14, 2023:1-12; Toronto, Canada." (a full stop after a lone
# capital is part of the place: "Washington, D.C.")
_PRESENTED = lazy_pattern(
    r"(?:\[(?P<genre>[A-Z][^\[\]]{1,30})\]\.?\s*)?"
    r"(?P<event>(?:(?:Paper|Poster|Abstract|Oral\s+presentation)\s+presented|Presented)\s+at:?\s+[^;]{2,200}?)\s*;\s*"
    r"(?P<date>[^;]{0,30}?\b(?:1[6-9]|20)\d\d)(?:\s*:\s*(?P<pages>\d+\s*[-\u2013]\s*\d+))?\s*;\s*"
    r"(?P<place>(?:[^.;\[\]]|(?<=\b[A-Z])\.){2,80}?)\s*(?=\.(?:\s|\[|$)|\[|$)"
)
_LEAD = lazy_pattern(r"^(?:[A-Za-z]+\s+)*?presented\s+at:?\s*", re.I)
_PARTS = (("genre", "genre"), ("event", "event"), ("date", "date"), ("pages", "pages"), ("event-place", "place"))


@needs(words=["presented at"])
def presented_at_meeting(spans: list[Span], text: str) -> list[Span]:
    """``Title. Presented at: Meeting; Days, Year; Place.`` read as a container (or into the title) and a
    publisher's place: the meeting is the event, its days the date, its place the event's place."""
    if (m := _PRESENTED.search(text)) is None:
        return spans
    new = [Span(label, m.group(g), m.start(g), m.end(g)) for label, g in _PARTS if m.group(g)]
    mended = replaced(spans, text, m.start(), m.end(), new)
    if any(s.label == "title" for s in mended):
        return mended
    # the paper's title read as the container the meeting seemed to be
    return [replace(s, label="title") if s.label in WORK_TITLES and s.end <= m.start() else s for s in mended]


# NLM's with full stops, as PLOS prints it: "Title. Scientific poster presented at: Meeting. Drummondville, Québec,
# Canada. 2024 May 25." (the meeting, then its place, then the day)
_PRESENTED_STOPS = lazy_pattern(
    r"(?P<event>(?:[A-Z][a-z]+\s+)?(?:[Pp]aper|[Pp]oster|[Aa]bstract|[Oo]ral\s+presentation)\s+presented\s+at:?\s+"
    r"[^.;]{2,200}?)\.\s+(?P<place>[A-Z][^.;\d]{1,80}?)\.\s+"
    r"(?P<date>(?:1[6-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)?)?)\.?(?=\s|$)"
)


@needs(words=["presented at"])
def presented_at_with_stops(spans: list[Span], text: str) -> list[Span]:
    """``Title. Scientific poster presented at: Meeting. Town, Region, Country. 2024 May 25.`` read into the title
    and as a publisher's place: the meeting is the event, the town its place, the day its date."""
    if (m := _PRESENTED_STOPS.search(text)) is None or not is_place(m["place"]):
        return spans
    return _meeting_place_date(spans, text, m)


# IEEE's and the security notes' ``Title, presented at Blackhat, Aug. 2014;``: the lead-in and the meeting
# alone between commas, no colon and no semicolon list after them
_PRESENTED_COMMA = lazy_pattern(r"^presented\s+at\s+[^,;:]{2,120}?\s*,?\s*$", re.I)
_TITLE_THEN_PRESENTED = lazy_pattern(r",\s+(?=presented\s+at\s+[^,;:]{2,120}?\s*,?\s*$)", re.I)


@needs(words=["presented at"], any_label=WORK_TITLES)
def presented_at_comma(spans: list[Span], text: str) -> list[Span]:
    """``Title, presented at Hack In Paris, 20 June 2013;`` with the meeting read as the container, or run
    into the title: the meeting is the event, and the paper has no container."""
    for k, s in enumerate(spans):
        if s.label in WORK_TITLES - {"title"} and _PRESENTED_COMMA.match(s.text):
            return [*spans[:k], replace(s, label="event"), *spans[k + 1 :]]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if s.label in WORK_TITLES - {"title"} and nxt is not None and nxt.label == "location" and _LEAD.match(s.text):
            # IEEE's "presented at the Int. Conf. Acoustics, Speech, Signal Process., Brighton, U.K., May 2019.":
            # the meeting's name holds commas, the town after it is where it met
            return [*spans[:k], replace(s, label="event"), replace(nxt, label="event-place"), *spans[k + 2 :]]
        if s.label == "title" and (m := _TITLE_THEN_PRESENTED.search(s.text)) is not None:
            title = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
            event = Span("event", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
            return [*spans[:k], title, event, *spans[k + 1 :]]
    return spans


# economic historians' "“Title”, paper presented at the 9th Conference of the European Historical Economics Society,
# Dublin, September 2-3, 2011.": the lead-in and the meeting, its town, then its days and year closing the reference
_PRESENTED_TOWN_DAYS = lazy_pattern(
    r"(?P<event>(?:[A-Za-z]+\s+)?(?i:presented)\s+at\s+[^,;:]{2,150}?),\s*"
    r"(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}),\s*"
    r"(?P<date>[^,;]{0,25}\d[^;]{0,20}?(?:1[6-9]|20)\d\d)\.?\s*$"
)


@needs(words=["presented at"])
def presented_at_town_and_days(spans: list[Span], text: str) -> list[Span]:
    """``“Title”, Results presented at the Conference on …, Venice, 22-24 March, 2011`` read as a container with
    pages (the days) or as a publisher and its place: the meeting is the event, the town its place, the days its
    date, and the paper has no container."""
    if (m := _PRESENTED_TOWN_DAYS.search(text)) is None:
        return spans
    return _meeting_place_date(spans, text, m)


def _meeting_place_date(spans: list[Span], text: str, m: re.Match[str]) -> list[Span]:
    """``m``'s meeting, place and date read as the event, its place and the date."""
    new = [Span(label, m.group(g), m.start(g), m.end(g)) for label, g in (("event", "event"), ("event-place", "place"))]
    new.append(Span("date", m.group("date"), m.start("date"), m.end("date")))
    return replaced(spans, text, m.start(), m.end(), new)


# the same after IEEE's names, initials first: "J. Oberheide and Z. Lanier, Title, presented at Meeting,"; the
# title unquoted between the names' comma and the lead-in, the meeting up to the next comma or semicolon
_INITIALS_NAME = r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*\s+[A-Z][\w'\u2019-]+"
_NAMES_TITLE_PRESENTED = lazy_pattern(
    rf"^(?P<names>{_INITIALS_NAME}(?:(?:,\s+|,?\s+and\s+){_INITIALS_NAME})*),\s+"
    r"(?P<title>[^\"\u201c\u201d;]{2,300}?),\s+(?P<event>presented\s+at\s+[^,;:]{2,120}?)\s*(?=[,;])"
)


# or the meeting named with no lead-in, a chapter's or a society's "meeting" just before the day: "G. Vaughan,
# NFC Threat Landscape, OWASP Toronto chapter meeting, 31 Mar. 2013;" (a proceedings is no meeting's name alone)
_NAMES_TITLE_MEETING = lazy_pattern(
    rf"^(?P<names>{_INITIALS_NAME}(?:(?:,\s+|,?\s+and\s+){_INITIALS_NAME})*),\s+"
    r"(?P<title>[^\"\u201c\u201d;]{2,300}?),\s+(?P<event>(?!Proc)[A-Z][^,;:.]{2,80}?\b[Mm]eeting)\s*,\s*"
    r"(?=\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?(?:19|20)\d\d)"
)


def _talk_after_initials(spans: list[Span], text: str, m: re.Match[str] | None) -> list[Span]:
    """The names, the title and the event of ``m``, unless the title was read right already."""
    if m is None:
        return spans
    if any(
        s.label == "title" and (s.start, text[s.start : s.end].rstrip(" ,")) == (m.start("title"), m["title"])
        for s in spans
    ):
        return spans
    new = [Span(label, m.group(label), m.start(label), m.end(label)) for label in ("names", "title", "event")]
    new[0] = replace(new[0], label="author")
    return replaced(spans, text, 0, m.end("event"), new)


@needs(words=["presented at"])
def presented_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``J. Oberheide, Android Hax, presented at Summercon, 10 June 2010;`` with the title read into the
    names or cut at a comma of its own: the names end at their comma, the title runs to the lead-in and
    the meeting is the event."""
    return _talk_after_initials(spans, text, _NAMES_TITLE_PRESENTED.match(text))


@needs(words=["meeting"])
def meeting_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``G. Vaughan, NFC Threat Landscape, OWASP Toronto chapter meeting, 31 Mar. 2013;`` with the title read
    into the names: the same, the meeting named with no lead-in."""
    return _talk_after_initials(spans, text, _NAMES_TITLE_MEETING.match(text))


def event_value(text: str) -> str | None:
    """The meeting's name in an ``event`` span: its lead-in (``Paper presented at:``) dropped."""
    # (IEEE's "presented at the Int. Conf. …": the article is the sentence's, not the meeting's name)
    return title_value(_THE.sub("", _LEAD.sub("", text, count=1), count=1))


_THE = lazy_pattern(r"^the\s+(?=[A-Z0-9])")


# Chicago's note for a talk, its facts in brackets after the title: ``"Title" (lecture, Course, University,
# May 26, 2014)`` (``(Lecture notes, Course, …)`` for what was handed out at it) or ``"Title" (paper presented
# at the Annual Meeting of X, Chicago, April 5, 2015)``
_TALK_NOTE = lazy_pattern(
    r"\((?P<genre>(?:(?:public|guest|keynote)\s+)?(?:lecture(?:\s+(?:notes|slides))?|talk|seminar|address)"
    r"|(?P<paper>conference\s+(?:paper|presentation|poster)|paper|poster)(?=,)"
    r"|(?:paper|poster|lecture|talk)\s+(?:presented|delivered|given)\s+at)"
    r"(?P<sep>,?\s+)(?P<body>[^()]{3,250}?)\)",
    re.I,
)
# the talk's date, closing the brackets: "May 26, 2014", "November 26–30, 2016", "March 2019"
_TALK_DATE = lazy_pattern(
    r",\s*(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)?,?\s+(?:1[6-9]|20)\d\d)\s*$"
)


_CLOSING_QUOTES = "\"\u201d*"


_PAGE_CITED = lazy_pattern(r",\s*(\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)\.?\s*$")


_COMMA_PART = lazy_pattern(r"[^,\s][^,]*[^,\s]|[^,\s]")


@needs(marks=["("])
def talk_in_note(spans: list[Span], text: str) -> list[Span]:
    """Chicago's note for a lecture or a paper given at a meeting, with what, where and when in the brackets
    after its title (CMOS 14.217), read as a note or as a container and a publisher's place: a lecture's
    host is the last name before the place and the date (a course or series before it is the event), a
    paper's meeting is the event, with its place."""
    m = _TALK_NOTE.search(text)
    if m is None:
        return spans
    # a title before the brackets (one run on into them when its quotes close right before them)
    quoted = text[: m.start()].rstrip()[-1:] in _CLOSING_QUOTES
    if not any(s.label in WORK_TITLES and (s.end <= m.start() + 1 or quoted and s.start < m.start()) for s in spans):
        return spans
    body, at = m.group("body"), m.start("body")
    dated = _TALK_DATE.search(body)
    if dated is None:
        return spans
    parts = [(p.start() + at, p.end() + at) for p in _COMMA_PART.finditer(body[: dated.start()])]
    if not parts:
        return spans
    k = place_at_end([text[a:z] for a, z in parts])
    place, parts = (parts[-k:], parts[:-k]) if k else ([], parts)
    presented = not m.group("sep").startswith(",")
    new: list[Span] = []
    if presented:  # the meeting, its lead-in ("paper presented at") dropped when it is assembled
        new.append(Span("event", text[m.start("genre") : parts[-1][1]], m.start("genre"), parts[-1][1]))
    else:
        new.append(Span("genre", m.group("genre"), m.start("genre"), m.end("genre")))
    if m.group("paper"):  # "(Conference paper, Meeting, Sydney, NSW, April 4, 2021)": the meeting, where it met
        new.append(Span("event", text[parts[0][0] : parts[-1][1]], parts[0][0], parts[-1][1]))
        presented = True
    elif not presented:
        if len(parts) > 1:
            new.append(Span("event", text[parts[0][0] : parts[-2][1]], parts[0][0], parts[-2][1]))
        new.append(Span("publisher", text[parts[-1][0] : parts[-1][1]], *parts[-1]))
    if place:
        label = "event-place" if presented else "location"
        new.append(Span(label, text[place[0][0] : place[-1][1]], place[0][0], place[-1][1]))
    a = at + dated.start("date")
    new.append(Span("date", text[a : at + dated.end("date")], a, at + dated.end("date")))
    end = m.end()
    if cited := _PAGE_CITED.match(text, end):  # the note's page, after the brackets: "…, 2021), 6."
        new.append(Span("pages", cited.group(1), cited.start(1), cited.end(1)))
        end = cited.end()
    return replaced(spans, text, m.start(), end, new)


# the Style Manual's (RMIT Harvard's) "'Title' [conference presentation], *Meeting*, Sharjah, accessed …": the
# bracket names a presentation, the italic name after it is the meeting and the town after that where it met
_BRACKETED_AT_MEETING = lazy_pattern(
    r"\[(?P<genre>[^\[\]]{0,40}\bpresentation)\],\s+\*(?P<event>[^*]{2,200}?)\*,\s+"
    r"(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2})(?=,\s+accessed\b|\.\s|\.?$)"
)


@needs(marks=("presentation]", "*"))
def bracketed_presentation_at_meeting(spans: list[Span], text: str) -> list[Span]:
    """``'Title' [conference presentation], *Meeting*, Place, accessed …`` with the meeting read as the container
    and its town as the place of a publisher: the meeting is the event, the town its place, and the paper has no
    container."""
    if (m := _BRACKETED_AT_MEETING.search(text)) is None:
        return spans
    new = [
        Span(label, m.group(g), m.start(g), m.end(g))
        for label, g in (("genre", "genre"), ("event", "event"), ("event-place", "place"))
    ]
    return replaced(spans, text, m.start(), m.end(), new)


# a meeting named by its own word, the word closing the name: "Baruco Conference", "Strange Loop Summit" (not
# "Congress", "Convention" or "Forum": bodies publishing their own reports are named so, "Trades Union Congress")
_MEETING_NAME = lazy_pattern(
    r"^(?!Proc|In\b)[A-Z][\w'\u2019&.-]*(?:\s+[A-Z0-9][\w'\u2019&.-]*){0,5}\s+"
    r"(?:Conference|Conf\.|Symposium|Summit|Workshop|Meetup)\s*,?\s*$"
)
_QUOTED_TITLE = lazy_pattern(r"^\s*[\"\u201c].*[\"\u201d]\s*[.,]?\s*$")
# what the model reads a bare meeting's name as: a publisher, a book
_MEETING_READS = frozenset(["publisher", "container-title"])
_BARE_YEAR = lazy_pattern(r"^\s*(?:1[6-9]|20)\d\d[.,]?\s*$")


@needs(labels=("title", "location", "date"), any_label=_MEETING_READS, without=("journal", "event"))
def meeting_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """MLA's talk ``Name. "Title." Baruco Conference, Barcelona, 2013.`` with the meeting read as the publisher (or a
    book) and its town as the publisher's: after a quoted title, a name closed by a meeting's word (no proceedings, no
    ``In``), then a known town and the year ending the reference, is the event and the event's place."""
    if labels_of(spans) & {"journal", "event"}:
        return spans
    for k in range(1, len(spans) - 2):
        title, pub, place, date = spans[k - 1 : k + 3]
        if (title.label, place.label, date.label) != ("title", "location", "date") or pub.label not in _MEETING_READS:
            continue
        if k + 3 != len(spans) or not _QUOTED_TITLE.match(title.text) or not _MEETING_NAME.match(pub.text):
            return spans
        if not is_place(place.text.strip(" ,.")) or not _BARE_YEAR.match(date.text):
            return spans
        return [*spans[:k], replace(pub, label="event"), replace(place, label="event-place"), date]
    return spans
