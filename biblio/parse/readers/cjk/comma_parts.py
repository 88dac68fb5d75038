"""Korean, Japanese and Chinese journal articles written as parts between commas, with no title marks:
``저자, 제목, 학술지명, 17, 2014, pp.233-233.``,
``조경숙, 백선영 외 3인, 제목, 학술지명, 2015, 31(12), pp.11-18.``, ``정주영(2013). 제목, 학술지명, 31(1), 53-83.``,
``岡村秀典, 1992, 題名, 季刊 考古學 43, 雄山閣.``, as the reference lists of Korean (KCI) and Japanese
journals print them.

The names open the reference, each a CJK name of two to four letters between commas (``이영희 외 3인``,
``李娇 等``); the year may follow them (``, 2016,`` or ``(2013).``).  The journal is the last part before the numbers
(``17``, ``31(12)``, ``Vol.32``, ``제16권 제1호``, ``第3期``, ``pp.11-18``, ``163-232쪽``) or ends in its volume
(``美術史學 37``); every part between the names and the journal is the title, its commas included.  A
society or publisher may follow the journal.  Without a volume or pages after the journal, or with a part
the grammar does not place, the reader says "not my style".
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import has_cjk, names, pages
from biblio.records.model import Item

_LETTER = r"[\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# (compiled once: ``re.match`` with the source looks it up in the module's bounded cache of patterns, whose churn
# compiles it again now and then, at some ten million instructions for its ranges)
_OPENING_LETTER = lazy_pattern(_LETTER)
# one CJK name of two to four letters, or several between commas; "외 3인" (Korean "and three others") or "等" may
# close it.  Names joined by a full stop or a middle dot ("김지원.김종영", "김지원·김종영") are left to the sequence
# model, which reads them as one name, as the labelled lists it learnt from do.
_NAME_LIST = lazy_pattern(rf"{_LETTER}{{2,4}}(?:\s*(?:외\s*(?:\d+\s*인)?|等|ほか))?")
_NAME_SPLIT = lazy_pattern(r"\s*(?:외\s*(?:\d+\s*인)?|等|ほか)\s*")
# the names with the year in brackets after them: "정주영(2013).", "김지원 (2013),"
_HEAD_YEAR = lazy_pattern(
    rf"^(?P<names>{_NAME_LIST.pattern})\s*[(（]\s*(?P<year>(?:19|20)\d\d)[a-z]?\s*[)）]\s*[.,，]\s*"
)
_JOINED_NAMES = lazy_pattern(rf"{_LETTER}{{2,5}}\s*[.·・]\s*{_LETTER}")
_PART_SEP = lazy_pattern(r"\s*[,，]\s*")
_YEAR = lazy_pattern(r"(?:19|20)\d\d")
# "17", "31(12)", "Vol.32", "Vol. 15, No. 2" (one part each), "제16권 제1호", "第3卷"
_VOLUME = lazy_pattern(
    r"(?:Vol\.?\s*|제\s*|第\s*)?(?P<volume>\d+)\s*[권卷巻]?\s*"
    r"(?:[(（]\s*(?P<issue>[^()（）]+?)\s*[)）]|(?:No\.?\s*|제\s*|第\s*)(?P<issue2>\d+)\s*[호號号期]?)?",
    re.I,
)
_ISSUE = lazy_pattern(r"(?:No\.?\s*|제\s*|第\s*)(?P<issue>\d+)\s*[호號号期]?", re.I)
_PAGE_NUMBERS = r"\d+(?:\s*[-–—~～]\s*\d+)?"
# pages marked as such ("pp.11-18", "163-232쪽"), or a bare range or number where the volume is read
_PAGES_MARKED = lazy_pattern(rf"pp?\.?\s*(?P<a>{_PAGE_NUMBERS})|(?P<b>{_PAGE_NUMBERS})\s*(?:쪽|頁|页)", re.I)
_PAGES = lazy_pattern(rf"(?P<a>{_PAGE_NUMBERS})")
# a journal's name with its volume after it: "美術史學 37", "동향과 이슈 40"
_JOURNAL_VOLUME = lazy_pattern(rf"(?P<journal>.*{_LETTER}.*?)\s+(?P<volume>\d+)")
# a part that names a publisher, not a journal
_PUBLISHER_WORD = lazy_pattern(r"출판|出版|書店|書房|书店")
# a learned society that issues the journal ("한국미술사교육학회"): no publisher of the article, kept as a note
_SOCIETY = lazy_pattern(r"(?:학회|學會|学会|협회|協會|协会|연구소|研究所)$")
# the marks of the styles other readers read: quoted or marked titles, type codes, a thesis
_OTHER_MARKS = lazy_pattern(r"[\"'“”‘’「」『』《》〈〉\[\]]|학위|学位|學位|博士|修士")


_DASH = lazy_pattern(r"[-–—~～]")


def _numbers(item: Item, part: str) -> bool:
    """``part`` read as the year, the volume and issue, or the pages of a journal article; False if it is none."""
    if _YEAR.fullmatch(part) and "issued" not in item:
        item["issued"] = {"date-parts": [[int(part)]]}
    elif (m := _PAGES_MARKED.fullmatch(part)) or (
        ("volume" in item or _DASH.search(part)) and (m := _PAGES.fullmatch(part))
    ):
        if "page" in item:
            return False
        item["page"] = pages(m.group("a") or m.group("b"))
    elif "volume" not in item and (m := _VOLUME.fullmatch(part)):
        item["volume"] = m.group("volume")
        if issue := m.group("issue") or m.group("issue2"):
            item["issue"] = issue.strip()
    elif "issue" not in item and (m := _ISSUE.fullmatch(part)):
        item["issue"] = m.group("issue")
    else:
        return False
    return True


def _names(parts: list[str]) -> list[dict[str, str]]:
    return [n for part in parts for name in _NAME_SPLIT.split(part) if name for n in names(name)]


_DIGIT = lazy_pattern(r"\d")


def parse_comma_parts(text: str) -> Item | None:
    """The record, or None when ``text`` is not a CJK journal article written as comma-separated parts."""
    text = text.strip().rstrip(".。")
    if not _OPENING_LETTER.match(text) or _OTHER_MARKS.search(text) or _JOINED_NAMES.match(text):
        return None
    item: Item = {"type": "article-journal"}
    head = _HEAD_YEAR.match(text)
    if head:
        item["issued"] = {"date-parts": [[int(head.group("year"))]]}
        name_parts, parts = [head.group("names")], _PART_SEP.split(text[head.end() :])
    else:
        parts = _PART_SEP.split(text)
        k = 0
        while k < len(parts) - 1 and _NAME_LIST.fullmatch(parts[k]):
            k += 1
        name_parts, parts = parts[:k], parts[k:]
        if parts and _YEAR.fullmatch(parts[0]) and name_parts:
            item["issued"] = {"date-parts": [[int(parts[0])]]}
            parts = parts[1:]
    if not name_parts:
        return None
    # the journal: the part before the first number, or the first part that ends in its volume
    for j in range(1, len(parts)):
        if _numbers({}, parts[j]):
            journal, title_parts, rest = parts[j - 1], parts[: j - 1], parts[j:]
            break
        if (m := _JOURNAL_VOLUME.fullmatch(parts[j])) and not _YEAR.fullmatch(m.group("volume")):
            journal, title_parts, rest = m.group("journal"), parts[:j], parts[j + 1 :]
            item["volume"] = m.group("volume")
            break
    else:
        return None
    if not title_parts or not has_cjk(journal) or _PUBLISHER_WORD.search(journal) or _DIGIT.search(journal):
        return None
    for part in rest:
        if not _numbers(item, part):
            if "publisher" in item or "note" in item or _DIGIT.search(part) or not has_cjk(part):
                return None
            item["publisher" if not _SOCIETY.search(part) else "note"] = part
    if not ({"volume", "page"} & item.keys()):
        return None  # a year alone after the "journal": a thesis, a book or a report, not read here
    item["author"] = _names(name_parts)
    item["title"] = ", ".join(title_parts)
    item["container-title"] = journal
    return item
