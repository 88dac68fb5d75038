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

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.identifiers import is_doi_link
from biblio.parse.readers.cjk import gbt_parts as parts
from biblio.parse.readers.cjk.common import YEAR, has_cjk, initials_first_list, names, year_of
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
_LIST_NUMBER = lazy_pattern(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.、)])\s*(?=\D)")
# the author-year form: names, then ", 1998." (a name list may hold "et al.," but no full stop and space)
_HEAD_YEAR = lazy_pattern(
    r"^(?P<authors>(?:(?![.。．]\s)[^\[\]。]){1,200}?)\s*[,，]\s*c?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[.。．]\s*"
    r"(?P<title>[^\[\]]+?)\s*" + _CODE,
    re.S,
)
_HEAD = lazy_pattern(
    r"^(?:(?P<authors>[^.。．\[\]]{1,200}?)\s*[.。．]\s*)?(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[.。．]\s*)?"
    r"(?P<title>[^\[\]]+?)\s*" + _CODE,
    re.S,
)
# after initials-first names ("X. Fan, C. H. Sommers. Title[M]"): the title and the code
_AFTER_NAMES = lazy_pattern(r"(?P<title>[^\[\]]+?)\s*" + _CODE, re.S)
_STOP = lazy_pattern(r"[.．]\s+")
# a standard's designation standing where the names stand: "GB/T 3792.4—2009. 题名[S]"
_STANDARD_FIRST = lazy_pattern(
    r"^(?P<number>[A-Z]{2,5}(?:/[A-Z])?\s*[\d.]+(?:\s*[—–:-]\s*\d{4})?)\s*[.。]\s+(?=[^\[\]]+\[S)"
)
# a standard's, patent's, report's or archive's number after its title: "题名：GB/T 25100—2010"
_NUMBER = lazy_pattern(r"^(?P<title>.+?)\s*[:：]\s*(?P<number>[^:：]*\d[^:：]*)$")
_NUMBERED = {"S", "P", "R", "A"}
_POSTED = lazy_pattern(r"\s*[,，]?\s*(\d{4}-\d{1,2}-\d{1,2})\s*[.。]?\s*$")
_DOI = lazy_pattern(r"\s*[.。]?\s*DOI\s*[:：]\s*(10\.\d{4,9}/\S+?)\s*[.。]?\s*$", re.I)
_URL = lazy_pattern(r"(https?://\S+?)(?=[,，]?\s*[.。]?(?:\s|$))")
# "(2020-05-01)[2021-03-02]": update date, then access date
_ONLINE_DATES = lazy_pattern(
    r"[(（]\s*(\d{4}(?:-\d{1,2}){0,2})\s*[)）]\s*(?:\[\s*(\d{4}(?:-\d{1,2}){1,2})\s*\])?|\[\s*(\d{4}-\d{1,2}-\d{1,2})\s*\]"
)


_FOUR_DIGITS = lazy_pattern(r"\d{4}")


def _is_number(text: str) -> bool:
    """A designation, not a subtitle: no bare year, short, and CJK only in a document number (…号)."""
    if _FOUR_DIGITS.fullmatch(text) or len(text) > 40:
        return False
    return not has_cjk(text) or text.endswith(("号", "號"))


def _title(item: Item, code: str, title: str) -> None:
    title = title.strip(" .。")
    m = _NUMBER.match(title) if code in _NUMBERED else None
    if m and _is_number(m.group("number").strip()):
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
    if code == "N":  # a newspaper's date, or its date written as a journal's numbers
        return parts.newspaper(item, rest) or parts.journal(item, rest, year_known)
    if code == "P" and parts.patent(item, rest):
        return True
    if parts.imprint(item, rest, year_known) or parts.newspaper(item, rest):  # or "网站, 2005-02-02"
        return True
    # an online resource: "发布者, 2020"
    publisher, _, tail = rest.partition(",") if "," in rest else rest.partition("，")
    if tail and YEAR.fullmatch(tail.strip(" .。")):
        item["publisher"] = publisher.strip()
        item["issued"] = year_of(tail) or {}
        return True
    return False


_INITIAL = lazy_pattern(r"[A-Z]\.")


def _initials_head(text: str) -> dict[str, str | None] | None:
    """The head of a reference whose names put the initials first, ended by the first full stop
    that closes a whole name list."""
    if not _INITIAL.match(text):
        return None
    for stop in _STOP.finditer(text):
        if initials_first_list(text[: stop.start()]) and (m := _AFTER_NAMES.match(text, stop.end())):
            return {"authors": text[: stop.start()], "year": None} | m.groupdict()
    return None


def _head(text: str) -> dict[str, str | None] | None:
    m = _HEAD_YEAR.match(text)
    found = m.groupdict() if m else _initials_head(text)
    if found is None and (m := _HEAD.match(text)):
        found = m.groupdict()
    return found


def parse_gbt7714(text: str) -> tuple[Item, bool] | None:
    """The record and whether every part was placed, or None when ``text`` has no type code."""
    text = _LIST_NUMBER.sub("", text.strip(), count=1)
    number = _STANDARD_FIRST.match(text)
    head = _head(text[number.end() :] if number else text)
    if head is None or head["code"] not in CSL_TYPE:
        return None
    code = head["code"] or ""
    item: Item = {"type": CSL_TYPE[code]}
    _title(item, code, head["title"] or "")
    if number:
        item["number"] = number.group("number")
    if head["authors"]:
        item["author"] = names(head["authors"])
    if head["year"]:
        item["issued"] = parts.date(head["year"])
    rest = head["rest"] or ""
    if doi := _DOI.search(rest):
        item["DOI"] = doi.group(1)
        rest = rest[: doi.start()]
    if head["online"] and (dates := _ONLINE_DATES.search(rest)):
        updated, accessed = dates.group(1), dates.group(2) or dates.group(3)
        if updated:
            item["issued"] = parts.date(updated)
        if accessed:
            item["accessed"] = parts.date(accessed)
        rest = rest[: dates.start()] + rest[dates.end() :]
    if url := _URL.search(rest):
        if not (is_doi_link(url.group(1)) and "DOI" in item):  # the DOI's own link is no URL
            item["URL"] = url.group(1)
        # "URL, 2008-05-04": the date a page was put online follows its address
        if posted := _POSTED.match(rest, url.end()):
            item["issued"] = parts.date(posted.group(1))
        rest = rest[: url.start()]
    whole = _body(item, code, rest.strip().rstrip(".。").strip(), head["year"] is not None)
    return item, whole
