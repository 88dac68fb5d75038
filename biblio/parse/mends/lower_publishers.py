"""Mends of a publisher in lower case after a book's title, as Google Scholar prints its metadata:
MLA's and Chicago's ``Title. sage, 2011.``, Harvard's ``Names, 2011. Title. macmillan.`` A title's
sentence does not open in lower case, so a short one that closes the title, right before the year or
the end, is the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import HARVARD_HEAD
from biblio.parse.spans import Span

# "… research. sage," / "… slow. macmillan." closing the title's span: up to four words, the first in lower case
_LOWER_TAIL = lazy_pattern(
    r"(?<=[^\W\d_]{2}[.?!])\s+(?P<publisher>[a-z][\w&'-]*(?:\s+[\w&'-]+){0,3})\s*(?P<end>[,.]?)\s*$"
)
# a sentence's end and a space, as every match of ``_LOWER_TAIL`` holds: a first look that skips to the stops
_STOP_SPACE = lazy_pattern(r"[.?!]\s")
_YEAR = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d\.?\s*$")


@needs(labels=["title"], without=["publisher"])
def lower_case_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Title. sage, 2011.`` read as one title: the lower-case sentence that closes it is the publisher."""
    for k, s in enumerate(spans):
        if s.label != "title" or _STOP_SPACE.search(s.text) is None or (m := _LOWER_TAIL.search(s.text)) is None:
            continue
        rest = spans[k + 1 :]
        year_closes = len(rest) == 1 and rest[0].label == "date" and m.group("end") == "," and _YEAR.match(rest[0].text)
        if not year_closes and not (not rest and m.group("end") == "." and HARVARD_HEAD.match(text)):
            return spans
        a, z = s.start + m.start("publisher"), s.start + m.end("publisher")
        title = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], title, Span("publisher", text[a:z], a, z, s.confidence), *rest]
    return spans
