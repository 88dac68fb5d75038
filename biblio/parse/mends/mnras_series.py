"""Mends of MNRAS's proceedings entry, ``in Bowyer S., Leinert C., eds, IAU Symposium Vol. 139, The Galactic and
Extragalactic Background Radiation. p. 21`` (the journal's bibliography style with a series and its volume): the
labeller reads the series, its volume and the book as one container."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "IAU Symposium Vol. 139, Book." or "Astronomical Society of the Pacific Conference Series Vol. 376, Book"
_SERIES_VOLUME_THEN_BOOK = lazy_pattern(
    r"[\s,]*(?P<series>[A-Z][^,;:()]{2,80}?)\s+Vol\.\s*(?P<no>\d{1,4}),\s+(?P<book>[A-Z\d][^;]*?)[\s.,]*"
)
_EDITORS_CLOSE = lazy_pattern(r"\beds?\.?[\s,]*$")
# what the labeller reads those words as
_READ_AS = frozenset(["container-title", "journal", "collection-title", "volume"])


@needs(labels=["editor"], any_label=["container-title", "journal"], words=["vol."])
def series_volume_opens_book(spans: list[Span], text: str) -> list[Span]:
    """``eds, IAU Symposium Vol. 139, The Galactic … Radiation. p. 21`` read as one container (or as a container,
    its volume and a journal) after the editors: the words before ``Vol.`` are the series, its number the volume
    and the words after its comma the book."""
    k = next((k for k, s in enumerate(spans) if s.label == "editor"), None)
    if k is None or not _EDITORS_CLOSE.search(spans[k].text):
        return spans
    z = next((i for i in range(k + 1, len(spans)) if spans[i].label == "pages"), len(spans))
    if z == k + 1 or any(s.label not in _READ_AS for s in spans[k + 1 : z]):
        return spans
    a, end = spans[k].end, spans[z - 1].end
    m = _SERIES_VOLUME_THEN_BOOK.fullmatch(text, a, end)
    if m is None:
        return spans
    parts = (("collection-title", "series"), ("volume", "no"), ("container-title", "book"))
    confidence = min(s.confidence for s in spans[k + 1 : z])
    new = [Span(x.label, x.text, x.start, x.end, confidence) for x in group_spans(m, parts)]
    return replaced(spans, text, a, end, new)
