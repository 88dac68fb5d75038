"""Mends of Chicago's entry in a reference work named "under the word" (*sub verbo*):
``*Merriam-Webster's Collegiate Dictionary*, 10th ed., s.v. "Suzerian."`` or ``Wikipedia, s.v.
"Iraq," last modified May 1, 2013, URL``. The work before ``s.v.`` is the container (with its
edition), the quoted word after it the entry's title, and a ``last modified`` date the entry's date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_SUB_VERBO = lazy_pattern(
    # (the edition's year after it, its full stop left off: "Oxford English Dictionary, 2nd ed (1989), s.v.")
    r"^(?P<work>[^\"\u201c(]+?),\s+(?:(?P<edition>\d{1,3}(?:st|nd|rd|th)\s+ed\.?)"
    # (or its whole imprint: "2nd ed. (Oxford: Oxford University Press, 2004), s.v.")
    r"(?:\s+\((?:(?P<place>[A-Z][^():,]{1,40}):\s+(?P<publisher>[A-Z][^():,]{1,80}),\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\))?,\s+)?s\.\s?v\.\s+"
    r"(?P<entry>\"[^\"]+\"|\u201c[^\u201d]+\u201d)"
)
_ACCESSED = lazy_pattern(r"[\s,]*(?P<word>accessed\s+\S)", re.I)
_LAST_MODIFIED = lazy_pattern(r"^\s*last\s+(?:modified|edited|updated)\s+(?=\w)", re.I)


@needs(marks=("s.v.", "s. v."))
def entry_under_word(spans: list[Span], text: str) -> list[Span]:
    """``Wikipedia, s.v. "Iraq,"`` read with the work among the names, or the whole note as one title:
    the work is the container, the word the title, and ``last modified …`` the date."""
    if "s.v." not in text and "s. v." not in text:
        return spans
    m = _SUB_VERBO.match(text)
    if m is None:
        return spans
    parts = [Span("container-title", m["work"], m.start("work"), m.end("work"))]
    if m["edition"]:
        parts.append(Span("edition", m["edition"], m.start("edition"), m.end("edition")))
    if m["place"]:
        parts.append(Span("location", m["place"], m.start("place"), m.end("place")))
        parts.append(Span("publisher", m["publisher"], m.start("publisher"), m.end("publisher")))
    if m["year"]:
        parts.append(Span("date", m["year"], m.start("year"), m.end("year")))
    parts.append(Span("title", m["entry"], m.start("entry"), m.end("entry")))
    later = [s for s in spans if s.start >= m.end()]
    cut = next((s for s in spans if s.start < m.end() < s.end and text[m.end() : s.end].strip(" ,.")), None)
    if cut is not None and (acc := _ACCESSED.match(text, m.end(), cut.end)) and later and later[0].label == "date":
        # 'Oxford English Dictionary, s.v. "tweet, n.2," accessed March 3, 2022,': the day of access read apart
        a, z = acc.start("word"), later[0].end
        parts.append(Span("accessed", text[a:z], a, z, later[0].confidence))
        later = later[1:]
    for s in later:
        if s.label == "note" and (lm := _LAST_MODIFIED.match(s.text)):
            s = Span("date", s.text[lm.end() :], s.start + lm.end(), s.end, s.confidence)
        parts.append(s)
    return parts
