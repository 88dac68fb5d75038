"""Is this reference in Springer LNCS's shape?  A cheap precheck, and the signs of a misreading.

An LNCS entry opens (after an optional ``1.`` or ``[1]``) with names and a colon before the title,
with no digit, bracket or quote in the names, and closes with the year in brackets (``(2019)``, a
report's ``(April 2018)``),
perhaps followed by a DOI or URL, or (a web page) with ``last accessed`` and a date.  German
humanities entries share the colon (``Weber, Max: Title``) but end with a bare year.

``reading_doubts`` applies the APA reader's signs to the values LNCS separates, except a number
closing the container (``ICALP 2004`` and ``Advances in … Systems 13`` are names as written);
the IEEE reader shares it.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.apa.style import reading_doubts as apa_reading_doubts

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_OPENING = lazy_pattern(r"^\s*(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?[^\W\d_][^:\d()\[\]\"\u201c\u201d]{0,300}?:\s+\S")
# "\(\s*YEAR[a-z]?\s*\)|(?P<web>accessed\b)" case-blind, opening on one class of characters that is not
# (the regex engine then skips to one: a case-blind letter first makes it try every position)
_CLOSING = lazy_pattern(
    rf"[(aA](?:(?<=\()\s*(?:[^\W\d_]{{3,9}}\.?\s+)?{_YEAR}(?i:[a-z])?\s*\)|(?<=[aA])(?P<web>(?i:ccessed))\b)"
)
# a web page in LNCS's older form names no author: ``Title, URL, last accessed 2016/11/21``
_WEB_OPENING = lazy_pattern(r"^\s*(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?[^\W\d_][^:,]{0,150},\s*(?:https?://|www\.)")
_TAIL = 160
_VALUES = ("container-title", "publisher", "publisher-place")


def lncs_shaped(text: str) -> bool:
    """Whether ``text`` opens with names and a colon (a web page: a title and its URL) and closes with a
    bracketed year (or an access date)."""
    closing = _CLOSING.search(text, max(0, len(text) - _TAIL))
    if closing is None:
        return False
    return bool(_OPENING.match(text) or closing.group("web") and _WEB_OPENING.match(text))


def reading_doubts(item: dict[str, Any]) -> list[str]:
    """Signs in the reader's record that the LNCS (or IEEE) rules did not find the text's structure."""
    return [d for d in apa_reading_doubts(item, _VALUES) if d != "number-after-container"]
