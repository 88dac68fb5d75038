"""Mend of the chapter's imprint in British author-date bibliographies, where the chapter's pages follow
the book's publisher after a full stop: ``(ed) Book, 1st Edition, Oxford: Oxbow Books. 147-76.``. The
labeller reads the publisher after the place's colon as an edition."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_EDITION_MARK = lazy_pattern(r"(?i)\d|\b(?:ed|edn|edition|rev|revised|reprint|repr|impression)\b")


@needs(labels=("location", "edition"), without=("publisher",))
def publisher_after_colon(spans: list[Span], text: str) -> list[Span]:
    """``Oxford: Oxbow Books. 147-76.`` with the publisher after the place's colon read as an edition: a
    name with no figure and no edition word there is the publisher."""
    for k in range(1, len(spans)):
        s, place = spans[k], spans[k - 1]
        if s.label != "edition" or place.label != "location" or not place.text.rstrip().endswith(":"):
            continue
        if _EDITION_MARK.search(s.text) or not s.text.strip()[:1].isupper():
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
