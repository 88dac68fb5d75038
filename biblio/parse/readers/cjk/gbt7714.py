"""GB/T 7714 (the Chinese national standard for reference lists): ``作者. 题名[J]. 刊名, 年, 卷(期): 页.``

The bracketed type code after the title is the style's own mark: no other style writes
``[J]``, ``[M]``, ``[C]``, ``[D]``, ``[EB/OL]`` there, so without it the reader says "not my style".
The code gives the CSL type and the grammar of what follows (gbt_parts.py): a journal's name, volume,
issue and pages ([J]); a place, publisher, year and pages ([M], [C], [D], [R], [S]); a proceedings or
book a part is in (``//`` before the container); a newspaper's date and page ([N]); an update
date, an access date and the address of an online resource (``/OL``).  The author-year form puts
the year after the names (``作者, 2010. 题名[J]. 刊名, 12(3): 45.``); a list number before the names
is no part of the reference.
"""

from __future__ import annotations

import re

from biblio.parse.normalisers.identifiers import is_doi_link
from biblio.parse.readers.cjk import gbt_parts as parts
from biblio.parse.readers.cjk.common import YEAR, names, year_of
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
_CODE = r"\[(?P<code>[A-Z]{1,2})(?:/(?P<online>OL|CD|MT|DK))?\]\s*(?P<rest>(?:[.。．]|//|$).*)$"
_LIST_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.、)])\s*(?=\D)")
# the author-year form: names, then ", 1998." (a name list may hold "et al.," but no full stop and space)
_HEAD_YEAR = re.compile(
    r"^(?P<authors>(?:(?![.。．]\s)[^\[\]。]){1,200}?)\s*[,，]\s*c?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[.。．]\s*"
    r"(?P<title>[^\[\]]+?)\s*" + _CODE,
    re.S,
)
_HEAD = re.compile(
    r"^(?:(?P<authors>[^.。．\[\]]{1,200}?)\s*[.。．]\s*)?(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[.。．]\s*)?"
    r"(?P<title>[^\[\]]+?)\s*" + _CODE,
    re.S,
)
# a standard's, patent's, report's or archive's number after its title: "题名：GB/T 25100—2010"
_NUMBER = re.compile(r"^(?P<title>.+?)\s*[:：]\s*(?P<number>[^:：]*\d[^:：]*)$")
_NUMBERED = {"S", "P", "R", "A"}
_DOI = re.compile(r"\s*[.。]?\s*DOI\s*[:：]\s*(10\.\d{4,9}/\S+?)\s*[.。]?\s*$", re.I)
_URL = re.compile(r"(https?://\S+?)\s*[.。]?(?=\s|$)")
# "(2020-05-01)[2021-03-02]": update date, then access date
_ONLINE_DATES = re.compile(
    r"[(（]\s*(\d{4}(?:-\d{1,2}){0,2})\s*[)）]\s*(?:\[\s*(\d{4}(?:-\d{1,2}){1,2})\s*\])?|\[\s*(\d{4}-\d{1,2}-\d{1,2})\s*\]"
)


def _title(item: Item, code: str, title: str) -> None:
    title = title.strip(" .。")
    m = _NUMBER.match(title) if code in _NUMBERED else None
    if m and not re.fullmatch(r"\d{4}", m.group("number").strip()) and len(m.group("number")) <= 40:
        title, item["number"] = m.group("title"), m.group("number").strip()
    item["title"] = title


def _body(item: Item, code: str, rest: str, year_known: bool) -> bool:
    """Place what follows the type code; False when it does not fit the code's grammar."""
    rest = rest.strip().lstrip(".。．").strip()
    rest = parts.take_edition(item, parts.take_translators(item, rest))
    if not rest:
        return True
    if rest.startswith("//"):
        if item["type"] == "book":
            item["type"] = "chapter"
        return parts.container(item, rest[2:], year_known)
    if parts.dated(item, rest):
        return True
    if code == "J":
        return parts.journal(item, rest, year_known)
    if code == "N":
        return parts.newspaper(item, rest)
    if parts.imprint(item, rest, year_known):
        return True
    # an online resource: "发布者, 2020"
    publisher, _, tail = rest.partition(",") if "," in rest else rest.partition("，")
    if tail and YEAR.fullmatch(tail.strip(" .。")):
        item["publisher"] = publisher.strip()
        item["issued"] = year_of(tail) or {}
        return True
    return False


def parse_gbt7714(text: str) -> tuple[Item, bool] | None:
    """The record and whether every part was placed, or None when ``text`` has no type code."""
    text = _LIST_NUMBER.sub("", text.strip(), count=1)
    m = _HEAD_YEAR.match(text) or _HEAD.match(text)
    if m is None or m.group("code") not in CSL_TYPE:
        return None
    code = m.group("code")
    item: Item = {"type": CSL_TYPE[code]}
    _title(item, code, m.group("title"))
    if m.group("authors"):
        item["author"] = names(m.group("authors"))
    if m.group("year"):
        item["issued"] = parts.date(m.group("year"))
    rest = m.group("rest")
    if doi := _DOI.search(rest):
        item["DOI"] = doi.group(1)
        rest = rest[: doi.start()]
    if url := _URL.search(rest):
        if not (is_doi_link(url.group(1)) and "DOI" in item):  # the DOI's own link is no URL
            item["URL"] = url.group(1)
        rest = rest[: url.start()]
    if m.group("online") and (dates := _ONLINE_DATES.search(rest)):
        updated, accessed = dates.group(1), dates.group(2) or dates.group(3)
        if updated:
            item["issued"] = parts.date(updated)
        if accessed:
            item["accessed"] = parts.date(accessed)
        rest = rest[: dates.start()] + rest[dates.end() :]
    whole = _body(item, code, rest.strip().rstrip(".。").strip(), m.group("year") is not None)
    return item, whole
