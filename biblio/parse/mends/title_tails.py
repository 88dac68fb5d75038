"""Mend of what follows a book's italic title inside the title's span, as hand-written lists write it:
a chapter they point to (``*Geometric Algebra*, chapter 2: "Affine and projective geometry",``) or the
numbered series the book belongs to (``*Rudiments of Plane Affine Geometry*, Mathematical Expositions
#20,``). The title ends with its italics; the chapter is a note, the series the collection."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", chapter 2: "…"," / ", Chapter 5 Affine Geometry,,": the chapter pointed to
_CHAPTER = lazy_pattern(r"^\s*,?\s*(?P<part>(?i:chapter|chap\.|ch\.)\s*\d+\b.*?)[\s,.;]*$")
# ", Mathematical Expositions #20," / ", Graduate Texts in Mathematics No. 52,": a series' name and number
_NUMBERED_SERIES = lazy_pattern(r"^\s*,?\s*(?P<part>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}\s+(?:#|No\.\s*)\d{1,4})[\s,.;]*$")


@needs(labels=["title"], marks=["*", "_", "<"])
def title_tail_apart(spans: list[Span], text: str) -> list[Span]:
    """``Geometric Algebra*, chapter 2: "…",`` or ``Rudiments …*, Mathematical Expositions #20,`` read as the
    title: the title closes with its italic run, the chapter after it is a note and a numbered series the
    collection's title."""
    for run in emphasis_runs(text):
        if run.text_start - run.start != 1:
            continue
        for k, s in enumerate(spans):
            if s.label != "title" or not s.start <= run.text_start < run.end < s.end:
                continue
            tail = text[run.end : s.end]
            if (m := _CHAPTER.match(tail)) is not None:
                label = "note"
            elif (m := _NUMBERED_SERIES.match(tail)) is not None:
                label = "collection-title"
            else:
                return spans
            a, z = run.end + m.start("part"), run.end + m.end("part")
            return [
                *spans[:k],
                Span("title", text[s.start : run.end], s.start, run.end, s.confidence),
                Span(label, text[a:z], a, z, s.confidence),
                *spans[k + 1 :],
            ]
    return spans
