"""Chinese, Japanese and Korean reference styles, read by their own marks: GB/T 7714's type codes (``[J]``,
``[M]``, …), the 《》/〈〉 title marks of Chinese notes and bibliographies, and the 「」/『』 marks of
Japanese author-year lists.

``read(text)`` is the structured-reader interface (readers/base.py).  The marks belong to these
styles alone, so a reading is offered only where the text carries them; the sequence model,
trained on Latin-script references, reads such text as one long author (see ``EXCLUSIVE`` in
``biblio.parse.readers``).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.readers.cjk.comma_parts import parse_comma_parts
from biblio.parse.readers.cjk.gbt7714 import parse_gbt7714
from biblio.parse.readers.cjk.japanese import parse_japanese
from biblio.parse.readers.cjk.sist import parse_sist
from biblio.parse.readers.cjk.titlemarks import parse_titlemarks
from biblio.parse.readers.closing_links import parse_before_links
from biblio.parse.text import CJK
from biblio.records.model import NO_AUTHOR, Item, add_flag

__all__ = ["NAME", "comma_parts_record", "read"]

NAME = "chinese"
BASE_CONFIDENCE = 0.95
# a type code, the Chinese title marks, a law note's quoted title, the Japanese title marks
_MARKS = ("[", "《", "〈", "：“", "『", "「")


def read(text: str) -> Reading | None:
    """The reading of ``text`` in GB/T 7714, with 《》 title marks, or in SIST 02's form, or None for "not my style"."""
    if not any(mark in text for mark in _MARKS):
        # neither a type code nor a title mark: most references end here, cheaply; one that opens on CJK names may
        # be in SIST 02's unmarked form
        sist = parse_sist(text) if CJK.match(text) else None
        return None if sist is None else marked_reading(sist, NAME, BASE_CONFIDENCE)
    found = parse_gbt7714(text)
    if found is not None:
        item, whole = found
        if not whole:  # the code's grammar does not fit what follows: leave it to the model
            return None
    else:
        titled = parse_titlemarks(text) or parse_japanese(text)
        if titled is None:
            return None
        item = titled
    if not item.get("author"):
        item.pop("author", None)
        add_flag(item, NO_AUTHOR)
    return marked_reading(item, NAME, BASE_CONFIDENCE)


def comma_parts_record(text: str, chosen: Item) -> Item | None:
    """The reading of a CJK journal article written as comma-separated parts (comma_parts.py), where the record
    otherwise chosen shows it misread: no title, a title that is only a part of this reading's (cut at a comma
    inside it, or at a number opening it), or one that holds names before it. A reading with a whole title of
    its own stands."""
    item = parse_before_links(parse_comma_parts, text)
    if item is None:
        return None
    title, ours = str(chosen.get("title", "")), str(item["title"])
    if title and (title == ours or title not in ours and not title.endswith(ours)):
        return None
    return marked_reading(item, NAME, BASE_CONFIDENCE).item
