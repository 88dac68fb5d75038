"""MDPI's and ACS's ``Burns, B.; Grant, B.; Wilkes, J. Title.``: the names end at the last initials."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORD = r"[^\W\d_][\w'\u2019-]*"
# "Wang, Y.W.", "Liu, Z.-P.", "van Gent, J.": a family name of a few words, a comma, initials only
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,3}},\s[A-ZÀ-Þ][a-z]?\.(?:\s?-?[A-ZÀ-Þ][a-z]?\.)*"
_NAMES = lazy_pattern(rf"^(?P<names>(?:{_NAME};\s)+{_NAME}(?:;?\s+et\s+al\.)?)\s+(?=[^\W\d_])(?![A-ZÀ-Þ][a-z]?\.)")
# words after the initials that carry the list on rather than open a title
_LIST_GOES_ON = lazy_pattern(r"^(?:and|&|et|und|y|e)\b", re.IGNORECASE)


@needs(labels=["author"])
def initials_end_names(spans: list[Span], text: str) -> list[Span]:
    """``Wilkes, J. Borg, omega, and kubernetes.`` read as names: in a list of ``Family, I.`` names
    parted by semicolons, the names end at the last initials; the words after
    them in the name span open the title."""
    if not spans or spans[0].label != "author":
        return spans
    m = _NAMES.match(text)
    s = spans[0]
    if m is None or s.start > m.start() or s.end <= m.end() or _LIST_GOES_ON.match(text[m.end() :]):
        return spans
    if ";" in text[m.end() : s.end]:  # "GARRISON, D. Randy; ANDERSON, Terry": the list goes on
        return spans
    z, a = m.end("names"), m.end()
    names = Span("author", text[s.start : z], s.start, z, s.confidence)
    rest = spans[1:]
    if any(r.label == "title" for r in rest[1:]):
        return spans
    end = s.end
    if rest and rest[0].label == "title":  # the title read from its later words on
        end, rest = rest[0].end, rest[1:]
    title = Span("title", text[a:end], a, end, s.confidence)
    return [names, title, *rest]
