"""Mend of an access note read as a note: Wikipedia's ``Spolsky, Joel (April 6, 2000). "Title". Joel on
Software. Retrieved October 15, 2021.`` A note that holds only the access word and a date is the access
date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved, joined_pair, links_start, replaced, stretch_as_one
from biblio.parse.mends.gated import labels_of, may_hold, needs
from biblio.parse.normalisers.dates import ACCESS_LEAD, month_number
from biblio.parse.spans import Span

_ACCESS_ONLY = lazy_pattern(
    rf"^\s*(?:{ACCESS_LEAD})\s+(?:on\s+)?[^():/]{{0,25}}?\d{{4}}(?:-\d\d?){{0,2}}\s*[.,]?\s*$", re.I
)


@needs(labels=["note"], without=["accessed"])
def access_note_is_accessed(spans: list[Span], text: str) -> list[Span]:
    """``Retrieved October 15, 2021.`` read as a note: the date the page was read, the access date."""
    for k, s in enumerate(spans):
        if s.label == "note" and _ACCESS_ONLY.match(s.text):
            return [*spans[:k], Span("accessed", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# an access note leading to the address after it, the word for "from" closing it: "Diakses pada 22 Mei 2025 dari:",
# "Retrieved 3 May 2021 from"
_ACCESS_LEADING_ADDRESS = lazy_pattern(
    rf"^\s*(?:{ACCESS_LEAD})\s+(?:on\s+)?[^():/]{{0,25}}?\d{{4}}\s*,?\s*(?:from|dari|melalui)\s*:?\s*$", re.I
)


@needs(labels=["title", "url"], without=["accessed"])
def access_note_as_title(spans: list[Span], text: str) -> list[Span]:
    """``Dicoding. Diakses pada 22 Mei 2025 dari: URL`` with the access note read as the title: a name, the day it
    was read and its address, no title given."""
    for k, s in enumerate(spans[:-1]):
        if s.label == "title" and spans[k + 1].label == "url" and _ACCESS_LEADING_ADDRESS.match(s.text):
            return [*spans[:k], Span("accessed", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "Retrieved December 6," with the year read apart as the date: "2022."
# (IEEE sets a colon after the word: "Accessed: Mar. 3,")
_ACCESS_NO_YEAR = lazy_pattern(rf"^\s*(?:{ACCESS_LEAD})\s*:?\s+(?:on\s+)?[^\W\d_]+\.?\s+\d{{1,2}},?\s*$", re.I)
# the year alone, or with the address the access date closes on: "2022. https://processingfoundation.org/."
_YEAR_ONLY = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d)\s*[.,]?\s*(?:https?://\S+\s*)?$")


def _access_split_at_year(spans: list[Span], text: str, label: str) -> list[Span]:
    for k in range(len(spans) - 1):
        s, y = spans[k], spans[k + 1]
        if s.label == label and y.label == "date" and _ACCESS_NO_YEAR.match(s.text) and _YEAR_ONLY.match(y.text):
            return joined_pair(spans, k, "accessed", text)
    return spans


@needs(labels=["note", "date"], without=["accessed"])
def access_note_split_at_year(spans: list[Span], text: str) -> list[Span]:
    """``Retrieved December 6, 2022.`` read as a note and its year as the date: one access date."""
    return _access_split_at_year(spans, text, "note")


@needs(labels=["journal", "date"], without=["accessed"])
def access_journal_split_at_year(spans: list[Span], text: str) -> list[Span]:
    """A note's ``"Our Mission", Accessed December 23, 2022. URL.`` with the access date read as the journal and
    its year as the work's date: one access date."""
    return _access_split_at_year(spans, text, "journal")


@needs(labels=["accessed", "date"])
def access_date_split_at_year(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``…, URL, accessed January 21, 2018.`` with the access date cut before its year and the year
    read as the work's date: one access date, and no date of the work."""
    return _access_split_at_year(spans, text, "accessed")


# Copernicus's closing "…, URL (last access: 10 June 2022), 2012.": the bracketed access date, then the year of the work
_ACCESS_BRACKET_THEN_YEAR = lazy_pattern(
    r"\((?P<access>\s*(?:last\s+)?(?:access(?:ed)?|retrieved|viewed)\b[^()]{0,40}?\d{4}\s*)\)\s*,\s*"
    r"(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*\.?\s*$",
    re.I,
)


@needs(any_label=["accessed", "note", "date"], words=["access", "retrieved", "viewed"])
def year_after_access_bracket(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``https://… (last access: 10 June 2022), 2012.`` with the closing year read into the access
    note, or the access date read as the date: the bracket holds the access date, the year after it is the date."""
    found = _ACCESS_BRACKET_THEN_YEAR.search(text)
    if found is None or not spans or spans[-1].end < found.start():
        return spans
    a, z = found.start(), found.end()
    year = found.start("year")
    conf = min((s.confidence for s in spans if s.end > a), default=1.0)
    access = Span("accessed", text[a : found.end("access") + 1], a, found.end("access") + 1, conf)
    date = Span("date", text[year:z].rstrip(), year, year + len(text[year:z].rstrip()), conf)
    new = [access, date]
    if [(s.label, s.start) for s in spans if s.end > a] == [(n.label, n.start) for n in new]:
        return spans
    return replaced(spans, text, a, z, new)


# Copernicus's closing access note without its bracket: "…, URL, last access: 23 June 2016." (a data set's, with no
# year of its own) and "…, URL, last access: 20 August 2015, 2002." (the year of the work after it)
_CLOSING_LAST_ACCESS = lazy_pattern(
    r"(?<=[,.] )(?P<access>last access: \d{1,2} [A-Z][a-z]+ \d{4})(?:,\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?)?\s*\.?\s*$"
)


@needs(words=["last access"])
def closing_last_access(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``…, http://nrfa.ceh.ac.uk/, last access: 23 June 2016.`` with the access date cut apart
    (``last access: 23`` a note, ``June 2016`` the work's date) or run on into the work's closing year: the
    words and the whole date are the access date, a year after them the work's date."""
    found = _CLOSING_LAST_ACCESS.search(text)
    if found is None or not spans or spans[-1].end < found.start():
        return spans
    a, z = found.start(), found.end()
    conf = min((s.confidence for s in spans if s.end > a), default=1.0)
    new = [Span("accessed", found["access"], a, found.end("access"), conf)]
    if found["year"] is not None:
        year_end = z - len(text[found.start("year") : z]) + len(text[found.start("year") : z].rstrip(" ."))
        new.append(Span("date", text[found.start("year") : year_end], found.start("year"), year_end, conf))
    if [(s.label, s.start, s.end) for s in spans if s.end > a] == [(n.label, n.start, n.end) for n in new]:
        return spans
    return replaced(spans, text, a, z, new)


# biblatex's and Springer's closing "(visited on 07/07/2022)", "(Visited on 07.07.2022)", "(accessed 5 May 2021)"
_BRACKETED_ACCESS = lazy_pattern(rf"\(\s*(?:{ACCESS_LEAD})\s*(?:on\b|:)?\s*[^()]{{0,30}}?\d{{4}}\s*\)\s*\.?\s*$", re.I)


_ENGLISH_ACCESS = ("visited", "accessed", "retrieved", "viewed")


@needs(words=_ENGLISH_ACCESS, without=["accessed"])
def bracketed_access_whole(spans: list[Span], text: str) -> list[Span]:
    """A closing ``(Visited on 07.07.2022)`` read in pieces, its words as a place and its date as the work's:
    the bracket is the access date."""
    if not may_hold(text, *_ENGLISH_ACCESS) or any(s.label == "accessed" for s in spans):  # (its declared needs)
        return spans
    found = _BRACKETED_ACCESS.search(text)
    if found is None:
        return spans
    a, z = found.start(), found.start() + len(found.group().rstrip())
    inside = [s for s in spans if s.end > a]
    if len(inside) < 2 or any(s.start < a for s in inside):
        return spans
    return replaced(spans, text, a, z, [Span("accessed", text[a:z], a, z, min(s.confidence for s in inside))])


# the same bracket inside a note, other words of the note around it: French "[en ligne], (page consultée le
# 12/05/2016), p. 3"
_BRACKETED_ACCESS_INSIDE = lazy_pattern(rf"\(\s*(?:{ACCESS_LEAD})\s*(?:on\b|:)?\s*[^()]{{0,30}}?\d{{4}}\s*\)", re.I)
# the page cited after the note, all that follows it (", p. 3")
_PAGE_AFTER = lazy_pattern(r"\s*,\s*(?P<pages>pp?\.\s?\d+(?:\s?[-\u2013]\s?\d+)?)\s*\.?\s*$")


@needs(labels=["note"], without=["accessed"], marks=("(",))
def bracketed_access_in_note(spans: list[Span], text: str) -> list[Span]:
    """``[en ligne], (page consultée le 12/05/2016), p. 3`` read as one note: the bracket is the access date, a page
    marked after it the page."""
    for s in spans:
        if s.label != "note" or (m := _BRACKETED_ACCESS_INSIDE.search(s.text)) is None:
            continue
        a, z = s.start + m.start(), s.start + m.end()
        new = [Span("accessed", text[a:z], a, z, s.confidence)]
        if (page := _PAGE_AFTER.match(s.text, m.end())) is not None:
            b, e = s.start + page.start("pages"), s.start + page.end("pages")
            new.append(Span("pages", text[b:e], b, e, s.confidence))
            z = s.end
        return replaced(spans, text, a, z, new)
    return spans


# CS1's closing access note with the whole date: "Retrieved May 12, 2021.", "Retrieved 6 April 2023.",
# "Retrieved 2022-11-02." (after a field's full stop, or alone; "Accessed: June 3rd, 2024.")
_ORDINAL = r"(?:st|nd|rd|th)?"
_FULL_DATE = (
    rf"(?:[A-Z][a-z]+\.? \d{{1,2}}{_ORDINAL}, \d{{4}}|\d{{1,2}}{_ORDINAL} [A-Z][a-z]+\.? \d{{4}}"
    r"|\d{4}-\d\d-\d\d)"
)
_CLOSING_ACCESS = lazy_pattern(rf"(?:^|(?<=[.,] ))(?:Retrieved|Accessed)(?: on|:)? {_FULL_DATE}\.?\s*$")


@needs(words=["retrieved", "accessed"], without=["accessed"])
def closing_access_note(spans: list[Span], text: str) -> list[Span]:
    """Wikipedia's ``"Title". Retrieved 6 April 2023.`` read in pieces, a note holding ``Retrieved 6`` and the
    rest as the work's date (or ``Red Hat. Retrieved`` read into the site): the closing clause is the access
    date, and no date of the work."""
    found = _CLOSING_ACCESS.search(text)
    if found is None or not spans or spans[-1].end < found.start() or any(s.label == "accessed" for s in spans):
        return spans
    a, z = found.start(), found.start() + len(found.group().rstrip())
    if [(s.label, s.start, s.end) for s in spans if s.end > a] == [("accessed", a, z)]:
        return spans
    conf = min((s.confidence for s in spans if s.end > a), default=1.0)
    return replaced(spans, text, a, z, [Span("accessed", text[a:z], a, z, conf)])


_ACCESS_WORD = lazy_pattern(rf"\b(?:{ACCESS_LEAD})\b", re.I)


@needs(labels=["accessed"], without=["date", "url", "doi"])
def access_date_without_address(spans: list[Span], text: str) -> list[Span]:
    """LNCS's ``J. Econ. Lit. (2019, to appear)`` with the bracketed year read as an access date: a reference
    with no web address and no other date was not consulted online, and with no access word in it the date is
    the work's."""
    if any(s.label in ("date", "url", "doi") for s in spans) or _ACCESS_WORD.search(text):
        return spans  # an access word anywhere ("Retrieved" left between the spans) marks an access date
    for k, s in enumerate(spans):
        if s.label == "accessed":
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "IEEE.org. Accessed:": the access word closing the site's span, the date in the next (or the day and month
# with it, the year in the next: Turkish "Kültür Portalı. Geliş tarihi 14 Şubat" then "2022")
# (or with its day alone, the month and year read into the date: "Åpnet 12" then ". november 2023.")
# (or its day and month as numbers, the year in the next: Finnish "Luettu 2.10." then "2024."; or after the address
# it closes: "…/page/ Luettu:")
_ACCESS_WORD_CLOSES = lazy_pattern(
    rf"(?<=[.,/])\s+(?:{ACCESS_LEAD})\s*:?(?:\s+\d{{1,2}}\.?(?:\d{{1,2}}\.|\s+[^\W\d_]{{3,}}\.?)?)?\s*$", re.I
)
# (with the day and month as numbers, the year cut into the next: "Luettu: 03.09" then ".2025.")
_ACCESS_WORD_ALONE = lazy_pattern(rf"\s*(?:{ACCESS_LEAD})\s*:?\s*(?:\d{{1,2}}\.\d{{1,2}}\.?\s*)?", re.I)


# (the words cover every lead ACCESS_LEAD reads, in the lower-cased text: "Diakses pada", "Hentet", "cit.")
_ACCESS_WORD_STEMS = tuple(
    "access retriev viewed visited consult download gerufen zugegriff zugriff recuperado accedido aces retirado "
    "geraadpleegd обращения звернення dostęp cit ultim bezocht hentet mtad mtat åpnet tilgå åtkomst lokaliseret "
    "diakses diunduh diambil dicapai tarihi adresi luettu viitattu katsottu haettu".split()
)


_WORD_ALONE_AS = frozenset(["note", "journal", "container-title", "publisher"])


@needs(labels=["date"], without=["accessed"], words=_ACCESS_WORD_STEMS)
def access_word_closing_span(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``“IEEEtran homepage.” IEEE.org. Accessed: Oct. 12, 2023.`` with ``Accessed:`` read into the site
    and the date after it as the date (or the word read as a note of its own): the word announces the access date,
    the span before it ends at its stop."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "date":
            continue
        # "Accessed:" a note of its own, or "Åpnet" a journal's name: the word alone names no field
        if s.label in _WORD_ALONE_AS and _ACCESS_WORD_ALONE.fullmatch(s.text):
            return [
                *spans[:k],
                Span("accessed", text[s.start : nxt.end], s.start, nxt.end, nxt.confidence),
                *spans[k + 2 :],
            ]
        if (m := _ACCESS_WORD_CLOSES.search(s.text)) is None or not s.text[: m.start()].strip():
            continue
        a = s.start + m.start()
        return [
            *spans[:k],
            Span(s.label, text[s.start : a], s.start, a, s.confidence),
            Span("accessed", text[a : nxt.end], a, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans


# the access word alone between two spans, left in no field once the address before it was read apart: "…/page/
# Luettu: 06.09.2025."; the date after it a date span, or a numeric date cut into a volume, an issue and a year
_ACCESS_WORD_GAP = lazy_pattern(rf"[\s.,;]*(?:{ACCESS_LEAD})\s*:?\s*", re.I)
_NUMERIC_DATE_AHEAD = lazy_pattern(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?")
_DATE_PIECES = frozenset(["date", "volume", "issue", "pages"])
_DATE_READ = ("date", "volume", "issue")  # the pages are a piece only beside one of these


@needs(labels=["url"], any_label=_DATE_READ, without=["accessed"], words=_ACCESS_WORD_STEMS)
def access_word_before_date(spans: list[Span], text: str) -> list[Span]:
    """A Finnish list's ``Title Luettavissa: https://… Luettu: 06.09.2025.`` with the access word in no span and
    the date after it read as the work's (or ``Viitattu 12.1.2024.`` cut into a volume, an issue and a year): the
    word announces the access date."""
    labels = labels_of(spans)
    if "url" not in labels or "accessed" in labels or labels.isdisjoint(_DATE_READ):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in _DATE_PIECES or spans[k - 1].label != "url":
            continue
        gap = text[spans[k - 1].end : s.start]
        if _ACCESS_WORD_GAP.fullmatch(gap) is None:
            return spans
        a = spans[k - 1].end + len(gap) - len(gap.lstrip(" .,;"))
        z = s.end
        if s.label != "date":
            if (m := _NUMERIC_DATE_AHEAD.match(text, s.start)) is None:
                return spans
            z = m.end()
            cut = [t for t in spans[k:] if t.start < z]
            if any(t.label not in _DATE_PIECES for t in cut) or cut[-1].end > z:
                return spans
        return replaced(spans, text, a, z, [Span("accessed", text[a:z], a, z, s.confidence)])
    return spans


# the USGS's "Title: accessed August 29, 2017, at <http://git-scm.com/>.": the access date between the title's colon
# (or a comma) and the address it was read at (British guides' "…, accessed on 23 June 2011 at: URL" and
# "downloaded 4 August 2011 at: URL" with a colon after "at")
_ACCESSED_AT = lazy_pattern(
    rf"(?<=[:,] )(?:accessed|downloaded) (?:on )?{_FULL_DATE},? at:?(?= <?(?:https?://|www\.))"
)


@needs(words=["accessed", "downloaded"])
def access_date_before_address(spans: list[Span], text: str) -> list[Span]:
    """The USGS's ``…, 2016, Title (version 3): accessed August 16, 2016, at <URL>.`` read in pieces (a publisher
    ``accessed August``, a note ``16, 2016, at``): the words from ``accessed`` (or ``downloaded``) to ``at`` are the
    access date."""
    found = _ACCESSED_AT.search(text)
    if found is None:
        return spans
    a, z = found.span()
    inside = [s for s in spans if s.end > a and s.start < z]
    if [(s.label, s.start, s.end) for s in inside] == [("accessed", a, z)] or not inside:
        return spans
    conf = min(s.confidence for s in inside)
    return replaced(spans, text, a, z, [Span("accessed", text[a:z], a, z, conf)])


# an access date is introduced by its word ("accessed", "retrieved", …) or, as GB/T and NLM write it, set in brackets
_ACCESS_MARKED = lazy_pattern(rf"(?:{ACCESS_LEAD})|[\[\]]|\bcited\b", re.I)
_DAY_MONTH_YEAR = lazy_pattern(
    r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:1[5-9]\d\d|20\d\d)\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:1[5-9]\d\d|20\d\d)\b"
)


@needs(labels=["accessed"], without=["date"])
def unmarked_access_is_date(spans: list[Span], text: str) -> list[Span]:
    """A note's ``YouTube video, 7:31, 26 June, 2017, URL`` with the video's date read as the access date: a day's
    date with no word of access before it and no brackets around it is the work's date."""
    if any(s.label == "date" for s in spans):
        return spans  # the work has its date: the other is the access date
    for k, s in enumerate(spans):
        if s.label != "accessed":
            continue
        before = text[max(0, s.start - 25) : s.start]
        if _ACCESS_MARKED.search(s.text) or _ACCESS_MARKED.search(before) or not _DAY_MONTH_YEAR.search(s.text):
            return spans
        return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a journal's last words and its year in brackets, no access word: "Health (2018)."
_WORDS_THEN_YEAR = lazy_pattern(
    r"(?P<words>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?P<year>\((?:1[5-9]|20)\d\d\)\.?)"
)


@needs(labels=["accessed", "journal"], without=["date"])
def journal_tail_read_as_access(spans: list[Span], text: str) -> list[Span]:
    """``*Title,* Int J Circumpolar Health (2018).`` read as the journal ``Int J Circumpolar`` and the access date
    ``Health (2018).``: no word of access, a year in brackets after capitalised words is the work's year, the words
    the journal's last."""
    for k in range(1, len(spans)):
        s, j = spans[k], spans[k - 1]
        if s.label != "accessed" or j.label != "journal" or text[j.end : s.start].strip():
            continue
        m = _WORDS_THEN_YEAR.fullmatch(s.text.rstrip())
        before = text[max(0, j.start - 25) : j.start]
        if m is None or _ACCESS_MARKED.search(s.text) or _ACCESS_MARKED.search(before):
            return spans
        moved = border_moved(spans, text, k - 1, s.start + m.end("words"), s.start + m.start("year"))
        year = moved[k]
        return [*moved[:k], Span("date", year.text, year.start, year.end, year.confidence), *moved[k + 1 :]]
    return spans


# IEEE's "Site Name. Accessed: Jan. 5, 2023. [Online]." with the access date cut into the site, a volume and a date:
# the sentence the access word opens, up to the year, is the access date
_ACCESS_SENTENCE = lazy_pattern(
    rf"(?<=[.,]\s)(?P<access>(?:{ACCESS_LEAD})\s*:\s+(?:on\s+)?"
    r"(?:[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+)(?:1[5-9]\d\d|20\d\d))",
    re.I,
)


@needs(any_label=["journal", "container-title", "title"], marks=(":",))
def access_sentence_cut(spans: list[Span], text: str) -> list[Span]:
    """``Site Name. Accessed: Jan. | 5, | 2023.`` read as the journal's words, a volume and the date: the access
    date whole, the site before it."""
    m = _ACCESS_SENTENCE.search(text)
    if m is None:
        return spans
    a, z = m.span("access")
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or all(s.label == "accessed" for s in inside):
        return spans
    if not any(s.label in ("journal", "container-title", "title") and s.start < a < s.end for s in inside):
        return spans  # only where the access words were read into a name's span
    return replaced(spans, text, a, z, [Span("accessed", text[a:z], a, z, min(s.confidence for s in inside))])


# "[Zugriff am 30. April 2024]": a bracket that opens on the access word holds the access date alone
_ACCESS_BRACKET = lazy_pattern(rf"\[\s*(?:{ACCESS_LEAD})\s*:?\s[^\[\]]{{1,40}}\]\s*[.,;]?", re.I)


@needs(marks=("[",))
def access_bracket_whole(spans: list[Span], text: str) -> list[Span]:
    """``[Zugriff am 30. April 2024].`` cut at the day's full stop into a publisher and a date, or run into a
    note with the address after it: a bracket opening on the access word is one access date."""
    for m in _ACCESS_BRACKET.finditer(text):
        if (out := stretch_as_one(spans, text, *m.span(), "accessed")) is not None:
            return out
    return spans


# the words announcing where a work is found, with no address after them: ABNT's "Disponível em: Aprender3."
_AVAILABLE_LEAD = lazy_pattern(
    r"^\s*(?:dispon[íi]vel\s+em|disponible\s+(?:en|sur)|available\s+(?:at|from))\s*:?\s*$", re.I
)
_READ_AS_IMPRINT = frozenset(["publisher", "container-title", "journal"])


@needs(any_label=["source", "note"], words=["dispon", "available"])
def availability_without_address(spans: list[Span], text: str) -> list[Span]:
    """ABNT's closing ``Disponível em: Aprender3.`` (a platform, no address) with the platform read as the
    publisher or a container: the words say where the work is found, a note (as ``Available at DRUM.``)."""
    if len(spans) < 2:
        return spans
    k = len(spans) - 2
    s, last = spans[k], spans[-1]
    if (
        s.label in ("source", "note")
        and last.label in _READ_AS_IMPRINT
        and _AVAILABLE_LEAD.match(s.text)
        and "://" not in last.text
        and "www." not in last.text
    ):
        return joined_pair(spans, k, "note", text)
    return spans


# ABNT's and its neighbours' access date, the day first and the month's name: "Acesso em: 21 de ago. de 2022",
# "Acessado em 3 set. 2021", "Consultado el 3 de mayo de 2020"
_DAY_FIRST_ACCESS = lazy_pattern(
    r"(?<![^\s.,;(\[])(?:aces(?:so|sado)\s+em|consultado\s+(?:el|em)|consult[ée]\s+le)\s*:?\s*"
    r"\d{1,2}(?:º|er)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\.?\s+(?:de\s+)?(?:1[5-9]\d\d|20\d\d)",
    re.I,
)
_BEYOND_ACCESS = frozenset(["author", "editor", "url", "doi"])


@needs(words=["acess", "consult"])
def day_first_access_whole(spans: list[Span], text: str) -> list[Span]:
    """``Acesso em: 21 de ago. de 2022.`` read in pieces (its words into the title or a container, its year as the
    date, ``de`` as a publisher): one access date."""
    m = _DAY_FIRST_ACCESS.search(text)
    if m is None or month_number(m["month"]) is None:
        return spans
    a, z = m.span()
    if any(
        s.start < z and a < s.end and (s.label in _BEYOND_ACCESS or s.label == "date" and s.start <= a and z <= s.end)
        for s in spans
    ):
        return spans  # (a date span holding it whole is read as the access date)
    return out if (out := stretch_as_one(spans, text, a, z, "accessed")) is not None else spans


# the pages with their mark, all a note holds ("pp. 112-120.")
_MARKED_PAGES = lazy_pattern(r"^\s*pp?\.\s?(?P<pages>\d+(?:\s?[-\u2013]\s?\d+)?)[.,]?\s*$")


@needs(labels=["note"], without=["pages"])
def marked_pages_before_link(spans: list[Span], text: str) -> list[Span]:
    """``…, Budapest, pp. 112-120. Available at: https://… (Accessed: …)`` with the pages read into the link's label
    and left as a note once the label is cut: a note of marked pages alone, right before the closing links, is the
    pages."""
    k = links_start(spans)
    if k == len(spans) or k == 0 or spans[k - 1].label != "note":
        return spans
    s = spans[k - 1]
    if _MARKED_PAGES.match(s.text) is None:
        return spans
    return [*spans[: k - 1], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k:]]
