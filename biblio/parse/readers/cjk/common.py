"""What both Chinese styles share: CJK text, name lists, years and page ranges."""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.text import CJK

YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
# "et al." in Chinese and Latin script closing a name list
_ET_AL = re.compile(r"\s*(?:等|et\s+al\.?)\s*$", re.I)
_NAME_SEP = re.compile(r"\s*[,，、;；]\s*|\s+and\s+|\s*&\s*")
# a dynasty or role mark before a classical author: "宋‧司馬光", "明・郝敬"
_DYNASTY = re.compile(r"^[\u4e00-\u9fff][‧・·]")
# "SMITH J", "Smith J A": a Latin family name then initials, as GB/T 7714 writes them
_FAMILY_INITIALS = re.compile(
    r"^(?P<family>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]+)*?)\s+(?P<given>(?:[A-Z]\.?\s?){1,3})$"
)


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def names(text: str) -> list[dict[str, str]]:
    """Names as written: a CJK name is one family value; a Latin "FAMILY I" splits; else a literal."""
    out: list[dict[str, str]] = []
    for part in _NAME_SEP.split(_ET_AL.sub("", text.strip(" .。"))):
        part = _DYNASTY.sub("", part.strip(" .。"))
        if not part:
            continue
        if has_cjk(part):
            out.append({"family": part} if len(part) <= 4 and " " not in part else {"literal": part})
        elif m := _FAMILY_INITIALS.match(part):
            out.append({"family": m.group("family"), "given": m.group("given").strip()})
        else:
            out.append({"literal": part})
    return out


def year_of(text: str) -> dict[str, Any] | None:
    m = YEAR.search(text)
    return {"date-parts": [[int(m.group(1))]]} if m else None


def pages(text: str) -> str:
    """A page range with ASCII hyphens: "172-194", "45–67" → "45-67"."""
    return re.sub(r"\s*[-–—~～]\s*", "-", text.strip(" .。"))
