"""The check report: every reference with where it stood, what it parsed into, and its flags.

JSON shape (``biblio check --json``)::

    {"references": [{"index", "id", "input", "section", "group", "line", "split",
                     "source", "fields", "confidence", "field_confidence",
                     "details", "render", "flags": [{"flag", "message", "field"?}]}],
     "citations": [{"line", "text", "flags"}],
     "summary": {"references", "sections", "inputs", "flagged", "flags": {code: count},
                 "style", "style_share", "citations"}}
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from biblio.api import READERS, Source, read_document, read_sources
from biblio.check import renderback
from biblio.check.citations import link_citations
from biblio.check.dates import date_flags
from biblio.check.duplicates import duplicate_flags
from biblio.check.flag import Flag, flag
from biblio.check.identifiers import identifier_flags
from biblio.check.review import biblio_custom, confidence, details, field_confidence, review_flags
from biblio.documents.detect import detect_kind
from biblio.errors import NoReferences
from biblio.records.keys import with_ids
from biblio.records.model import plain
from biblio.references.finder import find_reference_section


@dataclass
class _Input:
    name: str
    text: str
    items: list[dict[str, Any]]
    heading: str | None = None  # the reference section's heading (documents)
    document: bool = False
    notes: list[str] = field(default_factory=list)  # text of a reference section that is no reference


@dataclass
class Report:
    references: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # for standard error: what the inputs held besides references

    @property
    def flagged(self) -> bool:
        return any(r["flags"] for r in self.references) or any(c["flags"] for c in self.citations)

    def as_json(self) -> dict[str, Any]:
        return {"references": self.references, "citations": self.citations, "summary": self.summary}


def _read(source: Source) -> _Input:
    kind = detect_kind(source.text, source.name)
    if kind in READERS:
        items = import_module(READERS[kind]).loads(source.text, source.name)
        if not items:
            raise NoReferences(f"{source.name}: no references found")
        return _Input(source.name, source.text, items)
    found = read_document(source.text, source.name)
    section = find_reference_section(source.text)
    return _Input(source.name, source.text, found.items, section.heading if section else None, document=True,
                  notes=found.left_out(source.name))


def check(inputs: Sequence[str], style: str | None = None, this_year: int | None = None) -> Report:
    """Check every reference of ``inputs`` (no inputs: the bundled sample)."""
    read = [_read(source) for source in read_sources(inputs)]
    items = with_ids([item for one in read for item in one.items])
    origin = [one for one in read for _ in one.items]
    sources = [biblio_custom(item).get("source") for item in items]
    sources = [s if isinstance(s, str) and s.strip() else None for s in sources]
    back = renderback.render_in(items, sources, style) if style else renderback.detect_style(items, sources)
    year = this_year if this_year is not None else datetime.date.today().year
    where = [_where(one, item) for one, item in zip(origin, items, strict=True)]
    duplicates = duplicate_flags(items, where)

    report = Report(notes=[note for one in read for note in one.notes])
    cited: set[str] = set()
    documents_with_citations: set[str] = set()
    for one in read:
        if not one.document:
            continue
        links = link_citations(one.text, one.items)
        if links:
            documents_with_citations.add(one.name)
        for link in links:
            cited.update(link["ids"])
            missing = [] if link["ids"] else [flag("citation-without-reference",
                                                   "no reference in the list matches this citation")]
            report.citations.append({"input": one.name, "line": link["line"], "text": link["text"],
                                     "flags": missing})

    for index, (item, one, source) in enumerate(zip(items, origin, sources, strict=True)):
        data = biblio_custom(item)
        flags: list[Flag] = review_flags(item)
        flags += date_flags(item, source, year)
        flags += identifier_flags(item, source)
        flags += duplicates[index]
        mismatch = renderback.renderback_flags(back.rendered[index], source, back.style)
        if back.flags_mismatch:
            flags += mismatch
        if one.name in documents_with_citations and item["id"] not in cited:
            flags.append(flag("never-cited", "no citation in the text names this reference"))
        report.references.append({
            "index": index + 1,
            "id": item["id"],
            "input": one.name,
            "section": data.get("section", one.heading),
            "group": data.get("group"),
            "line": data.get("line"),
            "split": {"marker": data.get("label")} if one.document else None,
            "source": source,
            "fields": plain(item),
            "confidence": confidence(item),
            "field_confidence": field_confidence(item),
            "details": details(item) + (["render-differs"] if mismatch and not back.flags_mismatch else []),
            "render": {"style": back.style, "text": back.rendered[index], "reproduces": not mismatch,
                       "diff": mismatch[0]["message"].split(": ", 1)[1] if mismatch else None}
            if back.rendered[index] else None,
            "flags": flags,
        })
    report.summary = _summary(report, read, back.style, back.share)
    return report


def _where(one: _Input, item: dict[str, Any]) -> str:
    line = biblio_custom(item).get("line")
    return f"line {line}" if line else one.name


def _summary(report: Report, read: list[_Input], style: str | None, share: float) -> dict[str, Any]:
    counts: Counter[str] = Counter(f["flag"] for r in report.references for f in r["flags"])
    counts.update(f["flag"] for c in report.citations for f in c["flags"])
    sections = sum(1 for one in read if one.document)
    return {
        "references": len(report.references),
        "sections": sections,
        "inputs": len(read),
        "flagged": sum(1 for r in report.references if r["flags"]),
        "flags": dict(sorted(counts.items())),
        "style": style,
        "style_share": round(share, 3),
        "citations": len(report.citations),
    }
