"""Mend of a title's head word read apart from it: ``J. Ba. Adam: A method for …`` or
``Jimmy Ba. 2015. Adam: A method for …`` with ``Adam:`` among the names or read as a place."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

# names that end with a period, then one to three words and a colon: the title's head
_HEAD_AFTER_NAMES = lazy_pattern(r"(?P<names>.*\S\.)\s+(?P<head>[^\W\d_][\w'’+-]*(?:\s+[\w'’+-]+){0,2}:)\s*$")
# names end with a family name and its period ("J. Ba."), not with an initial ("Linton C.")
_FAMILY_END = lazy_pattern(r"[^\W\d_]{2}\.$")
# or with a family name, a comma and its initials ("Weiler, H.A."): no initial follows those
_FAMILY_INITIALS_END = lazy_pattern(r"[^\W\d_]{2},\s*(?:[A-Z]\.\s?-?)+$")
# Vancouver's ``Lample G, Ballesteros M, Dyer C.``: family names and their initials, the last initials closing
# the list with a period; one such name alone is the same shape as ``Linton C.`` of ``Linton C. Freeman``
_VANCOUVER_LIST = lazy_pattern(r"(?:[^\W\d_][\w'’-]+\s[A-Z]{1,3},\s)+[^\W\d_][\w'’-]+\s[A-Z]{1,3}\.$")
_VANCOUVER_NAME = lazy_pattern(r"[^\W\d_][\w'’-]+\s[A-Z]{1,3}\.$")
# a head no family name looks like: an acronym (``GROBID:``), a word with a digit or in lower case
_NO_NAME_HEAD = lazy_pattern(r"(?:[A-Z][A-Z0-9-]+|\S*\d\S*|[a-z]\S*)(?:\s+\S+){0,2}:")
_HEAD = lazy_pattern(r"\s*[^\W\d_][\w'’+-]*(?:\s+[\w'’+-]+){0,2}:\s*$")
_HEAD_HOLDERS = ("location", "publisher", "other")


def title_head_apart(spans: list[Span], text: str) -> list[Span]:
    """A few words and a colon just before the title, after the names or the year, open the title
    (``Adam: A method for stochastic optimization``)."""
    if ":" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if t.label != "title" or text[s.end : t.start].strip():
            continue
        if s.label in ("author", "editor"):
            m = _HEAD_AFTER_NAMES.fullmatch(text, s.start, s.end)
            if not m or not _names_end(m.group("names"), m.group("head")):
                return spans  # "Linton C. Freeman: A set of …": the colon ends the names
            names = Span(s.label, text[s.start : m.end("names")], s.start, m.end("names"), s.confidence)
            title = Span("title", text[m.start("head") : t.end], m.start("head"), t.end, t.confidence)
            return [*spans[:k], names, title, *spans[k + 2 :]]
        if s.label in _HEAD_HOLDERS and k > 0 and spans[k - 1].label in ("author", "editor", "date"):
            if not _HEAD.fullmatch(text, s.start, s.end):
                return spans
            title = Span("title", text[s.start : t.end], s.start, t.end, t.confidence)
            return [*spans[:k], title, *spans[k + 2 :]]
        return spans
    return spans


def _names_end(names: str, head: str) -> bool:
    """Whether ``names`` end where the head's words begin: after a family name (``J. Ba.``), a family name
    and initials (``Weiler, H.A.``), a Vancouver list (``Lample G, Dyer C.``), or one Vancouver name before
    a head no family name looks like (``Lopez P. GROBID:``)."""
    if _FAMILY_END.search(names) or _FAMILY_INITIALS_END.search(names) or _VANCOUVER_LIST.search(names):
        return True
    return bool(_VANCOUVER_NAME.fullmatch(names) and _NO_NAME_HEAD.fullmatch(head))
