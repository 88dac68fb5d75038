"""Notes that cite the work of the note before: ``Ibid., viii.``, ``Ibid., 45–46.``, ``Ibid.``, ``Id. at 12``,
``Op. cit., p. 3``.

``read(text)`` is the structured-reader interface (readers/base.py). Such a note names no work, only the
place in it: its record holds the cited page, and the word itself in a note (a reader of the document links
the note to the one before, ``biblio.references.records``). The sequence model reads ``Ibid`` as an author's
name and the page as a volume, so the reader is taken before it (``EXCLUSIVE`` in ``biblio.parse.readers``).

Fields touched: ``type`` (``document``), ``page``, ``note``.
"""

from __future__ import annotations

import re

from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.text import unmark
from biblio.records.model import Item

__all__ = ["IBID", "LOCATOR", "NAME", "read"]

NAME = "ibid"
BASE_CONFIDENCE = 0.9

# "p. 2", "45–46", "viii", "chap. 3", "Kap. 6.4.3 und 10.7" (a section number has dots), "S. 12, 15"
LOCATOR = (
    r"(?:(?:pp?\.|at|ch\.|chap\.|[Kk]ap\.|sec\.|S\.|s\.|n\.|no\.|§)\s*)?[\dxivlcXIVLC]+(?:\.\d+)*"
    r"(?:\s*[-–—]\s*[\dxivlc]+)?(?:\s*(?:,|und|and|&)\s*\d+(?:\.\d+)*(?:\s*[-–—]\s*\d+)?)*(?:\s*n\.\s*\d+)?"
)
IBID = re.compile(
    r"^(?P<word>ibid|ib|id|idem|op\.?\s*cit|loc\.?\s*cit)\b\.?(?:,?\s*(?P<locator>" + LOCATOR + r"))?\s*\.?$",
    re.IGNORECASE,
)
# the locator's words that make it a page: none, "p.", "pp.", "at" (law's "Id. at 12")
_PAGE_WORD = re.compile(r"^(?:(?:pp?\.|at)\s*)?(?=[\dxivlcXIVLC])")
_EMPHASIS = re.compile(r"[*_]")
_ROMAN_OR_DIGITS = re.compile(r"[\dxivlcXIVLC]+(?:\s*[-–—]\s*[\dxivlc]+)?")


def read(text: str) -> Reading | None:
    plain = " ".join(_EMPHASIS.sub("", unmark(text)).split())
    m = IBID.match(plain)
    if m is None:
        return None
    word = plain[: m.end("word")] + ("." if plain[m.end("word") : m.end("word") + 1] == "." else "")
    item: Item = {"type": "document", "note": word}
    locator = m.group("locator")
    if locator:
        lead = _PAGE_WORD.match(locator)
        rest = locator[lead.end() :] if lead else ""
        if lead is not None and _ROMAN_OR_DIGITS.fullmatch(rest):
            item["page"] = rest
        else:
            item["note"] = f"{word} {locator}"
    return marked_reading(item, NAME, BASE_CONFIDENCE)
