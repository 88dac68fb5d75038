"""Is this reference in APA style?  The cues that say "not my style".

APA puts the date in parentheses right after the author element and writes a
journal's volume and issue as ``12(3)``.  Other styles give themselves away:

  a year in parentheses after a number     ``Phys. Rev. Lett. 94, 094516 (2002)``, ``Journal 12 (1991)``
  a bracketed list number                  ``[12] A. B. Smith, ...`` (IEEE, numbered physics styles)
  ``vol. 12, no. 3`` / ``12, no. 3``       MLA, Chicago notes and bibliography
  a quoted title before the date           ``Smith, J. "Title." Journal 12 (1991)``
  Vancouver's ``2002;12(3):45-67``         NLM/Vancouver
  ``2015, Icar, 254, 122`` closing it        astronomy's journals (AAS, A&A, MNRAS), no title

``not_apa`` gives the reason to refuse; ``style_doubts`` the cues of a
neighbouring author-date style that lower the reader's confidence only.
APA 7 closes the date element with a period (``(2019). Title``); Harvard and
older author-date styles write ``(2019) Title``, ``(2019), Title`` or ``(2019):``.

``reading_doubts`` looks at the reader's own record: where a value still holds
what APA writes as an element of its own (a page range or ``pp.`` inside a title
or container, ``(eds.)`` inside a value, a volume glued to a journal's name, an
initial read as a family name, a title of digits only), the rules did not find the
style's structure, so the text is not in APA's shape however it opened.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.aas_tails import aas_tail
from biblio.parse.text import unmark

_IEEE_LABEL = lazy_pattern(r"^\s*\[\s*\d{1,4}\s*\]")
_NUMBER_LABEL = lazy_pattern(r"^\s*\d{1,4}\s*[.)]\s+")
# APA's date: "(2020)", "(2020, May 3)", "(2019, August 8–11)", "(n.d.)"
_YEAR_PAREN = lazy_pattern(r"\(\s*(?:(?:1[5-9]\d\d|20\d\d)[a-z]?(?:,\s*[^()\d][^()]{0,30})?|n\.\s?d\.)\s*\)")
# a number (volume, page, article number) right before the parenthesised year
# (a number closed by its full stop is an element's end, APA's "World Energy Outlook 2017. (2017).")
_LATE_YEAR = lazy_pattern(r"\d[\w.-]*(?<!\.)\s*[,:]?\s*\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)")
# Springer LNCS and some physics styles end the author list with a colon: "Kopp, O., Zimmermann, O.: Title"
_COLON_AUTHORS = lazy_pattern(r"^[^():\d]{2,400}?\b[A-Z]\.\s*:\s+\S")
_BARE_YEAR = lazy_pattern(r"(?:^|[.,]\s)(?:1[5-9]\d\d|20\d\d)[a-z]?[.,]\s")
_VOL_NO = lazy_pattern(r"\b(?:vol|v)\.\s*\w+\s*,\s*(?:no|nos|iss|issue)\.?\s*\w+|\b\d+\s*,\s*no\.\s*\d+", re.I)
_VANCOUVER_DATE = lazy_pattern(
    r"\b(?:1[5-9]\d\d|20\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*\w"
)
# Chicago's "Journal 12 (3): 45-67": volume, space, parenthesised issue, colon
_CHICAGO_VOLUME = lazy_pattern(r"\b\d+\s+\(\s*\d+(?:[-/]\d+)?\s*\)\s*:\s*\d")
_QUOTED = lazy_pattern(r"[\u201c\"][^\u201c\u201d\"]{8,}[\u201d\"]")
# the date element not closed by a period: "(2019) Title", "(2019), Title", "(2019): Title"
_OPEN_DATE = lazy_pattern(r"\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?(?:,[^()]{1,30})?\s*\)\s*(?=[^\s.])")
# what APA writes as an element of its own, left inside a title, container, publisher or place
# a page range left in a value (a span of years, "…, 1945-1982" closing a title, is none)
# (a range before its year is a standard's part: "BS EN ISO 19650-1:2018")
# (a library's name on the word's pattern, "p5.js", "P5js", is no page: no letter after the number, or its dot)
# (a page's number "p5" before a colon and a space names a thing: "p5: Object")
_LOCATOR = lazy_pattern(
    r"(?i)(?<![\w-])(?:pp?|vol|volume|issue|s)(?:(?:\.\s*|\s+)\d(?!\d*\.[^\W\d_])|\d(?![\d.]*[^\W\d_]|\d*:\s))|(?<![\w./-])"
    r"(?!(?:1[5-9]|20)\d\d\s*[-\u2013]\s*(?:(?:1[5-9]|20)\d\d|\d\d)(?![\w/-]))\d{1,5}\s*[-\u2013]\s*\d{1,5}(?![\w/-]|:\d)"
)
# a title opening on a document's kind and its number: "Order No. 24-002", "Decision No. 21-06"
_NUMBERED_DOCUMENT_OPENING = lazy_pattern(r"(?:[A-Z][a-z]+\s+){1,2}No\.\s*\d+[-\u2013]\d+")
# (a tool's name is none: "The p5.js Web Editor", "Code Editor")
_ROLE = lazy_pattern(
    r"(?i)\((?:eds?|hrsg|hg|dir)\b|(?<![\w-])eds?\.|\bedited by\b|(?<!Web )(?<!Code )(?<!Text )(?<!Video )(?<!Photo )"
    r"(?<!Image )(?<!Map )\beditors?\b|\bhrsg\b|\bhg\."
)
# (not a meeting's short name with its year cut to two digits: "… Research - FoSER’10", "CHI '19")
_TRAILING_NUMBER = lazy_pattern(r"(?<![\u2019'\d])\d+\W*$")
# a proceedings' title closing with its meeting's year ("… International Conference 2016"), no volume
_MEETING_YEAR = lazy_pattern(
    r"\b(?:Conference|Congress|Symposium|Workshop|Meeting|Colloquium|Summit|Forum)\s+(?:1[89]|20)\d\d\W*$", re.I
)
_LETTER = lazy_pattern(r"[^\W\d_]")


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
    if first_year is None and aas_tail(s.rstrip()):
        return "astronomy-numbers"
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
    if _OPEN_DATE.search(s):
        doubts.append("date-not-closed")
    return doubts


# an italic run (a work's title) before the bracketed date: APA sets the names alone before it, so a reference
# such as ``Stan Development Team. *Stan Users Guide*. (2023).`` is no APA reference with a body's long name
# (a title in italics opening the reference is APA's for a work with no author: "*Title*. (2018).")
_ITALICS_BEFORE_DATE = lazy_pattern(r"^\s*[^\s(*][^(*]*\*[^*\s][^*]*\*[^(]*\(\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)")


def italics_before_date(text: str) -> list[str]:
    """The doubt that the text sets a work in italics before its bracketed date (see above)."""
    return ["italics-before-date"] if "*" in text and _ITALICS_BEFORE_DATE.match(text) else []


_VALUES = ("title", "container-title", "publisher", "publisher-place")
# a newspaper's edition in brackets after its name: "(Aust. ed.)", "(National edition)", "(late ed.)"; no role
_EDITION_WORDS = r"(?:[^\W\d_][\w.]*\s+){1,2}(?:ed\.?|edn\.?|edition)"
NEWSPAPER_EDITION = lazy_pattern(_EDITION_WORDS, re.I)
_EDITION_BRACKET = lazy_pattern(rf"\s\({_EDITION_WORDS}\)", re.I)


def reading_doubts(item: dict[str, Any], variables: tuple[str, ...] = _VALUES) -> list[str]:
    """Signs in the reader's record that the APA rules did not find the text's structure; ``variables``
    are the values searched for an element left inside (the Chicago reader leaves out the title)."""
    values = " | ".join(unmark(str(item.get(var, ""))) for var in variables)
    if (opening := _NUMBERED_DOCUMENT_OPENING.match(values)) is not None:
        values = values[opening.end() :]  # "Order No. 24-002, Docket …": the document's number, no pages
    doubts = []
    if _LOCATOR.search(values):
        doubts.append("locator-in-value")
    if _ROLE.search(values) and not ("(" in values and _ROLE.search(_EDITION_BRACKET.sub("", values)) is None):
        doubts.append("role-in-value")
    container = unmark(str(item.get("container-title", "")))
    if _TRAILING_NUMBER.search(container) and not _MEETING_YEAR.search(container):
        doubts.append("number-after-container")
    names = [n for var in ("author", "editor") for n in item.get(var, []) if isinstance(n, dict)]
    if any("family" in n and len(str(n["family"]).strip(". -")) <= 1 for n in names):
        doubts.append("initial-as-family")
    if any(_DATED_PAGES.search(str(n.get("literal", ""))) for n in names):
        doubts.append("numbers-in-name")
    if "title" in item and not _LETTER.search(unmark(str(item["title"]))):
        doubts.append("title-without-letters")
    if _YEAR_THEN_PAGES.match(str(item.get("page", ""))):
        doubts.append("year-in-pages")
    if _NUMBERS_AS_TITLE.match(unmark(str(item.get("title", "")))):
        doubts.append("numbers-as-title")
    if _PAGE_COUNT_OPENING.match(unmark(str(item.get("container-title", "")))):
        doubts.append("page-count-as-container")
    return doubts


# "Joseph Falaky Nagy, CSANA Yearbook 1 (2001): 61–73" read as one editor: a bracketed year and the pages after it
_DATED_PAGES = lazy_pattern(r"\(\s*(?:1[5-9]|20)\d\d\s*\)\s*[:,]?\s*\d+\s*[-\u2013]\s*\d+")
# "12 p. [en ligne" read as the container: a French report's count of pages after its title
_PAGE_COUNT_OPENING = lazy_pattern(r"\s*\d{1,5}\s?pp?\.(?:\s|$)")
# "2009, 417-426" read as the pages: a meeting's days closing a proceedings' name ("…, May 31 - June 2, 2009, 417–426")
# were taken for its volume and pages
_YEAR_THEN_PAGES = lazy_pattern(r"(?:1[6-9]|20)\d\d,\s")
# "10 (34), No. eadq0294" read as the title: the ACS's volume, issue and article number after its bare year
_NUMBERS_AS_TITLE = lazy_pattern(r"\d{1,4}\s*\(\d{1,4}\),\s")
