"""Mends of a date written the ISO way (``2026-04-07``, ``2026-05``) as one comma part of a note, as web
bibliographies, wikis and technical guides write them: ``Anthropic, 2026-04, “Project Glasswing: …”, URL``,
``Nicholas Carlini, …, et al, 2026-04-07, “Assessing …”, URL`` or, the date last, ``GCC team, Options for
Directory Search, GCC Manual, 2023-07-27.``

The labeller, which saw few such notes, reads the date into the title or a note with the names before it,
and runs the parts of a note closed by the date into one another. A comma part that is nothing but an ISO
date (perhaps with an aside in brackets, ``2026-04-07 (actually 2026-04-08)``) is the date; before it come
the names, after it the title. Where the date closes the note and no mark sets the title apart, the parts
are the author's name, the title and, last, the site or manual it is part of (``Author, Title, Site,
Date``), the title keeping any commas of its own.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word, known_given
from biblio.parse.spans import Span

# two digits for the month ("1993-5" and "1971-86" are ranges of years), one or two for the day
_MONTH = r"(?:1[5-9]|20)\d\d-(?:0[1-9]|1[0-2])"
_DAY = r"-(?:0?[1-9]|[12]\d|3[01])"
ISO_DATE = rf"{_MONTH}(?:{_DAY})?"
# the whole date with its day: a note's closing "2001-02" may be a range of years
ISO_DAY = _MONTH + _DAY
# the date as a whole comma part: the span's start or a comma before it, a comma or the span's end after it
_DATE_PART = lazy_pattern(rf"(?:^|,\s*)(?P<date>{ISO_DATE}(?:\s*\([^()]*\))?)\s*(?:,|\.?$)")
_KEPT = ("url", "doi", "accessed", "citation-number")
_BEFORE_NAMES = ("citation-number", "other")

# the note closed by the date: ", 2023-07-27." at the end of the text
_CLOSING_DATE = lazy_pattern(rf",\s*(?P<date>{ISO_DAY})\s*\.?\s*$")
# marks that set a note's parts apart in another way: quotes, italics, brackets, an access or a year in brackets
_OTHER_MARKS = lazy_pattern(r"[\"“”*\[\]]|\(\s*(?:1[5-9]|20)\d\d|\b(?:accessed|retrieved|viewed|visited|updated)\b")
_PARTS = lazy_pattern(r",\s+")
# a given name or initials after a family name: "Catalin", "J. A.", "Mary Ann"
_GIVEN = lazy_pattern(r"(?:[A-Z]\.\s*){1,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
# a preprint's number before the date: "arXiv:1706.03762", "arXiv:2312.00752v2"
_EPRINT = lazy_pattern(r"arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?")
# a part opening with a name and a full stop: "Christof. Don't use …" (a given name, then the title)
_NAME_STOP = lazy_pattern(r"^[A-Z][a-z]+\.\s+")


@needs(marks=("-",))
def iso_date_part(spans: list[Span], text: str) -> list[Span]:
    """``Anthropic, 2026-04, “Title”,`` read as one title, note or date, or the date read as a producer: the
    names, the date and the title."""
    dates = [s for s in spans if s.label == "date"]
    for k, s in enumerate(spans):
        if s.label in _KEPT or "-" not in s.text:  # (every date of the pattern holds its hyphen)
            continue
        m = _DATE_PART.search(s.text)
        if m is None or any(d is not s for d in dates):
            continue
        a, z = s.start + m.start("date"), s.start + m.end("date")
        head = text[s.start : s.start + m.start()].strip()
        tail_from = s.start + m.end()
        tail = text[tail_from : s.end]
        if s.label == "date" and not head and not tail.strip(" ,."):
            continue
        new: list[Span] = []
        start = s.start
        if head and _EPRINT.fullmatch(head):
            # "…", arXiv:1706.03762, 2017-06-12.": the preprint's number, then the day it was posted
            b = s.start + len(text[s.start : s.end]) - len(text[s.start : s.end].lstrip())
            new.append(Span(s.label, head, b, b + len(head), s.confidence))
        elif head:
            before = [p.label for p in spans[:k]]
            names_end = s.start + m.start()
            if before and before[-1] == "author":
                start = spans[k - 1].start  # the names' end ran into the span: one list of names
            elif not all(label in _BEFORE_NAMES for label in before):
                continue
            new.append(Span("author", text[start:names_end], start, names_end, s.confidence))
        new.append(Span("date", text[a:z], a, z, s.confidence))
        if tail.strip(" ,"):
            lead = len(tail) - len(tail.lstrip())
            new.append(Span("title", tail[lead:], tail_from + lead, s.end, s.confidence))
        return replaced(spans, text, start, s.end, new)
    return spans


def _inverted(parts: list[str]) -> bool:
    """``Cimpanu, Catalin, Title, Site``: a family name of a word or two, then a given name or initials."""
    family, given = parts[0], parts[1]
    return (
        len(parts) >= 4
        and len(family.split()) <= 2
        and not has_org_word(family)
        and bool(_GIVEN.fullmatch(given))
        and (given[1:2] == "." or known_given(given.split()[0]) or len(given.split()) == 1)
    )


@needs(marks=("-",))
def site_before_closing_date(spans: list[Span], text: str) -> list[Span]:
    """``GCC team, Options for Directory Search, GCC Manual, 2023-07-27.`` read with the parts run together
    or the title read as a name: the author, the title and the site, then the date."""
    m = _CLOSING_DATE.search(text)
    if m is None:
        return spans
    opening = spans[0].end if spans and spans[0].label == "citation-number" else 0
    while opening < len(text) and text[opening] == " ":
        opening += 1
    body = text[opening : m.start()]
    if _OTHER_MARKS.search(body):
        return spans
    cuts = [(c.start(), c.end()) for c in _PARTS.finditer(body)]
    parts = _PARTS.split(body)
    if len(parts) < 3 or not all(p.strip() for p in parts):
        return spans
    names = 2 if _inverted(parts) else 1
    # "Metzger-Kraus, Christof. Don't use …": the given name closed by a full stop, then the title
    stop = _NAME_STOP.match(parts[1]) if names == 1 and len(parts[0].split()) == 1 else None
    if len(parts) - names < 2 or stop is None and _NAME_STOP.match(parts[names]):
        return spans
    conf = min((s.confidence for s in spans if opening <= s.start < m.end()), default=1.0)
    name_end = opening + cuts[names - 1][0]
    title_from, title_end = opening + cuts[names - 1][1], opening + cuts[-1][0]
    if stop is not None:
        name_end, title_from = title_from + stop.group().index(".") + 1, title_from + stop.end()
    site_from, site_end = opening + cuts[-1][1], opening + len(body)
    new = [
        Span("author", text[opening:name_end], opening, name_end, conf),
        Span("title", text[title_from:title_end], title_from, title_end, conf),
        Span("container-title", text[site_from:site_end], site_from, site_end, conf),
        Span("date", m.group("date"), m.start("date"), m.end("date"), conf),
    ]
    return replaced(spans, text, opening, m.end("date"), new)
