"""Chinese references that mark titles with 《》 (a book, a journal) and 〈〉 (an article, a chapter).

``作者：〈篇名〉，《刊名》第14期（1977年2月），頁172-194。`` and
``作者：《書名》（臺北：出版社，1976年12月）。``: the author before a full-width colon, then the
marked titles; an article in 〈〉 followed by 《》 names its container (``收錄於 編者主編：`` before
it makes the record a chapter); the parenthesis holds place, publisher and date; 第N期 is the
issue, 第N卷 or 第N冊 the volume, 第N版 a newspaper's page, 頁 the pages.  The mainland norm writes
a part's title in 《》 too, linked by 载 to its container, and the imprint outside parentheses
(marks_parts.py).  Without a marked title opening the text, after an author or alone, the reader
says "not my style".
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import YEAR, names, pages
from biblio.parse.readers.cjk.marks_parts import head_names, outside
from biblio.records.model import Item

# "見" (see) may open a note; the author ends at the full-width colon
# a law note's article title stands in “” after a full-width colon: "作者：“篇名”，《刊名》"
_HEAD = lazy_pattern(
    r"^(?:見\s*)?(?P<authors>[^：:《〈》〉（(\s“][^：:《〈》〉“]{0,60}?)\s*(?:[：:]\s*(?=[《〈])|：\s*(?=“))"
)
_BOOK = lazy_pattern(r"《(?P<t>[^《》]+)》")
_PART = lazy_pattern(r"[〈“](?P<t>[^〈〉“”]+)[〉”]")
_IN = lazy_pattern(
    r"^\s*[，,]\s*(?P<word>收錄於|收录于|收入|載於|载于|載|载)?\s*(?:(?P<editor>[^《：:]+?)(?:主編|主编|編|编)\s*[：:]\s*)?(?=《)"
)
# "《篇名》，载《刊名》": a 《》-marked part needs the word that links it to its container
_LINKED = lazy_pattern(r"^\s*[，,]\s*(?:收錄於|收录于|收入|載於|载于|載|载)")
_BOOK_PARTS = ("收錄於", "收录于", "收入")
_PAREN = lazy_pattern(r"[（(](?P<inner>[^（）()]*)[）)]")
_ISSUE = lazy_pattern(r"第\s*(\d+)\s*期")
_VOLUME = lazy_pattern(r"(?<![編编]\s)(?<![編编])第\s*(\d+)\s*[卷冊册](?!\s*第)")
_EDITION_PAGE = lazy_pattern(r"第\s*(\d+)\s*版")
_PAGES = lazy_pattern(r"頁\s*(\d+(?:\s*[-–]\s*\d+)?)(?!\s*[上下])")
_THESIS = lazy_pattern(r"(博士|碩士|硕士)(?:學位)?論文$")
_MONTH_YEAR = lazy_pattern(r"(1[5-9]\d\d|20\d\d)\s*年")


_COMMA_SEPARATOR = lazy_pattern(r"\s*[，,]\s*")


def _imprint(item: Item, inner: str) -> None:
    """Place, publisher and year from the parenthesis; the rest of it goes to ``note``."""
    left: list[str] = []
    for part in _COMMA_SEPARATOR.split(inner.strip()):
        place, colon, publisher = part.partition("：") if "：" in part else part.partition(":")
        if colon and "publisher" not in item and not YEAR.search(part):
            item["publisher-place"] = place.strip()
            publisher = publisher.strip()
            if thesis := _THESIS.search(publisher):
                item["type"] = "thesis"
                item["genre"] = thesis.group(0)
                publisher = publisher[: thesis.start()]
            item["publisher"] = publisher
        elif (year := _MONTH_YEAR.match(part)) and "issued" not in item:
            item["issued"] = {"date-parts": [[int(year.group(1))]]}
        elif part:
            left.append(part)
    if left:
        item["note"] = "，".join(left)


def parse_titlemarks(text: str) -> Item | None:
    """The record, or None when ``text`` does not open with a marked title, with or without an author."""
    text = text.strip()
    head = _HEAD.match(text)
    if head is None and not text.startswith("《"):
        return None
    item: Item = {"type": "book"}
    if head:
        head_names(item, head.group("authors"))
    rest = text[head.end() :] if head else text
    part = _PART.match(rest)
    if part is None and (marked := _BOOK.match(rest)) and _LINKED.match(rest[marked.end() :]):
        part = marked
    if part:
        item["title"] = part.group("t").strip()
        rest = rest[part.end() :]
        link = _IN.match(rest)
        book = _BOOK.match(rest[link.end() :]) if link else None
        if link and book:
            if link.group("editor"):
                editors = names(link.group("editor"))
                item["editor"] = [{"literal": n.get("family") or n.get("literal", "")} for n in editors]
            item["container-title"] = book.group("t").strip()
            rest = rest[link.end() + book.end() :]
            in_book = link.group("editor") or link.group("word") in _BOOK_PARTS
            item["type"] = "chapter" if in_book else "article-journal"
        else:
            item["type"] = "article"
    else:
        book = _BOOK.match(rest)
        if book is None:
            return None
        item["title"] = book.group("t").strip()
        rest = rest[book.end() :]
    outside(item, rest)
    if paren := _PAREN.search(rest):
        _imprint(item, paren.group("inner"))
    if m := _ISSUE.search(rest):
        item["issue"] = m.group(1)
    if m := _VOLUME.search(rest):
        item["volume"] = m.group(1)
    if m := _EDITION_PAGE.search(rest):
        item["page"] = m.group(1)
        item["type"] = "article-newspaper"
    cited = _PAGES.search(rest)
    if cited:
        item["page"] = pages(cited.group(1))
    if item["type"] == "book" and cited:
        item["note"] = "，".join(filter(None, (item.get("note"), "頁" + item.pop("page"))))  # the page a note cites
    if item["type"] == "book" and "URL" in item and "publisher" not in item:
        item["type"] = "webpage"  # an address and no imprint: a page on the web
    if item["type"] == "article-journal" and "issue" not in item and "volume" not in item and "publisher" in item:
        item["type"] = "chapter"  # an article in a book: 〈篇〉，《書》（地：出版社）
    return item
