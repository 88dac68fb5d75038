"""References that describe the same work: found, reported, and merged on request.

Two records are duplicates when they share a DOI, or when their normalised
title, first author and year are the same. Merging keeps the first record and
adds every field it lacks from the others; a value that differs from the one
kept is added to ``note`` as a ``variable: value`` line, so nothing is lost.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from biblio.records.keys import ascii_fold
from biblio.records.model import Item, biblio_data

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


def _slug(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(str(text or "")).lower())


def _doi(item: Item) -> str:
    return _DOI_PREFIX.sub("", str(item.get("DOI") or "").strip()).lower()


def _first_author(item: Item) -> str:
    for role in ("author", "editor"):
        names = item.get(role)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            name = names[0]
            return _slug(name.get("literal") or name.get("family") or name.get("given"))
    return ""


def _year(item: Item) -> str:
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    return str(parts[0][0]) if parts and parts[0] else ""


def _work(item: Item) -> tuple[str, str, str, str] | None:
    """Title, first author, year, and the part of a law cited (``U.S. Const. art. I`` and ``amend. XIV`` are two
    entries of one title)."""
    title = _slug(item.get("title"))
    return (title, _first_author(item), _year(item), _slug(item.get("section"))) if title else None


def groups(items: Sequence[Item]) -> list[list[int]]:
    """Indexes of the items that describe the same work, in groups of two or more, in input order."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[object, int] = {}
    for index, item in enumerate(items):
        for key in (("doi", _doi(item)), ("work", _work(item))):
            if not key[1]:
                continue
            if key in seen:
                parent[root(index)] = root(seen[key])
            else:
                seen[key] = index
    found: dict[int, list[int]] = {}
    for index in range(len(items)):
        found.setdefault(root(index), []).append(index)
    return [group for group in found.values() if len(group) > 1]


def _label(item: Item) -> str:
    return str(item.get("id") or item.get("title") or "?")


def duplicate_report(items: Sequence[Item]) -> list[str]:
    """One message per group of duplicates."""
    messages = []
    for group in groups(items):
        first, *others = (items[i] for i in group)
        why = "the same DOI" if all(_doi(o) and _doi(o) == _doi(first) for o in others) else \
            "the same title, first author and year"
        names = ", ".join(_label(o) for o in others)
        messages.append(f"{names} describe{'s' if len(others) == 1 else ''} the same work as {_label(first)} "
                        f"({why}; --dedupe merges them)")
    return messages


def _same(a: object, b: object) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def merge(records: Sequence[Item]) -> Item:
    """The first record with every field of the others it lacks; differing values go to ``note``."""
    merged: Item = json.loads(json.dumps(records[0]))
    notes: list[str] = []
    for other in records[1:]:
        for key, value in other.items():
            if key in ("custom", "id") or value in (None, "", [], {}):
                continue
            if key not in merged or merged[key] in (None, "", [], {}):
                merged[key] = value
            elif not _same(merged[key], value) and key != "note":
                notes.append(f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}")
            elif key == "note" and value not in str(merged["note"]):
                notes.append(str(value))
        if other.get("id"):
            biblio_data(merged).setdefault("merged-ids", []).append(other["id"])
    if notes:
        merged["note"] = "\n".join(([str(merged["note"])] if merged.get("note") else []) + notes)
    return merged


def dedupe(items: Sequence[Item]) -> list[Item]:
    """The items with each group of duplicates merged into its first member, in input order."""
    merged_into: dict[int, list[int]] = {}
    dropped: set[int] = set()
    for group in groups(items):
        merged_into[group[0]] = group
        dropped.update(group[1:])
    return [merge([items[i] for i in merged_into[index]]) if index in merged_into else items[index]
            for index in range(len(items)) if index not in dropped]


class DuplicateWatch:
    """Duplicates noticed as records stream past: only a digest of their keys and their labels are kept,
    not the records (about 200 bytes a record; the label is the record's id, held anyway)."""

    def __init__(self) -> None:
        self._seen: dict[int, str] = {}

    def add(self, item: Item) -> list[str]:
        """A message when ``item`` describes a work an earlier record described (by DOI, else by work)."""
        for key, why in ((("doi", _doi(item)), "the same DOI"), (("work", _work(item)), "the same title, first "
                                                                   "author and year")):
            if not key[1]:
                continue
            digest = _digest(key)
            if digest in self._seen:
                return [f"{_label(item)} describes the same work as {self._seen[digest]} ({why}; "
                        "--dedupe merges them)"]
            self._seen[digest] = _label(item)
        return []


def _digest(key: object) -> int:
    # 128 bits: that two of a million different works share one has a chance below 1e-26.
    return int.from_bytes(hashlib.blake2b(repr(key).encode(), digest_size=16).digest(), "big")
