"""Mends of a Chicago note's periodical: ``Name, “Title,” *Guardian*, January 5, 2020, URL.`` with the italic
newspaper or magazine after the quoted title read as a second author."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a name in italics and nothing else: "*Guardian*,", "*New Yorker*,"
_ITALIC_NAME = lazy_pattern(r"^\*[^*]{2,80}\*[,.]?$")


@needs(labels=("author", "title", "date"), marks="*")
def italic_outlet_after_title(spans: list[Span], text: str) -> list[Span]:
    """An "author" that is only an italic name, after the title and before the date: no style names a person
    in italics there; it is the periodical that printed the title."""
    seen_title = False
    for k, s in enumerate(spans):
        if s.label == "title":
            seen_title = True
            continue
        if (
            seen_title
            and s.label == "author"
            and _ITALIC_NAME.match(s.text.strip())
            and k + 1 < len(spans)
            and spans[k + 1].label == "date"
        ):
            return [*spans[:k], replace(s, label="journal"), *spans[k + 1 :]]
    return spans
