"""Duplicates: two references to the same work (same DOI, or same first author, year and title)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from biblio.check.flag import Flag, flag


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    return re.sub(r"[\W_]+", " ", "".join(c for c in text if not unicodedata.combining(c))).strip()


def work_keys(item: dict[str, Any]) -> list[str]:
    """Keys under which two records stand for the same work."""
    keys = []
    if item.get("DOI"):
        keys.append("doi:" + str(item["DOI"]).strip().lower())
    title = _fold(str(item.get("title") or ""))
    if title:
        names = item.get("author") or item.get("editor") or [{}]
        first = names[0] if isinstance(names, list) and names else {}
        who = _fold(str(first.get("family") or first.get("literal") or "")) if isinstance(first, dict) else ""
        try:
            year = str(item["issued"]["date-parts"][0][0])
        except (KeyError, IndexError, TypeError):
            year = ""
        keys.append(f"work:{who}|{year}|{title[:80]}")
    return keys


def duplicate_flags(items: list[dict[str, Any]], where: list[str]) -> list[list[Flag]]:
    """For each item, a ``duplicate`` flag naming the earlier reference it repeats (``where``: how to name each)."""
    seen: dict[str, int] = {}
    out: list[list[Flag]] = []
    for index, item in enumerate(items):
        first = None
        for key in work_keys(item):
            if key in seen and first is None:
                first = seen[key]
            seen.setdefault(key, index)
        out.append([flag("duplicate", f"the same work as reference {first + 1} ({where[first]})")]
                   if first is not None else [])
    return out
