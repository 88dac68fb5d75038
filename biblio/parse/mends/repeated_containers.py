"""Mend of a container named twice, as a reference manager prints a record holding the book's or journal's title in
two of its fields: ``Chapter 7: Loss and Grief. Family-Centred Maternity and Newborn Care: National Guidelines.
Family-centred maternity and newborn care: National guidelines. 2017.`` The second naming (the same words, their
case aside) is no part of the container's name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_STOP = lazy_pattern(r"\.\s+")


@needs(labels=["container-title"])
def container_named_twice(spans: list[Span], text: str) -> list[Span]:
    """A container span holding its name twice over, each closed by its full stop: the first naming is the
    container, the second no field's."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or len(s.text) < 20:
            continue
        body = s.text.rstrip(" .")
        for m in _STOP.finditer(body):
            first, second = body[: m.start()], body[m.end() :]
            if len(first) >= 8 and first.casefold() == second.casefold():
                z = s.start + m.start()
                return [*spans[:k], Span(s.label, text[s.start : z + 1], s.start, z + 1, s.confidence), *spans[k + 1 :]]
    return spans
