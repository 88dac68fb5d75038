"""Dates: a date slot that holds no date, an impossible date, a year in the future."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import Any

from biblio.check.flag import Flag, flag

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_SEASONS = "spring|summer|fall|autumn|winter"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})[a-z]?"
_DAY = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_MONTH_DAY = rf"(?:{_MONTHS})\.?(?:\s+{_DAY})?(?:\s*[-–]\s*(?:{_MONTHS})\.?\s+{_DAY})?"
# What an author-date reference puts in its date parentheses.
_DATE_SLOT = re.compile(
    rf"(?:{_YEAR}(?:\s*[-–/]\s*{_YEAR})?(?:,\s*(?:{_MONTH_DAY}|(?:{_SEASONS})))?"
    r"|n\.\s?d\.(?:-[a-z])?|in press(?:-[a-z])?|forthcoming|under review|preprint)",
    re.IGNORECASE,
)
# The first parenthesised group that looks meant as a date: digits or "n.d.".
_PAREN = re.compile(r"\(([^()]{1,60})\)")
_DATE_LIKE = re.compile(r"\d{3,}|\bn\.\s?d\b", re.IGNORECASE)


def date_slot(source: str) -> str | None:
    """The text inside the first date-like parentheses of an author-date reference, if any."""
    for match in _PAREN.finditer(source[:400]):
        content = match.group(1).strip()
        if _DATE_LIKE.search(content):
            return content
    return None


def date_flags(item: dict[str, Any], source: str | None, this_year: int | None = None) -> list[Flag]:
    """``date-no-date`` (a date slot or date field that holds no valid date) and ``future-year``."""
    found: list[Flag] = []
    slot = date_slot(source) if source else None
    if slot is not None and not _DATE_SLOT.fullmatch(slot):
        found.append(flag("date-no-date", f"'({slot})' is not a date biblio can read; the date may be wrong",
                          "issued"))
    issued = item.get("issued")
    if isinstance(issued, dict):
        if "literal" in issued or "raw" in issued:
            text = issued.get("literal") or issued.get("raw")
            found.append(flag("date-no-date", f"the date '{text}' is kept as text, not as a date", "issued"))
        for parts in issued.get("date-parts") or []:
            problem = _impossible(parts)
            if problem:
                found.append(flag("date-no-date", problem, "issued"))
        year = _year(issued)
        limit = this_year if this_year is not None else datetime.date.today().year
        if year is not None and year > limit:
            found.append(flag("future-year", f"the year {year} lies in the future", "issued"))
    elif slot is not None and re.search(r"\d{4}", slot) and not found:
        found.append(flag("date-no-date", f"'({slot})' was not read as the date", "issued"))
    return found


def _year(issued: dict[str, Any]) -> int | None:
    try:
        return int(issued["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _impossible(parts: list[Any]) -> str | None:
    try:
        numbers = [int(p) for p in parts]
    except (TypeError, ValueError):
        return f"the date {parts} holds something other than numbers"
    if len(numbers) >= 2 and not 1 <= numbers[1] <= 12 and not 21 <= numbers[1] <= 24:  # 21-24: seasons
        return f"month {numbers[1]} does not exist"
    if len(numbers) >= 3 and 1 <= numbers[1] <= 12:
        last = calendar.monthrange(numbers[0], numbers[1])[1]
        if not 1 <= numbers[2] <= last:
            return f"day {numbers[2]} does not exist in month {numbers[1]} of {numbers[0]}"
    return None
