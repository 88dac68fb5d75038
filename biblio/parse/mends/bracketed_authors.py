"""Mend of an author supplied in brackets (CMOS 14.80): ``[Klein, Joe]. Primary Colors: A Novel of Politics. New
York: Random House, 1996.`` The author known but not named in the work opens the entry in square brackets; the
labeller reads the bracket as a note and runs it into the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "[Family, Given]." opening the entry: an inverted name, no digits
_BRACKETED_NAME = lazy_pattern(r"\[(?P<name>[^\W\d_][^\[\],\d]{0,40},\s+[^\W\d_][^\[\]\d]{0,40})\]\.\s+")


@needs(without=["author", "editor"], marks=["["])
def bracketed_author_opens(spans: list[Span], text: str) -> list[Span]:
    """``[Klein, Joe]. Primary Colors: …`` read as a note running into the title: the name is the author, what
    follows it to the title's end the title."""
    m = _BRACKETED_NAME.match(text)
    if m is None or not spans or spans[0].start > m.start("name"):
        return spans
    title = next((k for k, s in enumerate(spans) if s.label == "title"), None)
    if title is None or any(s.start >= m.end() and s.label != "note" for s in spans[:title]):
        return spans
    t = spans[title]
    conf = min(s.confidence for s in spans[: title + 1])
    author = Span("author", m.group("name"), m.start("name"), m.end("name"), conf)
    new_title = Span("title", text[m.end() : t.end], m.end(), t.end, conf)
    return [author, new_title, *spans[title + 1 :]]
