"""Mends of a French series named by its word inside another field: ``Gallimard, Collection Tel, Paris``,
``Hermann, coll. « Savoirs sur l'art »`` or ``PUF, "Que sais-je ?"`` read into the publisher, ``Les origines de
l'herméneutique, Collection : Les Sciences humaines …`` into the title. From the word on, the span is the series.

Fields touched: ``publisher``, ``title`` -> ``collection-title``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

FIELDS = ("publisher", "title", "collection-title")

# the series' word after a comma, then its name
_SERIES_WORD = lazy_pattern(r",\s+(?=(?:[Cc]ollection|[Cc]oll\.)\s*:?\s*[^\W\d_«\"“])")
# after a publisher, the series' name in its quotes alone: "PUF, \"Que sais-je ?\"", "Érès, « Clinique du travail »"
_QUOTED_SERIES = lazy_pattern(r",\s+(?=[«\"“]\s?[^\W\d_])")
_HOSTS = frozenset(["publisher", "title"])


@needs(any_label=_HOSTS, marks=(", Collection", ", collection", ", coll.", ", Coll.", ', "', ", «", ", “"))
def series_word_in_field(spans: list[Span], text: str) -> list[Span]:
    """``publisher: Gallimard, Collection Tel,`` -> ``publisher: Gallimard``, ``collection-title: Collection Tel``;
    a title's series the same way, where the title has words before it; a publisher's series in its quotes too."""
    for k, s in enumerate(spans):
        if s.label not in _HOSTS:
            continue
        m = _SERIES_WORD.search(s.text)
        if m is None and s.label == "publisher":
            m = _QUOTED_SERIES.search(s.text)
        if m is None or m.start() == 0:
            continue
        if any(t.label == "collection-title" for t in spans):
            return spans
        a = s.start + m.end()
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], head, Span("collection-title", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans
