"""Mend of an act of law cited by its jurisdiction: ABNT's ``BRASIL. Lei nº 9.394, de 20 de dezembro
de 1996. Estabelece as diretrizes …. Brasília, DF: Presidência da República, 1996.`` and Spanish
``ESPAÑA. Ley 39/2015, de 1 de octubre, …``.

The jurisdiction in capitals opens the reference as its author; the act's kind, number and date are
its title, up to the next full stop (the dots inside its number, ``9.394``, ``n.º``, are no stop),
which holds the act's year.  The labeller reads the number's pieces as names, an edition and a date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.spans import Span

_ACT = lazy_pattern(
    r"^\s*(?P<juris>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de' -]{1,40}?)\.\s+\*{0,2}"
    r"(?P<title>(?:Lei(?:\s+Complementar)?|Decreto(?:-Lei)?|Medida\s+Provis[óo]ria|Resolu[çc][ãa]o|Portaria|"
    r"Emenda\s+Constitucional|Ley(?:\s+Org[áa]nica)?|Real\s+Decreto(?:-ley)?|Decreto\s+Supremo)\s+"
    r"(?:n\.?\s?[º°o]?\.?\s?)?\d[\d./-]*(?:[^.*]|\.(?=[\dº°ª]))*)\*{0,2}\.(?=\s|$)"
)
_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def act_opens_reference(spans: list[Span], text: str) -> list[Span]:
    """``BRASIL. Lei nº 9.394, de 20 de dezembro de 1996.`` read as editors, an edition and a date:
    the jurisdiction is the author and the act, to the stop after its year, the title."""
    if not text.lstrip()[:2].isupper():
        return spans  # the jurisdiction in capitals opens the reference
    m = _ACT.match(text)
    if m is None or not _YEAR.search(m.group("title")):
        return spans
    (a, z), (ta, tz) = m.span("juris"), m.span("title")
    if any(s.label == "title" and ta - 2 <= s.start <= ta for s in spans):
        return spans  # the act's title was read where it opens: the reading stands
    new = [Span("author", text[a : z + 1], a, z + 1), Span("title", text[ta:tz], ta, tz)]
    # what follows the act in a span read as its title is the act's summary ("Estabelece as …")
    return [
        Span("note", s.text, s.start, s.end, s.confidence) if s.label == "title" and s.start >= m.end() else s
        for s in replaced(spans, text, a, m.end(), new)
    ]
