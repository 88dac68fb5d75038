"""Names with their organisations in brackets before the date: ``Name (CNCF), Name (OpenSSF), 2026-05, …``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the names, the last closed by its organisation's short name in brackets, then the date (ISO or a year) and a comma
_AFFILIATED_NAMES = lazy_pattern(
    r"\s*(?P<names>[A-Z][^()\d]{1,80}\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w&-]{1,15}\)"
    r"(?:,\s*[A-Z][^()\d]{1,80}\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w&-]{1,15}\))*)"
    r",\s*(?P<date>(?:1[5-9]\d\d|20\d\d)(?:-[01]\d(?:-[0-3]\d)?)?),\s"
)


@needs(marks=[")"])
def affiliations_in_names(spans: list[Span], text: str) -> list[Span]:
    """A blog's or a guide's ``Aniszczyk, Chris (CNCF), David A. Wheeler (OpenSSF), 2026-05, “Title”, URL`` with the
    brackets read as a date's and the names run into the title: the names with their organisations in brackets
    run to the date after the last bracket; what follows the date keeps its reading."""
    m = _AFFILIATED_NAMES.match(text)
    if m is None:
        return spans
    z = m.end("date")
    out = [
        Span("author", m.group("names"), m.start("names"), m.end("names"), 1.0),
        Span("date", m.group("date"), m.start("date"), z, 1.0),
    ]
    for s in spans:
        a = max(s.start, z)
        if s.end > a and text[a : s.end].strip(" ,.;"):
            out.append(Span(s.label, text[a : s.end], a, s.end, s.confidence))
    return out
