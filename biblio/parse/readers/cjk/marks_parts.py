"""Parts of a reference with 《》 title marks that stand outside parentheses, as China's norm for
journal citations in the social sciences writes them (``作者：《书名》，出版社2012年版，第29页。``,
``作者：《篇名》，载《刊名》2012年第3期，第5–9页。``, ``作者：《论文》，清华大学2006年博士学位论文。``).

The names before the colon may carry translators (``，杨岐鸣等译``) or mark editors (``主编``).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.identifiers import url_value
from biblio.parse.readers.cjk.common import names, pages
from biblio.records.model import Item

# "…，出版社2012年版" / "…，北京：中华书局2000年版" / "…，新世界出版社，2007年版" / "…，清华大学2006年博士学位论文"
_IMPRINT = lazy_pattern(
    r"[，,]\s*(?:(?P<place>[^，,：:《》〈〉（）()]{1,12})[：:]\s*)?(?P<publisher>[^，,：:《》〈〉（）()\d]{2,40}?)\s*[，,]?\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)\s*年\s*(?:版|(?P<genre>(?:博士|硕士|碩士)(?:学位|學位)?论文))"
)
# "…，中国政法大学博士学位论文，2015年"
_THESIS = lazy_pattern(
    r"[，,]\s*(?P<publisher>[^，,：:《》〈〉“”\d]{2,40}?)\s*(?P<genre>(?:博士|硕士|碩士)(?:学位|學位)?论文)\s*[，,]\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)\s*年"
)
_DAY = lazy_pattern(r"(?P<year>(?:1[5-9]|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
_YEAR_ISSUE = lazy_pattern(r"(?P<year>(?:1[5-9]|20)\d\d)\s*年\s*第\s*\d+\s*期")
_ACCESSED = lazy_pattern(
    r"(?:访问|訪問|引用|检索|檢索|查阅|查閱|浏览|瀏覽)(?:时间|時間|日期)\s*[:：]\s*" + _DAY.pattern
)
_PAGES = lazy_pattern(r"第\s*(\d+(?:\s*[-–—]\s*\d+)?)\s*页")
_TRANSLATORS = lazy_pattern(r"^(?P<names>.+?)\s*[，,]\s*(?P<translators>[^，,]+?)(?:等)?译$")
_EDITORS = lazy_pattern(r"^(?P<names>.+?)\s*(?:主编|主編)$")


def head_names(item: Item, text: str) -> None:
    """Authors, translators or editors from the names before the colon."""
    if m := _TRANSLATORS.match(text):
        item["translator"] = names(m.group("translators"))
        text = m.group("names")
    if m := _EDITORS.match(text):
        item["editor"] = names(m.group("names"))
    else:
        item["author"] = names(text)


def outside(item: Item, rest: str) -> None:
    """Publisher, year, a thesis's degree, a dated day, the cited pages, an address and the day it was
    read, written outside parentheses."""
    if url := url_value(rest):
        item["URL"] = url
        rest = rest.replace(url, "")
    if m := _ACCESSED.search(rest):
        item["accessed"] = {"date-parts": [[int(m.group(g)) for g in ("year", "month", "day")]]}
        rest = rest[: m.start()] + rest[m.end() :]
    if m := _IMPRINT.search(rest) or _THESIS.search(rest):
        if m.groupdict().get("place"):
            item["publisher-place"] = m.group("place").strip()
        item["publisher"] = m.group("publisher").strip()
        item["issued"] = {"date-parts": [[int(m.group("year"))]]}
        if m.group("genre"):
            item["type"], item["genre"] = "thesis", m.group("genre")
    elif m := _DAY.search(rest):
        item["issued"] = {"date-parts": [[int(m.group(g)) for g in ("year", "month", "day")]]}
        if item["type"] == "article-journal":
            item["type"] = "article-newspaper"
    elif m := _YEAR_ISSUE.search(rest):
        item["issued"] = {"date-parts": [[int(m.group("year"))]]}
    if m := _PAGES.search(rest):
        item["page"] = pages(m.group(1))
