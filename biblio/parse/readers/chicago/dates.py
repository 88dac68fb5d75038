"""Where Chicago puts the date, and reading it.

Author-date: the year (``2016.``, ``2016a.``, ``n.d.``, ``forthcoming.``) follows the author element.
Notes-bibliography: the year closes the publication facts (``New York: Penguin, 2006.``), sits in
a journal's parenthesis (``(April 2016)``, ``(Spring 2017)``) or ends a periodical's full date
(``New Yorker, April 17, 2017``).  A season names no month: the year is kept with CSL's ``season``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import SEASONS, DateResult, parse_date

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# the author-date year after the names: "Pollan, Michael. 2006. Title"; "N.d." where the sentence opens with it;
# a reprint's original year in brackets before the year of the edition cited: "Boserup, Esther. (1970) 2007.",
# an ancient work's with its era: "Aristotle. (350 BCE) 1999.", "Plato. (399–360 BCE) 2002.", an approximate one
# (CMOS's "ca."): "Confucius. (ca. 500 BCE) 1979.", "Lao-tzu. (ca. 6th century BC) 1993."
# "n.d." may close what is left once the address is taken out: "Smith, John. n.d. www.site.org" (no title);
# a second undated work of one author has a letter: "n.d.a.", "n.d.-b."
ORIGINAL_YEAR = (
    rf"\((?:(?:ca?\.|circa)\s*)?(?:{YEAR}|\d{{1,4}}(?:\s*[-\u2013]\s*\d{{1,4}})?\s+(?:BCE|BC|CE|AD)"
    r"|\d{1,2}(?:st|nd|rd|th)\s+century(?:\s+(?:BCE|BC|CE|AD))?)\)"
)
_AFTER_NAMES = lazy_pattern(
    rf"(?<=\.)\s+(?:{ORIGINAL_YEAR}\s+)?(?P<date>{YEAR}[a-z]?|[Nn]\.\s?d\.(?:-?[a-z](?=\.))?|[Ff]orthcoming)(?:(?<=\.)|\.)"
    rf"(?:\s+(?=\S)|(?<=[Dd]\.)\s*$)"
)
# a quoted or italic title opening a sentence: the names ended before it
_TITLE_BEFORE = lazy_pattern(r"\.\s+[\"\u201c\u201e\u00ab\ue000]")
_TRAILING_YEAR = lazy_pattern(rf",\s*(?P<year>{YEAR}[a-z]?)$")
_SEASON = lazy_pattern(rf"^(?:Spring|Summer|Fall|Autumn|Winter)(?:\s+(?P<year>{YEAR}))?$", re.I)


def author_date(s: str, limit: int = 300) -> tuple[str, DateResult, str] | None:
    """(author element, date, rest) when ``s`` opens with names and then the author-date year."""
    m = _AFTER_NAMES.search(s, 0, limit)
    if m is None or _TITLE_BEFORE.search(s, 0, m.start()):
        return None  # a year after the title closes a recording's or book's facts: "… on *Early Works*. … 1987. CD."
    date = parse_date(m.group("date"))
    if date is None:
        date = DateResult(status="forthcoming") if m.group("date").lower().startswith("forth") else None
    if date is None:
        return None
    return s[: m.start()], date, s[m.end() :]


def trailing_year(s: str) -> tuple[str, DateResult | None]:
    """``Penguin, 2006`` -> (``Penguin``, 2006); text without a year at its end is returned whole."""
    m = _TRAILING_YEAR.search(s)
    if m is None:
        return s, None
    return s[: m.start()].rstrip(" ,"), parse_date(m.group("year"))


# a month's name alone or with its day, in any language's letters: "June 3", "Şubat 1", "Ağustos"
_MONTH_DAY = lazy_pattern(r"[^\W\d_a-z][^\W\d_A-Z]+\.?(?:\s+\d{1,2})?")
_DATE_LIKE = lazy_pattern(rf"{YEAR}|[A-Z][a-z]+\.?\s+\d{{1,2}}$|^[A-Z][a-z]+\.?$")


def periodical_date(s: str, year: int | None = None) -> DateResult | None:
    """``April 17, 2017`` / ``April 2016`` / ``Spring 2017`` / ``Spring`` (author-date, year given before);
    ``year``: author-date's year after the names, which a month and day alone (``April 17``) are dated by."""
    s = s.strip(" ,.")
    m = _SEASON.match(s)
    if m:
        if not m.group("year"):
            return DateResult()
        found = parse_date(m.group("year"))
        if found is not None and found.issued:  # CSL's season: styles print it where a month would stand
            found.issued = {**found.issued, "season": SEASONS[s.split()[0].lower()]}
        return found
    if not _DATE_LIKE.search(s) and not _MONTH_DAY.fullmatch(s):
        return None
    if _MONTH_DAY.fullmatch(s):
        # author-date gives the month (and day) only: the year came after the names
        dated = parse_date(f"{s} {year or 2000}")
        if dated is None:
            return None
        return dated if year else DateResult()
    return parse_date(s)
