"""Mend of the imprint whose place carries its ISO 3166-2 region code, as some citation styles print it:
``Paris, FR-IDF : Gallimard.``, ``Cambridge, USA-MA : World Wide Web Consortium (W3C).`` The code and the
spaced colon mark the place and the publisher exactly, wherever the labeller put them."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "City, CC-SUB : Publisher." (the publisher runs to the full stop that ends the imprint)
_REGION_IMPRINT = lazy_pattern(
    r"(?:(?<=[.,;]\s)|^)(?P<place>[A-ZÀ-Þ][^\W\d_]*(?:[\s'’-][A-ZÀ-Þ]?[^\W\d_]+){0,3},\s+[A-Z]{2,3}-[A-Z0-9]{1,3})"
    r"\s*:\s+(?P<publisher>[^\s.][^.]*?(?:\([^()]*\))?)\.(?=\s|$)"
)
_CODE_HINT = lazy_pattern(r",\s+[A-Z]{2,3}-[A-Z0-9]{1,3}\s*:")


@needs(marks=[":"])
def region_code_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Paris, FR-75 : Fayard.`` read as the place ``Paris,`` and the publisher ``FR-75 : Fayard.``, or
    run into a note or a title: the city with its region code is the place, the name after the colon
    the publisher."""
    if _CODE_HINT.search(text) is None:
        return spans
    m = _REGION_IMPRINT.search(text)
    if m is None:
        return spans
    (a, b), (c, d) = m.span("place"), m.span("publisher")
    inside = [s for s in spans if s.start < d and s.end > a]
    if not inside or any(s.label in ("url", "doi", "author") for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    imprint = [Span("location", text[a:b], a, b, conf), Span("publisher", text[c:d], c, d, conf)]
    return replaced(spans, text, a, d, imprint)
