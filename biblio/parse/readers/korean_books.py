"""Korean book lists that part the fields with slashes, as Korean booksellers' and readers' notes write them:
``GoF의 디자인 패턴(개정판) / 에릭 감마, 리처드 헬름 공저 / 김정아 역 / 프로텍미디어 / 발행 2015년 03월 26일``,
``Head First Design Patterns / 에릭 프리먼 등저 / 서환수 역 / 한빛미디어 / 초판 16쇄 2017년 5월 10일``.

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). The title, then the authors
closed by their role word (``저``, ``공저``, ``등저`` with others unnamed, ``지음``, ``편저``), the translator closed
by ``역`` or ``옮김`` if any, the publisher, and the date (``2015년 03월 26일``) with perhaps the printing before it
(``초판 16쇄``, ``1판 9쇄``, ``발행``). The sequence model, trained on Latin-script references, reads the slashes'
parts as one title; the whole reference must have that shape, so the reader is taken before it (``EXCLUSIVE`` in
``biblio.parse.readers``). An edition after the title in brackets (``(개정판)``, ``[개정판]``) is the edition.
Names written with a space are in natural order (``에릭 감마``: family ``감마``); a name in one word (``김정아``) is
kept whole as the family name, as Korean names are written.

Fields touched: ``type`` (``book``), ``title``, ``edition``, ``author``, ``translator``, ``publisher``, ``issued``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "korean-books"
BASE_CONFIDENCE = 0.9

# the parts' separator: a spaced slash, or a slash right after a role word ("블로크 저/개앞맵시 역")
_SLASH = lazy_pattern(r"\s+/\s+|(?<=[저역])/(?=\S)")
_AUTHORS = lazy_pattern(r"^(?P<names>.+?)\s+(?P<role>공저|등저|편저|저|지음|엮음)$")
_TRANSLATOR = lazy_pattern(r"^(?P<names>.+?)\s+(?:역|옮김|번역)$")
_DATE = lazy_pattern(
    r"^(?:(?:발행|초판|\d+판)(?:\s+\d+쇄)?\s+)?(?P<year>(?:19|20)\d\d)년(?:\s*(?P<month>\d{1,2})월(?:\s*(?P<day>\d{1,2})일)?)?$"
)
_EDITION = lazy_pattern(r"\s*[(\[](?P<edition>개정(?:증보)?판|증보판|제\s?\d+\s?판|\d+판)[)\]]$")
_HANGUL = lazy_pattern(r"[\uac00-\ud7a3]")


def _names(run: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for name in run.split(","):
        words = name.split()
        if not words:
            continue
        out.append({"family": words[-1], "given": " ".join(words[:-1])} if len(words) > 1 else {"family": words[0]})
    return out


def read(text: str) -> Reading | None:
    """The reading of ``Title / Names 저 / Name 역 / Publisher / date``, or None for "not my style"."""
    if "/" not in text or "년" not in text or _HANGUL.search(text) is None:
        return None
    parts = [p.strip() for p in _SLASH.split(text.strip().rstrip("."))]
    if len(parts) not in (4, 5):
        return None
    date = _DATE.match(parts[-1])
    authors = _AUTHORS.match(parts[1])
    if date is None or authors is None or not parts[0] or "/" in parts[-2]:
        return None
    translator = None
    if len(parts) == 5:
        translator = _TRANSLATOR.match(parts[2])
        if translator is None:
            return None
    elif _TRANSLATOR.match(parts[2]) is not None:
        return None  # (a translator and no publisher: not this form's order)
    title = parts[0]
    item: Item = {"type": "book"}
    if (ed := _EDITION.search(title)) is not None:
        title, item["edition"] = title[: ed.start()].strip(), ed.group("edition")
    item["title"] = title
    item["author"] = _names(authors.group("names"))
    if translator is not None:
        item["translator"] = _names(translator.group("names"))
    item["publisher"] = parts[-2]
    issued = [int(date.group("year"))]
    if date.group("month"):
        issued.append(int(date.group("month")))
        if date.group("day"):
            issued.append(int(date.group("day")))
    item["issued"] = {"date-parts": [issued]}
    return marked_reading(item, NAME, BASE_CONFIDENCE)
