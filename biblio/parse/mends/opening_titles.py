"""Mends of a work known by its title, which opens the reference in italics: ``*Oxford English
dictionary*, 1989.`` (Harvard), ``*A Guide to Boston*. Beantown Publishing, 2000.`` (MLA).

The model reads such an opening as the names (``Macbeth*,``, ``A``) or a note. What lies inside the
italics that open the reference is the title.
"""

from __future__ import annotations

from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_OPENERS = frozenset(["author", "editor", "note", "journal", "container-title", "publisher", "title"])


@needs(marks="*")
def opening_italics_title(spans: list[Span], text: str) -> list[Span]:
    """The spans inside the italics that open the reference, read as names or a note, are one title."""
    if not text.lstrip().startswith("*") or not spans:
        return spans
    runs = [r for r in emphasis_runs(text) if not text[: r.start].strip()]
    if not runs:
        return spans
    run = runs[0]
    inside = 0
    while inside < len(spans) and spans[inside].start < run.end and spans[inside].label in _OPENERS:
        inside += 1
    if inside == 0 or all(s.label == "title" for s in spans[:inside]):
        return spans
    first, last = spans[0], spans[inside - 1]
    if last.end > run.end + 2:
        return spans  # the span runs on past the italics: not the title alone
    title = Span(
        "title", text[first.start : last.end], first.start, last.end, min(s.confidence for s in spans[:inside])
    )
    return [title, *spans[inside:]]
