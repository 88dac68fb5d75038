"""Korean book records parted by slashes, as Korean blogs and wikis list the books they read, after a library
catalogue's form: the title, then each contributor with the word of their role, the publisher, the printing and
date: ``GoF의 디자인 패턴(개정판) / 에릭 감마, 리처드 헬름 공저 / 김정아 역 / 프로텍미디어 / 발행 2015년 03월 26일``,
``이펙티브 자바 Effective Java 3/E / 조슈아 블로크 저/개앞맵시 역 / 인사이트(insight) / 초판 2쇄 2018년 11월 21일``.

The role words (저, 공저, 등저, 지음, 편저, 엮음; 역, 옮김, 번역), each after a space, mark the style; a record
without an author's role word is not read here.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.cjk.common import names
from biblio.records.model import Item

# the author part: names, then the role word ("공저", "등저": the others hidden); a spaced slash before it
_AUTHORS = r"(?P<authors>[^/\n]+?)\s+(?:공저|등저|편저|지음|엮음|저)"
_TRANSLATORS = r"(?:\s*/\s*(?P<translators>[^/\n]+?)\s+(?:역|옮김|번역))?"
# a Korean book record: a title before a spaced slash, the roles, the publisher and what follows it (a printing,
# a date); a title may hold an unspaced slash ("Java 3/E")
SLASH_RECORD = lazy_pattern(
    rf"^(?P<title>[^\n]+?)\s/\s{_AUTHORS}{_TRANSLATORS}\s*/\s*(?P<publisher>[^/\n]+?)"
    r"(?:\s*/\s*(?P<tail>[^/\n]*?))?\s*\.?$"
)
# "발행 2015년 03월 26일", "초판 16쇄 2017년 5월 10일", "2017년": the date, its month and day if given
_DATE = lazy_pattern(
    r"(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)\s*년(?:\s*(?P<month>\d{1,2})\s*월(?:\s*(?P<day>\d{1,2})\s*일)?)?"
)


def parse_korean_slash(text: str) -> Item | None:
    """The record, or None when ``text`` is not a slash-parted Korean book record read whole."""
    m = SLASH_RECORD.match(text.strip())
    if m is None:
        return None
    tail = m["tail"] or ""
    date = _DATE.search(tail) or _DATE.search(m["publisher"])
    if date is None:
        return None
    item: Item = {"type": "book", "title": m["title"].strip()}
    item["author"] = names(m["authors"])
    if m["translators"]:
        item["translator"] = names(m["translators"])
    publisher = m["publisher"][:date.start()].strip(" ,") if date.string is m["publisher"] else m["publisher"].strip()
    if publisher:
        item["publisher"] = publisher
    parts = [int(date["year"])] + [int(p) for p in (date["month"], date["day"]) if p]
    item["issued"] = {"date-parts": [parts]}
    return item
