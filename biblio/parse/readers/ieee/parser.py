"""IEEE orchestrator: label -> identifiers (``doi:``, ``[Online]. Available:``, ``Accessed:``) ->
names (up to the comma before the title) -> quoted or italic title -> source units.

``parse_ieee`` returns None where the names, the title or the source fit none of IEEE's forms.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.title import title_value
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.readers.base import finish_record
from biblio.parse.readers.cs_common import access_date, initialled_names
from biblio.parse.readers.ieee.source import parse_source
from biblio.parse.text import IT_OPEN, clean_space, mark_italics, matching_close
from biblio.records.model import Item, biblio_data

_LABEL = lazy_pattern(r"^\[\d{1,4}\]\s*")
_ONLINE = lazy_pattern(r"\[\s*Online\s*\]\.?\s*(?:Available\s*(?:at|from)?\s*:?\s*)?", re.I)
_ACCESSED = lazy_pattern(r"[,.]?\s*\(?\s*(?:Last\s+)?Accessed:?\s+(?:on\s+)?(?P<date>[\w.,/ -]{4,30}?)\s*\)?\.?$", re.I)
_TITLE_AT = lazy_pattern(r",\s*(?=[\"\u201c\ue000])")
# what follows a title when only a number does: a year in IEEE's, the page cited in a Chicago short note
_BARE_NUMBER = lazy_pattern(r"\s*\d{1,4}\.?\s*")
_CLOSE = {'"': lazy_pattern(r"\"(?=\s|$)"), "\u201c": lazy_pattern("\u201d")}


def _opening(s: str) -> tuple[tuple[str, list[dict[str, object]]] | None, str] | None:
    """(names or None, the rest from the title on), or None where no names stand before the title."""
    if s[:1] in _CLOSE or s[:1] == IT_OPEN:
        return None, s
    m = _TITLE_AT.search(s, 0, 400)
    if m is None:
        return None
    names = initialled_names(s[: m.start()], inverted=False)
    return None if names is None else (names, s[m.end() :])


def _title(s: str) -> tuple[str | None, bool, str] | None:
    """(title, italic, the rest after it), or None where the title is not closed."""
    if s[:1] in _CLOSE:
        m = _CLOSE[s[0]].search(s, 1)
        if m is None:
            return None
        return title_value(s[1 : m.start()].rstrip(" ,")), False, s[m.end() :]
    j = matching_close(s, 0)
    if j <= 0:
        return None
    return title_value(s[1:j]), True, s[j + 1 :]


def _surnames_only(names: list[dict[str, object]], text: str) -> bool:
    """Whether ``names`` are one-word surnames without given names or initials in a list with no IEEE bracket label
    (``Kwon``, not ``European Space Agency`` nor ``[6] Kwon``)."""
    if _LABEL.match(text.lstrip()):
        return False
    return all("given" not in n and " " not in str(n.get("family", n.get("literal", ""))).strip() for n in names)


def parse_ieee(text: str) -> Item | None:
    """Parse one IEEE reference; None when it is not one."""
    s = _LABEL.sub("", clean_space(text), count=1)
    s, ident = extract_identifiers(_ONLINE.sub(" ", s))
    # "Accessed: Mon. Day, Year." stands after the URL or, as IEEE's guide now has it, before "[Online]"
    s = s.rstrip()
    accessed = None
    m = _ACCESSED.search(s)
    if m and (accessed := access_date(m.group("date"))) is not None:
        s = s[: m.start()]
    opening = _opening(mark_italics(s))
    if opening is None:
        return None
    names, rest = opening
    title = _title(rest)
    if title is None:
        return None
    if names and _BARE_NUMBER.fullmatch(title[2]) and not ident and _surnames_only(names[1], text):
        return None  # Chicago's short note, "Kwon, “Inclusion Work,” 1851.": surnames alone, then the page cited
    src = parse_source(title[2], title[1], bool(ident.get("URL")))
    # text left over means the reference is in another style (and a reading of it, never taken,
    # would only count as a disagreement for needs-review)
    if src is None or src.leftover:
        return None
    out: Item = {"type": src.type}
    if names:
        out[names[0]] = names[1]
    if title[0]:
        out["title"] = title[0]
    out.update(src.fields)
    if accessed:
        ident.setdefault("accessed", accessed)
    out.update({k: v for k, v in ident.items() if k not in out})
    biblio_data(out)["source"] = text
    return finish_record(out, [])
