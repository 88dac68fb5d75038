"""Japanese references that mark titles with 「」 (an article, a chapter) and 『』 (a book, a journal),
the year in brackets after the names, as Japanese journals of the humanities and social sciences
print them: ``服部四郎（1976）「論文名」『言語』5(6): 2-14.``, ``柴谷方良（1978）『書名』東京: 大修館書店.``,
``上野善道（1997）「章名」国広哲弥・廣瀬肇（編）『書名』231-270. 東京: 三省堂.``,
``梶茂樹（1992）「論文名」博士論文, 京都大学``.

Names are divided by ``・`` or ``、`` (a katakana name keeps its ``・``: ``ロナルド・ドーア``); ``（編）`` or
``編`` after names marks editors.  Without the names, the bracketed year and a marked title, or
with text the grammar does not place, the reader says "not my style".
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import names, pages
from biblio.records.model import Item

_HEAD = lazy_pattern(
    r"^(?P<names>[^（(「」『』\d]{1,80}?)\s*(?P<role>[（(]?\s*編\s*[)）]?)?\s*[（(]\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*[)）]\s*"
)
_PART = lazy_pattern(r"「(?P<t>[^「」]+)」\s*")
_BOOK = lazy_pattern(r"『(?P<t>[^『』]+)』\s*")
# "国広哲弥・廣瀬肇（編）" / "市河三喜編" before the book a chapter is in
_EDITORS = lazy_pattern(r"(?P<names>[^『「」』]+?)\s*[（(]?\s*編\s*[)）]?\s*(?=『)")
_KATAKANA = lazy_pattern(r"[\u30a1-\u30fa\u30fc]")  # the letters, not the middle dot ・ (U+30FB)
_RANGE = r"\d+\s*[-–—~～]\s*\d+"
# "9: 1-16" / "5(6): 2-14" / "第12巻第3号, pp. 45-67" / "12(3), 45-67頁"
_NUMBERS = lazy_pattern(
    r"^[,，、]?\s*(?:第\s*)?(?P<volume>\d+)\s*巻?\s*(?:[(（]\s*(?P<issue>[^()（）]+?)\s*[)）]|第?\s*(?P<issue2>\d+)\s*号)?"
    r"\s*[:：,，、]\s*(?:pp?\.\s*)?(?P<page>" + _RANGE + r"|\d+)\s*頁?\s*[.。]?$"
)
_IMPRINT = lazy_pattern(r"^(?:(?P<place>[^:：.。,，]{1,20}?)\s*[:：]\s*)?(?P<publisher>[^:：.。]+?)\s*[.。]?$")
_CHAPTER_PAGES = lazy_pattern(r"^(?:pp?\.\s*)?(?P<page>" + _RANGE + r")\s*頁?\s*[.。]?\s*")
_THESIS = lazy_pattern(r"^(?P<genre>博士論文|修士論文|卒業論文)\s*[,，、]\s*(?P<publisher>[^.。]+?)\s*[.。]?$")


_JAPANESE_NAME_SEPARATOR = lazy_pattern(r"\s*[・、]\s*")


def _names(text: str) -> list[dict[str, str]]:
    parts = _JAPANESE_NAME_SEPARATOR.split(text.strip()) if not _KATAKANA.search(text) else [text]
    return [n for part in parts for n in names(part)]


def _imprint(item: Item, text: str) -> bool:
    if m := _IMPRINT.match(text):
        if m.group("place"):
            item["publisher-place"] = m.group("place").strip()
        item["publisher"] = m.group("publisher").strip()
        return True
    return False


def _after_part(item: Item, rest: str) -> bool:
    """What follows an article's or a chapter's 「title」: a journal, a book with its editors, or a degree."""
    if m := _THESIS.match(rest):
        item["type"], item["genre"], item["publisher"] = "thesis", m.group("genre"), m.group("publisher").strip()
        return True
    editors = _EDITORS.match(rest)
    if editors:
        item["editor"] = _names(editors.group("names"))
        rest = rest[editors.end() :]
    book = _BOOK.match(rest)
    if book is None:
        return False
    item["container-title"] = book.group("t").strip()
    rest = rest[book.end() :]
    if not editors and (m := _NUMBERS.match(rest)):
        item["type"] = "article-journal"
        for key in ("volume", "issue", "page"):
            value = m.group(key) or (m.group("issue2") if key == "issue" else None)
            if value:
                item[key] = pages(value) if key == "page" else value.strip()
        return True
    item["type"] = "chapter"
    if m := _CHAPTER_PAGES.match(rest):
        item["page"] = pages(m.group("page"))
        rest = rest[m.end() :]
    return not rest or _imprint(item, rest)


_JAPANESE_OPENING_QUOTE = lazy_pattern(r"[「『]")


def parse_japanese(text: str) -> Item | None:
    """The record, or None when ``text`` is not a bracket-marked Japanese reference read whole."""
    text = text.strip()
    head = _HEAD.match(text)
    if head is None or not _JAPANESE_OPENING_QUOTE.match(text[head.end() :]):
        return None
    item: Item = {"type": "book", "issued": {"date-parts": [[int(head.group("year"))]]}}
    item["editor" if head.group("role") else "author"] = _names(head.group("names"))
    rest = text[head.end() :]
    if part := _PART.match(rest):
        item["title"] = part.group("t").strip()
        return item if _after_part(item, rest[part.end() :].strip()) else None
    book = _BOOK.match(rest)
    if book is None:
        return None
    item["title"] = book.group("t").strip()
    rest = rest[book.end() :].strip()
    return item if not rest or _imprint(item, rest) else None
