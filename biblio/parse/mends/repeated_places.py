"""Mends of a publisher named after its towns, the towns then given as its place: biblatex's
``Springer Berlin Heidelberg, Berlin, Heidelberg`` read as publisher ``Springer`` and place
``Berlin Heidelberg, Berlin, Heidelberg``. The words before the place's first comma that the place then
names again close the publisher's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FIRST_COMMA = lazy_pattern(r"\s*,\s+")
_WORD = lazy_pattern(r"\w+")


def _named_again(head: str, tail: str) -> bool:
    """``Berlin Heidelberg`` before ``Berlin, Heidelberg``: the head's words open the tail, word by word."""
    said, again = _WORD.findall(head.lower()), _WORD.findall(tail.lower())
    return bool(said) and said == again[: len(said)]


@needs(labels=["location", "publisher"])
def towns_in_publisher_name(spans: list[Span], text: str) -> list[Span]:
    """``Springer | Berlin Heidelberg, Berlin, Heidelberg`` with the publisher's last words read into the
    place that repeats them: they join the publisher, the place starts after the comma."""
    for k in range(len(spans) - 1):
        pub, s = spans[k], spans[k + 1]
        if pub.label != "publisher" or s.label != "location" or text[pub.end : s.start].strip():
            continue
        m = _FIRST_COMMA.search(s.text)
        if not m or not _named_again(s.text[: m.start()], s.text[m.end() :]):
            return spans
        cut = s.start + m.start()
        return [
            *spans[:k],
            Span("publisher", text[pub.start : cut], pub.start, cut, min(pub.confidence, s.confidence)),
            Span("location", s.text[m.end() :], s.start + m.end(), s.end, s.confidence),
            *spans[k + 2 :],
        ]
    return spans


# a place read right after the publisher with nothing between them: one or two words, no comma inside
_TOWNS = lazy_pattern(r"^\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*[.,]?\s*$")


@needs(labels=["location", "publisher"])
def towns_closing_publisher_name(spans: list[Span], text: str) -> list[Span]:
    """``Springer Berlin Heidelberg, 2013.`` or ``Springer New York, 1996.`` read as publisher ``Springer`` and
    place ``Berlin Heidelberg``: with no comma between them, the towns close the imprint's name (Springer's
    ``Springer Berlin Heidelberg``), as where the place is then given again (``towns_in_publisher_name``)."""
    for k in range(len(spans) - 1):
        pub, s = spans[k], spans[k + 1]
        if pub.label != "publisher" or s.label != "location":
            continue
        if text[pub.end : s.start].strip() or "," in pub.text or pub.text.rstrip().endswith((".", ":")):
            return spans
        if len(pub.text.split()) > 2 or not _TOWNS.match(s.text) or not any(c in ",." for c in s.text[-2:]):
            return spans
        return [*spans[:k], Span("publisher", text[pub.start : s.end], pub.start, s.end,
                                 min(pub.confidence, s.confidence)), *spans[k + 2 :]]
    return spans
