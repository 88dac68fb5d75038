"""``biblio cite --check``: a document's hand-written citations linked to its own reference list.

Reports each citation that matches no reference and each reference never cited, with its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biblio.papers.intext import InText, find_citations
from biblio.records.model import Item


@dataclass
class Linked:
    """A document read for citations: its records, its citations and the section's offsets."""

    records: list[Item]
    citations: list[InText]
    section: tuple[int, int]  # character offsets of the reference section (its heading excluded)
    heading_start: int | None = None


@dataclass
class Report:
    name: str
    linked: Linked
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, citation as written)
    uncited: list[tuple[int, str]] = field(default_factory=list)  # (line, reference text)

    @property
    def problems(self) -> int:
        return len(self.unmatched) + len(self.uncited)

    def text(self) -> str:
        cites = sum(len(c.cites) for c in self.linked.citations)
        kinds = sorted({c.kind for c in self.linked.citations})
        lines = [f"{self.name}: {cites} cited works in {len(self.linked.citations)} citations "
                 f"({', '.join(kinds) or 'none'}), {len(self.linked.records)} references"]
        lines += [f"{self.name}:{line}: citation matches no reference: {text}" for line, text in self.unmatched]
        lines += [f"{self.name}:{line}: reference never cited: {text}" for line, text in self.uncited]
        lines.append(f"{self.problems} problem{'s' if self.problems != 1 else ''}")
        return "\n".join(lines) + "\n"


def _offset(text: str, line: int) -> int:
    """Character offset of the start of a 1-based line."""
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def link_document(text: str, name: str = "input") -> Linked:
    """The document's reference list (biblio's parser) and its citations, each linked to a record."""
    from biblio.api import document_records
    from biblio.references.finder import find_reference_section

    found = document_records(text, name)
    section = find_reference_section(text)
    assert section is not None  # document_records found the section
    # The reference list: a full note of a work missing from it is a record, but a citation here.
    records = [item for item in found
               if section.start_line <= int(item.get("custom", {}).get("biblio", {}).get("line", 0))
               <= section.end_line] or found
    span = _span(text, section.start_line, section.end_line)
    return Linked(records, find_citations(text, records, span), span)


def _span(text: str, start_line: int, end_line: int) -> tuple[int, int]:
    return _offset(text, start_line), _offset(text, end_line + 1)


def section_span(text: str) -> tuple[int, int] | None:
    """Character offsets of the document's reference section (its heading excluded), if it has one."""
    from biblio.references.finder import find_reference_section

    section = find_reference_section(text)
    return None if section is None else _span(text, section.start_line, section.end_line)


def check_document(source: object) -> Report:
    """Citations without a reference and references never cited, each with its line."""
    name = str(getattr(source, "name", "input"))
    text = str(getattr(source, "text", source))
    linked = link_document(text, name)
    report = Report(name, linked)
    cited: set[int] = set()
    for c in linked.citations:
        for cite in c.cites:
            if cite.record is None:
                shown = c.text if len(c.cites) == 1 and c.kind != "note" else cite.text
                report.unmatched.append((c.line, " ".join(shown.split())[:100]))
            else:
                cited.add(cite.record)
    for k, item in enumerate(linked.records):
        if k not in cited:
            data = item.get("custom", {}).get("biblio", {})
            source_text = " ".join(str(data.get("source", item.get("title", ""))).split())
            report.uncited.append((int(data.get("line", 0)), source_text[:100]))
    return report
