"""Write records as RIS, through the table in ``mapping.py``.

A variable with no RIS home for its type is kept as a ``variable: value``
line: in ``N1`` (a note) for other programs, in ``M2`` (Zotero's Extra) for
Zotero, where it also carries the variables Zotero's item type lacks.
biblio reads both back into the variable.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from biblio.formats import zotero
from biblio.formats.ris import mapping as m
from biblio.records.model import Item

_NEWLINES = re.compile(r"\s*[\r\n]+\s*")
# Not bibliographic data, or written by the lines below themselves.
_HANDLED = frozenset({"id", "type", "custom", "citation-key", "issued", "accessed", "page", "keyword"})


def _line(tag: str, value: Any) -> str:
    # RIS is line-based: a value never spans lines.
    return f"{tag}  - {_NEWLINES.sub(' ', str(value)).strip()}"


def _name(name: dict[str, Any]) -> str:
    if "literal" in name:
        return str(name["literal"])  # no comma: Zotero makes it a single-field name
    family = " ".join(str(p) for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    given = " ".join(str(p) for p in (name.get("given"), name.get("dropping-particle")) if p)
    parts = [family, given] + ([str(name["suffix"])] if name.get("suffix") else [])
    return ", ".join(p for p in parts if p) if given or name.get("suffix") else family


def _date(date: Any) -> tuple[str | None, str | None]:
    """(``YYYY/MM/DD/`` for DA, ``YYYY`` for PY) of a CSL date; literal dates go to DA as given."""
    if not isinstance(date, dict):
        return None, None
    parts = (date.get("date-parts") or [[]])[0]
    if not parts or parts[0] in (None, ""):
        return (date.get("literal") or date.get("raw"), None)
    year = str(parts[0])
    month_day = [f"{int(p):02d}" if str(p).isdigit() else str(p) for p in parts[1:3]]
    fields = [year, *month_day, "", ""][:3]
    return "/".join(fields) + "/", year


def _ris_type(item: Item, for_zotero: bool) -> str:
    if for_zotero:
        wanted = zotero.zotero_type(item)
        if wanted in m.ZOTERO_AU_ELSEWHERE and item.get("author"):
            return m.DEFAULT_RIS_TYPE
        return next((ty for ty, z in m.ZOTERO_READS.items() if z == wanted), m.DEFAULT_RIS_TYPE)
    return m.ris_type(str(item.get("type") or m.DEFAULT_CSL_TYPE))


def _item_lines(item: Item, for_zotero: bool = False) -> list[str]:
    csl_type = str(item.get("type") or m.DEFAULT_CSL_TYPE)
    ty = _ris_type(item, for_zotero)
    lines = [_line("TY", ty)]
    homeless: list[str] = []
    # The exact type, when the RIS type reads back as another (for Zotero: names its item type).
    if m.csl_type(ty) != csl_type or (for_zotero and m.ZOTERO_READS.get(ty) != zotero.zotero_type(item)):
        homeless.append(zotero.type_line(item) if for_zotero else f"type: {csl_type}")
    # Zotero reads a GEN record as a journal article: only the plainest tags mean the same there.
    generic = for_zotero and ty == m.DEFAULT_RIS_TYPE
    lacking = set(zotero.lacking(item)) if for_zotero else set()
    if item.get("id"):
        lines.append(_line(m.ID_TAG, item["id"]))
    used: set[str] = set()
    for variable, value in item.items():
        if variable in _HANDLED or value in (None, "", [], {}):
            continue
        rows = m.NAMES if variable in zotero.NAME_ROLES else m.FIELDS
        row = m.write_row(rows, variable, csl_type)
        plain_tag = row is not None and (row.tag in ("TI", "AU", "UR", "DO", "N1") or rows is m.NAMES)
        usable = row is not None and (rows is m.NAMES or row.tag not in used) and variable not in lacking
        if row is not None and usable and (plain_tag or not generic):
            if rows is m.NAMES:
                lines += [_line(row.tag, _name(n)) for n in value if isinstance(n, dict) and _name(n)]
            else:
                lines.append(_line(row.tag, value))
            used.add(row.tag)
        else:
            homeless += zotero.extra_lines(variable, value, zotero.zotero_type(item) if for_zotero else None)
    lines += _dates(item)
    if item.get("page") and "page" in lacking:
        # Zotero reads SP of a type without pages as another field (a book's number of pages) or drops it.
        homeless += zotero.extra_lines("page", item["page"], zotero.zotero_type(item))
    elif item.get("page"):
        lines += _pages(str(item["page"]))
    for keyword in str(item.get("keyword", "")).split(","):
        if keyword.strip():
            lines.append(_line(m.KEYWORD_TAG, keyword.strip()))
    lines += [_line(m.EXTRA_TAG if for_zotero else "N1", text) for text in homeless]
    lines.append("ER  - ")
    return lines


def _dates(item: Item) -> list[str]:
    lines = []
    full, year = _date(item.get("issued"))
    if year:
        lines.append(_line("PY", year))
    if full:
        lines.append(_line("DA", full))
    accessed, _ = _date(item.get("accessed"))
    if accessed:
        lines.append(_line("Y2", accessed))
    return lines


def _pages(page: str) -> list[str]:
    first, _, last = page.replace("\u2013", "-").partition("-")
    lines = [_line("SP", first.strip())]
    if last.strip("- "):
        lines.append(_line("EP", last.strip("- ")))
    return lines


def _as_html(line: str, for_zotero: bool) -> str:
    """The line as Zotero and biblio read it: HTML (for Zotero), or text whose & never starts an entity."""
    tag, _, value = line.partition("  - ")
    if tag in m.HTML_FREE_TAGS or "&" not in value and not for_zotero:
        return line
    value = html.escape(value, quote=False) if for_zotero else m.READ_AS_ENTITY.sub(lambda e: "&amp;" + e[0][1:], value)
    return f"{tag}  - {value}"


def dumps(items: Iterable[Item], for_zotero: bool = False) -> str:
    """The items as one RIS file; ``for_zotero`` writes what Zotero's importer reads into each field."""
    records = [[_as_html(line, for_zotero) for line in _item_lines(item, for_zotero)] for item in items]
    return "".join("\n".join(lines) + "\n\n" for lines in records)
