"""Mend of the Australian Harvard (AGPS) work with no author: ``*Guide to agricultural meteorological practices*
1981, Secretariat of the World Meteorological Organization, Geneva.``, ``*Developing an argument* n.d., viewed
…``. The title in italics opens the reference and its year (or ``n.d.``) follows with no stop between; read on,
the title swallows the year, the publisher or the image's description. The italic run is the title, the year
after it the date (``n.d.`` none), and what the title ran on into after the year the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_RUN_ON = frozenset(["title", "container-title", "journal"])
_TITLE_THEN_YEAR = lazy_pattern(r"(?P<title>\*[^*]{3,300}\*)\s+(?:(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)|n\.\s?d\.),\s")


@needs(marks=["*"])
def italic_title_before_bare_year(spans: list[Span], text: str) -> list[Span]:
    """``*Guide to agricultural meteorological practices* 1981, Secretariat …,`` read as one container (or
    ``*Developing an argument* n.d.,`` as one title): the italic run is the title, the year its date."""
    m = _TITLE_THEN_YEAR.match(text)
    if m is None:
        return spans
    t = m.end("title")
    if any(s.label == "title" and s.start <= 1 and s.end == t for s in spans) and (
        m.group("year") is None or any(s.label == "date" and s.start == m.start("year") for s in spans)
    ):
        return spans
    z = m.end() - 2  # the comma after the year stays out
    first = [s.confidence for s in spans if s.start < z]
    conf = min(first, default=1.0)
    new = [Span("title", m.group("title"), 0, t, conf)]
    if m.group("year") is not None:
        new.append(Span("date", m.group("year"), m.start("year"), m.end("year"), conf))
    out = replaced(spans, text, 0, z, new)
    # what the title or container ran on into after the year is the imprint ("Secretariat of the …, Geneva")
    return [
        Span("publisher", s.text, s.start, s.end, s.confidence)
        if s.start >= z and s.label in _RUN_ON and not text[z : s.start].strip(" ,")
        else s
        for s in out
    ]
