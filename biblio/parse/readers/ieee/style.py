"""Is this reference in IEEE's shape?  A cheap precheck.

An IEEE entry opens (after an optional ``[1]``) with names and a comma before the quoted title
(``A. B. Last and C. Other, "Title,"``) or the italic title of a book, or with the title itself.
MLA's ``Last, First. "Title."`` puts a period before the quote; APA, Harvard and Chicago author-date
put a year there.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

_OPENING = lazy_pattern(
    r"^\s*(?:\[\d{1,4}\]\s*)?(?:[^\W\d_][^\"\u201c\u201d\d()\[\]:;]{0,300}?,\s*[\"\u201c*_]|[\"\u201c]|[*_]\w)"
)


def ieee_shaped(text: str) -> bool:
    """Whether ``text`` opens as an IEEE entry: names and a comma before the quoted or italic title."""
    return _OPENING.match(text) is not None
