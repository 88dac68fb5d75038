"""The ``biblio`` command: a thin layer over :mod:`biblio.api`.

Exit codes (see biblio.errors.ExitCode): 0 success, 1 internal error,
2 usage (unknown format, style, option), 3 input not found, 4 binary or
undecodable input, 5 no references found, 6 malformed .bib/CSL-JSON,
7 output not written, 8 input too large.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from biblio import api
from biblio.documents.reader import read_lines
from biblio.errors import BiblioError, ExitCode, OutputError, UsageError
from biblio.formats import csljson, styled
from biblio.styles import registry

app = typer.Typer(
    help="Find the references in a document, parse them into records, export them.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def write_output(text: str, out: Path | None) -> None:
    """Write to ``out`` atomically (never a half-written file), or to standard output."""
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = out.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None


@app.command()
def export(
    ctx: typer.Context,
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="[INPUT]...", help="Documents, .bib or CSL-JSON files; '-' reads standard input. "
        "None: the bundled sample article.")] = None,
    to: Annotated[str, typer.Option("--to", "-t", help=f"Output format: {', '.join(api.FORMATS)}.")] = "csl-json",
    style: Annotated[str | None, typer.Option(
        "--style", "-s", help="CSL style for --to csl: a short name (see 'biblio styles'), "
        "a CSL style name, or a .csl path.")] = None,
    output_format: Annotated[str | None, typer.Option(
        "--format", "-f", help=f"Markup of formatted references: {', '.join(styled.OUTPUT_FORMATS)}.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write here instead of standard output.")] = None,
    plain: Annotated[bool, typer.Option("--plain", help="CSL-JSON without biblio's custom data.")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", help=f"CSL engine for formatted output: {', '.join(styled.ENGINES)}.")] = "biblio",
    locale: Annotated[str | None, typer.Option(
        "--locale", help="Locale of formatted output, e.g. en-GB, de-DE (default: the style's, else en-US).")] = None,
) -> None:
    """Export the references of INPUT as CSL-JSON, BibTeX, biblatex or formatted references."""
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
    items = api.load(inputs or [])
    _warn_incomplete(items)
    text = api.export(items, to, style=style, output_format=output_format or "text", plain=plain,
                      engine=engine, locale=locale)
    write_output(text, output)


def _warn_incomplete(items: list[dict[str, Any]]) -> None:
    """A reference parsed only in part, or parsed with low confidence, must not pass silently into a
    paper: say which."""
    partial = {id(item) for item in api.incomplete(items)}
    for item in items:
        data = item.get("custom", {}).get("biblio", {})
        if id(item) in partial:
            why = "reference not fully parsed (the text is kept in custom.biblio and note)"
        elif "needs-review" in data.get("flags", []):
            why = f"check this record, the parser is unsure of it (confidence {data.get('confidence', 0):.2f})"
        else:
            continue
        where = f"line {data['line']}" if "line" in data else str(data.get("origin", item.get("id")))
        text = " ".join(str(data.get("source", "")).split())
        shown = text if len(text) <= 70 else text[:67] + "..."
        sys.stderr.write(f"biblio: warning: {where}: {why}: {shown}\n")


def _defaulted(ctx: typer.Context, param: str) -> bool:
    source = ctx.get_parameter_source(param)
    return source is None or source.name == "DEFAULT"


@app.command()
def parse(
    references: Annotated[list[str] | None, typer.Argument(
        metavar="[REFERENCE]...", help="Reference strings to parse.")] = None,
    lines: Annotated[bool, typer.Option("--lines", help="Read one reference per line on standard input.")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="Records without biblio's custom data.")] = False,
) -> None:
    """Parse reference strings into CSL-JSON, one JSON object per line, in input order."""
    if lines == bool(references):
        raise UsageError("give reference strings as arguments, or --lines to read them from standard input")
    source = read_lines("-") if lines else references or []
    for item in api.parse_lines(source):
        sys.stdout.write(csljson.dumps_line(item, plain_records=plain) + "\n")


@app.command()
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
        code = 130
    except BrokenPipeError:
        # A closed pipe (``biblio export | head``) is not an error of biblio's.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = ExitCode.OK
    except KeyboardInterrupt:
        code = 130
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
