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
# Nature's "Baier, S. R., Nguyen, C. & Zempleni, J. Title": commas between the names, "&" before the last
_AMP_NAMES = lazy_pattern(
    rf"^(?P<names>(?:{_NAME},\s)*{_NAME},?\s(?:&|and)\s{_NAME})\s+(?=[^\W\d_])(?![A-ZÀ-Þ][a-z]?\.)"
)
# words after the initials that carry the list on rather than open a title
_LIST_GOES_ON = lazy_pattern(r"^(?:and|&|et|und|y|e)\b", re.IGNORECASE)


@needs(labels=["author"])
def initials_end_names(spans: list[Span], text: str) -> list[Span]:
    """``Wilkes, J. Borg, omega, and kubernetes.`` read as names: in a list of ``Family, I.`` names
    parted by semicolons (or by commas with "&" before the last, Nature's ``… & Zempleni, J. MicroRNAs are …``),
    the names end at the last initials; the words after them in the name span open the title."""
    if not spans or spans[0].label != "author":
        return spans
    m = _NAMES.match(text) or _AMP_NAMES.match(text)
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


# initials alone, opening a title named for a person: "T. S.", "J.-P.", "C.S."
_INITIALS_ONLY = lazy_pattern(r"^\s*(?:[A-Z]\.(?:\s?-?[A-Z]\.)*)\s*$")


@needs(labels=["author", "date"])
def initials_after_date_open_title(spans: list[Span], text: str) -> list[Span]:
    """``Barnes,B. (1982) T. S. Kuhn and Social Science (London: …)`` with the initials after the date read as a
    second author: in an author-date reference the names end at the bracketed date, so initials right after it
    open the title that follows them."""
    for k in range(1, len(spans) - 2):
        prev, s, nxt = spans[k], spans[k + 1], spans[k + 2]
        if prev.label != "date" or s.label != "author" or not prev.text.lstrip().startswith("("):
            continue
        if spans[k - 1].label != "author" or nxt.label not in ("title", "journal", "container-title"):
            continue
        if not _INITIALS_ONLY.match(s.text) or text[s.end : nxt.start].strip() or not nxt.text[:1].isupper():
            continue
        merged = Span("title", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[: k + 1], merged, *spans[k + 3 :]]
    return spans
