"""Mends of APA's opening date: ``Names (n.d.). Title.`` read around the bracketed date.

APA's reference opens with the names, then the date in brackets and a full stop, then the title.
An organisation as author with no full stop before its date (``Berkeley Center for Teaching and
Learning (n.d.). Lecturing strategies.``) is read by the model as one title, the date inside it;
a title that opens with a number (``(2022). 20 Common defense mechanisms``) loses that number to
the date; an organisation named before the date is read as a journal or publisher. The bracket and
its full stop say where each field runs.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.dates import NO_DATE_FORMS, SEASONS, month_number
from biblio.parse.spans import Span
from biblio.parse.text import sentence_end

# "(2019)." "(2019a)." "(2019, March 7)." "(n.d.)." "(in press)." closing the names; APA in other
# languages writes "(s.f.)." / "(z.d.)." / "(o.J.)." (NO_DATE_FORMS) and "(en prensa)." / "(no prelo)."
# (Cite Them Right sets no stop after the bracket, "SampleFocus (no date) Title": a no-date mark ends the names alone)
_BRACKET = rf"\((?:(?:1[5-9]\d\d|20\d\d)[a-z]?(?:,\s*[^()]{{1,30}})?|{NO_DATE_FORMS}|in press|en prensa|no prelo)\)"
_DATE = rf"(?:{_BRACKET}\.|\((?:{NO_DATE_FORMS})\))"
_DATE_INSIDE = lazy_pattern(rf"\s*(?P<date>{_DATE})\s+(?=\S)", re.I)
_DATE_THEN_MORE = lazy_pattern(rf"^\s*(?P<date>{_DATE})\s+(?=\S)", re.I)
_MAX_NAME_WORDS = 12
_OPENERS = ("title", "author", "publisher")


@needs(without=["date"], marks=["("])
def date_inside_opening(spans: list[Span], text: str) -> list[Span]:
    """``Bring Change to Mind (2023). Public service announcements.`` read as one title (or as an
    author cut short and a title): with no date read, the bracketed date in the opening span ends
    the names, and what follows it is the title."""
    if not spans or "(" not in spans[0].text and (len(spans) < 2 or "(" not in spans[1].text):
        return spans
    if "date" in labels_of(spans):
        return spans
    k = 1 if len(spans) > 1 and spans[0].label == "author" and spans[1].label in _OPENERS else 0
    s = spans[k]
    if s.label not in _OPENERS:
        return spans
    m = _DATE_INSIDE.search(s.text)
    if m is None:
        return spans
    a = spans[0].start
    head = text[a : s.start + m.start()]
    if not head.strip() or "(" in head or len(head.split()) > _MAX_NAME_WORDS:
        return spans
    conf = s.confidence
    names = Span("author", head, a, a + len(head), conf)
    d0, d1 = s.start + m.start("date"), s.start + m.end("date")
    date = Span("date", text[d0:d1], d0, d1, conf)
    t0 = s.start + m.end()
    title = Span("title", text[t0 : s.end], t0, s.end, conf)
    return [names, date, title, *spans[k + 1 :]]


# Chicago and Harvard author-date: "Ullenboom, C. 2021. Java ist auch eine Insel." — the bare year and
# its full stop, then the title's first word; AAA sets no stop: "Zebe, Fred, eds. 1974 Anarchy on …"
_BARE_YEAR_THEN_WORD = lazy_pattern(
    r"^\s*(?P<date>(?:1[5-9]\d\d|20\d\d)[a-z]?(?P<stop>\.)?)\s+(?=(?P<word>[^\W\d_][\w'-]*))"
)


def _bare_year_then_title(s: str) -> re.Match[str] | None:
    """The bare year and the title word after it, when what follows the year holds no number and its
    first word is no month or season (``2021. Java ist``, not ``2019. Spring``)."""
    m = _BARE_YEAR_THEN_WORD.match(s)
    if m is None or any(c.isdigit() for c in s[m.end("date") :]):
        return None
    word = m.group("word")
    if m.group("stop") is None and not word[0].isupper():
        return None  # with no stop only a capital opens the title
    return None if month_number(word.lower()) or word.lower() in SEASONS else m


# the date, then a second bare year alone: the title opens with a year ("(2020) 2020 NLP Survey Report")
_DATE_THEN_YEAR = lazy_pattern(
    r"^\s*(?P<date>\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\.?|(?:1[5-9]\d\d|20\d\d)[a-z]?\.?)\s+(?=(?:1[5-9]\d\d|20\d\d)\s*$)"
)


_CLOSING_YEAR = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$")


def _year_closes(rest: list[Span]) -> bool:
    """Whether a bare year read as a date closes the reference (only an address or an identifier after it)."""
    dates = [k for k, s in enumerate(rest) if s.label == "date"]
    if not dates or not _CLOSING_YEAR.match(rest[dates[-1]].text):
        return False
    return all(s.label in ("url", "doi", "note") for s in rest[dates[-1] + 1 :])


# what the names opening AAA's and IOP's reference are read as: names, or a group read as an outlet or a note
_OPENING_NAMES = frozenset(["author", "editor", "container-title", "journal", "publisher", "note"])


def _names_open(spans: list[Span], k: int) -> bool:
    """Whether the span before the date at ``k`` is the reference's opening names (a person's, or a group's the
    model read as an outlet: ``UNICEF 2020 The State …``)."""
    if k == 0 or spans[k - 1].label not in _OPENING_NAMES:
        return False
    before = spans[k - 1]
    opening = k - 1 == 0 or k - 1 == 1 and spans[0].label == "citation-number"
    return before.label in ("author", "editor") or opening and not any(c.isdigit() for c in before.text)


# Harvard's bracketed year with no full stop, then the title's first word: "Ministry of …, Communities and Local
# Government (2025) Revenue | Outturn Service Data" (no stop: the names before it must be the opening names)
_HARVARD_YEAR_THEN_WORD = lazy_pattern(r"^\s*(?P<date>\((?:1[5-9]\d\d|20\d\d)[a-z]?\))(?P<stop>\.)?\s+(?=[^\W\d_])")


@needs(labels=("date", "title"))
def date_runs_into_title(spans: list[Span], text: str) -> list[Span]:
    """``(2022). 20 | Common defense mechanisms …`` (or ``2021. Java | ist auch eine Insel``, AAA's ``1974 Anarchy |
    on …``, Harvard's ``(2025) Revenue | Outturn …``) with the title's first words read into the date: what follows
    the date (its full stop) opens the title."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "date" or nxt.label != "title":
            continue
        # "(2020) 2020 | NLP Survey Report": the second year opens the title
        m = _DATE_THEN_YEAR.match(s.text) if not text[s.end : nxt.start].strip() else None
        harvard = False
        if m is None and s.text.lstrip().startswith("("):
            m = _DATE_THEN_MORE.match(s.text)
            if m is None and (m := _HARVARD_YEAR_THEN_WORD.match(s.text)) is not None:
                # (the names before it one element, no sentence closed in them, however the model cut them)
                harvard = sentence_end(text[: s.start].rstrip()) < 0
        elif m is None:
            m = _bare_year_then_title(s.text)
        if m is None:
            return spans
        if m.groupdict().get("stop", ".") is None and not (harvard or _names_open(spans, k)):
            return spans  # (AAA's year with no stop follows its names: "Rosaldo, eds. 1974 Woman, …")
        if m.group("date")[-1:].isdigit() and _year_closes(spans[k + 2 :]):
            # RSC's "B. Lorica, 2020 NLP Survey Report, Gradient Flow, 2020." (Vancouver's "Lorica B. 2020 NLP …;
            # 2020."): the year closing the reference is its date, the bare year before the title's words its own
            title = Span("title", text[s.start : nxt.end], s.start, nxt.end, nxt.confidence)
            return [*spans[:k], title, *spans[k + 2 :]]
        d1, cut = s.start + m.end("date"), s.start + m.end()
        date = Span("date", text[s.start : d1], s.start, d1, s.confidence)
        title = Span("title", text[cut : nxt.end], cut, nxt.end, nxt.confidence)
        return [*spans[:k], date, title, *spans[k + 2 :]]
    return spans


_WORKS = ("container-title", "journal", "publisher")
_OPENING_DATE = lazy_pattern(rf"^\s*{_DATE}\s*$", re.I)
# Harvard (Cite Them Right) writes no full stop after the bracket: "English Heritage (1999) *Title*."
_HARVARD_DATE = lazy_pattern(rf"^\s*{_BRACKET}\s*$", re.I)


@needs(labels=["date"], any_label=_WORKS)
def names_before_opening_date(spans: list[Span], text: str) -> list[Span]:
    """``World Health Organization | (2019a). | Mental health atlas …`` (or Harvard's ``English
    Heritage | (1999) | *Title*``) with the body read as a journal or publisher: what opens the
    reference before its bracketed date is the author (a work without an author opens with its
    title, set in italics)."""
    if len(spans) < 3 or spans[0].label not in _WORKS or spans[1].label != "date":
        return spans
    first, date = spans[0], spans[1].text
    if "*" in first.text or text[: first.start].strip():
        return spans
    if not _OPENING_DATE.match(date) and not (spans[2].label == "title" and _HARVARD_DATE.match(date)):
        return spans
    return [Span("author", first.text, first.start, first.end, first.confidence), *spans[1:]]


# Harvard after BS 5605: "UNESCO, 1993." "The Independent, 1992." — the names, a comma, the bare year
_PLAIN_YEAR = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s*$")
# Australian Harvard (AGPS): "Department of Health 2019, Title" — the names, a space, the year and a comma
_AGPS_YEAR = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d)[a-z]?,\s*$")


@needs(labels=("date", "title"), any_label=_WORKS)
def names_before_plain_date(spans: list[Span], text: str) -> list[Span]:
    """``UNESCO, | 1993. | General information …`` (or ``Department of Health | 2019, | Australia's …``) with
    the organisation read as a publisher or journal: a name closed by a comma before the bare year and its
    full stop, or a name and the year with a comma after it, the title after, is the author."""
    if len(spans) < 3 or spans[0].label not in _WORKS or spans[1].label != "date" or spans[2].label != "title":
        return spans
    first = spans[0]
    if "*" in first.text or text[: first.start].strip():
        return spans
    closed = first.text.rstrip().endswith(",")
    if not (_PLAIN_YEAR if closed else _AGPS_YEAR).match(spans[1].text):
        return spans
    if not closed and first.text.rstrip()[-1:] in ".;:":
        return spans
    return [Span("author", first.text, first.start, first.end, first.confidence), *spans[1:]]


# author-date's status in the year's place: "Goldin, Claudia. Forthcoming. “Title.”", or no date: "n.d."
# (Harvard writes the mark out: "Jones, E., no date. Title.")
_STATUS_OPENS = lazy_pattern(r"^\s*(?P<date>(?:Forthcoming|In press|In Press|n\.\s?d|no date)\.)\s+(?=\S)")


@needs(labels=["title"], any_label=("author", "editor"), without=["date"])
def status_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Goldin, Claudia. | Forthcoming. “Career and Family.”`` (or ``n.d. “Title.”``) read as one title
    after the names: with no date read, the status in the year's place is the date."""
    if "date" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "title" or spans[k - 1].label not in ("author", "editor"):
            continue
        m = _STATUS_OPENS.match(s.text)
        if m is None:
            return spans
        a, z = s.start + m.start("date"), s.start + m.end()
        date = Span("date", text[a : s.start + m.end("date")], a, s.start + m.end("date"), s.confidence)
        title = Span("title", text[z : s.end], z, s.end, s.confidence)
        return [*spans[:k], date, title, *spans[k + 1 :]]
    return spans


# Harvard's undated work: "Beautiful Soup. no date. Title." "Fantasy Premier League, no date. Rules."
# "ONS., n.d. Title."
_UNDATED_OPENING = lazy_pattern(
    r"^(?P<names>[^\[\]()“”\"\d]{2,100}?\.?)\s*,?\s+(?P<date>(?:no date|n\.\s?d)\.?)[.,]?\s+(?=\S)", re.I
)
_MAX_UNDATED_NAME_WORDS = 6
_UNDATED_OPENERS = ("title", "author", "journal", "container-title", "publisher")


@needs(without=["date"], words=("no date", "n.d", "n. d"))
def undated_names_opening(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Fantasy Premier League, no date. Rules. [online]`` read as one title (or one run of names):
    with no date read, the mark of no date after the opening names ends them, and the title follows it."""
    if not spans or spans[0].label not in _UNDATED_OPENERS or text[: spans[0].start].strip():
        return spans
    if any(t.label == "date" for t in spans):
        return spans  # a date read elsewhere ("Retrieved February 2, 2012"): as its gate has it
    s = spans[0]
    m = _UNDATED_OPENING.match(s.text)
    if m is None or m.end() >= len(s.text.rstrip()) or len(m.group("names").split()) > _MAX_UNDATED_NAME_WORDS:
        return spans
    a, c = s.start, s.confidence
    names = Span("author", m.group("names"), a, a + m.end("names"), c)
    date = Span("date", m.group("date"), a + m.start("date"), a + m.end("date"), c)
    title = Span("title", s.text[m.end() :], a + m.end(), s.end, c)
    return [names, date, title, *spans[1:]]


# ASA's and Chicago's reprint: "Weber, Max. [1922] 1978." the first publication's year in brackets
# before the year of the edition cited
_ORIGINAL_THEN_YEAR = lazy_pattern(r"\[(?:1[5-9]\d\d|20\d\d)\]\s+(?=(?:1[5-9]\d\d|20\d\d)[a-z]?\.)")


@needs(labels=["date"], any_label=("author", "editor"), marks=["["])
def original_year_apart(spans: list[Span], text: str) -> list[Span]:
    """``Weber, Max. [ | 1922] 1978.`` read with the bracket among the names and the original year as
    the date: the names end before the bracket, the bracketed year is a note, the year after it the date."""
    if "[" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "date" or s.label not in ("author", "editor") or "[" not in text[s.start : nxt.start + 1]:
            continue
        a = text.rfind("[", s.start, nxt.start + 1)
        m = _ORIGINAL_THEN_YEAR.match(text, a)
        if m is None or m.end() >= nxt.end or text[s.start : a].rstrip()[-1:] != ".":
            continue
        names = Span(
            s.label, text[s.start : a].rstrip(), s.start, s.start + len(text[s.start : a].rstrip()), s.confidence
        )
        original = Span("note", text[a : m.end()].rstrip(), a, a + len(text[a : m.end()].rstrip()), nxt.confidence)
        date = Span("date", text[m.end() : nxt.end], m.end(), nxt.end, nxt.confidence)
        return [*spans[:k], names, original, date, *spans[k + 2 :]]
    return spans


# author-date's bare year after the names: "The Sentencing Project. 2010. “Title.”"
_BARE_YEAR = lazy_pattern(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?\.$")
_MARKED_TITLE = lazy_pattern(r"^[\"\u201c*_]")
_NOT_NAMES = frozenset(["author", "editor", "date", "url", "doi"])


@needs(labels=("date", "title"))
def names_before_bare_year(spans: list[Span], text: str) -> list[Span]:
    """``The Sentencing Project. | 2010. | “Title.”`` with the organisation read as a title or a note:
    what opens an author-date reference before its bare year, with a quoted or italic title after the
    year, is the author."""
    labels = labels_of(spans)
    if "date" not in labels or "title" not in labels:
        return spans
    k = [s.label for s in spans].index("date")
    if k < 1 or k + 1 >= len(spans) or not _BARE_YEAR.match(spans[k].text.strip()):
        return spans
    head = spans[:k]
    after = spans[k + 1]
    if after.label != "title" or not _MARKED_TITLE.match(after.text) or text[: head[0].start].strip():
        return spans
    if all(s.label in _NOT_NAMES for s in head) or any(s.label in ("date", "url", "doi") for s in head):
        return spans
    a = head[0].start
    z = a + len(text[a : spans[k].start].rstrip())
    if text[a:z][-1:] != "." or "*" in text[a:z] or len(text[a:z].split()) > _MAX_NAME_WORDS:
        return spans
    names = Span("author", text[a:z], a, z, min(s.confidence for s in head))
    return [names, *spans[k:]]


# the rest of APA's bracketed date: "februari). ", "March 7). " (words and numbers, the bracket, a full stop)
_DATE_REST = lazy_pattern(r"^[^\W\d_]+\.?(?:\s+\d{1,2})?\)\.(?=\s|$)")


@needs(labels=["date"], marks=["("])
def bracketed_date_runs_on(spans: list[Span], text: str) -> list[Span]:
    """APA's ``(2018, 1 februari). Title`` with the date cut inside its bracket (``(2018, 1`` | ``februari).
    Title``): the date runs to its closing bracket and full stop, the title after them."""
    for k in range(min(len(spans) - 1, 3)):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "date" or "(" not in s.text or ")" in s.text:
            continue
        m = _DATE_REST.match(nxt.text)
        if m is None or not nxt.text[m.end() :].strip():
            return spans
        z = nxt.start + m.end()
        t0 = z + len(nxt.text[m.end() :]) - len(nxt.text[m.end() :].lstrip())
        date = Span("date", text[s.start : z], s.start, z, s.confidence)
        rest = Span(nxt.label, text[t0 : nxt.end], t0, nxt.end, nxt.confidence)
        return [*spans[:k], date, rest, *spans[k + 2 :]]
    return spans
