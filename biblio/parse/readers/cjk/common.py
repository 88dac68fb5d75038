"""What both Chinese styles share: CJK text, name lists, years and page ranges."""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import LEGAL_FORM
from biblio.parse.text import CJK

YEAR = lazy_pattern(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
# "et al." in Chinese and Latin script closing a name list
_ET_AL = lazy_pattern(r"\s*(?:等人?|et\s+al\.?|others)\s*$", re.I)
# a company's legal form after a comma belongs to the name before it: "Center, Inc."
_LEGAL_FORM = lazy_pattern(rf"{LEGAL_FORM}\.?", re.I)
_NAME_SEP = lazy_pattern(r"\s*[,，、;；]\s*|\s+and\s+|\s*&\s*")
# a dynasty or role mark before a classical author: "宋‧司馬光", "明・郝敬"
_DYNASTY = lazy_pattern(r"^[\u4e00-\u9fff][‧・·]")
# "SMITH J", "Smith J A": a Latin family name then initials, as GB/T 7714 writes them
_FAMILY_INITIALS = lazy_pattern(
    r"^(?P<family>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]+)*?)\s+(?P<given>(?:[A-Z]\.?\s?){1,3}?)"
    r"(?:\s*(?P<suffix>Jr|Sr|II|III|IV)\.?)?$"
)


# "P. Z. Peebles Jr", "D. J. Des Marais": initials, then the family name, as some university styles write them
INITIALS_FIRST = lazy_pattern(
    r"^(?P<given>(?:[A-Z]\.\s?-?){1,3})\s*(?P<family>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)*?)"
    r"(?:\s+(?P<suffix>Jr|Sr|II|III|IV)\.?)?$"
)


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def names(text: str) -> list[dict[str, str]]:
    """Names as written: a CJK name is one family value; a Latin "FAMILY I" splits; else a literal."""
    out: list[dict[str, str]] = []
    for part in _joined(_NAME_SEP.split(_ET_AL.sub("", text.strip(" .。")))):
        part = _DYNASTY.sub("", part.strip(" .。"))
        if not part:
            continue
        if has_cjk(part):
            out.append({"family": part} if len(part) <= 4 and " " not in part else {"literal": part})
        elif (m := _FAMILY_INITIALS.match(part)) or (m := INITIALS_FIRST.match(part)):
            name = {"family": m.group("family"), "given": m.group("given").strip()}
            out.append(name | ({"suffix": m.group("suffix")} if m.group("suffix") else {}))
        else:
            out.append({"literal": part})
    return out


def initials_first_list(text: str) -> bool:
    """Whether ``text`` is a list of initials-first Latin names ("X. Fan, C. H. Sommers, et al.")."""
    parts = [p.strip(" .") for p in _NAME_SEP.split(_ET_AL.sub("", text.strip(" .")))]
    parts = [p for p in parts if p]
    return bool(parts) and all(INITIALS_FIRST.match(p) for p in parts)


def _joined(parts: list[str]) -> list[str]:
    """The parts of a name list, a company's legal form joined to the name it ends."""
    out: list[str] = []
    for part in parts:
        if out and _LEGAL_FORM.fullmatch(part.strip(" .")):
            out[-1] = f"{out[-1]}, {part.strip()}"
        else:
            out.append(part)
    return out


def year_of(text: str) -> dict[str, Any] | None:
    m = YEAR.search(text)
    return {"date-parts": [[int(m.group(1))]]} if m else None


_SPACED_DASH = lazy_pattern(r"\s*[-–—~～]\s*")


def pages(text: str) -> str:
    """A page range with ASCII hyphens: "172-194", "45–67" → "45-67"."""
    return _SPACED_DASH.sub("-", text.strip(" .。"))
