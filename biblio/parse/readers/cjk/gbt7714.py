"""GB/T 7714 (the Chinese national standard for reference lists): ``作者. 题名[J]. 刊名, 年, 卷(期): 页.``

The bracketed type code after the title is the style's own mark: no other style writes
``[J]``, ``[M]``, ``[C]``, ``[D]``, ``[EB/OL]`` there, so without it the reader says "not my style".
The code gives the CSL type and the grammar of what follows: a journal's name, volume, issue
and pages ([J]); a place, publisher, year and pages ([M], [C], [D], [R], [S]); a proceedings or
book a part is in (``//`` before the container); a newspaper's date and page ([N]); an update
date, an access date and the address of an online resource (``/OL``).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.readers.cjk.common import YEAR, names, pages, year_of
from biblio.records.model import Item

CSL_TYPE = {
    "J": "article-journal",
    "M": "book",
    "C": "paper-conference",
    "D": "thesis",
    "N": "article-newspaper",
    "R": "report",
    "S": "standard",
    "P": "patent",
    "G": "book",
    "A": "chapter",
    "EB": "webpage",
    "DB": "dataset",
    "CP": "software",
    "Z": "document",
}
# authors, an optional year (the author-year variant), the title, then the type code
_HEAD = re.compile(
    r"^(?:(?P<authors>[^.。．\[\]]{1,200}?)\s*[.。．]\s*)?(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[.。．]\s*)?"
    r"(?P<title>[^\[\]]+?)\s*\[(?P<code>[A-Z]{1,2})(?:/(?P<online>OL|CD|MT|DK))?\]\s*(?P<rest>(?:[.。．]|//|$).*)$",
    re.S,
)
_DOI = re.compile(r"\s*[.。]?\s*DOI\s*[:：]\s*(10\.\d{4,9}/\S+?)\s*[.。]?\s*$", re.I)
_URL = re.compile(r"(https?://\S+?)\s*[.。]?(?=\s|$)")
# "(2020-05-01)[2021-03-02]": update date, then access date
_ONLINE_DATES = re.compile(
    r"\(\s*(\d{4}(?:-\d{1,2}){0,2})\s*\)\s*(?:\[\s*(\d{4}(?:-\d{1,2}){1,2})\s*\])?|\[\s*(\d{4}-\d{1,2}-\d{1,2})\s*\]"
)
# "刊名, 2020, 12(3): 45-67" / "刊名, 2020(3): 45-67" / "刊名, 2020, 12: 45"
_JOURNAL = re.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*"
    r"(?:[,，]\s*(?P<volume>[\w-]+?))?\s*(?:\(\s*(?P<issue>[^()]+?)\s*\))?\s*(?:[:：]\s*(?P<page>[\d\s\-–~+,]+))?\s*[.。]?$"
)
# "北京: 出版社, 2012: 25-26"
_IMPRINT = re.compile(
    r"^(?:(?P<place>[^:：,，.。]+?)\s*[:：]\s*)?(?P<publisher>[^,，:：]+?)\s*[,，]\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
    r"(?:\s*[:：]\s*(?P<page>[\d\s\-–~+,]+))?\s*[.。]?$"
)
# "报名, 2020-05-01(3)"
_NEWSPAPER = re.compile(
    r"^(?P<container>[^,，]+?)\s*[,，]\s*(?P<date>\d{4}(?:-\d{1,2}){0,2})\s*(?:\(\s*(?P<page>[^()]+)\s*\))?\s*[.。]?$"
)
_EDITION = re.compile(r"^(\d+)\s*版\s*[.。．]\s*")
_EDITOR_ROLE = re.compile(r"\s*(?:主编|主編|编|編|eds?\.?)\s*$", re.I)


def _date(raw: str) -> dict[str, Any]:
    return {"date-parts": [[int(p) for p in raw.split("-")]]}


def _imprint(item: Item, text: str) -> bool:
    m = _IMPRINT.match(text)
    if m is None:
        return False
    if m.group("place"):
        item["publisher-place"] = m.group("place").strip()
    item["publisher"] = m.group("publisher").strip()
    item["issued"] = _date(m.group("year"))
    if m.group("page"):
        item["page"] = pages(m.group("page"))
    return True


def _body(item: Item, code: str, rest: str) -> bool:
    """Place what follows the type code; False when it does not fit the code's grammar."""
    rest = rest.strip().lstrip(".。．").strip()
    if not rest:
        return True
    if edition := _EDITION.match(rest):
        item["edition"] = edition.group(1)
        rest = rest[edition.end() :]
    if rest.startswith("//"):
        part, _, imprint = rest[2:].strip().rpartition(". ")
        if not part:
            part, imprint = rest[2:].strip(), ""
        # "//责任者. 题名": the part before the container is its responsible party
        editor, sep, container = part.rpartition(". ")
        if sep:
            item["editor"] = names(_EDITOR_ROLE.sub("", editor))
        else:
            container = part
        item["container-title"] = container.strip(" .。")
        if item["type"] == "book":
            item["type"] = "chapter"
        return not imprint or _imprint(item, imprint) or _JOURNAL.match(imprint) is not None
    if code in ("J", "N"):  # a journal's year, volume, issue and pages; a newspaper's date and page
        m = (_JOURNAL if code == "J" else _NEWSPAPER).match(rest)
        if m is None:
            return False
        found = m.groupdict()
        item["container-title"] = m.group("container").strip()
        item["issued"] = _date(found.get("year") or found["date"])
        for key in ("volume", "issue", "page"):
            if found.get(key):
                item[key] = pages(found[key]) if key == "page" else found[key].strip()
        return True
    if _imprint(item, rest):
        return True
    # an online resource: "发布者, 2020" or "(2020-01-02)[2021-03-04]"
    publisher, _, tail = rest.partition(",") if "," in rest else rest.partition("，")
    if tail and YEAR.fullmatch(tail.strip(" .。")):
        item["publisher"] = publisher.strip()
        item["issued"] = year_of(tail) or {}
        return True
    return False


def parse_gbt7714(text: str) -> tuple[Item, bool] | None:
    """The record and whether every part was placed, or None when ``text`` has no type code."""
    text = text.strip()
    m = _HEAD.match(text)
    if m is None or m.group("code") not in CSL_TYPE:
        return None
    code = m.group("code")
    item: Item = {"type": CSL_TYPE[code], "title": m.group("title").strip(" .。")}
    if m.group("authors"):
        item["author"] = names(m.group("authors"))
    if m.group("year"):
        item["issued"] = _date(m.group("year"))
    rest = m.group("rest")
    if doi := _DOI.search(rest):
        item["DOI"] = doi.group(1)
        rest = rest[: doi.start()]
    if url := _URL.search(rest):
        item["URL"] = url.group(1)
        rest = rest[: url.start()]
    if m.group("online") and (dates := _ONLINE_DATES.search(rest)):
        updated, accessed = dates.group(1), dates.group(2) or dates.group(3)
        if updated:
            item["issued"] = _date(updated)
        if accessed:
            item["accessed"] = _date(accessed)
        rest = rest[: dates.start()] + rest[dates.end() :]
    whole = _body(item, code, rest.strip().rstrip(".。").strip())
    return item, whole
