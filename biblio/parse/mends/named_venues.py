"""Mend of a venue whose name holds an edition's word, read as the edition: the SEG's ``Title, SEG Technical
Program Expanded Abstracts, v. 27, pp. 716-720, 2008`` (``Expanded``, ``Revised``, ``Enlarged`` mark an edition
only before ``ed.`` or ``edition``). A span of four words or more with no number and no edition word,
before the volume or the pages, in a reading with no container, is the container."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_EDITION_MARK = lazy_pattern(r"\d|\b(?:ed|edn|edition|éd|édition|aufl|auflage|edición|edizione|druk)\b", re.I)
_NUMBERS = frozenset(["volume", "pages", "issue"])


@needs(labels=["edition", "title"], any_label=_NUMBERS, without=["journal", "container-title"])
def venue_read_as_edition(spans: list[Span], text: str) -> list[Span]:
    """``…, Chicxulub impact crater, | SEG Technical Program Expanded Abstracts, | v. 27, pp. 716-720``."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "edition" or spans[k - 1].label != "title" or spans[k + 1].label not in _NUMBERS:
            continue
        words = s.text.strip(" ,.;").split()
        if len(words) < 4 or _EDITION_MARK.search(s.text) or not all(w[:1].isupper() for w in words):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "Minion: A fast scalable constraint solver. ECAI,": the title's stop, then a meeting's acronym (and its year)
_ACRONYM_CLOSES_TITLE = lazy_pattern(
    r"(?P<head>.*[^\W\d_]{2}[.?!])\s+(?P<venue>[A-Z][A-Z&]{1,9}(?:[’']?\s?\d{2,4})?)\s*,\s*"
)
_AFTER_VENUE = frozenset(["pages", "date"])


@needs(labels=["title"], without=["container-title", "journal"])
def acronym_venue_closes_title(spans: list[Span], text: str) -> list[Span]:
    """The plain style's ``Title. ECAI, | pages 98–102, 2006.`` with the meeting's acronym read into the title: in a
    reading with no container, an acronym after the title's stop and before the pages or the year is the
    proceedings' name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in _AFTER_VENUE or text[s.end : nxt.start].strip():
            continue
        m = _ACRONYM_CLOSES_TITLE.fullmatch(s.text)
        if m is None or len(m["head"].split()) < 3:
            return spans
        head = Span("title", m["head"], s.start, s.start + m.end("head"), s.confidence)
        venue = Span("container-title", s.text[m.start("venue") :], s.start + m.start("venue"), s.end, s.confidence)
        return [*spans[:k], head, venue, *spans[k + 1 :]]
    return spans
