"""biblio's library API: inputs → references → records → formats.

The command line is a thin layer over these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module

from biblio.documents.detect import detect_kind
from biblio.documents.finder import find_reference_section
from biblio.documents.reader import read_path
from biblio.errors import NoReferences, UsageError
from biblio.formats import csljson
from biblio.parse import parse_reference
from biblio.records.keys import assign_keys, with_ids
from biblio.records.model import Item, biblio_data
from biblio.references.splitter import split_references
from biblio.resources import sample_name, sample_text

# Readers by input kind; imported only when such an input comes (start-up time).
READERS = {"bibtex": "biblio.formats.bibtex", "ris": "biblio.formats.ris", "csl-json": "biblio.formats.csljson"}
# --to FORMAT → style name, for formatted references
STYLED_FORMATS = {"apa": "apa", "chicago": "chicago", "chicago-notes": "chicago-notes"}
FORMATS = ("csl-json", "bibtex", "biblatex", "ris", *STYLED_FORMATS, "csl")


@dataclass(frozen=True)
class Source:
    """One input: its name for messages and its decoded text."""

    name: str
    text: str


def read_sources(inputs: Sequence[str]) -> list[Source]:
    """The inputs' texts (``-`` is standard input); no inputs means the bundled sample."""
    if not inputs:
        return [Source(f"seeds/{sample_name()}", sample_text())]
    return [Source(found.name, found.text) for found in map(read_path, inputs)]


def document_records(text: str, name: str = "input") -> list[Item]:
    """Records of a document's reference section, in document order.

    Where each reference stood (its document line, list marker and sub-heading)
    is kept under ``custom.biblio``.
    """
    section = find_reference_section(text)
    if section is None:
        raise NoReferences(f"{name}: no reference section found")
    references = split_references(section.text)
    if not references:
        raise NoReferences(f"{name}: the reference section '{section.heading}' holds no references")
    items = []
    for ref in references:
        item = parse_reference(ref.text)
        data = biblio_data(item)
        data["line"] = section.start_line + ref.line - 1
        if ref.marker:
            data.setdefault("label", ref.marker)
        if ref.group:
            data["group"] = ref.group
        items.append(item)
    return items


def records_from(source: Source) -> list[Item]:
    """Records from one input, whatever its kind (document, .bib, CSL-JSON)."""
    kind = detect_kind(source.text, source.name)
    if kind in READERS:
        items = import_module(READERS[kind]).loads(source.text, source.name)
    else:
        items = document_records(source.text, source.name)
    if not items:
        raise NoReferences(f"{source.name}: no references found")
    return items


def load(inputs: Sequence[str]) -> list[Item]:
    """All records of all inputs, in input order, each with a unique id."""
    items: list[Item] = []
    for source in read_sources(inputs):
        items.extend(records_from(source))
    return with_ids(items)


def incomplete(items: list[Item]) -> list[Item]:
    """The records whose reference text did not all find a field (flagged, kept under custom.biblio)."""
    lost = {"unparsed", "unparsed-remainder"}
    return [i for i in items if lost & set(i.get("custom", {}).get("biblio", {}).get("flags", []))]


def parse_lines(lines: Iterable[str]) -> Iterator[Item]:
    """One record per input line, in order, each with a unique id; a blank line gives a flagged record."""
    used: set[str] = set()
    for line in lines:
        item = parse_reference(line.rstrip("\r\n"))
        (item["id"],) = assign_keys([item], taken=used)
        used.add(item["id"])
        yield item


def export(items: list[Item], to: str = "csl-json", *, style: str | None = None,
           output_format: str = "text", plain: bool = False, engine: str = "biblio",
           locale: str | None = None, citations: bool = False) -> str:
    """The items written in format ``to``; ``citations``: each item's first and subsequent
    in-text citation (formatted formats only) instead of the bibliography."""
    if citations and not (to in STYLED_FORMATS or to == "csl"):
        raise UsageError(f"--citations applies to formatted references (--to apa, chicago, csl), not --to {to}")
    if to == "csl-json":
        return csljson.dumps(items, plain_records=plain)
    if to == "ris":
        from biblio.formats import ris

        return ris.dumps(items)
    if to in ("bibtex", "biblatex"):
        from biblio.formats import bibtex

        return bibtex.dumps(items, dialect=to)
    if to in STYLED_FORMATS or to == "csl":
        from biblio.formats import styled

        name = style if to == "csl" else STYLED_FORMATS[to]
        if not name:
            raise UsageError("--to csl needs --style NAME or a path to a .csl file")
        if citations:
            return styled.render_citations(items, name, output_format, engine, locale)
        return styled.render(items, name, output_format, engine, locale)
    raise UsageError(f"unknown format '{to}' (choose from {', '.join(FORMATS)})")
