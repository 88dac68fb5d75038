"""Mends of Turkish journal numbering: Chicago in Turkish writes the issue ``sy`` (sayı) where English writes
``no.``: ``*Trends in Ecology & Evolution* 25, sy 10 (2010): 583-591``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced, spans_over
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the volume, a comma, then "sy" and the issue (never a word's end: "Easy 3")
_VOLUME_SY = lazy_pattern(r"(?<![\w.])(?P<vol>\d{1,4}[A-Za-z]?),\s*sy\.?\s*(?P<no>\d{1,4}(?:[/-]\d{1,4})?)(?![\w/-])")
_NUMBER_LABELS = frozenset(["journal", "container-title", "volume", "issue", "pages"])


@needs(any_label=("journal", "container-title"), marks=("sy",))
def sayi_is_issue(spans: list[Span], text: str) -> list[Span]:
    """``Journal 14, sy 3 (2018): 211-229`` with ``14, sy`` read into the journal and the issue as the volume,
    or ``sy 2`` left over: the number before the comma is the volume, the one after ``sy`` the issue."""
    if "sy" not in text or (m := _VOLUME_SY.search(text)) is None:
        return spans
    a, z = m.span()
    inside = spans_over(spans, a, z, _NUMBER_LABELS)
    if not inside:
        return spans
    journal = next((s for s in spans if s.label in ("journal", "container-title") and s.start < a), None)
    if journal is None or journal.end < a - 1 and text[journal.end : a].strip(" ,*_"):
        return spans  # the numbers must follow the journal's name
    numbers = group_spans(m, (("volume", "vol"), ("issue", "no")))
    return replaced(spans, text, a, z, numbers)
