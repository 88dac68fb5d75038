"""Formatted references: a CSL style applied to records, as text, HTML, Markdown or LaTeX."""

from __future__ import annotations

from biblio.errors import UsageError
from biblio.formats import citeproc_py
from biblio.records.model import Item
from biblio.styles import style_xml

OUTPUT_FORMATS = ("text", "html", "markdown", "latex")
ENGINES = ("citeproc-py",)


def entries(items: list[Item], style: str, output_format: str = "text", engine: str = "citeproc-py") -> list[str]:
    """One formatted bibliography entry per item, in the style's order."""
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format '{output_format}' (choose from {', '.join(OUTPUT_FORMATS)})")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine '{engine}' (choose from {', '.join(ENGINES)})")
    return citeproc_py.bibliography(style_xml(style), items, output_format)


def render(items: list[Item], style: str, output_format: str = "text", engine: str = "citeproc-py") -> str:
    """The whole formatted bibliography as one document in ``output_format``."""
    found = entries(items, style, output_format, engine)
    if output_format == "html":
        body = "".join(f'  <div class="csl-entry">{entry}</div>\n' for entry in found)
        return f'<div class="csl-bib-body">\n{body}</div>\n'
    if output_format in ("markdown", "latex"):
        return "".join(entry + "\n\n" for entry in found).rstrip("\n") + "\n" if found else ""
    return "".join(entry + "\n" for entry in found)


__all__ = ["OUTPUT_FORMATS", "ENGINES", "entries", "render"]
