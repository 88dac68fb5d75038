"""Write records as RIS, the format Zotero keeps every type and date of."""

from __future__ import annotations

import re
from typing import Any

from biblio.formats.ris import mapping as m
from biblio.records.model import Item

_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


def _line(tag: str, value: Any) -> str:
    # RIS is line-based: a value never spans lines.
    return f"{tag}  - {_NEWLINES.sub(' ', str(value)).strip()}"


def _name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]  # no comma: Zotero makes it a single-field name
    family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    parts = [family, given] + ([name["suffix"]] if name.get("suffix") else [])
    return ", ".join(p for p in parts if p) if given or name.get("suffix") else family


def _date(date: dict[str, Any]) -> tuple[str | None, str | None]:
    """(``YYYY/MM/DD/`` for DA, ``YYYY`` for PY) of a CSL date; literal dates go to DA as given."""
    parts = (date.get("date-parts") or [[]])[0]
    if not parts or parts[0] in (None, ""):
        return (date.get("literal") or date.get("raw"), None)
    year = str(parts[0])
    month_day = [f"{int(p):02d}" if str(p).isdigit() else str(p) for p in parts[1:3]]
    fields = [year, *month_day, "", ""][:3]
    return "/".join(fields) + "/", year


# Keys that are not bibliographic data, or that the lines below write themselves.
_HANDLED = frozenset({"id", "type", "custom", "citation-key", "issued", "accessed", "page", "keyword"})


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_name(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        full, _ = _date(value)
        return full.rstrip("/") if full else str(value)
    return str(value)


def _item_lines(item: Item) -> list[str]:
    lines = [_line("TY", m.CSL_TO_RIS_TYPE.get(item.get("type", ""), m.DEFAULT_RIS_TYPE))]
    if item.get("id"):
        lines.append(_line(m.ID_TAG, item["id"]))
    for variable, tags in m.NAMES:
        lines += [_line(tags[0], _name(n)) for n in item.get(variable, []) if _name(n)]
    for variable, tags in m.FIELDS:
        if item.get(variable) not in (None, ""):
            lines.append(_line(tags[0], item[variable]))
    if "issued" in item:
        full, year = _date(item["issued"])
        if year:
            lines.append(_line("PY", year))
        if full:
            lines.append(_line("DA", full))
    if "accessed" in item:
        full, _ = _date(item["accessed"])
        if full:
            lines.append(_line("Y2", full))
    if item.get("page"):
        first, _, last = str(item["page"]).replace("\u2013", "-").partition("-")
        lines.append(_line("SP", first.strip()))
        if last.strip("- "):
            lines.append(_line("EP", last.strip("- ")))
    for keyword in str(item.get("keyword", "")).split(","):
        if keyword.strip():
            lines.append(_line(m.KEYWORD_TAG, keyword.strip()))
    mapped = {v for v, _ in m.NAMES} | {v for v, _ in m.FIELDS} | _HANDLED
    for variable in sorted(set(item) - mapped):
        if item[variable] not in (None, "", [], {}):
            lines.append(_line("N1", f"{variable}: {_plain(item[variable])}"))  # no RIS home: kept as a note
    lines.append("ER  - ")
    return lines


def dumps(items: list[Item]) -> str:
    """The items as one RIS file."""
    return "".join("\n".join(_item_lines(item)) + "\n\n" for item in items)
