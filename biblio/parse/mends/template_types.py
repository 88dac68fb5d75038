"""Mends of a work's kind in brackets after its title, as Wikipedia's citation templates print their ``type``
(``Williamson, Malcolm J. (August 10, 1976). Title (Technical report). Communications Electronics Security
Group. Retrieved 2015-08-25.``), read into the title with the body that issued the work. The bracket is the
work's kind (its genre), and a name after it, before the access note, its publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_KIND = (
    r"Technical\s+report|Tech\.\s+report|Report|Research\s+report|Working\s+paper|Discussion\s+paper|White\s+paper"
    r"|Press\s+release|Preprint|Thesis|Ph\.?\s?D\.?\s+thesis|Doctoral\s+dissertation|Master's\s+thesis|MSc\s+thesis"
)
# "Title (Technical report). Body." within one span: the body a short name with no further stop
_TITLE_KIND = lazy_pattern(
    rf"^(?P<title>.*?\S)\s+(?P<kind>\((?:{_KIND})\))\s*(?:\.\s+(?P<body>[A-Z][^.()]{{2,80}}?))?\s*\.?\s*$", re.I
)


@needs(labels=["title"], marks=["("], words=("report", "paper", "release", "preprint", "thesis", "dissertation"))
def template_type_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title (Technical report). Communications Electronics Security Group.`` read as one title: the
    bracket is the genre and the name after it the publisher."""
    for k, s in enumerate(spans):
        if s.label != "title" or "(" not in s.text:
            continue
        m = _TITLE_KIND.match(s.text)
        if m is None:
            continue
        parts = [Span("title", m.group("title"), s.start + m.start("title"), s.start + m.end("title"), s.confidence)]
        parts.append(Span("genre", m.group("kind"), s.start + m.start("kind"), s.start + m.end("kind"), s.confidence))
        if m.group("body"):
            a, z = s.start + m.start("body"), s.start + m.end("body")
            parts.append(Span("publisher", text[a:z], a, z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
