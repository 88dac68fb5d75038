"""A document's exact records (a citation manager's fields) in place of the references parsed from its text.

Zotero and Mendeley keep each cited item's CSL-JSON in the document; the bibliography they print
is made from it. Each parsed reference whose text holds a field record's title is replaced by that
record (its place in the document kept under ``custom.biblio``); a parsed reference that no record
matches stays, and a cited record that the printed bibliography lacks comes after, in citation
order: nothing the user gave is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from biblio.formats.csljson import loads
from biblio.formats.problems import Collector
from biblio.records.model import Item

_NOT_WORD = re.compile(r"[\W_]+")
_TAG = re.compile(r"</?[a-z]+[^>]*>", re.IGNORECASE)  # rich text in a manager's title (<i>Drosophila</i>)
_MIN_TITLE = 8  # a shorter title would match by chance


def _key(text: str) -> str:
    return _NOT_WORD.sub("", _TAG.sub("", text).casefold())


def _origin(item: Item) -> object:
    custom = item.get("custom")
    return custom.get("biblio", {}).get("from") if isinstance(custom, dict) else None


def field_items(records: Sequence[dict[str, Any]], name: str) -> list[Item]:
    """The field records as biblio reads CSL-JSON (each valid one; broken ones dropped)."""
    return loads(json.dumps(list(records)), name, Collector())


def with_field_records(parsed: list[Item], records: Sequence[dict[str, Any]], name: str) -> tuple[list[Item], str]:
    """``parsed`` with each reference a field record matches replaced by it, and a line saying what was done."""
    exact = field_items(records, name)
    origin = "bibliography-file" if any(_origin(item) == "bibliography-file" for item in exact) else "citation-field"
    keys = [_key(str(item.get("title") or "")) for item in exact]
    used: set[int] = set()
    out: list[Item] = []
    for item in parsed:
        data = item.get("custom", {}).get("biblio", {})
        source = _key(str(data.get("source") or ""))
        # the longest title the text holds: a short title ("Introduction") can stand inside a longer one
        found = [k for k, key in enumerate(keys) if k not in used and len(key) >= _MIN_TITLE and key in source]
        match = max(found, key=lambda k: len(keys[k]), default=None)
        if match is None:
            out.append(item)
            continue
        used.add(match)
        record = dict(exact[match])
        place = {k: data[k] for k in ("source", "line", "section", "label") if k in data}
        record["custom"] = {**record.get("custom", {}), "biblio": {**place, "from": origin}}
        out.append(record)
    unlisted = [item for k, item in enumerate(exact) if k not in used]
    out.extend(unlisted)
    taken = len(used) + len(unlisted)
    where = ("the bibliography it names (BibTeX, exact)" if origin == "bibliography-file"
             else "the citation manager's fields (Zotero or Mendeley CSL-JSON, exact)")
    message = f"{name}: {taken} record{'s' if taken != 1 else ''} taken from {where} in place of parsing"
    if len(used) < len(parsed):
        message += f"; {len(parsed) - len(used)} parsed from the text"
    if unlisted and parsed:
        message += f"; {len(unlisted)} cited but not in the printed bibliography, added at the end"
    return out, message
