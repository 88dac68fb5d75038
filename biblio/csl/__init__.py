"""biblio's own CSL 1.0.2 processor.

``compile_style`` parses a style and its locale once (cached by content);
``render`` follows the render contract used by biblio's exporters and tools::

    render(style_xml, items, citations_or_None, output_format) -> str
"""

from __future__ import annotations

import functools
import re

from .engine import Style
from .formatters import rtf_document

__all__ = ["Style", "compile_style", "render", "bibliography_html"]

OUTPUT_FORMATS = ("text", "html", "markdown", "latex", "rtf")


@functools.lru_cache(maxsize=32)
def compile_style(style_xml: str, locale: str | None = None) -> Style:
    """Parse ``style_xml`` (the XML text of a CSL style) into a compiled ``Style``."""
    return Style(style_xml, locale)


def _entry_html(e: str) -> str:
    # trailing space inside a closing display block moves after it (as citeproc-js prints it)
    m = re.search(r"(\s+)</div>\n  $", e)
    if m and m.group(1) != "\n  ":
        e = e[: m.start()] + "</div>\n  " + m.group(1)
    return f'  <div class="csl-entry">{e}</div>\n'


def bibliography_html(entries: list[str]) -> str:
    body = "".join(_entry_html(e) for e in entries)
    return f'<div class="csl-bib-body">\n{body}</div>'


def render(style_xml: str, items: list[dict], citations: list[dict] | None, output_format: str) -> str:
    style = compile_style(style_xml)
    if citations is None:
        entries = style.bibliography(items, output_format)
        if output_format == "html":
            return bibliography_html(entries)
        if output_format == "rtf":
            return rtf_document(entries)
        return "\n".join(entries)
    return "\n".join(style.citations(items, citations, output_format))
