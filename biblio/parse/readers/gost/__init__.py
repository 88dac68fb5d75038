"""GOST R 7.0.100 / 7.0.5 (Russian) and DSTU 8302 (Ukrainian) references, read by ISBD's own marks.

``read(text)`` is the structured-reader interface (readers/base.py).  The marks are GOST's: the
host after `` // ``, or a statement of responsibility after `` / `` with areas divided by ``. – ``.
Where the text carries them the reading is taken before the sequence model's (``EXCLUSIVE`` in
``biblio.parse.readers``), which reads ``Т. 70`` as the volume ``Т`` and ``С. 45–52`` as pages
``С. 45–52``; without them the reader says "not my style".
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.base import Reading, finish_record, marked_reading
from biblio.parse.readers.gost import names
from biblio.parse.readers.gost.parser import parse_gost

__all__ = ["NAME", "gost_shaped", "read"]

NAME = "gost"
BASE_CONFIDENCE = 0.9
_AREA = lazy_pattern(r"\.\s+[–—]\s+")
_NUMBERS = lazy_pattern(r"(?:^|\s)(?:Т|Вып|С|Сс)\.\s*\d|№\s*\d")
_RESPONSIBILITY = lazy_pattern(r"\s/\s")
# "— 240 с.": the number of pages as an area of its own
_EXTENT = lazy_pattern(r"\.\s+[–—]\s+\d+\s*(?:с|сс|стр)\.")
# DSTU 8302 without " // ": "Вісник КНУ. 2019. № 3. С. 12–18." closing an article
_UNMARKED_HOST = lazy_pattern(r"\.\s+(?:№|Т\.|Вып\.|Вип\.)\s*\d[^.]*\.\s+С\.\s*\d")
# GOST R 7.0.5 without dashes: "М. : Наука, 2001. 456 с." closing a book
_IMPRINT_EXTENT = lazy_pattern(r"\s:\s[^,:]+,\s+(?:1[5-9]|20)\d\d\.\s+\d+\s*(?:с|сс|стр)\.$")
# DSTU 8302 written in English, as Ukrainian lists give their English entries: the areas' dashes
# before the address ("*Title.* — Maker, 2023. — Available at: https://…") or the count of pages
# ("— Kyiv: Publisher, 2022. — 368 p.")
_LATIN_AREA_CLOSE = lazy_pattern(
    r"\.\*{0,2}\s+[–—]\s+(?:(?:Available at|URL|Access mode)\s*:\s*https?://\S+\s*$|\d+\s*p\.$)"
)

# a web document by DSTU 8302 or GOST: "Title [Електронний ресурс]. — Body. — Режим доступу: https://…", its medium
# designated in brackets and an area dash after it
_MEDIUM_THEN_AREA = lazy_pattern(r"\[(?:Электронный|Електронний) ресурс\]\.?\s+[–—]\s+\S")


def gost_shaped(text: str) -> bool:
    """A host after `` // `` with an area dash or GOST's numbering (``Т. 5``, ``№ 2``, ``С. 45``); the
    number of pages as an area (``. – 240 с.``) or after an imprint (``М. : Наука, 2001. 456 с.``); a
    heading and a journal's numbers without `` // `` (``Вісник КНУ. 2019. № 3. С. 12–18.``); an
    English entry closing on an area of its address or its pages (``. — Available at: https://…``,
    ``. — 368 p.``) or a medium designated before an area (``[Електронний ресурс]. — Mozilla.``); or a statement of
    responsibility followed by an area dash."""
    if " // " in text:
        return _AREA.search(text) is not None or _NUMBERS.search(text) is not None
    if "С." in text and _UNMARKED_HOST.search(text) and names.HEADING.match(text):
        return True
    if ("с." in text or "сс." in text) and (_EXTENT.search(text) or _IMPRINT_EXTENT.search(text)):
        return True
    if (" — " in text or " – " in text) and (_LATIN_AREA_CLOSE.search(text) or _MEDIUM_THEN_AREA.search(text)):
        return True
    if " / " not in text:
        return False  # most references end here, cheaply
    slash = _RESPONSIBILITY.search(text)
    return slash is not None and _AREA.search(text, slash.end()) is not None


# the host's slashes written against the host's title ("recognition //Proceedings of the IEEE …"), as entries typed
# by hand often do; an address's "://" has no space before its slashes
_TIGHT_HOST = lazy_pattern(r"(?<=\S) //(?=[^\s/])")
# the areas' dashes typed as spaced hyphens ("Название. - СПб.: Питер, 2019. - 544 с."), as lists typed by hand
# write them: two of them after full stops, in a Cyrillic entry with no dash of its own
_HYPHEN_AREA = lazy_pattern(r"(?<=\.) - (?=\S)")
_CYRILLIC = lazy_pattern(r"[\u0400-\u04ff]")


def read(text: str) -> Reading | None:
    """The reading of ``text`` in GOST's form, or None for "not my style"."""
    if " //" in text and " // " not in text:
        text = _TIGHT_HOST.sub(" // ", text)
    if text.count(". - ") >= 2 and "\u2013" not in text and "\u2014" not in text and _CYRILLIC.search(text):
        text = _HYPHEN_AREA.sub(" \u2013 ", text)
    if not gost_shaped(text):
        return None
    found = parse_gost(text)
    if found is None:
        return None
    item, leftover = found
    return marked_reading(finish_record(item, leftover), NAME, BASE_CONFIDENCE)
