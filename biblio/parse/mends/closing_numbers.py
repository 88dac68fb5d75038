"""Mends of numbers a field's last words name: Greek ``Τόμος Γ’`` (the volume) closing the title, the Greek page
word ``σελ.`` closing the field before the pages, a Dutch ``22-2 (mei 2012)`` (volume and issue) closing the journal,
and a weekday (``Samstag 5. März 2022``) closing a newspaper's name with its day read as the volume."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "… Ελληνικής Τόμος Γ’." / "Τόμ. 2": the volume word and its number (a Greek numeral letter with its keraia, a
# roman or Arabic number) closing the title
_GREEK_VOLUME = lazy_pattern(
    r"\s(?P<word>Τόμος|Τόμ\.|τόμος|τόμ\.)\s*(?P<v>[Α-Ω]{1,3}[’ʹ'΄]?|[IVX]{1,5}|\d{1,3})[.,]?\s*$"
)


@needs(labels=["title"], without=["volume"], marks=("Τόμ", "τόμ"))
def greek_volume_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``*Γραμματική της Νέας Ελληνικής* Τόμος Γ’. 2η έκδοση.`` with ``Τόμος Γ’`` read into the title: the word and
    its numeral are the volume."""
    if "volume" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or ("Τόμ" not in s.text and "τόμ" not in s.text):
            continue
        m = _GREEK_VOLUME.search(s.text)
        if m is None or not s.text[: m.start()].strip(" *_.,"):
            continue
        cut = s.start + m.start()
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        a, z = s.start + m.start("v"), s.start + m.end("v")
        return [*spans[:k], title, Span("volume", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


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
