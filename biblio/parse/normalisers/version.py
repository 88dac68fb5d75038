"""A software release's version left in the title or read as a journal's numbers, whichever reading won.

Fields touched: ``title``, ``version``, ``issued``, ``container-title``, ``volume``, ``issue``, ``page``.

Software and data records print the release after the name: ``*pymarc* v4.0.0 (2020).``, ``Microsoft Excel
(version 1808 (Build 10396.20023)).``, ``User's Guide to PARI-GP, version 2.11.1 (2018).``. The version is no
part of the title, and ``version 2.11.1`` read as a journal ``version`` with volume ``2`` and issue ``11.1``
is the release too. A version in the title's own words, inside its italics or quotes or unmarked
(``*Analysis System Version 4.5*``, ``The TLS Protocol Version 1.2``), is the title's, as its author printed it.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import ACCESS_LEAD, MONTHS
from biblio.records.model import source_text

FIELDS = ("title", "version", "issued", "container-title", "volume", "issue", "page")

# "v4.0.0", "v.1.2.2", "version 1808", "Version v9.10", bracketed or after a comma, a build note and the year in
# brackets after it ("(version 1808 (Build 10396.20023)).", "v4.0.0 (2020)")
_VERSION_TAIL = lazy_pattern(
    r"(?P<lead>,?\s*\(?)(?P<stated>(?:[Vv]ersion\s+v?|\bv\.?)(?P<number>\d+(?:\.\d+)+[\w.-]*|(?<=ersion )\d+\b))"
    r"(?:\s*\((?!\d{4}\))[^()]*\))?\)?(?:\s*\((?P<year>(?:1[89]|20)\d\d)\))?\s*$"
)
# a data set's bare release number after its title's italics: "*Title* V3." (set apart by a space, not bracketed)
_BARE_RELEASE = lazy_pattern(r"(?P<lead>\s+)(?P<stated>\b[Vv](?P<number>\d{1,3}))(?P<year>)\s*$")
# what every match of ``_VERSION_TAIL`` holds: "ersion", or a "v" before the number's first digit
_V_NUMBER = lazy_pattern(r"v\.?\d")
# a version read as a journal: "version", or R's "R package version" ("DescTools: …, R package version 0.99, 18.")
# (or Dutch "versie 0.3, 8 juli 2025")
_VERSION_CONTAINER = lazy_pattern(r"^\s*(?:(?:\w+\s+)?package\s+)?(?:version|versie|ver\.?|v\.)[\s,.]*$", re.I)
# a day before its month's name: "8 juli 2025", "8 July 2025" (the date's day, no part of the release)
_DAY_BEFORE_MONTH = r"(?<![\d.]){day}\s+(?P<month>[^\W\d_]{{3,10}})\.?\s+(?:1[89]|20)\d\d"
# the release's further parts read as pages: "99, 18", "3"
_VERSION_PARTS = lazy_pattern(r"\d{1,4}(?:\s*[,.]\s*\d{1,4})*")
# a statement that the work was consulted: where the text holds none, a release's date is no access date
_CONSULTED = lazy_pattern(rf"\b(?:{ACCESS_LEAD})\b", re.I)


def _outside_title(head: str, stated: str, lead: str, source: str) -> bool:
    """The version stands after the title's closing italics or quotes, or in brackets of its own: a version in
    the title's own words (``Protocol Version 1.2``, ``“Reference, version 3.11.”``) is the title's."""
    if "(" in lead:
        return True
    a = source.find(head[-20:])
    z = source.find(stated, a + 1) if a >= 0 else -1
    return a >= 0 and z > a and any(mark in source[a:z] for mark in ("*", "_", "”", '"', "»", "’"))


def _version_tail(title: str) -> re.Match[str] | None:
    if "ersion" not in title and not _V_NUMBER.search(title):
        return _BARE_RELEASE.search(title)
    return _VERSION_TAIL.search(title) or _BARE_RELEASE.search(title)


_NUMBER = lazy_pattern(r"\d+")


def _month_of(item: dict[str, Any], var: str) -> int | None:
    """The month of the record's date ``var`` where it holds a year and a month only."""
    parts = (item.get(var) or {}).get("date-parts") or [[]]
    return parts[0][1] if len(parts) == 1 and len(parts[0]) == 2 and isinstance(parts[0][1], int) else None


def _month_number(day: re.Match[str] | None) -> int | None:
    return MONTHS.get(day["month"].lower()) if day is not None else None


def version_apart(item: dict[str, Any]) -> None:
    """(In place.)"""
    title = item.get("title")
    if isinstance(title, str) and "version" not in item and (m := _version_tail(title)) is not None:
        head = title[: m.start()].rstrip(" ,.")
        source = source_text(item)
        if head and _outside_title(head, m["stated"], m["lead"], source):
            item["title"] = head
            item["version"] = m["number"]
            if m["year"] and "issued" not in item:
                item["issued"] = {"date-parts": [[int(m["year"])]]}
    container = item.get("container-title")
    if isinstance(container, str) and _VERSION_CONTAINER.match(container) and "volume" in item:
        numbers = [str(item.pop("volume")), *([str(item.pop("issue"))] if "issue" in item else [])]
        page = str(item.get("page", ""))
        day = re.search(_DAY_BEFORE_MONTH.format(day=re.escape(page)), source_text(item)) if page.isdigit() else None
        dated = [var for var in ("issued", "accessed") if _month_of(item, var) == _month_number(day)]
        if day is not None and dated:
            del item["page"]  # "versie 0.3, 8 juli 2025": the day of the month the date holds
            item[dated[0]] = {"date-parts": [[*item[dated[0]]["date-parts"][0], int(page)]]}
        elif _VERSION_PARTS.fullmatch(page):
            numbers += _NUMBER.findall(str(item.pop("page")))  # "version 0.99, 18": the release's last parts
        item["version"] = ".".join(n.strip(".") for n in numbers)
        del item["container-title"]
        if "accessed" in item and "issued" not in item and not _CONSULTED.search(source_text(item)):
            item["issued"] = item.pop("accessed")  # "versie 1.2, 3 maart 2024": the release's date, no consulting's
        if item.get("type") == "article-journal":
            item["type"] = "software"
