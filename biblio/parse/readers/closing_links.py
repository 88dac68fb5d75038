"""The links closing a reference, apart from what they close: a reader of a style that knows no links.

Real lists close many references with an address, a DOI or an access date (``… 2001. Available at:
https://… (Accessed: 3 May 2023).``, ``… Retrieved from https://…``) whatever their style; a reader that
says "not my style" to the whole text reads what the links close, and the links are added to its record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from functools import lru_cache
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.apa.identifiers import extract_identifiers
from biblio.parse.readers.base import Reading
from biblio.records.model import Item

# where a link opens: an address, a DOI's label or resolver
_LINK_OPENS = lazy_pattern(r"(?:https?|ftp)://|\bwww\.|\bdoi\s*:|\bdoi\.org/", re.I)
# the end of the sentence before the link, where its lead-in words ("Available at:", "Retrieved from") open
_SENTENCE_ENDS = (". ", ".) ", "] ", "? ", "! ")
_LINK_FIELDS = ("DOI", "URL", "accessed")


def closing_links_apart(text: str) -> tuple[str, dict[str, Any]] | None:
    """``text`` up to the links closing it, and their fields (``URL``, ``DOI``, ``accessed``); None where no link
    closes it or other words follow one."""
    low = text.lower()
    if "://" not in text and "www." not in low and "doi" not in low:
        return None
    return _apart(text)


# (every reader that says "not my style" to a text asks again: the text is cut once)
@lru_cache(maxsize=8)
def _apart(text: str) -> tuple[str, dict[str, Any]] | None:
    m = _LINK_OPENS.search(text)
    if m is None:
        return None
    a = m.start()
    opened = max(text.rfind(end, 0, a) + len(end) if text.rfind(end, 0, a) >= 0 else -1 for end in _SENTENCE_ENDS)
    for start in (opened, a) if 0 < opened < a else (a,):
        rest, fields = extract_identifiers(text[start:])
        if fields and not rest.strip(" .,;:()[]<>"):
            core = text[:start].rstrip()
            return (core, fields) if core else None
    return None


def read_before_links(read: Callable[[str], Reading | None], text: str) -> Reading | None:
    """``read(text)``, or where the reader takes the text only without the links closing it, its reading of what
    they close with their fields added."""
    found = read(text)
    if found is None and (apart := closing_links_apart(text)) is not None and (found := read(apart[0])) is not None:
        links_added(found.item, apart[1])
    return found


def parse_before_links(parse: Callable[[str], Item | None], text: str) -> Item | None:
    """``parse(text)``, or its record of what the links closing the text close, with their fields added."""
    item = parse(text)
    if item is None and (apart := closing_links_apart(text)) is not None and (item := parse(apart[0])) is not None:
        links_added(item, apart[1])
    return item


def links_added(item: Item, links: dict[str, Any]) -> None:
    for var in _LINK_FIELDS:
        if var in links and var not in item:
            item[var] = deepcopy(links[var])  # (the cut is shared by the readers asked)
