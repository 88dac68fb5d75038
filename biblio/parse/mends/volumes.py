"""Mends of volume numbers read as pages or as an edition."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import joined_pair
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_VOLUME_WORD = lazy_pattern(r"^\s*(?:vols?|volume|bd|band|t|tome|tomo)\.?\s*$", re.I)
_VOLUME_WORD_LEAD = lazy_pattern(r"^\s*(?:bd|band|vols?|tome|tomo|t)\.?\s*\d", re.I)
_BARE_NUMBER = lazy_pattern(r"^\s*\d{1,6}\s*[.,;]?\s*$")
_NUMBER_RANGE = lazy_pattern(r"^\s*\d{1,4}\s*[-\u2010-\u2015]\s*\d{1,4}\s*[.,;]?\s*$")
_WORKS = frozenset(["journal", "container-title"])


@needs(labels=("volume", "pages"))
def volume_word_then_number(spans: list[Span], text: str) -> list[Span]:
    """``Lecture Notes in Computer Science, vol. 12824.`` read as a volume ``vol.`` and pages
    ``12824.``: a volume span of only the volume word and the bare number after it are one volume."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "volume" and nxt.label == "pages" and _VOLUME_WORD.match(s.text) and _BARE_NUMBER.match(nxt.text):
            return joined_pair(spans, k, "volume", text)
    return spans


_DOTTED_VOLUME = lazy_pattern(r"^\s*\d{1,4}\.$")
_ISSUE_RANGE = lazy_pattern(r"^\d{1,3}[-\u2010-\u2015]\d{1,3}$")
_BRACKETED_YEAR = lazy_pattern(r"^\s*\((?:1[5-9]|20)\d\d\)[.,;]?\s*$")


@needs(labels=("volume", "pages", "date"), without=["issue"], marks=["("])
def dotted_issues_read_as_pages(spans: list[Span], text: str) -> list[Span]:
    """``*Journal*, 5.3–4 (1943).`` (a volume, a full stop and a double issue, then the bracketed year, the
    reference's end) read as the volume ``5.`` and the pages ``3–4``: the range is the issues, written as in
    ``57.3/4``; an article's pages follow its year after a colon."""
    for k in range(len(spans) - 2):
        s, nxt, year = spans[k], spans[k + 1], spans[k + 2]
        if (
            s.label == "volume"
            and nxt.label == "pages"
            and year.label == "date"
            and k + 3 == len(spans)
            and nxt.start == s.end
            and _DOTTED_VOLUME.match(s.text)
            and _ISSUE_RANGE.match(nxt.text)
            and _BRACKETED_YEAR.match(year.text)
        ):
            return joined_pair(spans, k, "volume", text)
    return spans


# "volume 2025,", "Vol. 2021.": the volume word and one number, all a span holds
_WORDED_VOLUME = lazy_pattern(r"^\s*(?:volume|vol\.)\s*\d{1,5}\s*[.,;]?\s*$", re.I)


@needs(labels=["date"], without=["volume"])
def volume_word_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """``In International Conference on Learning Representations, volume 2025, pages …, 2025.`` with the volume
    numbered by its year read as a date: a span of the volume word and its number is the volume (read as a date,
    the word is lost)."""
    for k, s in enumerate(spans):
        if s.label == "date" and _WORDED_VOLUME.match(s.text):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["pages"], without=["volume"])
def volume_before_date(spans: list[Span], text: str) -> list[Span]:
    """``*BABELAO* 10-11 (2022), 525-550.`` read as two page ranges: with no volume read, the numbers
    right after the journal (or after the city that closes its name, ``C. R. Math. Acad. Sci. Paris 348
    (2010), 993-996``, read as a place) and before the bracketed year are the volume."""
    labels = [s.label for s in spans]
    if "volume" in labels or labels.count("pages") < 2:
        return spans
    for k in range(1, len(spans) - 1):
        prev, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if (
            s.label == "pages"
            and (prev.label in _WORKS or prev.label == "location" and k > 1 and spans[k - 2].label in _WORKS)
            and nxt.label == "date"
            and nxt.text.lstrip().startswith("(")
            and (_NUMBER_RANGE.match(s.text) or _BARE_NUMBER.match(s.text))
            and any(o.label == "pages" and _NUMBER_RANGE.match(o.text) for o in spans[k + 2 :])
        ):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["edition"], without=["volume"])
def volume_read_as_edition(spans: list[Span], text: str) -> list[Span]:
    """``Bd. 18`` (German Band, French tome) read as an edition: a volume word opens a volume."""
    labels = [s.label for s in spans]
    if "edition" not in labels or "volume" in labels:
        return spans
    for k, s in enumerate(spans):
        if s.label == "edition" and _VOLUME_WORD_LEAD.match(s.text):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "*Läkartidningen* 72," — the journal's italics, then its volume with no word before it
_NUMBER_AFTER_ITALICS = lazy_pattern(r"\*\s+(?P<volume>\d{1,4})\s*[,.;]?\s*$")


@needs(any_label=_WORKS, without=["volume"], marks=["*"])
def volume_after_italics(spans: list[Span], text: str) -> list[Span]:
    """``*Läkartidningen* 72,`` read as one journal, no volume read: the number after the journal's
    italics is its volume."""
    if "*" not in text or "volume" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in _WORKS or (m := _NUMBER_AFTER_ITALICS.search(s.text)) is None:
            continue
        a, z = m.start("volume"), m.end("volume")
        head = Span(s.label, s.text[: m.start() + 1], s.start, s.start + m.start() + 1, s.confidence)
        volume = Span("volume", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], head, volume, *spans[k + 1 :]]
    return spans


# a journal's volume glued to its name, a stop after it: "Memorie della Reale Accademia dei Lincei 2."
CLOSING_NUMBER = lazy_pattern(r"(?<=[^\W\d_]{3})\s+(?P<volume>\d{1,4})\s*[.,]?\s*$")


_PAGE_WORD = lazy_pattern(r"^\s*pp?\.?\s*\d")
# a numbered series' word before the number: "Special Paper 29" is the series' number, kept in its name
SERIES_WORD_BEFORE = lazy_pattern(
    r"\b(?:Papers?|Reports?|Bulletin|Series|Memoirs?|Publications?|Circular|Notes)\s*$", re.I
)


@needs(labels=["journal", "pages"], without=["volume", "issue"])
def volume_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """``Memorie della Reale Accademia dei Lincei 2. | 31–113.`` with the volume read into the journal's name,
    right before the pages: the number closing the name is the volume."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label != "pages" or (m := CLOSING_NUMBER.search(s.text)) is None:
            continue
        marked = s.text.rstrip().endswith((".", ",")) or _PAGE_WORD.match(nxt.text) is not None
        if not marked or len(s.text[: m.start()].split()) < 2:
            return spans  # "Journal 12 34-56": Harvard's journal and numbers, not glued ("Climate 19 p 1-15" is)
        if SERIES_WORD_BEFORE.search(s.text[: m.start()]):
            return spans
        a = s.start + m.start("volume")
        head = s.text[: m.start()]
        return [
            *spans[:k],
            Span("journal", head, s.start, s.start + len(head), s.confidence),
            Span("volume", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a number's word closing the journal's name: "American Ethnologist, No | 29, Vol. 4", "Revue …, n° | 11"
_NUMBER_WORD_CLOSING = lazy_pattern(r"[\s,]+(?P<word>(?:No|Nr|Nos|N°|n°|nº|Vol|Issue|Heft)\.?)\s*$")


_NUMBER_WORD = lazy_pattern(r"\d[\w/-]*[\s,;.]*")


@needs(labels=["journal"], any_label=["volume", "issue"])
def number_word_closing_journal(spans: list[Span], text: str) -> list[Span]:
    """``American Ethnologist, No | 29, Vol. 4`` with the number's word read as the journal's last word: the word
    opens the number after it (a journal's name never ends in it)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "journal" or nxt.label not in ("volume", "issue") or text[s.end : nxt.start].strip():
            continue
        m = _NUMBER_WORD_CLOSING.search(s.text)
        if m is None or not nxt.text[:1].isdigit() or len(s.text[: m.start()].split()) < 1:
            return spans
        a, w = s.start + m.start(), s.start + m.start("word")
        label = "volume" if m.group("word").startswith("Vol") else "issue"
        if label != nxt.label and any(x.label == label for x in spans):
            label = nxt.label
        if label == nxt.label:
            moved = [Span(label, text[w : nxt.end], w, nxt.end, nxt.confidence)]
        else:
            # "No | 29, Vol. 4": the number the word names, then what the model read after it
            cut = _NUMBER_WORD.match(nxt.text)
            z = nxt.start + (cut.end() if cut else len(nxt.text))
            moved = [Span(label, text[w:z], w, z, nxt.confidence)]
            if z < nxt.end:
                moved.append(Span(nxt.label, text[z : nxt.end], z, nxt.end, nxt.confidence))
        head = [Span("journal", text[s.start : a], s.start, a, s.confidence)]
        v = CLOSING_NUMBER.search(head[0].text)
        if label == "issue" and v is not None and not any(x.label == "volume" for x in [*moved, *spans[k + 2 :]]):
            # Chicago's "Applied Sciences 10, nº | 4": the number before the word is the volume
            va = s.start + v.start("volume")
            head = [Span("journal", text[s.start : s.start + v.start()], s.start, s.start + v.start(), s.confidence),
                    Span("volume", text[va:a], va, a, s.confidence)]
        return [*spans[:k], *head, *moved, *spans[k + 2 :]]
    return spans
