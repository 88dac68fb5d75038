"""Is this reference in APA style?  The cues that say "not my style".

APA puts the date in parentheses right after the author element and writes a
journal's volume and issue as ``12(3)``.  Other styles give themselves away:

  a year in parentheses after a number     ``Phys. Rev. Lett. 94, 094516 (2002)``, ``Journal 12 (1991)``
  a bracketed list number                  ``[12] A. B. Smith, ...`` (IEEE, numbered physics styles)
  ``vol. 12, no. 3`` / ``12, no. 3``       MLA, Chicago notes and bibliography
  a quoted title before the date           ``Smith, J. "Title." Journal 12 (1991)``
  Vancouver's ``2002;12(3):45-67``         NLM/Vancouver

``not_apa`` gives the reason to refuse; ``style_doubts`` the cues of a
neighbouring author-date style that lower the reader's confidence only.
"""

from __future__ import annotations

import re

from biblio.parse.text import unmark

_IEEE_LABEL = re.compile(r"^\s*\[\s*\d{1,4}\s*\]")
_NUMBER_LABEL = re.compile(r"^\s*\d{1,4}\s*[.)]\s+")
_YEAR_PAREN = re.compile(r"\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)")
# a number (volume, page, article number) right before the parenthesised year
_LATE_YEAR = re.compile(r"\d[\w.-]*\s*[,:]?\s*\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)")
# Springer LNCS and some physics styles end the author list with a colon: "Kopp, O., Zimmermann, O.: Title"
_COLON_AUTHORS = re.compile(r"^[^():\d]{2,400}?\b[A-Z]\.\s*:\s+\S")
_BARE_YEAR = re.compile(r"(?:^|[.,]\s)(?:1[5-9]\d\d|20\d\d)[a-z]?[.,]\s")
_VOL_NO = re.compile(r"\b(?:vol|v)\.\s*\w+\s*,\s*(?:no|nos|iss|issue)\.?\s*\w+|\b\d+\s*,\s*no\.\s*\d+", re.I)
_VANCOUVER_DATE = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*\w"
)
# Chicago's "Journal 12 (3): 45-67": volume, space, parenthesised issue, colon
_CHICAGO_VOLUME = re.compile(r"\b\d+\s+\(\s*\d+(?:[-/]\d+)?\s*\)\s*:\s*\d")
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]{8,}[\u201d\"]")


def not_apa(text: str) -> str | None:
    """Why ``text`` is not an APA reference, or None when nothing says so."""
    s = unmark(text)
    if _IEEE_LABEL.match(s):
        return "numbered-list"
    if _VANCOUVER_DATE.search(s):
        return "vancouver-date"
    if _VOL_NO.search(s):
        return "vol-no"
    first_year = _YEAR_PAREN.search(s)
    late = _LATE_YEAR.search(s)
    if late and (first_year is None or late.end() == first_year.end()):
        return "late-year"
    if first_year and _QUOTED.search(s[: first_year.start()]):
        return "quoted-title-before-date"
    colon = _COLON_AUTHORS.match(s)
    if colon and (first_year is None or first_year.start() > colon.end()):
        return "colon-after-authors"
    if _NUMBER_LABEL.match(s) and first_year is None:
        return "numbered-list"
    return None


def style_doubts(text: str) -> list[str]:
    """Cues of a neighbouring author-date style (Chicago, Harvard) that the APA rules
    usually read right, but with less certainty."""
    s = unmark(text)
    doubts = []
    if _CHICAGO_VOLUME.search(s):
        doubts.append("chicago-volume")
    if _QUOTED.search(s):
        doubts.append("quoted-title")
    if _YEAR_PAREN.search(s) is None and _BARE_YEAR.search(s):
        doubts.append("bare-year")
    if _NUMBER_LABEL.match(s):
        doubts.append("numbered-list")
    return doubts
