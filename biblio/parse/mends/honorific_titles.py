"""Mend of a title that opens on an honorific: ``Mrs. Beeton's Book of Household Management. London: …``,
``Dr. Strangelove or: How I Learned …. Directed by …``. The model, used to names before a title, reads the
honorific and its stop as the author and the rest as the title; an honorific alone names nobody."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_HONORIFIC_ALONE = lazy_pattern(r"^\s*(?:Mrs|Mr|Ms|Dr|Messrs|Mme|Mlle|Sr|Sra)\.\s*$")


@needs(labels=("author", "title"))
def honorific_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Mrs. | Beeton's Book of …`` read as an author and a title: an honorific alone, straight before the
    title's first word, opens the title."""
    if len(spans) < 2:
        return spans
    head, title = spans[0], spans[1]
    if head.label != "author" or title.label != "title" or not _HONORIFIC_ALONE.match(head.text):
        return spans
    if text[head.end : title.start].strip() or not title.text[:1].isupper():
        return spans
    if any(s.label == "author" for s in spans[2:]):
        return spans
    start = head.start + len(head.text) - len(head.text.lstrip())
    joined = Span("title", text[start : title.end], start, title.end, min(head.confidence, title.confidence))
    return [joined, *spans[2:]]
