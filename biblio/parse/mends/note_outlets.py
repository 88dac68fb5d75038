"""Mends of a Chicago note's periodical: ``Name, “Title,” *Guardian*, January 5, 2020, URL.`` with the italic
newspaper or magazine after the quoted title read as a second author."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a name in italics and nothing else: "*Guardian*,", "*New Yorker*,"
_ITALIC_NAME = lazy_pattern(r"^\*[^*]{2,80}\*[,.]?$")


@needs(labels=("author", "title", "date"), marks=["*"])
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


# the newspaper's italic name closing, then its section and the date's comma: "New York Times*: Books,"
_OUTLET_SECTION = lazy_pattern(r"(?<=\S)\*:\s+(?P<section>[A-Z][a-z]+(?:\s+[A-Z&][a-z]*)?)\s*,\s*$")


@needs(labels=("title", "date"), any_label=("journal", "container-title"), marks=("*:",))
def section_after_italic_outlet(spans: list[Span], text: str) -> list[Span]:
    """A note's ``“Title,” *New York Times*: Books, April 17, 1981,`` with the newspaper's section read into its name:
    after a quoted title, the word or two after the italic name's colon, just before the date, are a section (a note),
    not the periodical's name."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label not in ("journal", "container-title") or spans[k + 1].label != "date":
            continue
        if spans[k - 1].label != "title" or not spans[k - 1].text.rstrip(" .,").endswith(("\u201d", '"')):
            return spans
        if (m := _OUTLET_SECTION.search(s.text)) is None:
            return spans
        z = s.start + m.start() + 1
        a, b = s.start + m.start("section"), s.start + m.end("section")
        return [*spans[:k], replace(s, text=text[s.start : z], end=z), Span("note", text[a:b], a, b), *spans[k + 1 :]]
    return spans
