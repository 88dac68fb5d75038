"""Mends of the Vancouver source block: ``Journal 2019 Sep 30;51(5):1-42.``

Vancouver (NLM, ICMJE), AMA and JMIR close a journal reference with the date, a semicolon and the
numbers in one run: ``year[ month[ day]];volume(issue):pages``, the issue and pages optional, a supplement
(``124 Suppl 1:``) standing for the issue. The
marks leave no doubt which number is which, but the model reads the run now as one page span, now
with the volume in the date, now with the day as the volume.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the year that closes the date (or NLM's ``[cited 2021 Jan 5]``), then the numbers after its semicolon (a page
# may be an Oxford article number, ``bbae338``, or a range a word processor wrote with ``--``);
# what follows them is a stop, a square bracket, another semicolon, an identifier, a bracket after a
# space or the end
_SOURCE_BLOCK = lazy_pattern(
    r"\b(?P<year>(?:1[6-9]|20)\d\d)(?:\s+[A-Z][a-z]{2,3}\.?(?:\s+[0-3]?\d)?)?\]?\s*;\s*"
    r"(?P<volume>\d{1,4}[A-Z]?)"
    r"(?:\s*\((?P<issue>[^()\s][^()]{0,14})\)|\s+(?P<supplement>Suppl(?:ement)?\.?(?:\s*[A-Za-z]?\d{1,3}|\s+[A-Z])?))?"
    r"(?:\s*:\s*(?P<pages>[A-Za-z]{0,4}\d+[A-Za-z]?(?:\s*[-\u2010-\u2014]{1,2}\s*[A-Za-z]{0,2}\d+[A-Za-z]?)?))?"
    r"(?=\s*(?:[.;\[]|doi\b|https?:|$)|\s+\()"
)
_DATED = frozenset(["date", "accessed"])
_NUMBERS = frozenset(["volume", "issue", "pages"])
_ADDRESS = lazy_pattern(r"https?://|www\.")
_DOI = lazy_pattern(r"\b10\.\d{4,9}/")
_ACCESS_WORDS = lazy_pattern(r"\b(?:accessed|cited|retrieved|viewed|consulted)\b", re.I)


def _wanted(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The numbers the block holds: label, start, end."""
    groups = (("volume", "volume"), ("issue", "issue"), ("issue", "supplement"), ("pages", "pages"))
    return [(label, m.start(group), m.end(group)) for label, group in groups if m.start(group) >= 0]


def _read_as(spans: list[Span], label: str, a: int, z: int) -> bool:
    """Whether a span of ``label`` already holds just ``[a, z)`` (give or take its marks)."""
    return any(s.label == label and s.start <= a and z <= s.end and s.end - s.start <= z - a + 3 for s in spans)


def _tail_of_number(s: Span) -> Span:
    """What is left of a number span the block cut (``(6):913–8. https://doi.org/…``) is no number:
    an address there is the URL (or the DOI's link), anything else a note."""
    label = "url" if _ADDRESS.search(s.text) else "doi" if _DOI.search(s.text) else "note"
    return Span(label, s.text, s.start, s.end, s.confidence)


def _journal_before_date(spans: list[Span], date: Span) -> list[Span]:
    """JMIR's ``Title. JMIR mHealth uHealth. Jul 10, 2020;8(7):e17558.`` with the journal read as a note:
    between the title and the block's date, with no journal read, the note is the journal."""
    k = spans.index(date)
    if k < 2 or spans[k - 1].label != "note" or spans[k - 2].label != "title":
        return spans
    if any(s.label in ("journal", "container-title") for s in spans):
        return spans
    note = spans[k - 1]
    return [*spans[: k - 1], Span("journal", note.text, note.start, note.end, note.confidence), *spans[k:]]


@needs(any_label=_DATED | _NUMBERS, marks=[";"])
def source_block_apart(spans: list[Span], text: str) -> list[Span]:
    """``2019 Sep 30;51(5):1-42`` read as one page span, ``2013;2013:657508`` with the volume in the
    date, ``2009 Jul 21;6(7)`` with the day as the volume, ``2009;124 Suppl 1:`` as one volume: after the
    semicolon that closes the date, the numbers are the volume, the bracketed issue (or the supplement)
    and, after the colon, the pages. A note between the title and that date is the journal."""
    for m in _SOURCE_BLOCK.finditer(text):
        year_at, z = m.start("year"), m.end()
        semicolon = text.rfind(";", year_at, m.start("volume"))
        holder = next((s for s in spans if s.start <= year_at < s.end), None)
        # the year the model read as a date, or read with its semicolon into a number ("2009;124 Suppl 1:")
        if holder is None or holder.label not in _DATED and not (holder.label in _NUMBERS and semicolon < holder.end):
            continue
        spans = _journal_before_date(spans, holder)
        wanted = _wanted(m)
        if all(_read_as(spans, label, a, z) for label, a, z in wanted):
            return spans
        start = holder.start if holder.label in _DATED else year_at
        # the date runs to its semicolon (a day read as the volume is the date's); a date the model
        # read as the access date is the date of issue unless the text says it is the access date
        label = "accessed" if holder.label == "accessed" and _ACCESS_WORDS.search(holder.text) else "date"
        confidence = min((s.confidence for s in spans if s.start < z and s.end > start), default=holder.confidence)
        new = [Span(label, text[start : semicolon + 1], start, semicolon + 1, confidence)]
        new += [Span(name, text[a:b], a, b, confidence) for name, a, b in wanted]
        cut = {s.end for s in spans if s.start < z < s.end and s.label in _NUMBERS}
        return [
            _tail_of_number(s) if s.start >= z and s.end in cut else s for s in replaced(spans, text, start, z, new)
        ]
    return spans


# NLM's extent of an online article with no page numbers: "[about 1 p.]", "[about 5 screens]"
_EXTENT = lazy_pattern(r"[:;,.\s]*\[(?:about\s+)?\d+\s+(?:p|pp|pages?|screens?)\.?\][.;,]?\s*", re.I)


@needs(marks=("[about", "screens]"))
def extent_is_note(spans: list[Span], text: str) -> list[Span]:
    """``Am J Nurs [Internet]. 2002 Jun [cited …];102(6):[about 1 p.].`` with the bracketed extent read as a
    publisher or a title: it says how long the article is, a note."""
    for k, s in enumerate(spans):
        if s.label != "note" and _EXTENT.fullmatch(s.text):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
