"""Mends of numbers a field's last words name: the Greek page word ``σελ.`` closing the field before the pages, a
Dutch ``22-2 (mei 2012)`` (volume and issue) closing the journal, and a weekday (``Samstag 5. März 2022``) closing a
newspaper's name with its day read as the volume."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# a Greek page word ("σελ.", "σσ.") left closing the field before the pages ("Εκδόσεις Κυριακίδη. σελ. 225.")
_GREEK_PAGE_WORD = lazy_pattern(r"[.,]?\s+(?:σελ|σσ|σελίδες)\.?\s*$")


@needs(labels=["pages"], marks=("σελ", "σσ"))
def greek_page_word_closing(spans: list[Span], text: str) -> list[Span]:
    """``Αθήνα: Εκδόσεις Κυριακίδη. σελ. 225.`` with the page word ``σελ`` read into the publisher: the word goes
    with the pages it names."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "pages" or s.label == "pages" or ("σελ" not in s.text and "σσ" not in s.text):
            continue
        m = _GREEK_PAGE_WORD.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            continue
        cut = s.start + m.start()
        return [*spans[:k], Span(s.label, text[s.start : cut], s.start, cut, s.confidence), *spans[k + 1 :]]
    return spans


# "Historische Kring Bemmel 22-2 (" before a bracketed month and year: the volume and issue close the journal
_VOLUME_DASH_ISSUE = lazy_pattern(r"\s(?P<v>\d{1,3})-(?P<i>\d{1,2})\s*\(?\s*$")


@needs(labels=["journal", "date"], without=["volume", "issue"], marks=("-",))
def volume_dash_issue_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """Dutch ``in: Historische Kring Bemmel 22-2 (mei 2012), p. 57-59.`` with ``22-2`` read into the journal: before
    the bracketed date, the numbers are the volume and the issue."""
    labels = labels_of(spans)
    if "volume" in labels or "issue" in labels:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "date" or "-" not in s.text:
            continue
        m = _VOLUME_DASH_ISSUE.search(s.text)
        # the bracket opens the date ("22-2 (mei 2012)"): a year-like pair ("1914-18") is a span of years
        if m is None or "(" not in text[s.start + m.end("i") : nxt.start] or not s.text[: m.start()].strip():
            continue
        if int(m["i"]) == 0 or int(m["v"]) == 0:
            continue
        cut = s.start + m.start()
        va, vz = s.start + m.start("v"), s.start + m.end("v")
        ia, iz = s.start + m.start("i"), s.start + m.end("i")
        return [
            *spans[:k],
            Span("journal", text[s.start : cut], s.start, cut, s.confidence),
            Span("volume", text[va:vz], va, vz, s.confidence),
            Span("issue", text[ia:iz], ia, iz, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a weekday written before a newspaper's day ("St. Galler Tagblatt, Samstag 5. März 2022")
_WEEKDAY_CLOSING = lazy_pattern(
    r",\s*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*$",
    re.I,
)
_DAY = lazy_pattern(r"^(?:[1-9]|[12]\d|3[01])\.?$")


@needs(labels=["journal", "volume", "date"])
def weekday_before_day(spans: list[Span], text: str) -> list[Span]:
    """``in: St. Galler Tagblatt, Samstag 5. März 2022, S. 26-27.`` with the weekday read into the newspaper's name
    and its day as the volume: the weekday is left out and the day goes with the month and year."""
    for k in range(len(spans) - 2):
        s, vol, date = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "journal" or vol.label != "volume" or date.label != "date" or "," not in s.text:
            continue
        m = _WEEKDAY_CLOSING.search(s.text)
        if m is None or not _DAY.match(vol.text.strip()) or not date.text[:1].isalpha():
            continue
        if text[vol.end : date.start].strip(" ."):
            continue
        cut = s.start + m.start()
        day = Span("date", text[vol.start : date.end], vol.start, date.end, date.confidence)
        return [*spans[:k], Span("journal", text[s.start : cut], s.start, cut, s.confidence), day, *spans[k + 3 :]]
    return spans


# Czech "Jižní Morava 52, 2016, svazek 55," read as one volume: the run's number, the year, then the volume
# ("svazek", "sv.") the labelled data keep; "Vlastivědný věstník moravský, 62, 2010, č. 2,": the volume, the year, the
# issue
_NUMBERS_WITH_YEAR = lazy_pattern(
    r"^(?:(?P<run>\d{1,3}),\s*(?P<year>(?:1[5-9]|20)\d\d),\s*(?:svazek|sv\.)\s*(?P<v>\d{1,4})"
    r"|(?P<v2>\d{1,3}),\s*(?P<year2>(?:1[5-9]|20)\d\d),\s*(?:č|čís)\.\s*(?P<i>\d{1,3}))[,.]?\s*$"
)
# a year closing the title after a range's word ("… v letech 1918 až 1919."): the title's own
_RANGE_WORD_CLOSING = lazy_pattern(r"(?:\s(?:až|do|bis|to|until)|[–-])\s*$")


def _part(label: str, m: re.Match[str], group: str, s: Span, text: str) -> Span:
    a, z = s.start + m.start(group), s.start + m.end(group)
    return Span(label, text[a:z], a, z, s.confidence)


@needs(labels=["volume"], marks=("svazek", "sv.", "č."))
def year_inside_volume(spans: list[Span], text: str) -> list[Span]:
    """Czech ``Title. Jižní Morava 52, 2016, svazek 55, s. 159–194.`` (``Journal, 62, 2010, č. 2, s. 145–152.``) with
    the numbers and the year read as one volume: the year is the date, the ``svazek`` (the number before the year)
    the volume and the ``č.`` the issue (a year read before, closing the title after ``až``, is the title's)."""
    for k, s in enumerate(spans):
        if s.label != "volume" or (m := _NUMBERS_WITH_YEAR.match(s.text)) is None:
            continue
        head = spans[:k]
        dates = [i for i, x in enumerate(head) if x.label == "date"]
        if dates:
            i = dates[0]
            if len(dates) > 1 or i == 0 or head[i - 1].label != "title":
                return spans
            if not _RANGE_WORD_CLOSING.search(head[i - 1].text):
                return spans
            title = head[i - 1]
            head = [*head[: i - 1], Span("title", text[title.start : head[i].end], title.start, head[i].end,
                                         title.confidence), *head[i + 1 :]]  # fmt: skip
        if m["v"]:
            numbers = [_part("date", m, "year", s, text), _part("volume", m, "v", s, text)]
        else:
            numbers = [_part("volume", m, "v2", s, text), _part("date", m, "year2", s, text)]
            numbers.append(_part("issue", m, "i", s, text))
        return [*head, *numbers, *spans[k + 1 :]]
    return spans


# "Malovaný kraj, 44, 2008, č. 6," with "44, 2008," read as the date: the volume, then the year
_VOLUME_THEN_YEAR = lazy_pattern(r"^(?P<v>\d{1,3}),\s*(?P<year>(?:1[5-9]|20)\d\d),?\s*$")
_ISSUE_MARK = lazy_pattern(r"^(?:č|čís|no|nr|n)\.\s*\d", re.I)
# the journal's name as the title's last comma part ("Slovácká brigáda, Malovaný kraj,")
_LAST_COMMA_PART = lazy_pattern(r",\s+(?P<journal>[^,]*[^\W\d_][^,]*?),?\s*$")


@needs(labels=["date", "title"], marks=("č.", "no.", "No.", "Nr.", "n."))
def volume_before_year_and_issue(spans: list[Span], text: str) -> list[Span]:
    """Czech ``Title, Malovaný kraj, 44, 2008, č. 6, s. 8–9.`` with ``44, 2008,`` read as the date (and the journal
    into the title): the number before the year is the volume, and the title's last comma part, where no journal was
    read, the journal."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "date" or (m := _VOLUME_THEN_YEAR.match(s.text)) is None:
            continue
        # the issue's mark after it ("č. 6", read as the volume or the issue) says the journal's numbers
        if not _ISSUE_MARK.match(nxt.text) or nxt.label not in ("issue", "volume"):
            return spans
        if any(x.label == "volume" for x in spans if x is not nxt):
            return spans
        va, vz = s.start + m.start("v"), s.start + m.end("v")
        ya, yz = s.start + m.start("year"), s.start + m.end("year")
        numbers = [Span("volume", text[va:vz], va, vz, s.confidence), Span("date", text[ya:yz], ya, yz, s.confidence)]
        issue = Span("issue", nxt.text, nxt.start, nxt.end, nxt.confidence)
        prev = spans[k - 1]
        head = spans[: k - 1]
        if prev.label == "title" and not any(x.label in ("journal", "container-title") for x in spans):
            j = _LAST_COMMA_PART.search(prev.text)
            if j is None or not prev.text[: j.start()].strip():
                return spans
            cut, ja = prev.start + j.start(), prev.start + j.start("journal")
            jz = prev.start + j.end("journal")
            head = [*head, Span("title", text[prev.start : cut], prev.start, cut, prev.confidence)]
            prev = Span("journal", text[ja:jz], ja, jz, prev.confidence)
        elif prev.label not in ("journal", "container-title"):
            return spans
        return [*head, prev, *numbers, issue, *spans[k + 2 :]]
    return spans


# Czech (ISO 690) "In Kux, Jan a kol.: Book." : the book's editor, named family first before a colon ("a kol.", "et
# al." closing the names, "(ed.)" the role)
_IN_NAME_COLON = lazy_pattern(
    r"^In:?\s+(?P<name>[^\W\d_][\w'’-]*,\s+[^\W\d_][\w’.-]*(?:\s+[^\W\d_][\w’.-]*)?)"
    r"(?P<rest>(?:\s+(?:a\s+kol\.|et\s+al\.))?(?:\s*\((?:eds?|Hg|Hrsg|red|ed)\.?\))?)\s*:\s+(?=\S)"
)
# the book's town and year closing it after its last full stop ("… České republiky. Brno 2013,", "… Strání. Strání")
_TOWN_YEAR_CLOSING = lazy_pattern(
    r"\.\s+(?P<town>(?:St\.\s+)?[A-ZÀ-Ž][^\W\d_]+(?:[\s-][A-ZÀ-Ž][^\W\d_]+){0,2})"
    r"(?:\s+(?P<year>(?:1[5-9]|20)\d\d))?[,.]?\s*$"
)
_YEAR_ONLY = lazy_pattern(r"^(?:1[5-9]|20)\d\d[,.]?\s*$")


@needs(labels=["container-title"], without=["date", "location"])
def town_year_closing_book(spans: list[Span], text: str) -> list[Span]:
    """Czech ``In Kux, Jan a kol.: Přínos armády … republiky. Brno 2013, s. 36–46.`` (``In: Hanák, Josef (ed.): Book.
    Strání 2009,``) read as one book: the names before the colon are its editor, the town and year after its last
    full stop its imprint (a year read apart as the volume is the date)."""
    if any(s.label in ("date", "location") for s in spans):
        return spans  # a date or a place read already: the book's imprint is elsewhere
    for k, s in enumerate(spans):
        if s.label != "container-title" or (m := _TOWN_YEAR_CLOSING.search(s.text)) is None:
            continue
        after = spans[k + 1] if k + 1 < len(spans) else None
        year_apart = (
            m["year"] is None and after is not None and after.label == "volume" and _YEAR_ONLY.match(after.text)
        )
        if m["year"] is None and not year_apart:
            return spans
        start = s.start
        head = spans[:k]
        if (n := _IN_NAME_COLON.match(s.text)) is not None:
            head = [*head, _part("editor", n, "name", s, text)]
            start = s.start + n.end()
        elif not (head and head[-1].label == "editor" or s.text[:2].lower() == "in"):
            return spans  # a chapter's book only: after "In" or its editors
        cut = s.start + m.start()
        if not text[start:cut].strip():
            return spans
        out = [
            *head,
            Span("container-title", text[start:cut], start, cut, s.confidence),
            _part("location", m, "town", s, text),
        ]
        if year_apart and after is not None:
            return [*out, Span("date", after.text, after.start, after.end, after.confidence), *spans[k + 2 :]]
        return [*out, _part("date", m, "year", s, text), *spans[k + 1 :]]
    return spans
