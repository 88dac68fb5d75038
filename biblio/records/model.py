"""The record model: a CSL-JSON item (a plain dict), plus biblio's own data.

biblio's data lives under ``custom.biblio`` because the CSL-JSON schema allows
no other extra top-level field:

    custom.biblio.source     the reference string as the user gave it
    custom.biblio.remainder  text the parser could not place in any field
    custom.biblio.flags      why a record deserves a second look (see FLAGS)
    custom.biblio.confidence how sure the parser is of the record (0-1)
    custom.biblio.field_confidence  the same, per CSL variable
"""

from __future__ import annotations

from typing import Any

Item = dict[str, Any]
Name = dict[str, str]

# Flags a record can carry in custom.biblio.flags.
UNPARSED_REMAINDER = "unparsed-remainder"  # some text went into no field
UNPARSED = "unparsed"  # the parser found no structure at all; only the source is kept
NO_TITLE = "no-title"
NO_AUTHOR = "no-author"
UNCERTAIN_TYPE = "uncertain-type"
NEEDS_REVIEW = "needs-review"  # the parser's confidence is below its calibrated threshold: check this record
FLAGS = (UNPARSED_REMAINDER, UNPARSED, NO_TITLE, NO_AUTHOR, UNCERTAIN_TYPE, NEEDS_REVIEW)
# Flags meaning part of the text may be lost or misplaced: such a record is not fully parsed.
REVIEW_FLAGS = (UNPARSED, UNPARSED_REMAINDER, NEEDS_REVIEW)


def biblio_data(item: Item) -> dict[str, Any]:
    """The item's ``custom.biblio`` object, created if absent."""
    custom = item.setdefault("custom", {})
    data: dict[str, Any] = custom.setdefault("biblio", {})
    return data


def read_biblio(item: Item) -> dict[str, Any]:
    """The item's ``custom.biblio`` object for reading: empty when absent or malformed (user-supplied JSON)."""
    custom = item.get("custom")
    data = custom.get("biblio") if isinstance(custom, dict) else None
    return data if isinstance(data, dict) else {}


def source_text(item: Item) -> str:
    """The reference as the user gave it (``custom.biblio.source``), or "" for a record with none."""
    return str(read_biblio(item).get("source", ""))


def add_flag(item: Item, flag: str) -> None:
    flags: list[str] = biblio_data(item).setdefault("flags", [])
    if flag not in flags:
        flags.append(flag)


def drop_flag(item: Item, flag: str) -> None:
    data = read_biblio(item)
    found = data.get("flags")
    if isinstance(found, list) and flag in found:
        found.remove(flag)
        if not found:
            del data["flags"]


def keep_remainder(item: Item, text: str) -> None:
    """Text no field holds: kept in ``custom.biblio.remainder`` and the note, and the record flagged."""
    if not text:
        return
    data = biblio_data(item)
    data["remainder"] = f"{data['remainder']}; {text}" if data.get("remainder") else text
    item["note"] = f"{item['note']}; {text}" if item.get("note") else text
    add_flag(item, UNPARSED_REMAINDER)


def flags(item: Item) -> list[str]:
    found = read_biblio(item).get("flags")
    return [f for f in found if isinstance(f, str)] if isinstance(found, list) else []


def not_fully_parsed(item: Item) -> bool:
    """Whether the parser flagged the record as not fully parsed (its formatted form would lose text)."""
    return any(f in REVIEW_FLAGS for f in flags(item))


def plain(item: Item) -> Item:
    """The item without biblio's ``custom`` data (``--plain``)."""
    return {k: v for k, v in item.items() if k != "custom"}
