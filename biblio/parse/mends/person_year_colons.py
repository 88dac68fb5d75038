"""Mend of a philosophy or history list's entry opening on a person in natural order, a bracketed year and a colon:
``Immanuel Kant (1781): Kritik der reinen Vernunft.``, ``Gotthold Ephraim Lessing (1766): Laokoon.``. With no
imprint after the title the model reads the name and year into the title (or the name as a body). Two or three
capitalised words whose first is a known given name and none a body's word are the author, the year the date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word, known_given
from biblio.parse.spans import Span

_WORD = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
_PERSON_YEAR = lazy_pattern(
    rf"\s*(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})\s+\((?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\)\s*:\s+(?=\S)"
)


def person_before_year_colon(text: str) -> re.Match[str] | None:
    """``Immanuel Kant (1781): `` opening ``text``: two or three capitalised words, the first a known given name
    and none a body's word, a bracketed year and a colon (no APA list closes its date with a colon)."""
    if not text[:1].isupper() or "):" not in text or (m := _PERSON_YEAR.match(text)) is None:
        return None
    name = m["name"]
    return m if known_given(name.split()[0]) and not has_org_word(name) else None


@needs(marks=("):",))
def person_year_colon_opens(spans: list[Span], text: str) -> list[Span]:
    """``Immanuel Kant (1781): Title.`` with the name and year read into the title or the name as a body: the name
    is the author, the bracketed year the date."""
    if (m := person_before_year_colon(text)) is None:
        return spans
    a, z = m.start("name"), m.end("name")
    if any(s.label == "author" and s.start == a and s.end == z for s in spans) and any(
        s.label == "date" and s.start <= m.start("year") and s.end >= m.end("year") for s in spans
    ):
        return spans
    conf = min((s.confidence for s in spans if s.start < m.end()), default=1.0)
    new = [
        Span("author", m["name"], a, z, conf),
        Span("date", m["year"], m.start("year"), m.end("year"), conf),
    ]
    return replaced(spans, text, a, m.end() - 1, new)
