"""biblio's library API: inputs → references → records → formats.

The command line is a thin layer over these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from biblio.documents.detect import detect_kind
from biblio.documents.reader import read_input
from biblio.errors import MalformedInput, NoReferences, UsageError
from biblio.formats import csljson
from biblio.formats.problems import NOTICE, Collector, Report, raise_first
from biblio.parse import parse_reference
from biblio.records.duplicates import DuplicateWatch, dedupe, duplicate_report  # noqa: F401  (part of the API)
from biblio.records.keys import KeyRegistry, with_ids  # noqa: F401  (with_ids is part of the API)
from biblio.records.model import Item, not_fully_parsed
from biblio.references.records import DocumentRecords, streamed_document_records
from biblio.references.records import document_records as references_to_records
from biblio.resources import sample_name, sample_text

# Readers by input kind; imported only when such an input comes (start-up time).
READERS = {"bibtex": "biblio.formats.bibtex", "ris": "biblio.formats.ris", "csl-json": "biblio.formats.csljson",
           "jats": "biblio.formats.jats"}
# --from FORMAT -> input kind
INPUT_FORMATS = {"bibtex": "bibtex", "biblatex": "bibtex", "ris": "ris", "csl-json": "csl-json",
                 "jats": "jats", "document": "document"}
# --to FORMAT → style name, for formatted references
STYLED_FORMATS = {"apa": "apa", "chicago": "chicago", "chicago-notes": "chicago-notes"}
FORMATS = ("csl-json", "bibtex", "biblatex", "ris", *STYLED_FORMATS, "csl")
# --for TARGET: the program a file is written for (None: LaTeX for .bib, any reader otherwise)
TARGETS = (None, "zotero")


@dataclass(frozen=True)
class Source:
    """One input: its name for messages and its decoded text."""

    name: str
    text: str
    records: tuple[dict[str, Any], ...] = ()  # exact records the document carries (citation manager's fields)


def read_sources(inputs: Sequence[str]) -> list[Source]:
    """The inputs' texts (``-`` is standard input); no inputs means the bundled sample."""
    return list(iter_sources(inputs))


def iter_sources(inputs: Sequence[str]) -> Iterator[Source]:
    """The inputs' texts one at a time, so that each can be let go before the next is read."""
    if not inputs:
        yield Source(f"seeds/{sample_name()}", sample_text())
    for path in inputs:
        yield _read_source(path)  # the text is held by this generator no longer than by its caller


def _read_source(path: str) -> Source:
    found, records = read_input(path)
    return Source(found.name, found.text, records)


def document_records(text: str, name: str = "input") -> list[Item]:
    """Records of a document's reference sections, in document order.

    Where each reference stood (its section, document line, list marker and
    sub-heading) is kept under ``custom.biblio``.
    """
    return read_document(text, name).items


def read_document(text: str, name: str = "input", *, posts: bool = False, jobs: int = 1) -> DocumentRecords:
    """Records of a document's reference sections, and (with `posts`) its quoted posts; references are
    parsed over ``jobs`` processes."""
    found = references_to_records(text, name, posts=posts, jobs=jobs)
    _check_found(found, name, len(found.items))
    return found


def _check_found(found: DocumentRecords, name: str, records: int) -> None:
    """A document with no reference section, or sections with no reference (``records``), is an error."""
    if not found.sections:
        raise NoReferences(f"{name}: no reference section found")
    if not records:
        headings = ", ".join(f"'{s.heading}'" for s in found.sections if s.heading) or "found"
        raise NoReferences(f"{name}: the reference section {headings} holds no references")


def records_from(source: Source, source_format: str | None = None, report: Report | None = None,
                 notice: Report | None = None, *, posts: bool = False,
                 on_document: Callable[[str, DocumentRecords], None] | None = None, jobs: int = 1) -> list[Item]:
    """Records from one input, whatever its kind (document, .bib, RIS, CSL-JSON).

    ``source_format`` names the kind (``--from``); otherwise the extension, then the content decide.
    A broken entry of a structured input goes to ``report`` (default: it is an error) and the valid
    ones are kept; an input with no valid entry at all is an error. For a document, ``posts`` adds
    its quoted posts after its references, and ``on_document`` hears what was found (sections,
    lines, notes) for reporting.
    """
    return list(iter_records_from(source, source_format, report, notice, posts=posts, on_document=on_document,
                                  jobs=jobs)[0])


# Structured inputs read record by record: (reader module, its generator, a cheap count of its entries).
_STREAMED_READERS: dict[str, tuple[str, str, Callable[[str], int]]] = {
    "bibtex": ("biblio.formats.bibtex.reader", "iter_items", lambda text: text.count("\n@") + text.startswith("@")),
    "ris": ("biblio.formats.ris.reader", "iter_records", lambda text: text.count("TY  -")),
}


def iter_records_from(source: Source, source_format: str | None = None, report: Report | None = None,
                      notice: Report | None = None, *, posts: bool = False,
                      on_document: Callable[[str, DocumentRecords], None] | None = None,
                      jobs: int = 1) -> tuple[Iterable[Item], int]:
    """``records_from``'s records and about how many there are. A .bib or RIS input with a ``report``
    that does not raise streams its records as they are read, so that a big file's records are never
    all held at once; its reports then come after its records."""
    if source_format is not None and source_format not in INPUT_FORMATS:
        raise UsageError(f"unknown --from '{source_format}' (choose from {', '.join(INPUT_FORMATS)})")
    kind = INPUT_FORMATS[source_format] if source_format else detect_kind(source.text, source.name)
    if kind in _STREAMED_READERS and report not in (None, raise_first):
        module, function, count = _STREAMED_READERS[kind]
        return _streamed(getattr(import_module(module), function), source, report, notice, kind), count(source.text)
    if kind in READERS:
        items = list(_streamed(import_module(READERS[kind]).loads, source, report, notice, kind))
    elif source.records and kind == "document":
        return _with_field_records(source, notice, posts, on_document, jobs)
    else:
        streamed = None if posts else streamed_document_records(source.text, source.name, jobs)
        if streamed is not None:  # records made as they are taken: a long document is never held whole
            found, records = streamed
            total = sum(1 for entry in found.entries if entry.kind == "reference")
            _check_found(found, source.name, total)
            if on_document is not None:
                on_document(source.name, found)
            return records, total
        found = read_document(source.text, source.name, posts=posts, jobs=jobs)
        if on_document is not None:
            on_document(source.name, found)
        items = found.items + found.posts
        if not items:
            raise NoReferences(f"{source.name}: no references found")
    return items, len(items)


def _with_field_records(source: Source, notice: Report | None, posts: bool,
                        on_document: Callable[[str, DocumentRecords], None] | None,
                        jobs: int) -> tuple[list[Item], int]:
    """A document's references, each that its citation manager's fields hold exactly taken from them."""
    from biblio.references.cited import with_field_records

    found = references_to_records(source.text, source.name, posts=posts, jobs=jobs)
    if on_document is not None and found.sections:
        on_document(source.name, found)
    items, message = with_field_records(found.items, source.records, source.name)
    if notice is not None:
        notice(message)
    items += found.posts
    if not items:
        raise NoReferences(f"{source.name}: no references found")
    return items, len(items)


def _streamed(read: Callable[[str, str, Report], Iterable[Item]], source: Source, report: Report | None,
              notice: Report | None, kind: str) -> Iterator[Item]:
    """A reader's records; its reports once it is done, or, when it read no valid entry, its first error."""
    collected = Collector()
    count = 0
    for item in read(source.text, source.name, collected):
        count += 1
        yield item
    if collected.errors and not count:
        raise MalformedInput(f"{collected.errors[0]} (no valid entry in {source.name})")
    for message in collected.messages:
        if message.startswith(NOTICE):
            if notice is not None:
                notice(message.removeprefix(NOTICE))
        else:
            (report or raise_first)(message)
    if not count:
        if kind == "ris":
            raise MalformedInput(f"{source.name}: no RIS records (no 'TY  - ' line)")
        raise NoReferences(f"{source.name}: no references found")


# Told how many references of an input are done so far, and how many there are.
Progress = Callable[[int, int], None]


def stream(inputs: Sequence[str], source_format: str | None = None, strict: bool = False,
           warn: Report | None = None, *, posts: bool = False,
           on_document: Callable[[str, DocumentRecords], None] | None = None,
           counts: dict[str, int] | None = None, progress: Progress | None = None, jobs: int = 1) -> Iterator[Item]:
    """All records of all inputs, in input order, each with a unique id, as they are made.

    A broken entry in a .bib, RIS or CSL-JSON input is passed to ``warn`` and skipped; with
    ``strict`` (or no ``warn``) it is an error. ``counts``, when given, receives how many inputs
    and records were read; ``progress`` hears how far each input is.
    """
    report = raise_first if strict or warn is None else warn
    keys = KeyRegistry()

    def heard(name: str, found: DocumentRecords) -> None:
        if counts is not None:
            counts["sections"] = counts.get("sections", 0) + len(found.sections)
        if on_document is not None:
            on_document(name, found)

    for source in iter_sources(inputs):
        before = counts.get("sections", 0) if counts is not None else 0
        items, total = iter_records_from(source, source_format, report, warn, posts=posts, on_document=heard,
                                         jobs=jobs)
        if counts is not None:
            counts["inputs"] = counts.get("inputs", 0) + 1
            if counts.get("sections", 0) == before:  # a .bib, RIS or CSL-JSON file, not a document
                counts["files"] = counts.get("files", 0) + 1
        del source  # the input's text is let go once its records are made (or, streamed, read)
        for done, item in enumerate(items):
            if progress is not None:
                progress(min(done, total - 1), total)
            yield keys.add(item)


def load(inputs: Sequence[str], source_format: str | None = None, strict: bool = False,
         warn: Report | None = None, *, posts: bool = False,
         on_document: Callable[[str, DocumentRecords], None] | None = None,
         counts: dict[str, int] | None = None, progress: Progress | None = None, jobs: int = 1) -> list[Item]:
    """All records of all inputs, in input order, each with a unique id (see ``stream``)."""
    return list(stream(inputs, source_format, strict, warn, posts=posts, on_document=on_document,
                       counts=counts, progress=progress, jobs=jobs))


def incomplete(items: list[Item]) -> list[Item]:
    """The records not fully parsed (``unparsed``, ``unparsed-remainder``, ``needs-review``; see custom.biblio)."""
    return [i for i in items if not_fully_parsed(i)]


def parse_lines(lines: Iterable[str]) -> Iterator[Item]:
    """One record per input line, in order, each with a unique id; a blank line gives a flagged record."""
    keys = KeyRegistry()
    for line in lines:
        yield keys.add(parse_reference(line.rstrip("\r\n")))


# Formats written record by record as the records come (no sorting, no disambiguation).
STREAMED_FORMATS = ("csl-json", "bibtex", "biblatex", "ris")


def write_stream(items: Iterable[Item], to: str, write: Callable[[str], object], *, plain: bool = False,
                 target: str | None = None) -> int:
    """Write ``items`` in format ``to`` (one of STREAMED_FORMATS) as they come; the number written.

    The text equals ``export(list(items), to)``: CSL-JSON is one array, written element by element.
    """
    count = 0
    for item in items:
        if to == "csl-json":
            text = csljson.dumps([item], plain_records=plain, for_zotero=target == "zotero")
            write(("[\n" if count == 0 else ",\n") + text[2:-3])  # the element without "[\n" and "\n]\n"
        else:
            write(export([item], to, plain=plain, target=target))
        count += 1
    if to == "csl-json":
        write("\n]\n" if count else "[]\n")
    return count


def export(items: list[Item], to: str = "csl-json", *, style: str | None = None,
           output_format: str = "text", plain: bool = False, engine: str = "biblio",
           locale: str | None = None, target: str | None = None, citations: bool = False) -> str:
    """The items written in format ``to``; ``target="zotero"`` writes what Zotero's importer of that
    format reads into each field (see biblio.formats.zotero); ``citations``: each item's first and
    subsequent in-text citation (formatted formats only) instead of the bibliography."""
    if target not in TARGETS:
        raise UsageError(f"unknown --for '{target}' (choose from {', '.join(t for t in TARGETS if t)})")
    if target and to not in ("csl-json", "ris", "bibtex", "biblatex"):
        raise UsageError(f"--for {target} applies to --to csl-json, ris, bibtex or biblatex, not --to {to}")
    if citations and not (to in STYLED_FORMATS or to == "csl"):
        raise UsageError(f"--citations applies to formatted references (--to apa, chicago, csl), not --to {to}")
    for_zotero = target == "zotero"
    if to == "csl-json":
        return csljson.dumps(items, plain_records=plain, for_zotero=for_zotero)
    if to == "ris":
        from biblio.formats import ris

        return ris.dumps(items, for_zotero=for_zotero)
    if to in ("bibtex", "biblatex"):
        from biblio.formats import bibtex

        return bibtex.dumps(items, dialect=to, for_zotero=for_zotero)
    if to in STYLED_FORMATS or to == "csl":
        from biblio.formats import styled

        name = style if to == "csl" else STYLED_FORMATS[to]
        if not name:
            raise UsageError("--to csl needs --style NAME or a path to a .csl file")
        if citations:
            return styled.render_citations(items, name, output_format, engine, locale)
        return styled.render(items, name, output_format, engine, locale)
    raise UsageError(f"unknown format '{to}' (choose from {', '.join(FORMATS)})")
