"""CSL-JSON: biblio's record model written as, and read from, a file.

What biblio writes validates against the official CSL-JSON schema: the
schema allows no extra top-level field, so anything without a CSL home is
moved under ``custom`` rather than dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from biblio.errors import MalformedInput
from biblio.formats import zotero
from biblio.formats.problems import Report, raise_first
from biblio.formats.variables import (  # noqa: F401  (re-exported: the CSL data model)
    DATE_VARIABLES,
    KNOWN_KEYS,
    NAME_VARIABLES,
    NUMBER_VARIABLES,
    OTHER_KEYS,
    STANDARD_VARIABLES,
    STRING_KEYS,
    TYPES,
)
from biblio.records.keys import with_ids
from biblio.records.model import Item, add_flag, biblio_data, plain

NAME_PARTS = frozenset("family given dropping-particle non-dropping-particle suffix comma-suffix "
                       "static-ordering literal parse-names".split())
DATE_PARTS = frozenset("date-parts season circa literal raw".split())

# CSL types Zotero's CSL-JSON import does not know refuse the WHOLE file there
# (see ../shared/interop.md): such items are written as the nearest type Zotero
# knows, and the exact CSL type is kept in custom.biblio.type.
ZOTERO_NEAREST = {
    "software": "book", "classic": "book", "collection": "book", "pamphlet": "book",
    "musical_score": "book", "periodical": "book", "review": "article-journal",
    "review-book": "article-journal", "event": "speech", "performance": "speech",
    "figure": "graphic", "regulation": "legislation", "treaty": "legislation",
}

_FIRST_KEYS = ("id", "type", "author", "editor", "title", "container-title", "issued")


def _ordered(item: Item) -> Item:
    """Keys in a reading order: identity, creators, title, then the rest as given."""
    head = {k: item[k] for k in _FIRST_KEYS if k in item}
    return head | {k: v for k, v in item.items() if k not in head}


def conform(item: Item) -> Item:
    """The item made valid for the schema, keeping every value the user gave.

    Unknown top-level keys move to ``custom``; a missing or unknown type
    becomes ``document`` (Zotero refuses a whole file for one item without a
    known type), with the original kept in ``custom``.
    """
    out: Item = {}
    extra: dict[str, Any] = {}
    for key, value in item.items():
        if key in NAME_VARIABLES:
            value, whole = _names(value)
            if not whole:
                extra[key] = item[key]  # part of it has no CSL form: the original is kept as given
        elif key in DATE_VARIABLES:
            value = _date(value)
        elif key in STANDARD_VARIABLES or key in STRING_KEYS:
            value = _scalar(key, value)
        elif key == "categories" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            value = None
        if key in KNOWN_KEYS and value is not None:
            out[key] = value
        else:
            extra[key] = item[key]  # no valid CSL form: kept under custom, as given
    if "id" in out and not isinstance(out["id"], (str, int)):
        extra["id"] = out.pop("id")
    if not isinstance(out.get("type"), str) or out["type"] not in TYPES:
        if "type" in out:
            extra["type"] = out["type"]
        out["type"] = "document"
    if "custom" in out and not isinstance(out["custom"], dict):
        extra["custom"] = out.pop("custom")
    if extra:
        out.setdefault("custom", {}).update(extra)
    return out


def for_zotero_type(item: Item) -> Item:
    """The item with a type Zotero's importer knows (the exact type kept under custom.biblio)."""
    nearest = ZOTERO_NEAREST.get(item["type"])
    if nearest is None:
        return item
    out = {**item, "type": nearest, "custom": {**item.get("custom", {})}}
    out["custom"]["biblio"] = {**out["custom"].get("biblio", {}), "type": item["type"]}
    return out


def _scalar(key: str, value: Any) -> Any:
    """A string (or, where the schema allows, a number); anything else has no CSL form."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value if key in NUMBER_VARIABLES else str(value)
    return None


_NAME_FLAGS = ("comma-suffix", "static-ordering", "parse-names")


def _names(value: Any) -> tuple[list[dict[str, Any]] | None, bool]:
    """(names as a list of name objects, whether all of ``value`` fitted); a bare string is one literal."""
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        return None, False
    names = []
    whole = True
    for name in value:
        if isinstance(name, str):
            names.append({"literal": name})
        elif isinstance(name, dict):
            kept = {k: (v if k in _NAME_FLAGS else str(v)) for k, v in name.items()
                    if k in NAME_PARTS and (isinstance(v, (str, int, float)) or k not in _NAME_FLAGS)}
            whole = whole and len(kept) == len(name)
            names.append(kept)
        else:
            whole = False
    return (names or None), whole


def _date(value: Any) -> Any:
    """A date as a date object; a bare string is kept as ``raw``, a bare array as date-parts."""
    if isinstance(value, str):
        return {"raw": value}
    if isinstance(value, (int, float)):
        return {"date-parts": [[int(value)]]}
    if isinstance(value, list):
        value = {"date-parts": value if value and isinstance(value[0], list) else [value]}
    if not isinstance(value, dict):
        return None
    date = {k: v for k, v in value.items() if k in DATE_PARTS}
    for key in ("literal", "raw", "season", "circa"):
        if key in date and not isinstance(date[key], (str, int, float)):
            del date[key]
        elif key in ("literal", "raw") and key in date:
            date[key] = str(date[key])
    if isinstance(date.get("season"), bool):
        del date["season"]
    parts = date.get("date-parts")
    if parts is not None:
        clean = [[p for p in part if isinstance(p, (int, str)) and not isinstance(p, bool) and p != ""][:3]
                 for part in parts if isinstance(part, list)] if isinstance(parts, list) else []
        clean = [part for part in clean if part][:2]
        if clean:
            date["date-parts"] = clean
        else:
            del date["date-parts"]
    return date or None


def zotero_record(item: Item) -> Item:
    """The item as Zotero's CSL-JSON importer keeps it: a type it knows, names in its two parts, and
    the variables its item type lacks as ``variable: value`` lines of ``note`` (Zotero's Extra)."""
    lacking = set(zotero.lacking(item))
    out: Item = {}
    lines: list[str] = []
    if item["type"] in ZOTERO_NEAREST or zotero.needs_type_line(item):
        lines.append(zotero.type_line(item))
        out["type"] = ZOTERO_NEAREST.get(item["type"], item["type"])
    for key, value in item.items():
        if key in ("type", "note"):
            continue
        if key in lacking:
            lines += zotero.extra_lines(key, value)
        elif key in NAME_VARIABLES and isinstance(value, list):
            out[key] = [zotero.zotero_name(n) if isinstance(n, dict) else n for n in value]
        else:
            out[key] = value
    out.setdefault("type", item["type"])
    note = ([str(item["note"])] if item.get("note") else []) + lines
    if note:
        out["note"] = "\n".join(note)
    return out


def dumps(items: Iterable[Item], *, plain_records: bool = False, for_zotero: bool = False) -> str:
    """The items as a CSL-JSON array (UTF-8 text, two-space indent); ``for_zotero``: as Zotero imports it."""
    records = with_ids([conform(i) for i in items])  # the schema requires an id
    records = [zotero_record(r) if for_zotero else for_zotero_type(r) for r in records]
    records = [_ordered(plain(r) if plain_records or for_zotero else r) for r in records]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def dumps_line(item: Item, *, plain_records: bool = False) -> str:
    """One item as a single JSON line (for ``biblio parse --lines``)."""
    (record,) = with_ids([for_zotero_type(conform(item))])
    record = plain(record) if plain_records else record
    return json.dumps(_ordered(record), ensure_ascii=False)


def _restore(item: Item) -> None:
    """Variables and the exact type kept in ``note`` lines (as ``--for zotero`` writes them) come back."""
    lines = str(item.get("note") or "").split("\n")
    found, rest = zotero.read_extra(lines, KNOWN_KEYS - {"id", "custom", "categories"})
    if not found:
        return
    for key, value in found.items():
        if key == "type" or key not in item:
            item[key] = value
    if rest and any(line.strip() for line in rest):
        item["note"] = "\n".join(rest)
    else:
        item.pop("note", None)


def _problem(entry: Any) -> str | None:
    """Why an array element cannot be a CSL item (None when it can)."""
    if not isinstance(entry, dict):
        return f"not a JSON object but {type(entry).__name__}"
    if "type" in entry and not isinstance(entry["type"], str):
        return "its type is not a string"
    if not any(k in entry for k in KNOWN_KEYS - {"id", "custom"}):
        return "no CSL field (type, title, author, ...)"
    return None


def _entry_lines(text: str) -> list[int]:
    """The line each top-level array element starts on (for messages)."""
    lines: list[int] = []
    depth, line, in_string, escaped = 0, 1, False, False
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            if depth == 1:
                lines.append(line)
            depth += 1
        elif char in "]}":
            depth -= 1
    return lines


def iter_items(text: str, name: str = "input", report: Report = raise_first) -> Iterator[Item]:
    """Items from CSL-JSON text (an array of items, one item, or {"items": [...]}), one at a time.

    Text that is not JSON at all is malformed; an element that is not a CSL item is reported and
    the others are kept.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    starts: list[int] = []
    if isinstance(data, dict):
        data = data.get("items", [data]) if "type" not in data else [data]
    elif isinstance(data, list):
        starts = _entry_lines(text)
    if not isinstance(data, list):
        raise MalformedInput(f"{name}: CSL-JSON must be an array of items")
    for index, entry in enumerate(data, 1):
        where = f"{name}:{starts[index - 1]}" if len(starts) == len(data) else name
        problem = _problem(entry)
        if problem:
            report(f"{where}: item {index} skipped ({problem})")
            continue
        item = conform(entry)
        exact = item.get("custom", {}).get("biblio", {}).get("type")
        if isinstance(exact, str) and exact in TYPES:  # written by for_zotero_type()
            item["type"] = exact
            del item["custom"]["biblio"]["type"]
        elif item["type"] != entry.get("type"):
            add_flag(item, "uncertain-type")
        _restore(item)
        biblio_data(item).setdefault("origin", where)
        yield item


def loads(text: str, name: str = "input", report: Report = raise_first) -> list[Item]:
    """Items from CSL-JSON text; see ``iter_items``."""
    return list(iter_items(text, name, report))
