"""Nature's bold volume with the issue in brackets and the year after it: ``**16**(12) (2020)``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BOLD_VOLUME_ISSUE_YEAR = lazy_pattern(
    r"\*\*(?P<volume>\d{1,4})\*\*\s?\((?P<issue>\d{1,4})\)\s*\((?P<year>(?:1[5-9]\d\d|20\d\d))\)"
)


@needs(marks=["**"])
def issue_after_bold_volume(spans: list[Span], text: str) -> list[Span]:
    """``*PLoS Comput Biol*. **16**(12) (2020).`` with the issue and the year read together as an access date:
    the bracket right after the bold volume is its issue, the bracketed year after them the date."""
    m = _BOLD_VOLUME_ISSUE_YEAR.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    out: list[Span] = []
    for s in spans:
        if s.end <= a or s.start >= z:
            out.append(s)
            continue
        if s.start < a and text[s.start : a].strip(" ,.*"):
            out.append(Span(s.label, text[s.start : a], s.start, a, s.confidence))
        if s.end > z and text[z : s.end].strip(" ,.*"):
            out.append(Span(s.label, text[z : s.end], z, s.end, s.confidence))
    found = [
        Span(label, m.group(group), m.start(group), m.end(group), 1.0)
        for label, group in (("volume", "volume"), ("issue", "issue"), ("date", "year"))
    ]
    return sorted(out + found, key=lambda s: s.start)
