"""Mends of a personal communication cited in a Chicago note: ``John Coolidge, email message to
author, December 21, 2012.`` or ``letter to the author``. The words say what kind of message it was;
the message has no title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MESSAGE_TO_AUTHOR = lazy_pattern(
    r"^\s*(?:e-?mail(?:\s+message)?|letter|text\s+message|telephone\s+conversation|conversation)\s+"
    r"(?:to|with)\s+(?:the\s+)?author[\s.,;]*$",
    re.I,
)


@needs(labels=["title"], marks=["author"])
def message_to_author(spans: list[Span], text: str) -> list[Span]:
    """``email message to author`` read as the title: it is the communication's kind, its genre."""
    if "author" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label == "title" and _MESSAGE_TO_AUTHOR.match(s.text):
            return [*spans[:k], Span("genre", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
