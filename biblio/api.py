"""biblio's library API: inputs → references → records → formats.

The command line is a thin layer over these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module

from biblio.documents.detect import detect_kind
from biblio.documents.finder import find_reference_section
from biblio.documents.reader import read_path
from biblio.errors import NoReferences, UsageError
from biblio.formats import csljson
from biblio.parallel import parse_all
from biblio.parse import parse_reference
from biblio.records.keys import KeyRegistry
from biblio.records.model import Item, biblio_data
from biblio.references.splitter import RawReference, split_references
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
    return list(iter_sources(inputs))


def iter_sources(inputs: Sequence[str]) -> Iterator[Source]:
    """The inputs' texts one at a time, so that each can be let go before the next is read."""
    if not inputs:
        yield Source(f"seeds/{sample_name()}", sample_text())
    for found in map(read_path, inputs):
        yield Source(found.name, found.text)


# Told how many references of a document are parsed so far, and how many there are.
Progress = Callable[[int, int], None]


def _document_references(text: str, name: str) -> tuple[int, list[RawReference]]:
    """The first line of a document's reference section and its references (not the document's text,
    which can then be let go); the errors a document can give come here."""
    section = find_reference_section(text)
    if section is None:
        raise NoReferences(f"{name}: no reference section found")
    references = split_references(section.text)
    if not references:
        raise NoReferences(f"{name}: the reference section '{section.heading}' holds no references")
    return section.start_line, references


def _parsed(start_line: int, references: list[RawReference], progress: Progress | None = None,
            jobs: int = 1) -> Iterator[Item]:
    """Each reference's record, in document order, as it is parsed.

    Where each reference stood (its document line, list marker and sub-heading)
    is kept under ``custom.biblio``.
    """
    parsed = parse_all([ref.text for ref in references], jobs)
    for done, (ref, item) in enumerate(zip(references, parsed, strict=True)):
        if progress is not None:
            progress(done, len(references))
        data = biblio_data(item)
        data["line"] = start_line + ref.line - 1
        if ref.marker:
            data.setdefault("label", ref.marker)
        if ref.group:
            data["group"] = ref.group
        yield item


def document_records(text: str, name: str = "input", progress: Progress | None = None,
                     jobs: int = 1) -> list[Item]:
    """Records of a document's reference section, in document order (see ``_parsed``)."""
    return list(_parsed(*_document_references(text, name), progress, jobs))


def records_from(source: Source, progress: Progress | None = None, jobs: int = 1) -> list[Item]:
    """Records from one input, whatever its kind (document, .bib, CSL-JSON)."""
    kind = detect_kind(source.text, source.name)
    if kind in READERS:
        items = import_module(READERS[kind]).loads(source.text, source.name)
    else:
        items = document_records(source.text, source.name, progress, jobs)
    if not items:
        raise NoReferences(f"{source.name}: no references found")
    return items


def stream(inputs: Sequence[str], counts: dict[str, int] | None = None,
           progress: Progress | None = None, jobs: int = 1) -> Iterator[Item]:
    """All records of all inputs, in input order, each with a unique id, as they are made.

    Every input is read, and each document's references found, before the first
    record comes, so that a bad input fails before any output; a document's
    references are then parsed (over ``jobs`` processes) and passed on one by
    one, so memory does not grow with their number. ``counts``, when given,
    receives how many inputs and reference sections were read.
    """
    ready = _prepared(inputs, counts)
    keys = KeyRegistry()
    while ready:
        found = ready.pop(0)  # each input's references are let go once written
        if isinstance(found, list):
            yield from keys.add_list(found)
        else:
            yield from map(keys.add, _parsed(*found, progress, jobs))


# An input read: a structured input's records, or a document's section start line and references.
_Ready = list[Item] | tuple[int, list[RawReference]]


def _prepared(inputs: Sequence[str], counts: dict[str, int] | None) -> list[_Ready]:
    """Each input read (a document's text let go once its references are found)."""
    ready: list[_Ready] = []
    for source in iter_sources(inputs):
        if detect_kind(source.text, source.name) in READERS:
            ready.append(records_from(source))
        else:
            ready.append(_document_references(source.text, source.name))
        if counts is not None:
            counts["inputs"] = counts.get("inputs", 0) + 1
            counts["sections"] = counts.get("sections", 0) + int(isinstance(ready[-1], tuple))
    return ready


def load(inputs: Sequence[str], counts: dict[str, int] | None = None,
         progress: Progress | None = None, jobs: int = 1) -> list[Item]:
    """All records of all inputs, in input order, each with a unique id (see ``stream``)."""
    return list(stream(inputs, counts, progress, jobs))


def incomplete(items: list[Item]) -> list[Item]:
    """The records not fully parsed (``unparsed``, ``unparsed-remainder``, ``needs-review``; see custom.biblio)."""
    from biblio.check.review import not_fully_parsed

    return [i for i in items if not_fully_parsed(i)]


def parse_lines(lines: Iterable[str]) -> Iterator[Item]:
    """One record per input line, in order, each with a unique id; a blank line gives a flagged record."""
    keys = KeyRegistry()
    for line in lines:
        yield keys.add(parse_reference(line.rstrip("\r\n")))


# Formats written record by record as the records come (no sorting, no disambiguation).
STREAMED_FORMATS = ("csl-json", "bibtex", "biblatex", "ris")


def write_stream(items: Iterable[Item], to: str, write: Callable[[str], object], *, plain: bool = False) -> int:
    """Write ``items`` in format ``to`` (one of STREAMED_FORMATS) as they come; the number written.

    The text equals ``export(list(items), to)``: CSL-JSON is one array, written element by element.
    """
    count = 0
    for item in items:
        if to == "csl-json":
            text = csljson.dumps([item], plain_records=plain)
            write(("[\n" if count == 0 else ",\n") + text[2:-3])  # the element without "[\n" and "\n]\n"
        else:
            write(export([item], to, plain=plain))
        count += 1
    if to == "csl-json":
        write("\n]\n" if count else "[]\n")
    return count


def export(items: list[Item], to: str = "csl-json", *, style: str | None = None,
           output_format: str = "text", plain: bool = False, engine: str = "biblio",
           locale: str | None = None) -> str:
    """The items written in format ``to``."""
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
        return styled.render(items, name, output_format, engine, locale)
    raise UsageError(f"unknown format '{to}' (choose from {', '.join(FORMATS)})")
