"""Read RIS files into records, through the same tables the writer uses."""

from __future__ import annotations

import re
from typing import Any

from biblio.errors import MalformedInput
from biblio.formats.ris import mapping as m
from biblio.records.model import Item, biblio_data

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_FIELD_BY_TAG: dict[str, str] = {}
for _variable, _tags in m.FIELDS:
    for _tag in _tags:
        _FIELD_BY_TAG.setdefault(_tag, _variable)
_NAME_BY_TAG = {tag: variable for variable, tags in m.NAMES for tag in tags}


def _name(text: str) -> dict[str, str]:
    if "," not in text:
        return {"literal": text}
    family, given, *rest = [p.strip() for p in text.split(",")]
    name = {"family": family, "given": given}
    if rest and rest[0]:
        name["suffix"] = rest[0]
    return {k: v for k, v in name.items() if v}


def _date(text: str) -> dict[str, Any] | None:
    match = re.match(r"^\s*(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?", text)
    if not match:
        return {"literal": text} if text.strip() else None
    parts = [int(p) for p in match.groups() if p]
    return {"date-parts": [parts]}


def _record(tags: list[tuple[str, str]], name: str, index: int) -> Item:
    item: Item = {}
    extra: list[str] = []
    for tag, value in tags:
        value = value.strip()
        if not value:
            continue
        if tag == "TY":
            item["type"] = m.RIS_TO_CSL_TYPE.get(value, m.DEFAULT_CSL_TYPE)
        elif tag == m.ID_TAG:
            item["id"] = value
        elif tag in _NAME_BY_TAG:
            item.setdefault(_NAME_BY_TAG[tag], []).append(_name(value))
        elif tag in m.ISSUED_TAGS:
            date = _date(value)
            # DA carries the full date; PY/Y1 only fill in when DA is absent.
            if date and (tag == "DA" or "issued" not in item):
                item["issued"] = date
        elif tag in m.ACCESSED_TAGS:
            if (date := _date(value)) is not None:
                item["accessed"] = date
        elif tag == "SP":
            item["page"] = value + item.get("page", "")
        elif tag == "EP":
            item["page"] = item.get("page", "") + "-" + value
        elif tag == m.KEYWORD_TAG:
            item["keyword"] = ", ".join(filter(None, [item.get("keyword"), value]))
        elif tag == "SN":
            item["ISBN" if item.get("type") in ("book", "chapter") else "ISSN"] = value
        elif tag in _FIELD_BY_TAG and _FIELD_BY_TAG[tag] not in item:
            item[_FIELD_BY_TAG[tag]] = value
        else:
            extra.append(f"{tag}  - {value}")
    item.setdefault("type", m.DEFAULT_CSL_TYPE)
    data = biblio_data(item)
    data["origin"] = f"{name}#{index}"
    if extra:
        data["ris-extra"] = extra  # unmapped tags are kept, not dropped
    return item


def loads(text: str, name: str = "input") -> list[Item]:
    """Records from RIS text; a file without a single ``TY`` record is malformed."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        match = _TAG_LINE.match(line.rstrip())
        if match:
            tag, value = match.group(1), match.group(2) or ""
            if tag == "TY":
                current = []
                records.append(current)
            if current is None:
                raise MalformedInput(f"{name}: line {number}: RIS tag {tag} before the first 'TY  - '")
            if tag == "ER":
                current = None
            else:
                current.append((tag, value))
        elif line.strip() and current:
            tag, value = current[-1]
            current[-1] = (tag, value + " " + line.strip())  # a wrapped value
        elif line.strip():
            raise MalformedInput(f"{name}: line {number}: not a RIS line: {line.strip()[:60]!r}")
    if not records:
        raise MalformedInput(f"{name}: no RIS records (no 'TY  - ' line)")
    return [_record(tags, name, i) for i, tags in enumerate(records, 1)]
