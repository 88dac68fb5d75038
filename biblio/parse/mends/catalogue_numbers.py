"""Mend of a statistics office's catalogue number, as Australian Harvard prints the Australian Bureau of
Statistics' publications: ``Australian Bureau of Statistics 2000, *Use of the internet by householders*, cat.
no. 8147.0, November, …``.

The labeller reads ``cat`` as a journal and ``no. 8147.0`` as its issue. The catalogue number is the
publication's number (a note), and no journal is named.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "cat. no. 8147.0", "cat no. 4102.0", "Catalogue No. 3101.0", "cat. no. 2068.0 – 2006 Census Tables"
_CATALOGUE = lazy_pattern(r"\b(?:cat\.?|catalogue)\s+no\.?\s*\d{3,4}\.\d{1,3}\b", re.I)


@needs(words=["cat"])
def catalogue_number(spans: list[Span], text: str) -> list[Span]:
    """``cat. no. 8147.0`` read as a journal and its issue (or pages): it is the publication's number."""
    m = _CATALOGUE.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and s.end > m.start()]
    if not inside or not any(s.label in ("journal", "container-title", "issue", "volume", "pages") for s in inside):
        return spans
    return replaced(spans, text, m.start(), m.end(), [Span("note", m.group(0), m.start(), m.end())])
