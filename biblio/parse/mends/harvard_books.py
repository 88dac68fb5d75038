"""The Australian Harvard (AGPS) book: ``Borbasi, S, Jackson, D & Langford, RW 2008, *Navigating the maze of nursing
research*, 2nd edn, Mosby, Sydney.``: inverted names with initials written without full stops, the last one after
``&``, the bare year, the italic title, the edition, the publisher and the town, each closed by a comma. Initials
of two letters before the year (``RW 2008``) look to the model like the opening of a work's name, so it cuts the
names short and runs their end into the title; the marks say where each element runs."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FAMILY = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|der|den|[Dd]a|[Dd]el|[Ll]e)\s)*[A-Z][^\W\d_]+(?:[-'\u2019 ][A-Z][^\W\d_]+)?"
# initials without full stops ("S", "RW", "DF"): a comma after the family, none between the initials
_NAME = rf"{_FAMILY},\s[A-Z]{{1,3}}"
# (the town a word, maybe with its state: "Sydney", "Hoboken, NJ"; a state alone, "Elsevier Australia Marrickville,
# NSW", leaves the publisher and the town unparted)
_BOOK = lazy_pattern(
    rf"^(?P<names>{_NAME}(?:(?:,\s{_NAME})*\s(?:&|and)\s{_NAME})?)\s(?P<date>(?:1[5-9]|20)\d\d[a-z]?),\s"
    r"(?P<title>\*[^*]+\*),\s(?:(?P<edition>\d+(?:st|nd|rd|th)\sedn),\s)?"
    r"(?P<publisher>[A-Z][^,]{0,60}),\s(?P<location>[A-Z][a-z][^,.\d]{0,40}(?:,\s[A-Z]{2,3})?)\.(?:$|\s+(?=<?https?://|Available\sat|Accessed|Retrieved|[Vv]iewed))"
)


@needs(marks=("*",))
def agps_book(spans: list[Span], text: str) -> list[Span]:
    """``Family, I, Family, I & Family, II Year, *Title*, Nth edn, Publisher, Town.`` with the last initials run
    into the title or the publisher into the town: the names, the year, the title, the edition, the publisher
    and the town."""
    m = _BOOK.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    groups = ("names", "date", "title", "edition", "publisher", "location")
    labels = ("author", "date", "title", "edition", "publisher", "location")
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in zip(labels, groups, strict=True) if m[g]]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, m.end("location"), new)


# The AGPS web page as students write it, no italics: ``1 Britannica 2024, markup language, viewed April 2024,
# [https://…]``, ``Yasar, K; Zola, A 2022, network packet, viewed April 2024, [https://…]``: an optional list number,
# the names (a body's or inverted persons', ";" or "&" between them), the bare year, the title up to the access
# note, the address. The model reads a body's name and year as the title or the date, or the access note's month
# into the title. A title here holds no comma: after a comma come a publisher and a town (``Title, Publisher, Town,
# viewed …``), a book's or a report's form. (A title in italics or quotes, or an article's numbers, is another form,
# left to the others.)
_WEB_PAGE = lazy_pattern(
    r"^(?:(?P<number>\d{1,3})\s+)?(?P<names>[A-Za-z][^\d*_'‘\"“\[\]()<>]{0,120}?),?\s(?P<date>(?:19|20)\d\d[a-z]?),\s"
    r"(?P<title>[^*_'‘\"“\s][^*_\[\]<>,]{1,250}?),\s(?P<accessed>[Vv]iewed\s(?:\d{1,2}\s)?[A-Z][a-z]{2,8}\s\d{4}),?\s*"
    r"(?=[\[<]?https?://)"
)
# a journal's numbers, a chapter's "in" or a book's edition among the words read as the title: another form
_ARTICLE_PARTS = lazy_pattern(r",\s(?:vol\.|no\.|pp?\.|in\s)|\bedn\b")


@needs(words=("viewed",))
def agps_web_page(spans: list[Span], text: str) -> list[Span]:
    """``Name Year, Title, viewed Month Year, [URL]`` with no author read (the body's name taken into the title or
    read as the date), the title's first word read into the date, or the access note's words left in the title:
    the names, the year, the title and the access date."""
    m = _WEB_PAGE.match(text)
    if m is None or _ARTICLE_PARTS.search(m["title"]):
        return spans
    read = {(s.label, s.text.strip(" ,")) for s in spans}
    if ("author", m["names"]) in read and ("title", m["title"]) in read:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    z, accessed = _access_note(m, text, conf)
    new = [Span("citation-number", m["number"], m.start("number"), m.end("number"), conf)] if m["number"] else []
    new += [
        Span(label, m[g], m.start(g), m.end(g), conf)
        for label, g in (("author", "names"), ("date", "date"), ("title", "title"))
    ]
    return replaced(spans, text, 0, z, [*new, accessed])


# The AGPS report read on the web: ``Yee, L, Chui, M & Roberts, R, 2024, *Title*, McKinsey Digital, 16 July, viewed
# 12 August 2024, https://…``, ``Body (ABBR), 2023, *2023 Business Travel Outlook*, ABBR, viewed …``, ``Department
# of Health 2020, *Title*, Publisher, Canberra, viewed …``: the names (a comma may close them), the year, the italic
# title, the publisher, maybe its town and the day, the access note, the address. The model reads a year opening
# the title as the work's date, or a body's year and the publisher into the title, or the publisher not at all.
_WEB_REPORT = lazy_pattern(
    r"^(?P<names>[A-Z][^*\d]{1,160}?),?\s(?P<date>(?:19|20)\d\d[a-z]?),\s(?P<title>\*[^*]{2,250}\*),\s"
    r"(?P<publisher>[A-Z][^,*\d\[\]<>]{1,60}),\s(?:(?P<place>[A-Z][^,*\d\[\]<>]{1,40}),\s)?"
    r"(?:(?P<day>\d{1,2}\s[A-Z][a-z]{2,8}),\s)?"
    r"(?P<accessed>[Vv]iewed\s(?:\d{1,2}\s)?[A-Z][a-z]{2,8}(?:\s\d{4})?),?\s*(?=[\[<]?https?://)"
)


@needs(marks=("*",), words=("viewed",))
def agps_web_report(spans: list[Span], text: str) -> list[Span]:
    """``Names, Year, *Title*, Publisher[, Town][, Day Month], viewed Day Month Year, URL`` with the publisher read
    into the title or lost, or a year opening the title read as the date: the names, the year, the title, the
    publisher (and its town) and the access date."""
    m = _WEB_REPORT.match(text)
    if m is None:
        return spans
    read = {(s.label, s.text.strip(" ,")) for s in spans}
    # (a reading that took the name for the site, the page's container, is left: AGPS names the sponsor there)
    if ("title", m["title"]) in read and read & {("publisher", m["publisher"]), ("container-title", m["publisher"])}:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    z, accessed = _access_note(m, text, conf)
    parts = (
        ("author", "names"),
        ("date", "date"),
        ("title", "title"),
        ("publisher", "publisher"),
        ("location", "place"),
        ("date", "day"),
    )
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in parts if m[g]]
    return replaced(spans, text, 0, z, [*new, accessed])


def _access_note(m: re.Match[str], text: str, conf: float) -> tuple[int, Span]:
    """The end of the access note ``m`` matched before the address, and the note's span: the address's opening
    bracket goes with the note, as the model reads it (``viewed April 2024, [https://…``)."""
    z = m.end() + (text[m.end()] in "[<")
    return z, Span("accessed", text[m.start("accessed") : z], m.start("accessed"), z, conf)
