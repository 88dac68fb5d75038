"""Citations in the text against the reference list: a citation with no reference, a reference never cited.

Hook: when ``biblio.papers`` offers ``link_citations(text, items)`` (returning
``[{"line", "text", "ids"}]``, one per in-text citation, ``ids`` the linked
records), it is used. Until then this module finds author–year citations
(``(Smith & Lee, 2020a; WHO, 2019, p. 4)``, ``Smith et al. (2020)``) and
numeric ones (``[3]``, ``[1–3, 7]``) itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from importlib import import_module
from typing import Any

_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.(?:-[a-z])?"
_NAME = r"[A-Z\u00c0-\u024f][\w'\u2019\-]*"
_PAREN = re.compile(rf"\(([^()]*?(?:{_YEAR})[^()]*)\)")
_PART = re.compile(rf"(?P<names>{_NAME}(?:[\s,&]+(?:and\s+)?(?:{_NAME}|et al\.))*?),?\s+(?P<year>{_YEAR})")
_NARRATIVE = re.compile(rf"(?P<names>{_NAME}(?:\s+(?:et al\.|(?:and|&)\s+{_NAME}))?)\s+\((?P<year>{_YEAR})[^()]*\)")
_NUMERIC = re.compile(r"\[(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)\]")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", "".join(c for c in text if not unicodedata.combining(c))).split())


def _year_key(year: str) -> str:
    year = year.replace(" ", "")
    return "nd" if year.startswith("n.d") else year[:4]


def _item_keys(item: dict[str, Any]) -> tuple[str, str]:
    names = item.get("author") or item.get("editor") or []
    first = names[0] if isinstance(names, list) and names and isinstance(names[0], dict) else {}
    who = " ".join(str(first.get(k, "")) for k in ("non-dropping-particle", "family", "literal"))
    try:
        year = str(item["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError):
        year = "nd"
    return _fold(who), year


def _first_name(names: str) -> str:
    return _fold(re.split(r",|&|\band\b|\bet al\.", names)[0])


def _author_year(body: list[tuple[int, str]]) -> list[dict[str, Any]]:
    found = []
    for line, text in body:
        for match in _PAREN.finditer(text):
            for part in match.group(1).split(";"):
                if cite := _PART.search(part):
                    found.append({"line": line, "text": part.strip(),
                                  "name": _first_name(cite.group("names")), "year": _year_key(cite.group("year"))})
        for match in _NARRATIVE.finditer(text):
            found.append({"line": line, "text": match.group(0), "name": _first_name(match.group("names")),
                          "year": _year_key(match.group("year"))})
    return found


def _numbers(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        ends = [int(n) for n in re.split(r"\s*[-–]\s*", part.strip()) if n]
        out.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 and ends[1] - ends[0] < 100 else ends)
    return out


def _own_links(body: list[tuple[int, str]], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each in-text citation with the ids of the records it names (empty: no reference)."""
    labels = {}
    for item in items:
        label = str(item.get("custom", {}).get("biblio", {}).get("label", ""))
        if digits := re.fullmatch(r"\[?(\d+)[.\])]?", label):
            labels[int(digits.group(1))] = item["id"]
    links = []
    if labels:
        for line, text in body:
            for match in _NUMERIC.finditer(text):
                for n in _numbers(match.group(1)):
                    links.append({"line": line, "text": match.group(0), "ids": [labels[n]] if n in labels else []})
    keyed = [(_item_keys(item), item["id"]) for item in items]
    for cite in _author_year(body):
        ids = [i for (who, year), i in keyed
               if year == cite["year"] and cite["name"] and re.search(rf"\b{re.escape(cite['name'])}\b", who)]
        links.append({"line": cite["line"], "text": cite["text"], "ids": ids})
    return links


def _papers_linker() -> Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]] | None:
    try:
        return getattr(import_module("biblio.papers"), "link_citations", None)
    except ImportError:
        return None


def link_citations(text: str, items: list[dict[str, Any]], section: tuple[int, int] | None) -> list[dict[str, Any]]:
    """In-text citations of ``text`` outside the reference section (``section``: its first and last line)."""
    linker = _papers_linker()
    if linker is not None:
        return linker(text, items)
    lines = text.splitlines()
    start, end = section if section else (len(lines) + 1, len(lines) + 1)
    body = [(n, line) for n, line in enumerate(lines, 1) if not start <= n <= end]
    return _own_links(body, items)
