"""Mend of a group named as the author with no full stop before its bracketed date: ``Dynamed (2022, June 28).
Title. EBSCO.`` read with the name and the bracket as a note. A short capitalised name opening the reference, then
the bracket of the date read after it, is the author."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# one to four capitalised words, then the date's opening bracket
_NAME_THEN_BRACKET = lazy_pattern(r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z&][\w&'\u2019.-]*){0,3})\s*\(\s*")
# the date inside the bracket: a year first, as APA writes it
_YEAR_FIRST = lazy_pattern(r"(?:1[6-9]|20)\d\d[a-z]?\b")


@needs(labels=["note", "date", "title"], without=["author", "editor"], marks=["("])
def group_name_before_date(spans: list[Span], text: str) -> list[Span]:
    """``Dynamed (2022, June 28). Title.`` with ``Dynamed (`` read as a note: the name is the author."""
    if len(spans) < 3 or spans[0].label != "note" or spans[1].label != "date":
        return spans
    first = spans[0]
    m = _NAME_THEN_BRACKET.fullmatch(first.text)
    if m is None or not _YEAR_FIRST.match(spans[1].text.lstrip("( ")):
        return spans
    z = first.start + m.end("name")
    return [Span("author", text[first.start : z], first.start, z, first.confidence), *spans[1:]]
