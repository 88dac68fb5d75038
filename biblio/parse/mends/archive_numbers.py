"""A preprint archive's number after its name: the IACR's ``Cryptology ePrint Archive, Report 2019/844, 2019.`` (and
``Paper 2019/893``), whose number, the year and a serial, reads as a date and a volume."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_ARCHIVE_NUMBER = lazy_pattern(
    r"(?P<archive>\b[A-Z][\w-]*(?:\s+[\w-]+){0,4}\s+Archive)\s*,\s+"
    r"(?P<number>(?:Report|Paper)\s+(?P<year>(?:19|20)\d\d)/\d{1,6})(?=[\s,.;]|$)"
)


@needs(labels=["date"], marks=("Archive",))
def archive_report_number(spans: list[Span], text: str) -> list[Span]:
    """``Cryptology ePrint Archive, Report | 2022/ | 106, | 2022.`` with the archive's number read as a date and
    a volume: the archive is the container, its report's number a note, the year after it the date."""
    m = _ARCHIVE_NUMBER.search(text)
    if m is None:
        return spans
    a, z = m.start("archive"), m.end("number")
    if not any(s.label == "date" and s.end > z and any(c.isdigit() for c in text[z : s.end]) for s in spans):
        return spans
    if any(s.label in ("title", "author") and a <= s.start < z for s in spans):
        return spans
    new = [
        Span("container-title", m.group("archive"), a, m.end("archive")),
        Span("note", m.group("number"), m.start("number"), z),
    ]
    if [(s.label, s.start, s.end) for s in spans if a <= s.start < z] == [(s.label, s.start, s.end) for s in new]:
        return spans
    return replaced(spans, text, a, z, new)
