"""Is this reference in Chicago's shape?  A cheap precheck, and the signs of a misreading.

Every reference passes ``chicago_shaped`` before the reader runs, so it is a few anchored
regular expressions: Chicago opens with an inverted first author (``Last, First``), an
organisation or a quoted/italic title, and then either the author-date year as a sentence of its
own (``Pollan, Michael. 2006.``) or, in a bibliography entry, the title in quotes or italics.
An entry with no markup is taken when it ends in publication facts (``Place: Publisher, 2006.``)
or a journal's ``12, no. 3 (2019): 45–67``.  APA's ``(2019).``, a numbered label or an IEEE
``[12]`` never opens such an entry.

``reading_doubts`` applies the APA reader's signs to the values Chicago separates (container,
publisher, place; not the title, where a Chicago title often holds a range of years).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.apa.style import reading_doubts as apa_reading_doubts
from biblio.parse.readers.chicago.dates import ORIGINAL_YEAR

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# a show's season and episode before the episode's quoted title: "Season 5, episode 14, “" (the show's name, its
# italics lost, is among the names' words here)
_EPISODE = r"(?:Season|Series)\s+\d{1,3},\s+[Ee]pisode\s+\d{1,4}[,.]\s+"
# names (no brackets, quotes, colons or digits; a social-media handle "(@rowanhale)" after them) and then the
# author-date year (a reprint's "(1970) 2007.", an ancient work's "(350 BCE) 1999.")
# or a marked title; a body's abbreviation after its name before "n.d." ("Forum on … (FISH). n.d."), where the
# model reads the "n.d." into the title
_OPENING = lazy_pattern(
    rf"^(?:[\"\u201c\u201e\u00ab*_]|[^\W\d_][^()\[\]\"\u201c\u201d:;\d*]{{0,250}}?"
    rf"(?:(?:\s*\(@[\w.]{{1,30}}\))?\.\s+(?:(?:{ORIGINAL_YEAR}\s+)?{_YEAR}[a-z]?\.|n\.\s?d\.|[\"\u201c\u201e\u00ab\u2018*_]"
    rf"|{_EPISODE}[\"\u201c])"
    rf"|\s\([A-Z][A-Za-z&]{{1,9}}\)\.\s+n\.\s?d\.))"
)
_PLAIN_OPENING = lazy_pattern(r"^[^\W\d_][\w'\u2019 -]{0,40},\s+[^\W\d_]")
# publication facts at the end ("Place: Publisher, 2006."), looked for in the last characters only
_PLAIN_BOOK_END = lazy_pattern(rf":\s*[^:\d]{{2,80}},\s*{_YEAR}\.?$")
_BOOK_TAIL = 100
_PLAIN_JOURNAL = lazy_pattern(rf"\b\d+,\s*no\.\s*\d+\s*\([^()]*{_YEAR}\)\s*:\s*\d")
# IEEE's mark of an online source ("[Online]. Available: URL"), which Chicago never writes
_IEEE_ONLINE = lazy_pattern(r"\[\s*Online\s*\]", re.I)
_CHICAGO_VALUES = ("container-title", "publisher", "publisher-place")
# Australian Harvard's work with no author, its year after the italic title with no stop ("*Guide to …* 1981,",
# "*Developing an argument* n.d.,"): Chicago closes a title with a full stop
_TITLE_THEN_BARE_YEAR = lazy_pattern(rf"^\*[^*]+\*\s+(?:{_YEAR}[a-z]?|n\.\s?d\.),\s")


# a web page's year in brackets right after its italic title, closed by a stop ("US Centers for Disease Control and
# Prevention. *Technical Blog: …* (2024). URL"): Chicago closes a title with a full stop and never brackets the year
# there (a journal's "*Journal* (2019): 45–67" goes on with its pages); nor APA's date after the title's own stop,
# "n.d." or a day with it ("*About CC Licenses*. (n.d.). Creative Commons. Retrieved …"), its stop left out or not
# ("*About.* (n.d.) Protected Planet.")
_TITLE_THEN_BRACKETED_YEAR = lazy_pattern(
    rf"\*[^*]+\*\.?\s*\((?:{_YEAR}[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?|n\.\s?d\.)\)(?:[.,]|\s+[A-Z])"
)


def chicago_shaped(text: str) -> bool:
    """Whether ``text`` opens (and, without markup, ends) as a Chicago entry."""
    s = text.lstrip()
    if "[" in s and _IEEE_ONLINE.search(s):
        return False
    if s[:1] == "*" and _TITLE_THEN_BARE_YEAR.match(s):
        return False
    if "*" in s and _TITLE_THEN_BRACKETED_YEAR.search(s):
        return False
    if _OPENING.match(s):
        return True
    if not _PLAIN_OPENING.match(s):
        return False
    tail = s.rstrip()[-_BOOK_TAIL:]
    return bool(tail[-1:] in ".0123456789" and _PLAIN_BOOK_END.search(tail) or "no." in s and _PLAIN_JOURNAL.search(s))


def reading_doubts(item: dict[str, Any]) -> list[str]:
    """Signs in the reader's record that the Chicago rules did not find the text's structure."""
    return apa_reading_doubts(item, _CHICAGO_VALUES)
