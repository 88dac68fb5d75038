"""Mends of contributor statements: ``Mit einem Beitrag von X.`` / ``With a foreword by X.`` after a title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a contribution named after the title, to the span's end: it credits a person, it is no part of the title
_CONTRIBUTION = lazy_pattern(
    r"(?<=[^\W_][.?!])\s+(?:Mit\s+(?:einem|einer)\s+(?:Beitrag|Vorwort|Nachwort|Einleitung|Einführung|Essay)|"
    r"With\s+(?:an?\s+)?(?:foreword|introduction|afterword|preface|essay|contribution)s?)\s+(?:von|by)\s+"
    r"[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){0,3}(?:\s+(?:und|and|&)\s+[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){0,3})?"
    r"\.?\s*$"
)


@needs(labels=["title"], marks=("Mit", "With"))
def contribution_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. Mit einem Beitrag von Michael Kirchner.`` or ``Title. With a foreword by Ann Lee.`` read
    into the title: the statement that credits a contributor goes into no field."""
    if "Mit" not in text and "With" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _CONTRIBUTION.search(s.text)) is None:
            continue
        a = m.start()
        return [*spans[:k], Span("title", s.text[:a], s.start, s.start + a, s.confidence), *spans[k + 1 :]]
    return spans
