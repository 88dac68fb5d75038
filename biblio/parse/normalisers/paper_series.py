"""A working paper's series read as a journal: ``NBER Working Paper No. 28350``, ``MEA Discussion Paper
No. 13-2020``, ``Policy Research Working Paper 1694``, ``VIVES discussion paper``.

Fields touched: ``container-title``, ``publisher``, ``collection-title``, ``number``, ``volume``,
``issue``, ``type``. A series read whole with its number (``Policy Research Working Paper 1694``) keeps
the series as the collection and the number apart; a central bank's ``Staff Report`` series is one too.

Economics circulates a paper in its institution's numbered series before (or instead of) a journal;
the series is no periodical: it has no volume or issue, and the number after it (read as the volume
or the issue) is the paper's. The record is a report in that series.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern

FIELDS = ("container-title", "publisher", "collection-title", "number", "volume", "issue", "type")

# what a paper series' name ends in: "Working Paper(s)", "Discussion Paper(s)", "Staff Paper", "Occasional
# Paper", the IMF's "Departmental Paper" and "Policy Paper", a parliament library's "Briefing Paper" (the House of
# Commons Library's "Briefing Paper CBP-09327"), a central bank's "Staff Report(s)", with "Series" after
# it; a body's "Treaty Series" ("European Treaty Series No. 108"); a body's acronym and "Report" before a number
SERIES_KIND = (
    r"(?:(?:[Ww]orking|[Dd]iscussion|[Ss]taff|[Oo]ccasional|[Dd]epartmental|[Pp]olicy|[Bb]riefing)\s+[Pp]apers?"
    r"|[Ss]taff\s+[Rr]eports?|[Tt]reaty(?=\s+[Ss]eries)"
    # a body's acronym before "Report" and the report's number ("IFS Report R214", "NREL Report No. TP-581"):
    # "Report" alone, or with no number after it, names no series
    r"|(?<![\w-])[A-Z]{2,6}\s+Report(?=\s+(?:No\.\s*)?[A-Z]{0,4}[-/]?\d))(?:\s+[Ss]eries)?"
)
# the series' name, then "No." and the number, which may have been read apart as the volume or issue
_SERIES = lazy_pattern(
    rf"^(?P<series>(?:\S+\s+){{0,8}}?{SERIES_KIND})(?:\s*[;,]?\s*(?:No|Nr|no)\b\.?)?\s*"
    r"(?P<number>(?:[A-Z]{1,4}[-/]?)?\d[\w./-]*)?\s*$"
)
# a year written where a number would stand ("Working Paper 2014, Department of …"): no paper's number
_YEAR = lazy_pattern(r"(?:1[89]|20)\d\d")


def is_year(number: str) -> bool:
    """Whether a series' number is a year: four digits from 1800 to 2099."""
    return _YEAR.fullmatch(number) is not None


# what a journal has and a paper series has not: pages, or both a volume and an issue
_JOURNAL_SIGNS = ("page",)


def paper_series(item: dict[str, Any]) -> None:
    """(In place.)"""
    held = item.get("collection-title")
    if isinstance(held, str) and (m := _SERIES.match(held)) and m["number"] and "number" not in item:
        if is_year(m["number"]):
            return
        # "Policy Research Working Paper 1694" read as one series: the number is the paper's
        item["collection-title"], item["number"] = m["series"], m["number"]
        item["type"] = "report"
        return
    for var in ("container-title", "publisher"):
        value = item.get(var)
        if not isinstance(value, str) or (m := _SERIES.match(value)) is None:
            continue
        if var == "publisher" and "container-title" in item:
            return
        numbers = [v for v in ("volume", "issue") if item.get(v)]
        if any(item.get(v) for v in _JOURNAL_SIGNS) or len(numbers) > 1 or numbers and m["number"]:
            return
        number = m["number"] or (str(item[numbers[0]]) if numbers else None)
        if number and is_year(number):
            return
        if numbers:
            del item[numbers[0]]
        item["collection-title"] = m["series"]
        if number:
            item["number"] = number
        del item[var]
        item["type"] = "report"
        return


def series_closing_title(item: dict[str, Any]) -> None:
    """(In place.) Elsevier's name-year ``Title. IMF Working Papers 09/202. International Monetary Fund.`` with the
    series and its number read as the title's last sentence: a paper series' name and number after the title's
    full stop are the report's series and number, no part of its title."""
    title = item.get("title")
    if not isinstance(title, str) or ". " not in title or "container-title" in item or "number" in item:
        return
    head, _, last = title.rpartition(". ")
    if not head.strip() or (m := _SERIES.match(last.strip())) is None or not m["number"] or is_year(m["number"]):
        return
    item["title"] = head.rstrip()
    item["collection-title"], item["number"] = m["series"], m["number"]
    item["type"] = "report"
