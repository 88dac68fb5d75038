"""Mend of a title cut at a plural possessive's apostrophe: ``Japanese and Korean Speakers' production of
mimetic words.`` The apostrophe after the ``s`` reads to the model as a single quote opening the title, and
the words before it go into a note or the names. An apostrophe glued to a word ending in ``s`` and followed
by a space and a word in lower case is no quote: the title runs from the words before it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the apostrophe opening the model's title, then a space and a lower-case word
_POSSESSIVE_OPENING = lazy_pattern(r"^['’]\s+[a-z]")
_CUT_OFF = frozenset(["note", "genre", "container-title", "collection-title"])


@needs(labels=["title"], marks=["s'", "s’"])
def plural_possessive_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Japanese and Korean Speakers | ' production of mimetic words.`` read as a note and a title."""
    for k in range(1, len(spans)):
        p, s = spans[k - 1], spans[k]
        if s.label != "title" or p.label not in _CUT_OFF or s.start != p.end:
            continue
        if not p.text.endswith("s") or not _POSSESSIVE_OPENING.match(s.text):
            continue
        return [*spans[: k - 1], Span("title", text[p.start : s.end], p.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
