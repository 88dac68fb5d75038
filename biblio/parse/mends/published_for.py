"""Mend of an imprint that names the body a book was published for before its publisher: ``(Charlottesville, VA:
Published for the National Portrait Gallery by the University Press of Virginia, 1977)`` read as a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PUBLISHED_FOR = lazy_pattern(
    r"^(?P<for>Published\s+for\s+[^,;()]{2,120}?)\s+by\s+(?:the\s+)?(?P<publisher>[A-Z][^,;()]{2,80}?)[,.]?$"
)


@needs(labels=("note", "location"), without=("publisher",), words=("published",))
def published_for_is_imprint(spans: list[Span], text: str) -> list[Span]:
    """``(Charlottesville, VA: | Published for the National Portrait Gallery by the University Press of Virginia, |
    1977)``: between the place and the year, the body after ``by`` is the publisher."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "note" or spans[k - 1].label != "location" or (m := _PUBLISHED_FOR.match(s.text)) is None:
            continue
        a, z = s.start + m.start("publisher"), s.start + m.end("publisher")
        note = Span("note", m.group("for"), s.start, s.start + m.end("for"), s.confidence)
        return [*spans[:k], note, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
