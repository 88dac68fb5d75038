"""The parts of a GB/T 7714 reference after its type code: translators, edition, imprint, a journal's or
a newspaper's numbers, and the container a part is in (``//``).

Each ``take_*`` reads one part from the start of the text and returns the rest, or places the whole
text and says whether it fitted.  Both the numeric form (``北京：出版社，2012：25``) and the
author-year form, whose year stands after the names and so is missing here (``北京: 出版社: 25``),
are read; full-width brackets and punctuation are read as their ASCII twins.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import names, pages
from biblio.records.model import Item

_YEAR = r"c?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
_PAGE = r"(?P<page>[\w\-–~+,.]+(?:\s*[-–]\s*[\w.]+)?)"
# "杨斌，王忠玉，译." / "Smith J, tr." before the edition and the imprint
_TRANSLATORS = lazy_pattern(r"^(?P<names>[^.。．\[\]/]{1,120}?)\s*[,，]?\s*(?:译|譯|tr(?:ans)?\.)\s*[.。．]\s*")
# "2 版." / "4th ed." / "Rev. ed." / "刻本." / "修订版." / "同文书局影印本."
_EDITION = lazy_pattern(
    r"^(?:(?P<num>\d+)\s*版|(?P<nth>\d+)(?:st|nd|rd|th)\s+ed|(?P<word>[^\s\d.。．,，:：/\[\]]{1,10}[版本]))\s*[.。．]\s*"
)
_IMPRINT = lazy_pattern(
    r"^(?:(?P<place>[^:：，。]+?)\s*[:：]\s*)?(?P<publisher>[^,，:：]+?)\s*[,，]\s*"
    + _YEAR
    + r"(?:\s*[:：]\s*"
    + _PAGE
    + r")?\s*[.。]?$"
)
# the author-year form: "北京: 高等教育出版社: 146-163" (the year stands after the names)
_IMPRINT_NO_YEAR = lazy_pattern(
    r"^(?:(?P<place>[^:：，。]+?)\s*[:：]\s*)?(?P<publisher>[^,，:：]+?)(?:\s*[:：]\s*" + _PAGE + r")?\s*[.。]?$"
)
_ISSUE = r"(?:[(（]\s*(?P<issue>[^()（）]+?)\s*[)）])?"
# "刊名, 2020, 12(3): 45-67" / "刊名, 2020(3): 45-67" / "刊名，2023，12：giad067"
_JOURNAL = lazy_pattern(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*"
    + _YEAR
    + r"\s*(?:[,，]\s*(?P<volume>[\w-]+?))?\s*"
    + _ISSUE
    + r"\s*(?:[:：]\s*"
    + _PAGE
    + r")?\s*[.。]?$"
)
# the author-year form: "刊名, 7(10): 93" / "中国出版(5): 38-39"
_JOURNAL_NO_YEAR = lazy_pattern(
    r"^(?P<container>[^,，]+?)\s*(?:[,，]\s*(?P<volume>\d[\w-]*?))?\s*"
    + _ISSUE
    + r"\s*(?:[:：]\s*"
    + _PAGE
    + r")?\s*[.。]?$"
)
# "报名, 2020-05-01(3)" / "报名, 2000-11-20: 15"; a journal's online-first date alike
_DATED = lazy_pattern(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<date>\d{4}(?:-\d{1,2}){0,2})\s*"
    r"(?:[(（]\s*(?P<page>[^()（）]+?)\s*[)）]|[:：]\s*(?P<page2>\w+))?\s*[.。]?$"
)
_DATE_ONLY = lazy_pattern(r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*[.。]?$")
# "会议名称，2022：2": a meeting's proceedings named with its year and the page
_CONTAINER_YEAR = lazy_pattern(r"^(?P<container>.+?)\s*[,，]\s*" + _YEAR + r"(?:\s*[:：]\s*" + _PAGE + r")?\s*[.。]?$")
_SEGMENT = lazy_pattern(r"[.．]\s+")
# the same, keeping initials-first names whole: "W. A. Sodeman Jr, W. A. Sodeman. Title"
_SEGMENT_KEEPING_INITIALS = lazy_pattern(r"(?<!\b[A-Z])[.．]\s+")
# "中国专利: 200610171314.3, 2006-12-13" / "US Patent: US6915001, 2005-07-05"
_PATENT = lazy_pattern(
    r"^[^:：,，]+?\s*[:：]\s*(?P<number>[\w./-]+)\s*[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*[.。]?$"
)
_EDITOR_ROLE = lazy_pattern(r"\s*(?:主编|主編|编|編|eds?\.?)\s*$", re.I)


def date(raw: str) -> dict[str, Any]:
    return {"date-parts": [[int(p) for p in raw.split("-")]]}


def take_translators(item: Item, text: str) -> str:
    if m := _TRANSLATORS.match(text):
        item["translator"] = names(m.group("names"))
        return text[m.end() :]
    return text


def take_edition(item: Item, text: str) -> str:
    if m := _EDITION.match(text):
        item["edition"] = m.group("num") or m.group("nth") or m.group("word")
        return text[m.end() :]
    return text


def _set(item: Item, found: dict[str, str | None]) -> None:
    for key in ("publisher-place", "publisher", "container", "volume", "issue"):
        value = found.get(key.replace("publisher-place", "place"))
        if value:
            item["container-title" if key == "container" else key] = value.strip()
    if found.get("year"):
        item["issued"] = date(found["year"] or "")
    if found.get("date"):
        item["issued"] = date(found["date"] or "")
    page = found.get("page") or found.get("page2")
    if page:
        item["page"] = pages(page)


def imprint(item: Item, text: str, year_known: bool) -> bool:
    """Place, publisher, year and pages; without the year where the names carried it."""
    m = _IMPRINT.match(text) or (_IMPRINT_NO_YEAR.match(text) if year_known else None)
    if m is None:
        return False
    _set(item, m.groupdict())
    return True


def journal(item: Item, text: str, year_known: bool) -> bool:
    m = _JOURNAL.match(text) or _DATED.match(text) or (_JOURNAL_NO_YEAR.match(text) if year_known else None)
    if m is None:
        return False
    _set(item, m.groupdict())
    return True


def newspaper(item: Item, text: str) -> bool:
    m = _DATED.match(text)
    if m is None:
        return False
    _set(item, m.groupdict())
    return True


def dated(item: Item, text: str) -> bool:
    """A patent's or an online document's date standing alone."""
    if m := _DATE_ONLY.match(text):
        item["issued"] = date(m.group("date"))
        return True
    return False


def patent(item: Item, text: str) -> bool:
    """A patent's country, number and date after its type code."""
    if m := _PATENT.match(text):
        item["number"], item["issued"] = m.group("number"), date(m.group("date"))
        return True
    return False


def container(item: Item, text: str, year_known: bool) -> bool:
    """``//责任者. 题名. 版本. 出版项``: the whole a part is in, read segment by segment; where the
    segments do not fit, a full stop after a lone capital is read as an initial's."""
    return _container(item, text, year_known, _SEGMENT) or _container(item, text, year_known, _SEGMENT_KEEPING_INITIALS)


def _container(item: Item, text: str, year_known: bool, segment: re.Pattern[str]) -> bool:
    segments = [s.strip() for s in segment.split(text.strip().rstrip(".。．")) if s.strip()]
    placed = len(segments) > 1 and imprint(item, segments[-1], year_known)
    if placed:
        segments.pop()
    elif segments and (m := _CONTAINER_YEAR.match(segments[-1])):
        segments[-1] = m.group("container")
        _set(item, {k: v for k, v in m.groupdict().items() if k != "container"})
        placed = True
    while segments and _EDITION.match(segments[-1] + "."):
        take_edition(item, segments.pop() + ".")
    if len(segments) == 2:
        item["editor"] = names(_EDITOR_ROLE.sub("", segments[0]))
    elif len(segments) != 1:
        return False
    item["container-title"] = segments[-1]
    return placed or year_known or "issued" in item
