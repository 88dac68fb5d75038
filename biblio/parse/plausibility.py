"""Is a parsed record plausible?  Structural checks that catch readings gone wrong.

The model's confidence misses errors it is sure of (an italic article title read
as the journal, a label glued to the first name); the APA reader's confidence
hardly separates right from wrong.  Each check below looks at one thing a right
record does not show; ``doubts(item)`` lists those that fire.  They are signals
of the needs-review score (``biblio.parse.review``), which weighs them with the
model's marginals and the other signals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import mark_italics
from biblio.records.model import Item, biblio_data

_NAME_VARS = ("author", "editor", "translator", "director")
_DIGIT_OR_BRACKET = lazy_pattern(r"[\d\[\]()<>{}@]")
_YEAR = lazy_pattern(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_ITALIC = lazy_pattern("\ue000([^\ue001]{3,})\ue001")
_WORD = lazy_pattern(r"[^\W\d_]{2,}")
_LEAD_IN = lazy_pattern(r"^(?:in|In|IN)\b[:\s]")
_LETTERS = lazy_pattern(r"[^\W\d_]{2,}")
# page words a style writes ("pp", "S" of a supplement page, roman numerals); anything else is a foreign word
_PAGE_WORDS = {"pp", "p", "pages", "page", "art", "article", "no", "suppl", "s", "e", "bis", "ff", "passim"}
_ROMAN = lazy_pattern(r"^[ivxlcdm]+$", re.I)
_LOW = lazy_pattern(r"[^\w]+")


def odd_name(item: Item) -> bool:
    """A person's name with a digit, a bracket or an @ in it, or more words than names have."""
    for var in _NAME_VARS:
        for n in item.get(var, ()):
            if not isinstance(n, dict):
                continue
            if "literal" in n:
                if _DIGIT_OR_BRACKET.search(str(n["literal"]).replace("(", "").replace(")", "")):
                    return True
                continue
            whole = f"{n.get('given', '')} {n.get('family', '')}"
            if _DIGIT_OR_BRACKET.search(whole) or len(whole.split()) > 5:
                return True
    return False


def no_title(item: Item) -> bool:
    return not item.get("title")


def lost_italics(item: Item) -> bool:
    """An italic span of the source (a title or a container, in every style) whose words went
    into neither (a volume italicised with its journal, ``*Journal, 13*``, is no loss)."""
    source = str(biblio_data(item).get("source", ""))
    if "*" not in source and "_" not in source and "<i" not in source.lower():
        return False
    placed = set(
        _norm(" ".join(str(item.get(v, "")) for v in ("title", "container-title", "collection-title"))).split()
    )
    for span in _ITALIC.findall(mark_italics(source)):
        words = _WORD.findall(_norm(span))
        if words and sum(w not in placed for w in words) * 2 > len(words):
            return True
    return False


def container_in(item: Item) -> bool:
    """A container that still starts with the "In" that introduces it."""
    return bool(_LEAD_IN.match(str(item.get("container-title", ""))))


def left_over(item: Item) -> bool:
    """Text that went into no field (kept in ``note``)."""
    return bool(biblio_data(item).get("remainder")) or bool(item.get("note"))


def odd_publisher(item: Item) -> bool:
    """A publisher or place holding a year or a parenthesis: another field ran into it."""
    for var in ("publisher", "publisher-place"):
        v = str(item.get(var, ""))
        if _YEAR.search(v) or "(" in v or ")" in v:
            return True
    return False


def odd_page(item: Item) -> bool:
    """Pages holding words beyond an article number (``e0123``) or roman numerals."""
    words = _LETTERS.findall(str(item.get("page", "")))
    return any(w.lower() not in _PAGE_WORDS and not _ROMAN.match(w) for w in words)


_EVENT = lazy_pattern(
    r"(?i:\b(?:proc|proceedings|conference|conf|workshop|symposium|congress|meeting|summit)\b)"
    r"|\b[A-Z]{2,}['’]?\s*(?:1[5-9]\d\d|20\d\d)\b"
)


_LOCATOR = lazy_pattern(r"\b(?:vol|pp|no)\.\s*\d", re.I)


def odd_container(item: Item) -> bool:
    """A container holding a year, a volume or page marker: the numbers that follow it ran in
    (a conference is named with its year: ``Proc. ISMIR 2012``)."""
    v = str(item.get("container-title", ""))
    if _LOCATOR.search(v):
        return True
    return bool(_YEAR.search(v)) and not _EVENT.search(v)


def broken_value(item: Item) -> bool:
    """A title, container or publisher with a bracket that is never closed or never opened: a field
    boundary fell inside a parenthesis (``20244). Pakistan``). Right records do not show this."""
    for var in ("title", "container-title", "publisher", "publisher-place"):
        if var not in item:
            continue
        value = str(item[var])
        if ("(" in value or ")" in value) and value.count("(") != value.count(")"):
            return True
        if ("[" in value or "]" in value) and value.count("[") != value.count("]"):
            return True
    return False


def nothing_read(item: Item) -> bool:
    """No value at all came out of the text (all of it taken as a label or dropped): whatever the
    model's confidence, the reader has to look at it."""
    return not any(key not in ("id", "type", "custom") for key in item)


CHECKS: dict[str, Callable[[Item], bool]] = {
    "odd-name": odd_name,
    "no-title": no_title,
    "lost-italics": lost_italics,
    "container-in": container_in,
    "left-over": left_over,
    "odd-publisher": odd_publisher,
    "odd-page": odd_page,
    "odd-container": odd_container,
}


def doubts(item: Item) -> list[str]:
    """The names of the checks ``item`` fails."""
    return [name for name, check in CHECKS.items() if check(item)]


def _norm(s: str) -> str:
    return " ".join(_LOW.sub(" ", s.replace("\ue000", "").replace("\ue001", "")).lower().split())
