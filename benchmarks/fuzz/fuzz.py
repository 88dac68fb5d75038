"""Coverage-guided fuzzing of biblio's input paths with atheris (not run by pytest).

    python benchmarks/fuzz/fuzz.py TARGET [--corpus DIR] [libFuzzer options, e.g. -max_total_time=600]

``--corpus DIR`` seeds DIR (when empty) with real inputs for TARGET, made from the
bundled sample (its document, its references, and its .bib, RIS and CSL-JSON
exports), so that the fuzzer starts from inputs that reach deep into the code.

TARGET is one of: finder, splitter, parser, bibtex, ris, csljson, document, markdown, check.
Each target checks an invariant beyond "no exception": the finder's section lies
inside the document; the splitter loses no character of the section; the parser
keeps the reference's text; a reader either reads records or raises biblio's
one documented error; the Markdown and HTML document readers place every line in
the source; Markdown escaping lets no raw HTML through; check builds a report for any document with references.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports(include=["biblio"]):
    from biblio.api import document_records
    from biblio.check.renderback import normalise
    from biblio.csl.formatters import escape_markdown
    from biblio.documents.layout import layout
    from biblio.errors import BiblioError, MalformedInput
    from biblio.formats import bibtex, csljson, ris
    from biblio.parse import parse_reference
    from biblio.references.finder import find_reference_section
    from biblio.references.splitter import split_references


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def finder(data: bytes) -> None:
    text = _text(data)
    section = find_reference_section(text)
    if section is not None:
        lines = text.split("\n")
        assert 1 <= section.start_line <= section.end_line <= len(lines), (section.start_line, section.end_line)


def _chars(text: str) -> str:
    return re.sub(r"\s+", "", text)


# Lines the splitter reads as structure (headings, rules, quote marks, group labels), not reference text.
_STRUCTURE = re.compile(
    r"^\s*(?:#|>|[-*_=]{3}|[-=]+\s*$)|^\s*[*_].*[*_]:?\s*$|:\s*$|^\s*[^\W\d_](?:[^\W\d_]|[\s&'’-])*$"
)


def splitter(data: bytes) -> None:
    lines = re.split(r"\r\n|\r|\n", _text(data))
    section = "\n".join(line for line in lines if not _STRUCTURE.search(line))
    refs = split_references(section)
    assert "".join(_chars((r.marker or "") + r.text) for r in refs) == _chars(section)


def parser(data: bytes) -> None:
    text = _text(data)
    item = parse_reference(text)
    assert item["custom"]["biblio"]["source"] == text
    assert isinstance(item.get("type"), str)


def _reader(loads: Callable[[str, str], list[dict]]) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        try:
            items = loads(_text(data), "fuzz")
        except MalformedInput:
            return
        assert all(isinstance(item, dict) for item in items)
    return target


def markdown(data: bytes) -> None:
    out = escape_markdown(_text(data))
    assert "<" not in re.sub(r"<(?:https?|ftp)://[^\s<>]+>", "", out)  # only autolinks keep a raw "<"


def document(data: bytes) -> None:
    """The Markdown or HTML reader (the first byte chooses): one regular line per line, each placed in the source."""
    name = "fuzz.html" if data[:1] and data[0] & 1 else "fuzz.md"
    text = _text(data[1:])
    found = layout(text, name)
    count = len(text.split("\n"))
    assert not any("\n" in line for line in found.lines)
    if found.source_lines is None:
        assert len(found.lines) == count, (len(found.lines), count)
    else:
        assert len(found.source_lines) == len(found.lines)
        assert all(1 <= n <= count for n in found.source_lines), (found.source_lines, count)
    find_reference_section("\n".join(found.lines))


def check(data: bytes) -> None:
    text = "References\n\n" + _text(data)
    try:
        items = document_records(text)
    except BiblioError:
        return
    for item in items:
        normalise(str(item["custom"]["biblio"]["source"]))


TARGETS: dict[str, Callable[[bytes], None]] = {
    "finder": finder, "splitter": splitter, "parser": parser, "bibtex": _reader(bibtex.loads),
    "ris": _reader(ris.loads), "csljson": _reader(csljson.loads), "document": document, "markdown": markdown,
    "check": check,
}


def _documents(text: str) -> list[str]:
    """The sample as Markdown and as HTML, each behind the byte that chooses its reader."""
    from html import escape

    paragraphs = "".join(f"<p>{escape(block)}</p>\n" for block in text.split("\n\n"))
    return ["\x00" + text, "\x01<html><body>\n" + paragraphs + "</body></html>\n"]


def seed_corpus(target: str, folder: Path) -> None:
    """Real inputs for ``target``: the sample document, its references, its exports."""
    from biblio import api
    from biblio.resources import sample_text

    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    text = sample_text()
    items = api.load([])
    sources = [str(i["custom"]["biblio"]["source"]) for i in items]
    seeds = {
        "finder": [text, text[-3000:]], "check": sources, "parser": sources, "markdown": sources,
        "document": _documents(text),
        "splitter": ["\n\n".join(sources), "\n".join(sources)],
        "bibtex": [api.export(items, "bibtex"), api.export(items, "biblatex")],
        "ris": [api.export(items, "ris")], "csljson": [api.export(items, "csl-json")],
    }[target]
    for n, seed in enumerate(seeds):
        (folder / f"seed{n}").write_text(seed, encoding="utf-8")


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] not in TARGETS:
        sys.exit(f"usage: fuzz.py {{{','.join(TARGETS)}}} [--corpus DIR] [libFuzzer options]")
    name, rest = args[0], args[1:]
    if rest[:1] == ["--corpus"] and len(rest) > 1:
        seed_corpus(name, Path(rest[1]))
        rest = [rest[1], *rest[2:]]
    atheris.Setup([sys.argv[0], *rest], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
