"""The ``biblio`` command: a thin layer over :mod:`biblio.api`.

Exit codes (see biblio.errors.ExitCode): 0 success, 1 internal error,
2 usage (unknown format, style, option), 3 input not found, 4 binary or
undecodable input, 5 no references found, 6 malformed .bib/CSL-JSON,
7 output not written, 8 input too large, 9 ``biblio check`` flagged a reference.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core

from biblio import __version__, api
from biblio.documents.reader import STDIN_NAME, read_lines, stdin_has_data
from biblio.errors import BiblioError, ExitCode, OutputError, UsageError
from biblio.formats import csljson, styled
from biblio.progress import ProgressBar, summary_line
from biblio.resources import sample_name
from biblio.styles import registry


def _shown_type(param: Any, ctx: Any) -> str | None:
    """An option's own metavar (FORMAT, NAME, FILE) in help, never typer's type tags (<bool>, <list[str]>)."""
    if isinstance(param, typer.core.TyperArgument) or getattr(param, "is_flag", False):
        return None
    return str(param.metavar) if param.metavar else None


typer.core.TyperArgument.display_type_rich = _shown_type  # type: ignore[method-assign,assignment]
typer.core.TyperOption.display_type_rich = _shown_type  # type: ignore[method-assign,assignment]

INPUT_KINDS = ("a document (plain text, Markdown, HTML), a .bib (BibTeX/biblatex), .ris (RIS) "
               "or .json (CSL-JSON) file, or '-' for standard input")


def _examples(*lines: str) -> str:
    return "[bold]Examples[/bold]\n\n" + "\n\n".join(f"  {line}" for line in lines)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"biblio {__version__}\n")
        raise typer.Exit()


app = typer.Typer(
    help="Find the references in a document, parse them into records, export or check them.",
    epilog=_examples("biblio export paper.md --to bibtex -o refs.bib", "biblio export refs.bib --to apa --format html",
                     "biblio check paper.md", "biblio parse 'Smith, J. (2020). A title. Publisher.'"),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print biblio's version and exit.")] = False) -> None:
    """Find the references in a document, parse them into records, export or check them."""


def _file_mode(out: Path) -> int:
    """An existing file keeps its mode; a new one gets what the umask allows (as ``open`` would give it)."""
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_input_as_output(inputs: list[str], out: Path | None) -> None:
    """Writing over an input would destroy the user's data: refuse before reading anything."""
    if out is None:
        return
    for name in inputs:
        if name in ("-", STDIN_NAME):
            continue
        try:
            same = os.path.samefile(name, out)
        except OSError:
            same = False
        if same:
            raise UsageError(f"the output file {out} is also an input; choose another -o")


class ClosedPipe(Exception):
    """Standard output was closed by its reader (``biblio export | head``): not an error of biblio's."""


@contextlib.contextmanager
def open_output(out: Path | None) -> Iterator[Callable[[str], object]]:
    """A writer to ``out``, which appears whole or not at all (a temporary file renamed at the end),
    or to standard output."""
    if out is None:
        try:
            yield sys.stdout.write
            sys.stdout.flush()
        except BrokenPipeError:
            raise ClosedPipe from None  # typer would turn the OSError into exit status 1
        return
    directory = out.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, _file_mode(out))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh.write
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(text: str, out: Path | None) -> None:
    """Write ``text`` to ``out`` atomically (never a half-written file), or to standard output."""
    with open_output(out) as write:
        write(text)


@app.command(epilog=_examples(
    "biblio export paper.md                         # CSL-JSON on standard output",
    "biblio export paper.md --to bibtex -o refs.bib",
    "biblio export refs.bib --to apa --format markdown",
    "biblio export refs.ris --style ieee --format html -o refs.html",
    "biblio export zotero.json --to biblatex --for zotero",
    "cat refs.txt | biblio export --to ris"))
def export(
    ctx: typer.Context,
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT", show_default=False,
        help=f"Each INPUT is {INPUT_KINDS}. With none, standard input when something is piped in, "
        "else the bundled sample article.")] = None,
    to: Annotated[str, typer.Option(
        "--to", "-t", metavar="FORMAT", help=f"Output format: {', '.join(api.FORMATS)}.")] = "csl-json",
    style: Annotated[str | None, typer.Option(
        "--style", "-s", metavar="NAME", help="CSL style for --to csl: a short name (see 'biblio styles'), "
        "a CSL style name, or a .csl path.")] = None,
    output_format: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="MARKUP",
        help=f"Markup of formatted references: {', '.join(styled.OUTPUT_FORMATS)} (default text).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write here instead of standard output (never over an input).")] = None,
    plain: Annotated[bool, typer.Option("--plain", help="CSL-JSON without biblio's custom data.")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", metavar="ENGINE",
        help=f"CSL engine for formatted output: {', '.join(styled.ENGINES)}.")] = "biblio",
    locale: Annotated[str | None, typer.Option(
        "--locale", metavar="LOCALE",
        help="Locale of formatted output, e.g. en-GB, de-DE (default: the style's, else en-US).")] = None,
    posts: Annotated[bool, typer.Option(
        "--posts", help="Also export the X/Twitter posts a document quotes, as CSL post records.")] = False,
    report: Annotated[bool, typer.Option(
        "--report", "-v", help="On standard error: each reference section found and where each reference starts.")]
    = False,
    target: Annotated[str | None, typer.Option(
        "--for", metavar="PROGRAM",
        help="Write the file for this program: zotero (each field where Zotero reads it).")] = None,
    source_format: Annotated[str | None, typer.Option(
        "--from", metavar="FORMAT",
        help=f"Read the inputs as: {', '.join(api.INPUT_FORMATS)} (default: extension, content).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Any broken entry in a .bib, RIS or CSL-JSON input is an error (exit 6).")] = False,
    dedupe: Annotated[bool, typer.Option(
        "--dedupe", help="Merge references that describe the same work, keeping every field.")] = False,
    citations: Annotated[bool, typer.Option(
        "--citations", help="Formatted references: each item's first and subsequent in-text citation "
        "(id, first, subsequent) instead of the bibliography.")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar and no summary line on standard error.")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", metavar="N", min=0, help="Parse references in N processes (0: one per core).")] = 1,
) -> None:
    """Export the references of INPUT as CSL-JSON, BibTeX, biblatex, RIS or formatted references."""
    if style is not None and to == "csl-json" and _defaulted(ctx, "to"):
        to = "csl"  # --style alone asks for formatted references
    styled_output = to in api.STYLED_FORMATS or to == "csl"
    if output_format is not None and not styled_output:
        raise UsageError(f"--format applies to formatted references (--to apa, chicago, csl), not --to {to}")
    if style is not None and to != "csl":
        raise UsageError(f"--style applies to --to csl, not --to {to}")
    if to not in api.FORMATS:
        raise UsageError(f"unknown format '{to}' (choose from {', '.join(api.FORMATS)})")
    if styled_output and output_format is not None and output_format not in styled.OUTPUT_FORMATS:
        raise UsageError(f"unknown --format '{output_format}' (choose from {', '.join(styled.OUTPUT_FORMATS)})")
    if target is not None and target not in api.TARGETS:
        raise UsageError(f"unknown --for '{target}' (choose from {', '.join(t for t in api.TARGETS if t)})")
    if target and to not in api.STREAMED_FORMATS:
        raise UsageError(f"--for {target} applies to --to csl-json, ris, bibtex or biblatex, not --to {to}")
    if citations and not styled_output:
        raise UsageError(f"--citations applies to formatted references (--to apa, chicago, csl), not --to {to}")
    sources = _inputs(inputs)
    refuse_input_as_output(sources, output)
    counts: dict[str, int] = {}
    review = 0
    with ProgressBar(quiet) as progress:
        records = api.stream(sources, source_format, strict, _warn, posts=posts, counts=counts, progress=progress,
                             jobs=jobs or os.cpu_count() or 1,
                             on_document=lambda name, found: _tell(name, found, report))
        if to in api.STREAMED_FORMATS and not dedupe:  # written as they come: memory stays flat
            seen = api.DuplicateWatch()

            def watched() -> Iterator[dict[str, Any]]:
                nonlocal review
                for item in records:
                    review += _warn_incomplete([item])
                    for message in seen.add(item):
                        _warn(message)
                    yield item

            with open_output(output) as write:
                total = api.write_stream(watched(), to, write, plain=plain, target=target)
        else:  # a style sorts and disambiguates the whole list; --dedupe compares them all
            items = list(records)
            for message in api.duplicate_report(items):
                _warn(message)
            if dedupe:
                items = api.dedupe(items)
            total, review = len(items), _warn_incomplete(items)
            text = api.export(items, to, style=style, output_format=output_format or "text", plain=plain,
                              engine=engine, locale=locale, target=target, citations=citations)
            write_output(text, output)
    if not sources and not quiet:  # said after the output, so that an error stays the one line on standard error
        sys.stderr.write(f"biblio: no input given (and nothing piped in): exported the bundled sample article "
                         f"seeds/{sample_name()}\n")
    if not quiet:
        sys.stderr.write(f"biblio: {summary_line(total, review, counts)}\n")


def _inputs(inputs: list[str] | None) -> list[str]:
    """The inputs; none given means standard input when something is piped in, else the sample."""
    if inputs:
        return inputs
    return ["-"] if stdin_has_data() else []


def _tell(name: str, found: api.DocumentRecords, report: bool) -> None:
    """Warnings about a document (unmatched short notes); with --report, how it was split."""
    for line in found.messages(name, report):
        sys.stderr.write(line + "\n")


def _warn(message: str) -> None:
    sys.stderr.write(f"biblio: warning: {message}\n")


def _warn_incomplete(items: list[dict[str, Any]], at: str | None = None) -> int:
    """A reference parsed only in part, or with low confidence, must not pass silently into a paper:
    say which (and how many)."""
    found = api.incomplete(items)
    for item in found:
        data = item["custom"]["biblio"]
        where = at or (f"line {data['line']}" if "line" in data else str(data.get("origin", item.get("id"))))
        text = " ".join(str(data.get("source", "")).split())
        shown = text if len(text) <= 70 else text[:67] + "..."
        if {"unparsed", "unparsed-remainder"} & set(data.get("flags", [])):
            why = "reference not fully parsed (the text is kept in custom.biblio and note)"
        else:
            why = f"check this record, the parser is unsure of it (confidence {data.get('confidence', 0):.2f})"
        sys.stderr.write(f"biblio: warning: {where}: {why}: {shown}\n")
    return len(found)


def _defaulted(ctx: typer.Context, param: str) -> bool:
    source = ctx.get_parameter_source(param)
    return source is None or source.name == "DEFAULT"


@app.command(epilog=_examples(
    "biblio parse 'Smith, J. (2020). A title. *Journal*, *3*(2), 4–5.'",
    "biblio parse --lines < references.txt > records.jsonl",
    "biblio parse --lines --report < references.txt > records.jsonl"))
def parse(
    references: Annotated[list[str] | None, typer.Argument(
        metavar="REFERENCE", show_default=False, help="Reference strings to parse.")] = None,
    lines: Annotated[bool, typer.Option("--lines", help="Read one reference per line on standard input.")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="Records without biblio's custom data.")] = False,
    report: Annotated[bool, typer.Option(
        "--report", help="Name each reference not fully parsed, and a summary, on standard error.")] = False,
) -> None:
    """Parse reference strings into CSL-JSON, one JSON object per line, in input order."""
    if lines == bool(references):
        raise UsageError("give reference strings as arguments, or --lines to read them from standard input")
    source = read_lines("-") if lines else references or []
    total = review = 0
    for number, item in enumerate(api.parse_lines(source), 1):
        sys.stdout.write(csljson.dumps_line(item, plain_records=plain) + "\n")
        total += 1
        if report and api.incomplete([item]):
            review += 1
            _warn_incomplete([item], f"line {number}")
    if report:
        sys.stderr.write(f"biblio: {summary_line(total, review, {})}\n")


@app.command(epilog=_examples(
    "biblio check paper.md",
    "biblio check paper.md --json > check.json",
    "biblio check refs.txt --style mla"))
def check(
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT", show_default=False,
        help=f"Each INPUT is {INPUT_KINDS}. With none, the bundled sample article.")] = None,
    json_output: Annotated[bool, typer.Option("--json", help="The report as JSON on standard output.")] = False,
    style: Annotated[str | None, typer.Option(
        "--style", "-s", metavar="NAME",
        help="The style the references are written in, for the render-back comparison "
        "(default: detected among apa, chicago, mla, ieee, harvard, chicago-notes).")] = None,
) -> int:
    """Report every reference (where it stood, its fields, confidence and flags); exit 9 when one needs a look."""
    import json

    from biblio.check.report import check as run_check

    report = run_check(inputs or [], style)
    if json_output:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        from biblio.check.table import print_report

        print_report(report, sys.stdout)
    sys.stderr.writelines(note + "\n" for note in report.notes)
    summary = report.summary
    sys.stderr.write(f"biblio: {summary['references']} references checked, {summary['flagged']} flagged"
                     + (f"; compared with {summary['style']}" if summary["style"] else "") + "\n")
    return ExitCode.FLAGGED if report.flagged else ExitCode.OK


@app.command()
def cite(
    document: Annotated[str, typer.Argument(help="A Markdown paper; '-' reads standard input.")],
    bibliography: Annotated[list[str] | None, typer.Option(
        "--bibliography", "-b", help="The paper's references: .bib, CSL-JSON or RIS (repeatable; default: "
        "the front matter's bibliography field).")] = None,
    style: Annotated[str, typer.Option("--style", "-s", help="CSL style: short name, CSL name or .csl path.")]
    = "chicago-author-date",
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help="Markup of citations, notes and bibliography: markdown, html, latex, text.")]
    = "markdown",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]
    = None,
    check: Annotated[bool, typer.Option(
        "--check", help="Link the paper's hand-written citations to its own reference list and report "
        "citations with no reference and references never cited (exit 9 when there are any).")] = False,
    locale: Annotated[str | None, typer.Option("--locale", help="Locale, e.g. en-GB (default: the style's).")]
    = None,
) -> int:
    """Render a paper's pandoc citations (\\[@key]) and its bibliography in a CSL style, or --check its citations."""
    from biblio import papers

    if check:
        from biblio.papers.check import check_document

        report = check_document(api.read_sources([document])[0])
        sys.stdout.write(report.text())
        return papers.PROBLEMS_FOUND if report.problems else 0
    from biblio.papers.cite import cite_document, front_matter_bibliography

    source = api.read_sources([document])[0]
    if not bibliography:  # the paper's own front matter may name it, as pandoc reads it
        folder = Path(document).parent if document != "-" else Path()
        bibliography = [str(folder / name) for name in front_matter_bibliography(source.text)]
    if not bibliography:
        raise UsageError("biblio cite needs --bibliography FILE (.bib, CSL-JSON or RIS), or --check")
    rendered = cite_document(source.text, api.load(bibliography), style, output_format, locale)
    for warning in rendered.warnings:
        sys.stderr.write(f"biblio: warning: {source.name}: {warning}\n")
    write_output(rendered.document, output)
    return 0


@app.command()
def restyle(
    document: Annotated[str, typer.Argument(help="A paper with hand-written citations and its reference list.")],
    style: Annotated[str | None, typer.Option(
        "--style", "-s", help="The new CSL style (apa, chicago-notes, ieee, ...).")] = None,
    to: Annotated[str | None, typer.Option("--to", help="'pandoc': the paper with \\[@key] citations instead.")] = None,
    bibliography: Annotated[list[str] | None, typer.Option(
        "--bibliography", "-b", help="Records to use instead of parsing the paper's list (.bib, CSL-JSON, RIS).")]
    = None,
    bibliography_out: Annotated[str | None, typer.Option(
        "--bibliography-out", help="Also write the records: .json (CSL-JSON), .bib (biblatex), .bibtex, .ris.")]
    = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="markdown, html, latex or text.")]
    = "markdown",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]
    = None,
    locale: Annotated[str | None, typer.Option("--locale", help="Locale, e.g. en-GB (default: the style's).")]
    = None,
) -> None:
    """Rewrite a paper's citations and reference list into another style, or into pandoc's \\[@key] syntax."""
    from biblio.papers import restyle as rs

    if (style is None) == (to is None) or to not in (None, "pandoc"):
        raise UsageError("biblio restyle needs --style NAME, or --to pandoc")
    if to == "pandoc" and not bibliography_out:
        raise UsageError("--to pandoc needs --bibliography-out FILE (.json or .bib) for the records")
    source = api.read_sources([document])[0]
    records = api.load(bibliography) if bibliography else None
    if style is not None:
        text, pandoc = rs.restyle(source.text, style, source.name, output_format, records, locale)
    else:
        pandoc = rs.to_pandoc(source.text, source.name, records)
        text = rs.with_nocite(pandoc.document, pandoc.uncited)
    bib_text = rs.bibliography_file(pandoc.records, bibliography_out) if bibliography_out else None
    for warning in pandoc.warnings:
        sys.stderr.write(f"biblio: warning: {source.name}: {warning}\n")
    write_output(text, output)
    if bib_text is not None and bibliography_out is not None:
        write_output(bib_text, Path(bibliography_out))


@app.command(epilog=_examples("biblio styles", "biblio export paper.md --style mla"))
def styles() -> None:
    """List the short style names biblio knows."""
    for short, csl in sorted(registry().items()):
        sys.stdout.write(f"{short:20} {csl}\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every failure becomes one line on standard error and an exit code."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="biblio", standalone_mode=False)
        code = int(result) if isinstance(result, int) else 0
    except BiblioError as exc:
        _error(exc.message)
        code = exc.code
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        code = ExitCode.INTERRUPTED
    except (BrokenPipeError, ClosedPipe):
        # A closed pipe (``biblio export | head``) is not an error of biblio's.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = ExitCode.OK
    except KeyboardInterrupt:
        code = ExitCode.INTERRUPTED
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            message = exc.format_message()  # a usage error found by the option parser
            if message:  # (empty when the help was shown for a bare `biblio`)
                _error(message)
            code = ExitCode.USAGE
        else:  # a bug: one line, not a traceback
            _error(f"internal error: {type(exc).__name__}: {exc}")
            code = ExitCode.INTERNAL
    return int(code)


def _error(message: str) -> None:
    sys.stderr.write(f"biblio: error: {message}\n")


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
