"""The check report for people: a table of the references, then what needs a look."""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from biblio.check.report import Report


def _who(fields: dict[str, Any]) -> str:
    names = fields.get("author") or fields.get("editor") or []
    if not names or not isinstance(names[0], dict):
        return "–"
    first = names[0]
    who = str(first.get("literal") or first.get("family") or "–")
    return who + (" et al." if len(names) > 2 else f" & {names[1].get('family') or names[1].get('literal')}"
                  if len(names) == 2 else "")


def _year(fields: dict[str, Any]) -> str:
    try:
        return str(fields["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError):
        return "n.d."


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _confidence(ref: dict[str, Any]) -> str:
    if ref["confidence"] is None:
        return "–"
    return f"{ref['confidence']:.2f}"


def print_report(report: Report, stream: TextIO) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console.width = 140  # a file or pipe has no width; keep each reference on one or two lines
    rows: list[list[str | Text]] = []
    for ref in report.references:
        fields = ref["fields"]
        flags = ", ".join(f["flag"] for f in ref["flags"])
        extra = ", ".join(ref["details"])
        cell = Text(flags, style="bold red") if flags else Text("–", style="green")
        if extra:
            cell.append(("  " if flags else " ") + f"({extra})", style="dim")
        rows.append([str(ref["index"]), str(ref["line"] or "–"), str(fields.get("type", "")),
                     _short(_who(fields), 24), _year(fields), str(fields.get("title", "–")), _confidence(ref), cell])
    names = ("#", "line", "type", "author", "year", "title", "conf.", "flags")
    widths = [max([len(name)] + [len(str(row[c])) for row in rows]) for c, name in enumerate(names)]
    # One line per reference where the terminal allows: the title takes the width the others leave.
    fixed = sum(w for c, w in enumerate(widths) if names[c] not in ("title", "flags")) + min(widths[7], 24)
    title_width = max(12, console.width - fixed - 3 * len(names) - 1)
    table = Table()
    for name in names:
        table.add_column(name, justify="right" if name in ("#", "line", "conf.") else "left",
                         no_wrap=name not in ("flags", "title"), overflow="fold")
    for row in rows:
        row[5] = _short(str(row[5]), title_width)
        table.add_row(*row)
    console.print(table)
    for ref in report.references:
        for found in ref["flags"]:
            where = f"line {ref['line']}" if ref["line"] else ref["input"]
            console.print(Text(f"{ref['index']} ({where}) {found['flag']}: ", style="bold") + Text(found["message"]))
    for cite in report.citations:
        for found in cite["flags"]:
            console.print(Text(f"citation at line {cite['line']} '{cite['text']}' {found['flag']}: ", style="bold")
                          + Text(found["message"]))
