"""Mends of Optica's numbers, ``Opt. Express **24**(18), A1289 (2016).``: the volume in bold, the issue in
brackets, the page, the year in brackets."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import span_parts
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "(6653), 63 (2023).": the issue, the page and the year read as one date
_ISSUE_PAGE_YEAR = lazy_pattern(
    r"(?P<issue>\(\d{1,5}\)),?\s+(?P<page>[A-Za-z]?\d{1,9}[A-Za-z]?),?\s+(?P<date>\((?:1[6-9]|20)\d\d\)[.,]?)\s*"
)


@needs(labels=("volume", "date"), without=("issue", "pages"))
def issue_and_page_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """Optica's ``Science **381**(6653), 63 (2023).`` with the issue, the page and the year read as one date
    after the volume: the bracketed number is the issue and the number after it the page."""
    for k in range(1, len(spans)):
        s, t = spans[k - 1], spans[k]
        if s.label != "volume" or t.label != "date" or text[s.end : t.start].strip(" *"):
            continue
        m = _ISSUE_PAGE_YEAR.fullmatch(t.text)
        if m is None:
            return spans
        new = span_parts(t, m, (("issue", "issue"), ("pages", "page"), ("date", "date")))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
