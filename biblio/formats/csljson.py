"""CSL-JSON: biblio's record model written as, and read from, a file.

What biblio writes validates against the official CSL-JSON schema: the
schema allows no extra top-level field, so anything without a CSL home is
moved under ``custom`` rather than dropped.
"""

from __future__ import annotations

import json
from typing import Any

from biblio.errors import MalformedInput
from biblio.records.keys import with_ids
from biblio.records.model import Item, add_flag, biblio_data, plain

# Item types and variables of the CSL 1.0.2 data model.
TYPES = frozenset("""
article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection
dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case
legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance
periodical personal_communication post post-weblog regulation report review review-book software song
speech standard thesis treaty webpage""".split())
NAME_VARIABLES = frozenset("""
author chair collection-editor compiler composer container-author contributor curator director editor
editorial-director executive-producer guest host interviewer illustrator narrator organizer original-author
performer producer recipient reviewed-author script-writer series-creator translator""".split())
DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted".split())
STANDARD_VARIABLES = frozenset("""
abstract annote archive archive_collection archive_location archive-place authority call-number
chapter-number citation-number citation-label collection-number collection-title container-title
container-title-short dimensions division DOI edition event event-title event-place
first-reference-note-number genre ISBN ISSN issue jurisdiction keyword locator medium note number
number-of-pages number-of-volumes original-publisher original-publisher-place original-title page
page-first part part-title PMCID PMID printing publisher publisher-place references reviewed-genre
reviewed-title scale section source status supplement title title-short URL version volume volume-title
volume-title-short year-suffix""".split())
# Variables the schema allows as a number as well as a string.
NUMBER_VARIABLES = frozenset("""
chapter-number citation-number collection-number edition first-reference-note-number issue locator number
number-of-pages number-of-volumes page page-first part printing supplement volume""".split())
STRING_KEYS = frozenset("citation-key language journalAbbreviation shortTitle".split())
OTHER_KEYS = frozenset("type id citation-key categories language journalAbbreviation shortTitle custom".split())
KNOWN_KEYS = NAME_VARIABLES | DATE_VARIABLES | STANDARD_VARIABLES | OTHER_KEYS
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


def for_zotero(item: Item) -> Item:
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


def dumps(items: list[Item], *, plain_records: bool = False) -> str:
    """The items as a CSL-JSON array (UTF-8 text, two-space indent)."""
    records = with_ids([for_zotero(conform(i)) for i in items])  # the schema requires an id
    records = [_ordered(plain(r) if plain_records else r) for r in records]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def dumps_line(item: Item, *, plain_records: bool = False) -> str:
    """One item as a single JSON line (for ``biblio parse --lines``)."""
    (record,) = with_ids([for_zotero(conform(item))])
    record = plain(record) if plain_records else record
    return json.dumps(_ordered(record), ensure_ascii=False)


def loads(text: str, name: str = "input") -> list[Item]:
    """Items from CSL-JSON text: an array of items, one item, or {"items": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if isinstance(data, dict):
        data = data.get("items", [data]) if "type" not in data else [data]
    if not isinstance(data, list):
        raise MalformedInput(f"{name}: CSL-JSON must be an array of items")
    items: list[Item] = []
    for index, entry in enumerate(data, 1):
        if not isinstance(entry, dict):
            raise MalformedInput(f"{name}: item {index} is not a JSON object")
        item = conform(entry)
        exact = item.get("custom", {}).get("biblio", {}).get("type")
        if isinstance(exact, str) and exact in TYPES:  # written by for_zotero()
            item["type"] = exact
            del item["custom"]["biblio"]["type"]
        elif item["type"] != entry.get("type"):
            add_flag(item, "uncertain-type")
        biblio_data(item).setdefault("origin", f"{name}#{index}")
        items.append(item)
    return items
