"""Japanese references in SIST 02's form (the Japan Science and Technology Agency's standard), with no title marks:
full stops part the names, the title and the source, a book's publisher and year after a comma, a journal's year,
volume, number and pages after its name:
``櫻井武. 睡眠の科学ーなぜ眠るのかなぜ目覚めるのかー. 講談社, 2010.``, ``櫻井武. 書名. 講談社, 2010, 220p.``,
``古重奈央. 論文名. 日本教科教育学会誌. 2019, vol.42, no.3, pp.55-67.``

The names are CJK characters alone (a Latin reference in this shape is the model's to read); with text the grammar
does not place, the reader says "not my style".
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import names, pages
from biblio.records.model import Item

# names of CJK characters, parted by commas or semicolons, each closed before the full stop
_NAME = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]+"
_NAMES = rf"(?P<names>{_NAME}(?:\s*[,，;；、]\s*{_NAME})*)"
_TITLE = r"(?P<title>[^.]+?)"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_ARTICLE = lazy_pattern(
    rf"^{_NAMES}\.\s*{_TITLE}\.\s*(?P<journal>[^.,]+?)\.\s*{_YEAR}\s*,\s*vol\.\s*(?P<volume>\d+)"
    r"(?:\s*,\s*no\.\s*(?P<issue>\d+))?\s*,\s*pp?\.\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*\.?$"
)
# (a count of pages may close it: "2010, 220p.")
_BOOK = lazy_pattern(
    rf"^{_NAMES}\.\s*{_TITLE}\.\s*(?P<publisher>[^.,]+?)\s*,\s*{_YEAR}(?:\s*,\s*(?P<count>\d+)\s*p)?\s*\.?$"
)


def parse_sist(text: str) -> Item | None:
    """The record, or None when ``text`` is not a SIST 02 article or book read whole."""
    text = text.strip()
    if m := _ARTICLE.match(text):
        item: Item = {"type": "article-journal", "author": names(m["names"]), "title": m["title"].strip()}
        item["container-title"] = m["journal"].strip()
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        item["volume"] = m["volume"]
        if m["issue"]:
            item["issue"] = m["issue"]
        item["page"] = pages(m["page"])
        return item
    if m := _BOOK.match(text):
        item = {"type": "book", "author": names(m["names"]), "title": m["title"].strip()}
        item["publisher"] = m["publisher"].strip()
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        if m["count"]:
            item["page"] = m["count"]
        return item
    return None
