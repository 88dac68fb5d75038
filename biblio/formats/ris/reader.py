"""Read RIS files into records, through the same table the writer uses.

Records are read one at a time (``iter_records``). Lines before the first
``TY`` (the ``Provider: …`` / ``Database: …`` header of publishers' exports)
are skipped; a record that is broken is reported and the others are kept.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from biblio.errors import MalformedInput
from biblio.formats import zotero
from biblio.formats.problems import Report, raise_first
from biblio.formats.ris import mapping as m
from biblio.formats.variables import KNOWN_KEYS
from biblio.records.model import Item, biblio_data

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_EXTRA_KEYS = KNOWN_KEYS - {"id", "custom", "categories"}


def _name(text: str) -> dict[str, str]:
    if "," not in text:
        return {"literal": text}
    family, given, *rest = [p.strip() for p in text.split(",")]
    words = family.split()
    lead = next((i for i, w in enumerate(words) if not w[:1].islower()), 0)
    name = {"family": " ".join(words[lead:]), "given": given}
    if lead:  # "van der Berg": the lower-case words before the family name are its particle
        name["non-dropping-particle"] = " ".join(words[:lead])
    if rest and rest[0]:
        name["suffix"] = rest[0]
    return {k: v for k, v in name.items() if v}


def _date(text: str) -> dict[str, Any] | None:
    match = re.match(r"^\s*(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/?\s*$", text)
    if not match:
        return {"literal": text.strip()} if text.strip() else None
    parts = [int(p) for p in match.groups() if p]
    return {"date-parts": [parts]}


def _record(tags: list[tuple[str, str]], name: str, line: int) -> Item:
    item: Item = {"type": m.csl_type(tags[0][1])}
    unmapped: list[str] = []
    unmapped_journal: dict[str, str] = {}
    extra: list[str] = []
    for tag, value in tags[1:]:
        value = value.strip()
        if not value:
            continue
        if tag not in m.HTML_FREE_TAGS and "&" in value:
            value = m.ENTITY.sub(lambda e: html.unescape(e.group(0)), value)
        name_row = m.read_row(m.NAMES, tag, item["type"])
        field_row = m.read_row(m.FIELDS, tag, item["type"])
        if tag == m.ID_TAG:
            item["id"] = value
        elif name_row:
            item.setdefault(name_row.csl, []).append(_name(value))
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
        elif tag in (m.EXTRA_TAG, "N1") and zotero.read_extra([value], _EXTRA_KEYS)[0]:
            extra.append(value)
        elif field_row and field_row.csl not in item:
            item[field_row.csl] = value
        elif tag == "JO" and "journal" not in unmapped_journal:
            unmapped_journal["journal"] = value
        else:
            unmapped.append(f"{tag}  - {value}")
    if "journal" in unmapped_journal:  # JO: the periodical's name where the file gives no other
        if "container-title" not in item:
            item["container-title"] = unmapped_journal["journal"]
        elif item["container-title"] != unmapped_journal["journal"]:
            item.setdefault("container-title-short", unmapped_journal["journal"])
    found, _ = zotero.read_extra(extra, _EXTRA_KEYS)
    for key, value in found.items():
        if key == "type" or key not in item:
            item[key] = value
    data = biblio_data(item)
    data["origin"] = f"{name}:{line}"
    if unmapped:
        data["ris-extra"] = unmapped  # unmapped tags are kept, not dropped
    return item


def iter_records(text: str, name: str = "input", report: Report = raise_first) -> Iterator[Item]:
    """Records from RIS text, one at a time; a broken record is reported and skipped."""
    tags: list[tuple[str, str]] | None = None
    start = 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip().lstrip("\ufeff")
        match = _TAG_LINE.match(line)
        if match:
            tag, value = match.group(1), match.group(2) or ""
            if tag == "TY":
                if tags is not None:
                    report(f"{name}:{start}: RIS record has no 'ER  - ' line before the next 'TY'")
                tags, start = [(tag, value)], number
            elif tags is None:
                if tag != "ER":
                    report(f"{name}:{number}: RIS tag {tag} outside a record (before 'TY  - ')")
            elif tag == "ER":
                yield _record(tags, name, start)
                tags = None
            else:
                tags.append((tag, value))
        elif line.strip() and tags:
            tag, value = tags[-1]
            tags[-1] = (tag, value + " " + line.strip())  # a wrapped value
        # Text outside records (a publisher's "Provider: …" header, blank lines) is not RIS data.
    if tags is not None:
        report(f"{name}:{start}: RIS record not closed by 'ER  - '")
        yield _record(tags, name, start)


def loads(text: str, name: str = "input", report: Report = raise_first) -> list[Item]:
    """Records from RIS text; a text without a single ``TY`` record is malformed."""
    items = list(iter_records(text, name, report))
    if not items:
        raise MalformedInput(f"{name}: no RIS records (no 'TY  - ' line)")
    return items
