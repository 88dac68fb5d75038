"""Mends of a group author that opens a reference, read by the model as a journal or a number.

Author-date styles put a body's name where a person's goes: ``Gehl Architects. 1994. *Title*.``,
``OECD (2021), Title, OECD Publishing, Paris``,
``Institute of Contemporary Arts. *Nought to 60: …*. London: …``, ``U2. (1988). *Rattle & hum* [Album].``. A
journal never opens a reference before its date or an italic title, and a number never stands before the
date in brackets, so such an opening is the author.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import (
    BODY_LINKS,
    border_moved,
    joined_pair,
    lower_words,
    replaced,
    span_within,
    stretch_as_one,
)
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import (
    COUNTRY_LEAD,
    INSTITUTION_KIND,
    body_abbreviated,
    capital_initials,
    has_org_name_word,
    has_org_word,
)
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span
from biblio.parse.text import ascii_fold

_OUTLETS = frozenset(["journal", "container-title"])
# a body's name closed by its full stop: capitalised words, no digits but in a word ("U2", "Film4")
_BODY = lazy_pattern(r"[A-Z][^\s.,;:()*\d]*(?:\d[^\s.,;:()*]*)?(?:\s+[A-Za-z&][^\s.,;:()*]*){0,7}\.")
# a body's short name with its words spelled out in brackets, closed by a full stop: "UNESCO (United Nations
# Educational, Scientific and Cultural Organization)." (its stop perhaps read with the date)
_SHORT_THEN_EXPANSION = lazy_pattern(r"(?P<short>[A-Z][A-Z&]{1,9})\s\((?P<long>[A-Z][^()]{4,150})\)\.?")
# an author-date year closed by its stop, perhaps lettered: "2017a."
_YEAR_STOP = lazy_pattern(r"\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s*$")
_BRACKETED_YEAR = lazy_pattern(r"^\s*\(\s*(?:1[5-9]\d\d|20\d\d)")
# "Institute of Contemporary Arts. *Nought to": the name, its full stop, and the title's opening mark
_NAME_THEN_ITALICS = lazy_pattern(r"^(?P<name>[A-Z][^*\d.]{2,80}\.)\s+\*")


@needs(any_label=["journal", "container-title", "pages", "volume", "note", "publisher"], labels=["date"])
def group_opening_as_outlet(spans: list[Span], text: str) -> list[Span]:
    """``Gehl Architects. | 1994.`` read as a journal, ``U2. | (1988).`` as pages: the name closed by its full
    stop before the date (or, for a number, before the date in brackets) is the author."""
    if len(spans) < 3 or spans[1].label != "date":
        return spans
    first = spans[0]
    name = first.text.strip()
    if not _BODY.fullmatch(name) and not _unstopped_body(first, spans[1], text) and not _spelled_out(name):
        return spans
    if first.label in (*_OUTLETS, "note", "publisher"):
        if not any(s.label == "title" or s.label in _OUTLETS for s in spans[2:]):
            return spans
    elif first.label in ("pages", "volume"):
        if not _BRACKETED_YEAR.match(spans[1].text) or not any(c.isalpha() for c in first.text):
            return spans
    else:
        return spans
    return [Span("author", first.text, first.start, first.end, first.confidence), *spans[1:]]


@needs(any_label=["author", "publisher"], labels=["date"], marks=["("])
def bracket_closed_in_date(spans: list[Span], text: str) -> list[Span]:
    """``EPA (Environmental Protection Agency). 2015.`` with the bracket's close read into the date: the names
    opening the reference keep their bracket whole."""
    if len(spans) < 2 or spans[0].label not in ("author", "publisher") or spans[1].label != "date":
        return spans
    first, date = spans[0], spans[1]
    if not date.text.startswith(")") or first.text.count("(") != first.text.count(")") + 1:
        return spans
    close = date.start + 1
    rest = len(text[close : date.end]) - len(text[close : date.end].lstrip(" .,"))
    return border_moved(spans, text, 0, close, close + rest)


def _spelled_out(name: str) -> bool:
    """Harvard's ``UNESCO (United Nations Educational, Scientific and Cultural Organization). 2019.``: a short
    name whose letters the bracketed words' capitals spell, in order (a bracket of other words is a place or a
    remark: ``IBM (Armonk)``)."""
    m = _SHORT_THEN_EXPANSION.fullmatch(name) if name.endswith((")", ").")) else None
    if m is None:
        return False
    letters = iter(capital_initials(m["long"]))
    return all(c in letters for c in m["short"].replace("&", ""))


def _unstopped_body(first: Span, date: Span, text: str) -> bool:
    """Chicago's ``Cadw 2017a. Title. Cardiff: Cadw.``: a name with no stop before its year and the year's stop,
    taken for a body only when it names itself one, issues the work too or is the site holding it (no journal
    publishes itself); before a bracketed year, only when it names itself one."""
    name = first.text.strip()
    if not _BODY.fullmatch(name + ".") or text[first.end : date.start].strip():
        return False
    if _BRACKETED_YEAR.match(date.text):
        # Harvard's "British Standards Institution (2012) BS 5837:2012 …": a body naming itself one, the year
        # bracketed
        return has_org_name_word(name)
    if not _YEAR_STOP.match(date.text):
        return False
    site = name.lower().replace(" ", "")
    return has_org_name_word(name) or text.count(name) > 1 or f"//{site}." in text or f"//www.{site}." in text


@needs(any_label=["journal", "container-title"], marks=["*"])
def group_before_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``Institute of Contemporary Arts. *Nought to | 60 | : 60 Projects, 6 months.*`` read as a journal, a
    volume and a title: the name before its full stop is the author and the italic run the title."""
    m = _NAME_THEN_ITALICS.match(text)
    if m is None or not spans or spans[0].label not in _OUTLETS or spans[0].end <= m.end():
        return spans
    return _group_then_italic_title(spans, text, m)


@needs(labels=["title"], without=["author", "editor"], marks=["*"])
def group_in_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``US Centers for Disease Control and Prevention. *Technical Blog: …* (2024).`` read as one title: a body's
    name closed by its full stop before the italic run is the author and the run the title."""
    m = _NAME_THEN_ITALICS.match(text)
    if m is None or not spans or spans[0].label != "title":
        return spans
    words = m.group("name").split()
    # a sentence-case title before a journal's italics ("Topological optimization of cold plates.") is no body
    if not has_org_word(m.group("name")) or len(words) < 2 or lower_words(words, 2, BODY_LINKS):
        return spans
    if spans[0].end <= m.end():
        # "National Weather Service. | *Flood Safety …*": the name read as the title and the run as a journal
        if len(spans) < 2 or spans[1].label not in _OUTLETS or spans[1].start > m.end():
            return spans
        first, second = spans[0], spans[1]
        return [Span("author", first.text, first.start, first.end, first.confidence),
                Span("title", second.text, second.start, second.end, second.confidence), *spans[2:]]
    return _group_then_italic_title(spans, text, m)


# a note's author before its italic title: "3Blue1Brown, *Neural Networks*,", "The Coding Train, *Title*,"
# (a digit only inside a word, as in "3Blue1Brown": a name closed by a number is a document's, "OMB Circular A-130")
_NAME_COMMA_ITALICS = lazy_pattern(
    r"^(?P<name>\d*[A-Z][^*\d,\"\u201c\u201d\u2018]{0,60}?(?:\d+[A-Za-z]+)*),\s+\*(?=\S)"
)
_MAX_NOTE_NAME_WORDS = 5


@needs(labels=["title"], without=["author", "editor"], marks=(", *",))
def group_before_note_italic_title(spans: list[Span], text: str) -> list[Span]:
    """A note's ``The Coding Train, *Beginner's Guide to …*, YouTube video, …`` read as one title: the name before
    the comma that opens an italic run is the author, the run the title (a work's title in a note is quoted or in
    italics, never plain before its comma)."""
    m = _NAME_COMMA_ITALICS.match(text)
    if m is None or not spans or spans[0].label != "title" or spans[0].start > 0 or spans[0].end <= m.end():
        return spans
    if len(m.group("name").split()) > _MAX_NOTE_NAME_WORDS:
        return spans
    return _group_then_italic_title(spans, text, m)


def _group_then_italic_title(spans: list[Span], text: str, m: re.Match[str]) -> list[Span]:
    """The body's name of ``m`` as the author and the italic run after it as the title, the readings inside
    the run given up (as long as they read a work or its numbers)."""
    close = text.find("*", m.end())
    if close < 0:
        return spans
    z = close + 1
    inside = [s for s in spans if s.start < z]
    if any(s.end > z and text[z : s.end].strip(" ,.;:") for s in inside):
        return spans
    if any(s.label not in (*_OUTLETS, "title", "volume", "issue", "pages") for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    a = m.end() - 1
    head = [
        Span("author", m.group("name"), 0, m.end("name"), spans[0].confidence),
        Span("title", text[a:z], a, z, conf),
    ]
    return [*head, *(s for s in spans if s.start >= z)]


# an organisation's name opening the reference before its bracketed year: "OECD (", "World Bank ("
_GROUP_OPENING = lazy_pattern(r"(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,7}?)\s*\(")
_GROUP_NAME = lazy_pattern(r"(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,7}?)")
_YEAR_CLOSING_BRACKET = lazy_pattern(r"\d{4}[a-z]?\)[,.:]?")


@needs(labels=("note", "date"), without=("author", "editor"))
def group_opening_as_note(spans: list[Span], text: str) -> list[Span]:
    """The OECD's and others' ``OECD (2021), Title, OECD Publishing, Paris`` with the organisation and the
    bracket (or the organisation alone) read as a note: a name opening the reference before its bracketed year is
    its author."""
    if len(spans) < 2 or spans[0].label != "note" or spans[1].label != "date" or spans[0].start > 1:
        return spans
    date = spans[1].text.strip()
    # (or the name alone, the bracket read with the year: "OECD | (2025), Title, URL")
    m = _GROUP_OPENING.fullmatch(spans[0].text) or (
        _GROUP_NAME.fullmatch(spans[0].text.rstrip()) if date.startswith("(") else None
    )
    if m is None or text[spans[0].end : spans[1].start].strip():
        return spans
    if not _YEAR_CLOSING_BRACKET.fullmatch(date.removeprefix("(")):
        return spans
    s = spans[0]
    name = Span("author", m.group("name"), s.start, s.start + m.end("name"), s.confidence)
    return [name, *spans[1:]]


# the whole opening in one note: "OECD (2024), Road accidents (indicator)."
_GROUP_YEAR_TITLE = lazy_pattern(
    r"(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,7}?)\s*(?P<date>\((?:1[5-9]|20)\d\d[a-z]?\))[,.:]?\s+"
    r"(?P<title>[A-Z\d\"“‘].*\S)\s*"
)


@needs(labels=("note",), without=("author", "editor", "date", "title"))
def group_year_title_in_note(spans: list[Span], text: str) -> list[Span]:
    """``OECD (2024), Road accidents (indicator). doi: … (Accessed on 01 July 2024)`` with the body, its bracketed
    year and the title all read as one note, and nothing else as a date or a title: they are the author, the
    date and the title."""
    if not spans or spans[0].label != "note" or spans[0].start > 1:
        return spans
    if any(o.label in ("author", "editor", "date", "title") for o in spans):
        return spans  # as declared: only where nothing else was read as a name, a date or a title
    s = spans[0]
    if (m := _GROUP_YEAR_TITLE.fullmatch(s.text)) is None:
        return spans
    parts = [Span(label, m.group(g), s.start + m.start(g), s.start + m.end(g), s.confidence)
             for label, g in (("author", "name"), ("date", "date"), ("title", "title"))]
    return [*parts, *spans[1:]]


# the OECD's house style, the body's name, its year in brackets and a comma: "OECD (2026), ", "3GPP (2024), ",
# "The Washington Post (2024), ", "OECD (n.d.), ", "OECD (forthcoming), " (a person's name holds a comma)
_GROUP_YEAR_COMMA = lazy_pattern(
    r"(?P<name>[A-Z\d][\w'\u2019&./-]*(?:\s+[\w'\u2019&./-]+){0,7}?)\s*"
    r"(?P<date>\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|forthcoming)\)),\s+(?=[A-Z\d\"\u201c\u2018])"
)
# what the opening may have been read as, up to the title: a note, a date, an outlet
_OPENING_RUN_ON = frozenset(["note", "date", "journal", "container-title"])


@needs(labels=("title",), without=("author", "editor"), marks=("), ",))
def group_year_comma_opening(spans: list[Span], text: str) -> list[Span]:
    """``OECD (2026), OECD Responsible Business Outlook 2026: …, OECD Publishing, Paris`` with the body read into a
    note that runs into the title (its year read as the date), ``TeleGeography (2024), Submarine Cable Map, URL``
    with the body read as a journal, ``3GPP (2024), …`` with it read into the date: a name with no comma opening
    the reference before its bracketed year and a comma is the author, the year its date, and all from the comma
    to the end of the first title the title."""
    m = _GROUP_YEAR_COMMA.match(text)
    if m is None or not spans:
        return spans
    z = m.end()
    k = next((i for i, s in enumerate(spans) if s.label == "title" and s.end > z), None)
    if k is None or any(s.label not in _OPENING_RUN_ON for s in spans[:k]):
        return spans
    title_end = spans[k].end
    conf = min(s.confidence for s in spans[: k + 1])
    date_end = m.end("date") + 1  # with its comma, as the labeller reads a date
    new = [
        Span("author", m.group("name"), 0, m.end("name"), conf),
        Span("date", text[m.start("date") : date_end], m.start("date"), date_end, conf),
        Span("title", text[z:title_end], z, title_end, conf),
    ]
    return replaced(spans, text, 0, title_end, new)


# the title alone after the opening, closed by its stop, and a reference list's key number after it: "Title. [72]"
_TITLE_ALONE = lazy_pattern(r"(?P<title>[^\[\]]*?[^\W\d_][^\[\]]*?)[.\s]*(?P<key>\[\d{1,3}\])?\s*$")


@needs(labels=("note",), without=("author", "editor", "title"), marks=("), ",))
def group_year_comma_note(spans: list[Span], text: str) -> list[Span]:
    """``OECD (forthcoming), Environmental sustainability of networks. [72]`` read as one note: the body before
    its bracketed year (or status) and a comma is the author, and all after it, no more than a title and a key
    number, the title (the key a note)."""
    m = _GROUP_YEAR_COMMA.match(text)
    if m is None or len(spans) != 1 or (t := _TITLE_ALONE.fullmatch(text, m.end())) is None:
        return spans
    conf = spans[0].confidence
    date_end = m.end("date") + 1
    new = [
        Span("author", m.group("name"), 0, m.end("name"), conf),
        Span("date", text[m.start("date") : date_end], m.start("date"), date_end, conf),
        Span("title", t.group("title"), t.start("title"), t.end("title"), conf),
    ]
    if t.group("key"):
        new.append(Span("note", t.group("key"), t.start("key"), t.end("key"), conf))
    return new


# "CDC. Vital signs: …": a body's acronym and its full stop opening a Vancouver reference
_ACRONYM_OPENING = lazy_pattern(r"^\s*(?P<body>[A-Z]{2,8}\.)\s+(?=[A-Z][a-z]+(?:\W+\w+){2})")


@needs(labels=["title", "journal"], without=["author", "editor"])
def acronym_body_opens_title(spans: list[Span], text: str) -> list[Span]:
    """CDC's ``CDC. Vital signs: overdoses of … MMWR Morb Mortal Wkly Rep 2011;60:1487–92.`` with the agency's
    acronym read into the title: an acronym closed by its full stop opening the reference, before the title
    of a journal article, is its group author."""
    if not spans:
        return spans
    first = spans[0]
    if first.label != "title" or (m := _ACRONYM_OPENING.match(first.text)) is None:
        return spans
    a = first.start + m.end("body")
    b = first.start + m.end()
    body = Span("author", text[first.start : a], first.start, a, first.confidence)
    return [body, Span("title", text[b : first.end], b, first.end, first.confidence), *spans[1:]]


# "EFSA Panel on Contaminants in the Food Chain, Scientific Opinion on …": a body's name in title case and its comma
_BODY_COMMA = lazy_pattern(
    r"^\s*(?P<body>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|on|and|for|the|in|&)){1,9}),\s+(?=[A-Z][^\W\d_]*(?:\W+\w+){2})"
)
# the words that name a standing body (a panel, a board) rather than a firm or a place's office
_BODY_WORD = lazy_pattern(r"\b(?:Panel|Committee|Commission|Council|Board|Working\s+Group|Task\s+Force|Consortium)\b")


@needs(labels=["title", "journal"], without=["author", "editor"])
def body_comma_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``EFSA Panel on Contaminants in the Food Chain, Scientific Opinion on Lead in Food. EFSA Journal, 8(4)``
    with the panel read into the title: a panel's, committee's or council's name and its comma opening the
    reference, before a journal article's title, is its group author."""
    if not spans:
        return spans
    first = spans[0]
    if first.label != "title" or (m := _BODY_COMMA.match(first.text)) is None or not _BODY_WORD.search(m["body"]):
        return spans
    a = first.start + m.end("body")
    b = first.start + m.end()
    body = Span("author", text[first.start : a], first.start, a, first.confidence)
    return [body, Span("title", text[b : first.end], b, first.end, first.confidence), *spans[1:]]


# a body's acronym alone opening the reference, before a quoted title: 'NIST "Engineering Statistics Handbook" URL'
_ACRONYM_ALONE = lazy_pattern(r"\s*[A-Z]{2,8}\s*")
_QUOTE_OPENING = lazy_pattern(r"\s*[\"\u201c\u2018]")


@needs(labels=("note", "title"), without=("author", "editor"))
def acronym_before_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """NumPy's ``NIST "Engineering Statistics Handbook" https://…`` with the agency's acronym read as a note: an
    acronym alone opening the reference, right before its quoted title, is its group author."""
    if len(spans) < 2 or spans[0].label != "note" or spans[1].label != "title" or spans[0].start > 1:
        return spans
    if not _ACRONYM_ALONE.fullmatch(spans[0].text) or not _QUOTE_OPENING.match(spans[1].text):
        return spans
    if text[spans[0].end : spans[1].start].strip():
        return spans
    return [replace(spans[0], label="author"), *spans[1:]]


# the words an acronym skips ("Information Commissioner's Office" is ICO, "Food and Agriculture Organization" FAO)
_SKIPPED = frozenset(["of", "for", "the", "and", "on", "in", "&", "de", "des", "du", "la", "le"])
_WORD = lazy_pattern(r"[^\W\d_][\w'\u2019-]*")
_ACRONYM = lazy_pattern(r"[A-Z][A-Z\d]{1,7}")


def _initials(name: str) -> str:
    return "".join(w[0].upper() for w in _WORD.findall(name) if w.lower() not in _SKIPPED)


_LETTER_THEN_DIGIT = lazy_pattern(r"([A-Z])([2-9])")


def _spelled(acronym: str) -> str:
    """``W3C`` as its letters stand for words: WWWC."""
    return _LETTER_THEN_DIGIT.sub(lambda m: m.group(1) * int(m.group(2)), acronym)


@needs(labels=("author", "container-title"), without=("journal", "editor"))
def acronym_author_spelled_out(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``ICO (2024) *Guide to the UK GDPR*. Information Commissioner's Office. Available at: …`` with the
    body's full name read as the site: a name after the title that spells out the author's acronym is the body
    that published the page, as APA's ``U.S. Census Bureau. … U.S. Department of Commerce.`` names its publisher."""
    authors = [s for s in spans if s.label == "author"]
    if len(authors) != 1 or not _ACRONYM.fullmatch(acronym := authors[0].text.strip(" .,;:")):
        return spans
    for k, s in enumerate(spans):
        if s.label == "container-title" and s.start > authors[0].end and _initials(s.text) == _spelled(acronym):
            return [*spans[:k], replace(s, label="publisher"), *spans[k + 1 :]]
    return spans


# an elided article opening a word of a name ("l’Éclairage"): the initial is the word's after it
_ELISION = lazy_pattern(r"^[a-z][\'\u2019]")


def _name_initials(name: str) -> str:
    words = (_ELISION.sub("", w) for w in _WORD.findall(name) if w.lower() not in _SKIPPED)
    return "".join(ascii_fold(w[0]).upper() for w in words if w)


# the full name closed by its full stop, opening the title span: capitalised words and a name's small words
_FULL_NAME_OPENING = lazy_pattern(
    r"(?P<name>[A-ZÀ-Þ][^\s.,;:()]*(?:\s+[^\s.,;:()]+){1,11})\.\s+(?=[A-ZÀ-Þ0-9\"\u201c*])"
)


@needs(labels=("author", "date", "title"))
def acronym_spelled_out_before_title(spans: list[Span], text: str) -> list[Span]:
    """``CIE 2010, Commission Internationale de l’Éclairage. Recommended system …`` and ``WHO (2019). World Health
    Organization. Global tuberculosis report 2019.`` with the body's full name read into the title: the sentence
    after the date that spells out the author's acronym (its capitalised words' initials, before any "of") is the
    body that published the work, the text after it the title."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "date" or spans[2].label != "title":
        return spans
    if not _ACRONYM.fullmatch(acronym := spans[0].text.strip(" .,;:")):
        return spans
    title = spans[2]
    m = _FULL_NAME_OPENING.match(title.text)
    if m is None or m.end() >= len(title.text.rstrip()):
        return spans
    name = m["name"]
    if _spelled(acronym) not in (_name_initials(name), _name_initials(name.split(" of ", 1)[0])):
        return spans
    a, z = title.start, title.start + m.end("name")
    body = Span("publisher", name, a, z, title.confidence)
    rest = Span("title", text[title.start + m.end() : title.end], title.start + m.end(), title.end, title.confidence)
    return [*spans[:2], body, rest, *spans[3:]]


# Australian Harvard (AGPS): a body's name, then its year with no stop or bracket between, then the title in
# italics or quotes: "National Commission of Audit 1996, *Report …*", "Standards Australia Online 2006, *Glass …*"
_GROUP_THEN_YEAR = lazy_pattern(
    r"(?P<name>[A-Z][^\s.,;:()*\d\"\u2018\u201c]*(?:\s+[A-Za-z&][^\s.,;:()*\d\"]*){1,9})\s+"
    r"(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?),\s+(?=[*\"\u2018\u201c])"
)


@needs(without=["editor"], marks=["*", "\"", "‘", "“"])
def group_before_bare_year(spans: list[Span], text: str) -> list[Span]:
    """The Australian Harvard ``National Commission of Audit 1996, *Report to the Commonwealth Government*,
    …`` with the body read as the publisher (or cut at ``and``): a name of capitalised words opening the
    reference before its bare year and the title is the author."""
    m = _GROUP_THEN_YEAR.match(text)
    if m is None:
        return spans
    a, z = m.end("name"), m.end("year")
    if any(s.label == "author" and s.start == 0 and s.end == a for s in spans):
        return spans
    if any(s.label == "date" and s.end <= a for s in spans):
        return spans  # a date read before the year: another form
    first = [s for s in spans if s.start < z]
    conf = min((s.confidence for s in first), default=1.0)
    new = [Span("author", text[:a], 0, a, conf), Span("date", m.group("year"), m.start("year"), z, conf)]
    t = m.end()
    close = text.find("*", t + 1) if text[t] == "*" else -1
    if close > t + 1 and not any(s.label == "title" and s.start <= t + 1 and s.end >= close for s in spans):
        # the italic run after the year is the title, not the outlet the model read ("*Madonna and child*, 18 …")
        new.append(Span("title", text[t : close + 1], t, close + 1, conf))
        z = close + 1
    return replaced(spans, text, 0, z, new)


# a web list's author-date opening with no stop nor bracket: a name of up to four capitalised words (a family name, a
# body, an acronym) and the bare year closed by a colon, then the title: "OWASP 2021: Broken Access Control.",
# "Mozilla 2023: Using HTTP cookies." (a capital must open the title: "Nature 2019: 1-5" is no such opening)
# (not a standard's designation and number: "RFC 1812: Requirements for …", "ISO 9001: …")
_NAME_YEAR_COLON = lazy_pattern(
    r"(?!(?:RFC|ISO|IEC|ANSI|DIN|BS|EN|ECMA|STD|BCP|FIPS|PEP|JSR)\b)"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?):\s+(?=[A-Z])"
)
# the title's end: a stop before a capital or an address, or the address itself
_TITLE_END = lazy_pattern(r"\.\s+(?=[A-Z\u00c0-\u017d]|https?://)|:?\s+(?=https?://)")


@needs(without=["author", "editor"], marks=(":",))
def name_before_year_colon(spans: list[Span], text: str) -> list[Span]:
    """``OWASP 2021: OWASP Top 10:2021. Luettavissa: https://…`` with the name and year read as a journal (and the
    title's numbers as its volume): the name is the author, the year the date, and the sentence after the colon
    the title."""
    if not text[:1].isupper() or any(s.label in ("author", "editor") for s in spans):
        return spans  # (names read already: another form, as its gate declares)
    if (m := _NAME_YEAR_COLON.match(text)) is None:
        return spans
    if any(s.label in ("author", "editor") for s in spans):
        return spans  # the names already read (as its declaration needs: the plan never calls it then)
    if any(s.label == "date" and s.end <= m.start("year") for s in spans):
        return spans  # a date read before the year: another form
    a, z = m.end("name"), m.end()
    conf = min((s.confidence for s in spans if s.start < z), default=1.0)
    new = [Span("author", text[:a], 0, a, conf), Span("date", m["year"], m.start("year"), m.end("year"), conf)]
    if not any(s.label == "title" and s.start <= z + 1 for s in spans):
        end = _TITLE_END.search(text, z)
        if end is None or (t_end := end.start() + (text[end.start()] == ".")) <= z:
            return spans
        new.append(Span("title", text[z:t_end], z, t_end, conf))
        z = t_end
    return replaced(spans, text, 0, z, new)


# the rest of a body's name cut by the model, up to the colon that closes Copernicus's author element:
# capitalised words and the small words of a name ("Corps of Engineers:")
_NAME_TAIL_TO_COLON = lazy_pattern(r"^\s*[A-Z][\w\u2019'&-]*(?:\s+(?:of|and|for|the|on|&|[A-Z][\w\u2019'-]*)){0,6}:\s")


@needs(labels=["author", "title"], marks=[": "])
def group_runs_to_colon(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Multi-Resolution Land Characteristics Consortium: Data Services Page, https://…`` (and
    ``United States Army Corps of Engineers: National Inventory of Dams,``) with the body's name cut short and its
    last words read into the title: the author element runs to its colon, and a body's name holds a word such as
    "Consortium" or "Corps"."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    head, title = spans[0], spans[1]
    if head.text.rstrip()[-1:] in ".,:;)" or "," in head.text or text[head.end : title.start].strip():
        return spans
    tail = _NAME_TAIL_TO_COLON.match(title.text)
    if tail is None:
        return spans
    colon = title.start + tail.end() - 1  # the space after the colon
    name = text[head.start : colon].rstrip()
    if not has_org_word(name.rstrip(":")) or not text[colon:title.end].strip():
        return spans
    author = Span("author", name, head.start, head.start + len(name), head.confidence)
    rest = span_within(title, text, colon, title.end)
    return [author, *([rest] if rest else []), *spans[2:]]


# a body's name closed by a comma or full stop before its year: "UNESCO,", "Statistics Norway."
_BODY_BEFORE_YEAR = lazy_pattern(r"[A-Z][^\s.,;:()*]*(?:\s+[A-Za-z&/][^\s.,;:()*]*){0,7}[.,]")

# a body and its division, a comma between: "City of Toronto, City Planning Division."
_BODY_AND_DIVISION = lazy_pattern(
    r"[A-Z][^\s.,;:()*]*(?:\s+[A-Za-z&/][^\s.,;:()*]*){0,7},\s+[A-Z][^\s.,;:()*]*(?:\s+[A-Za-z&/][^\s.,;:()*]*){1,7}\."
)


@needs(labels=["publisher", "date"])
def group_opening_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``UNESCO, 2019. Guidelines on …`` read with the body as the publisher: a publisher never opens a
    reference before its date and the title, so the body's name there is the author."""
    if len(spans) < 3 or spans[0].label != "publisher" or spans[1].label != "date":
        return spans
    if spans[2].label not in ("title", *_OUTLETS):
        return spans
    first = spans[0]
    name = first.text.rstrip()
    if name.endswith("("):  # Harvard's "Department of Health (2001)" with the year's bracket read into the name
        name = name[:-1].rstrip() + ","
    if any(s.label == "author" for s in spans) or not (
        _BODY_BEFORE_YEAR.fullmatch(name.strip())
        or (_BODY_AND_DIVISION.fullmatch(name.strip()) and has_org_name_word(name))
    ):
        return spans
    z = first.start + len(first.text.rstrip(" ("))
    return [Span("author", text[first.start : z], first.start, z, first.confidence), *spans[1:]]


@needs(labels=["author", "title", "date"])
def country_body_split_at_its_abbreviation(spans: list[Span], text: str) -> list[Span]:
    """APA's ``U.S. Global Change Research Program (2014a).`` read as the author ``U.S.`` and a title before the date:
    a country's abbreviation opens a body's name (``U.S. Environmental Protection Agency``), the whole the author."""
    if len(spans) < 3 or [s.label for s in spans[:3]] != ["author", "title", "date"]:
        return spans
    first, second, date = spans[:3]
    head = text[first.start : second.end]
    if not COUNTRY_LEAD.match(head) or len(first.text.split()) != 1 or not date.text.lstrip().startswith("("):
        return spans
    if not has_org_word(second.text) or "," in head:
        return spans
    return joined_pair(spans, 0, "author", text)


@needs(labels=["author"], without=["title", "container-title", "journal"])
def body_runs_into_title(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``National Center for Health Statistics. Health, United States, 2019. Hyattsville, MD: …`` read with
    the title in the author and no title at all: a body's name closed by its full stop opens the reference; what
    follows it in the same span is the title."""
    if not spans or spans[0].label != "author" or (m := _BODY.match(spans[0].text)) is None:
        return spans
    if any(s.label in ("title", "container-title", "journal") for s in spans):
        return spans
    name, rest = m.group(0), spans[0].text[m.end() :]
    if not rest.strip(" ,.") or not has_org_name_word(name) or len(name.split()) < 3:
        return spans
    s = spans[0]
    a = s.start + m.end() + len(rest) - len(rest.lstrip())
    return [
        Span("author", text[s.start : s.start + m.end()], s.start, s.start + m.end(), s.confidence),
        Span("title", text[a : s.end], a, s.end, s.confidence),
        *spans[1:],
    ]


@needs(labels=("note", "date", "title"), without=("author", "editor"))
def group_note_before_bare_year(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Crucible Group, 1994. People, Plants and Patents. IDRC.`` with the body read as a note: a body's
    name (a word such as "Group" or "Council" in it) closed by its comma or stop, opening the reference before its
    year and the title, is the author."""
    if len(spans) < 3 or [s.label for s in spans[:3]] != ["note", "date", "title"] or spans[0].start > 1:
        return spans
    name = spans[0].text.strip()
    if spans[1].text.lstrip().startswith("(") or not _BODY_BEFORE_YEAR.fullmatch(name):
        return spans
    if not has_org_word(name.rstrip(".,")) or text[spans[0].end : spans[1].start].strip():
        return spans
    first = spans[0]
    return [Span("author", first.text, first.start, first.end, first.confidence), *spans[1:]]


@needs(labels=("author", "title", "date"))
def sub_body_before_date(spans: list[Span], text: str) -> list[Span]:
    """``American Bar Association, Commission on Women in the Profession. (2016) A Current Glance …`` with the
    body's division read as a title before the date: in an author-date reference the title follows the date, so a
    body's name between the author's comma and the bracketed date, with the title after the date, is an author."""
    if len(spans) < 4 or [s.label for s in spans[:3]] != ["author", "title", "date"]:
        return spans
    first, second, date = spans[:3]
    if not first.text.rstrip().endswith(",") or not date.text.lstrip().startswith("("):
        return spans
    if spans[3].label not in ("title", *_OUTLETS) or not _BODY.fullmatch(second.text.strip()):
        return spans
    if not has_org_word(first.text) or not has_org_word(second.text):
        return spans
    return [first, Span("author", second.text, second.start, second.end, second.confidence), *spans[2:]]


# a body's name and its bracketed abbreviation closed by a full stop, then the date: "Armed Forces Retirement Home
# (AFRH). 2020.", "Australian Research Data Commons (ARDC). (2021).", "… (FISH). n.d."
_ABBREVIATED_BODY_OPENING = lazy_pattern(
    r"(?P<name>[A-Z][^()\d.,;:]{3,120}?\s\([A-Z][A-Za-z&-]{1,11}\))\.\s+"
    r"(?=\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,]|\(?n\.\s?d\.)"
)


@needs(marks=[")"])
def abbreviated_body_opens(spans: list[Span], text: str) -> list[Span]:
    """``Australian Research Data Commons (ARDC). (2021).`` read as a journal, a bracket and the author ``ARDC)``,
    ``Armed Forces Retirement Home (AFRH). 2020.`` as a title: a body's name and its abbreviation, closed by a
    full stop before the date, are the author whole."""
    m = _ABBREVIATED_BODY_OPENING.match(text)
    if m is None or not body_abbreviated(m["name"]):
        return spans
    # a body says it is one by its words or by its abbreviation again (its publisher, its site); a tool's or a
    # report's title with its own abbreviation ("Photosensitive Epilepsy Analysis Tool (PEAT). (n.d.).") does not
    unit, short = m["name"].rsplit(" (", 1)
    if not has_org_name_word(unit) and short.rstrip(")") not in text[m.end() :]:
        return spans
    mended = stretch_as_one(spans, text, 0, m.end("name") + 1, "author")
    return spans if mended is None else mended


# Danish and German lists' person, a colon, then the italic title: "Kondrup, Johnny: *Editionsfilologi*, København:
# …", "Johnny Kondrup: *Editionsfilologi*, 2011"
_NAME_COLON_ITALICS = lazy_pattern(
    r"(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?,\s+[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]*\.?){0,2}"
    r"|[A-ZÀ-Þ][^\W\d_]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?):\s+"
    r"\*(?P<title>[^*]{2,200}?)[,.]?\*"
)


@needs(marks=[":", "*"])
def person_colon_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``Kondrup, Johnny: *Editionsfilologi*, København: …`` read with the given name and the title in the place,
    or ``Johnny Kondrup: *Editionsfilologi*, 2011`` as one title: a person's name closed by a colon before an
    italic run is the author, the run the title."""
    m = _NAME_COLON_ITALICS.match(text)
    if m is None or has_org_word(m["name"]):
        return spans
    name_end, title_end = m.end("name"), m.end()
    if any(s.label == "author" and s.start == 0 and s.end >= name_end for s in spans):
        return spans  # the name read whole already
    author = Span("author", text[: name_end + 1], 0, name_end + 1, spans[0].confidence if spans else 1.0)
    a = m.start("title") - 1
    title = Span("title", text[a:title_end], a, title_end, author.confidence)
    return replaced(spans, text, 0, title_end, [author, title])


# an undated page's body before its title: "Historic England. Grasslands — …", "National Trust. Caring for …": two to
# six capitalised words (joined by "of", "for", "and") closing on a body's word, its full stop, the title
_UNDATED_BODY = lazy_pattern(
    r"(?P<name>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'\u2019&-]*){0,4}?\s+"
    r"(?:Council|Agency|Department|Trust|England|Scotland|Wales|Commission|Institute|Foundation|Service|Office"
    r"|Society|Authority|Association|Organi[sz]ation|Ministry|Bureau|Board|Centre|Center|Survey|Executive))"
    r"\.\s+(?=[A-Z\u201c\"'*_][^\s.]*\s+\S)"
)
# the kind of page in lower case, bracketed after the title: "(technical advice)", "(guidance note)"
_KIND_CLOSING = lazy_pattern(r"\s\([a-z][a-z ]{2,40}\)\.?\s*$")
_ANY_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|\bn\.\s?d\b")


@needs(labels=["title"], without=["author", "editor", "date"])
def undated_body_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Historic England. Grasslands — Nature Recovery and Heritage.`` read as one title: with no date anywhere, a
    first sentence naming a body (closing on Council, Agency, Trust, England …) is the page's author, not its
    title's opening (an author-date reference would date it; a title-first one names no body alone)."""
    if not spans:
        return spans
    first = spans[0]
    if first.label != "title" or first.start > 0 or (m := _UNDATED_BODY.match(text)) is None or first.end <= m.end():
        return spans
    if _ANY_YEAR.search(" ".join(s.text for s in spans if s.label != "url")):
        return spans
    a, z = m.span("name")
    end = first.end
    kind = _KIND_CLOSING.search(text, m.end(), first.end)
    if kind is not None:
        end = kind.start()  # "Title (technical advice).": the kind of page, no part of its title
    parts = [
        Span("author", text[a:z], a, z, first.confidence),
        Span("title", text[m.end() : end], m.end(), end, first.confidence),
    ]
    if kind is not None:
        parts.append(Span("genre", kind.group(0).strip(), kind.start(), first.end, first.confidence))
    return [*parts, *spans[1:]]


# a body's name as the first sentence, then a title in quotation marks: "Bureau international des Poids et
# Mesures. ‘The International System of Units (SI)’, 2009."
_BODY_THEN_QUOTE = lazy_pattern(
    r"(?P<name>[A-Z][^\d.,;:()\[\]\"\u201c\u201d\u2018\u2019]{4,100}?[^\W\d_]{2})\.\s+"
    r"(?P<title>\u2018[^\u2018\u2019]{3,300}\u2019|\u201c[^\u201c\u201d]{3,300}\u201d)"
)


@needs(labels=["title"], without=["author", "editor"], marks=("\u2018", "\u201c"))
def body_opens_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``Bureau international des Poids et Mesures. ‘The International System of Units (SI)’, 2009.`` read as one
    title: a first sentence naming a body, then the quoted title, is the author before its work (a title does not
    run on over a full stop into a quotation of its own)."""
    first = spans[0] if spans else None
    if first is None or first.label != "title" or first.start > 0:
        return spans
    m = _BODY_THEN_QUOTE.match(text)
    if m is None or first.end < m.end() - 1 or not has_org_name_word(m["name"]):
        return spans
    a, z = m.span("name")
    t0, t1 = m.span("title")
    parts = [Span("author", text[a:z], a, z, first.confidence), Span("title", text[t0:t1], t0, t1, first.confidence)]
    if first.end > t1:
        rest = span_within(first, text, t1, first.end)
        return [*parts, *([rest] if rest else []), *spans[1:]]
    return [*parts, *spans[1:]]


# the title's first sentence, the rest of a body's name the author span cut: "Committee on the Future of …."
_NAME_REST = lazy_pattern(r"(?P<rest>[A-Z][^.;:()\d]{2,100}?[^\W\d_]{2})\.\s+(?=[A-Z\"'“‘*])")


@needs(labels=["author", "title"])
def body_name_cut_into_title(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Ad Hoc Committee on the Future of Public Health in Canada. The Future of …. Ottawa, ON: …``
    with the body's first words read as the author and the rest of its name opening the title: the title's first
    sentence, a body's word in it and the author's words with no stop between them, is the author's name."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    author, title = spans[0], spans[1]
    if author.text.rstrip()[-1:] in ".,;:)" or len(author.text.split()) > 3 or text[author.end : title.start].strip():
        return spans
    m = _NAME_REST.match(title.text)
    if m is None or not has_org_name_word(m["rest"]) or has_org_name_word(author.text):
        return spans
    return border_moved(spans, text, 0, title.start + m.end("rest") + 1, title.start + m.end())


# Kluwer's and Springer's older author-date form, the name closed by a colon, then the year and its comma:
# "Battelle: 1978, The Selection of …", "Commission of the European Communities: 1980, Draft Directive …"
_NAME_COLON = lazy_pattern(r"[A-Z][^\d:;()\[\]]{1,100}?[^\W\d_]\s*:")
_YEAR_COMMA = lazy_pattern(r"\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*,\s*")
_NAME_COLON_HOLDERS = frozenset(["location", "journal", "container-title", "publisher", "note"])


@needs(labels=["date", "title"], any_label=_NAME_COLON_HOLDERS, marks=[":"])
def group_colon_before_year(spans: list[Span], text: str) -> list[Span]:
    """``Battelle: | 1978, | The Selection of …`` with the body read as a place (or a journal): a name closed by
    its colon before the year and its comma, opening the reference, is the author (no place or journal opens a
    reference before its date)."""
    if len(spans) < 3 or spans[0].label not in _NAME_COLON_HOLDERS or spans[1].label != "date":
        return spans
    first = spans[0]
    if not _NAME_COLON.fullmatch(first.text.strip()) or not _YEAR_COMMA.fullmatch(spans[1].text):
        return spans
    if spans[2].label != "title" or text[first.end : spans[1].start].strip() or is_place(first.text):
        return spans
    return [Span("author", first.text, first.start, first.end, first.confidence), *spans[1:]]


# a comma, then a body's name opening the rest, its kind among its first words: ", Commission of the European
# Communities, Environment …", ", Lyndon B. Johnson School of Public Affairs, …"
_COMMA_BODY = lazy_pattern(rf"\.?,\s+(?P<part>(?:[A-Z][\w.'-]*\s+){{0,3}}{INSTITUTION_KIND}[^,:;*_]{{0,80}})(?=,|$)")
_IMPRINT_AFTER = frozenset(["location", "publisher", "pages"])


@needs(labels=["date"], any_label=["title", "container-title"])
def body_closing_comma_title(spans: list[Span], text: str) -> list[Span]:
    """Kluwer's ``Name: 1983, An Ecological Framework for …, Institute for Resource and Environmental Studies,
    Dalhousie University, Halifax, Canada.`` with the issuing body read into the title (or into a chapter's book):
    from the first comma after which a body's name begins, the words are the publisher's, up to the place."""
    dated = False
    for k, s in enumerate(spans):
        if s.label == "date":
            dated = True
            continue
        if s.label not in ("title", "container-title") or not dated:
            continue
        rest = spans[k + 1 :]
        if not rest or any(r.label not in _IMPRINT_AFTER for r in rest):
            continue
        if "*" in s.text or "_" in s.text:
            return spans  # (an italic title is set apart by its marks; its commas hold no imprint)
        for m in _COMMA_BODY.finditer(s.text):
            head = s.text[: m.start()]
            if len(head.split()) < 2 or ":" in s.text[m.start() :] or has_org_name_word(head):
                continue
            a = s.start + m.start("part")
            z = rest[0].end if rest[0].label == "publisher" else s.end
            cut = s.start + m.start()
            pub = Span("publisher", text[a:z].rstrip(" ,"), a, a + len(text[a:z].rstrip(" ,")), s.confidence)
            tail = rest[1:] if rest[0].label == "publisher" else rest
            return [*spans[:k], Span(s.label, text[s.start : cut], s.start, cut, s.confidence), pub, *tail]
        return spans
    return spans
