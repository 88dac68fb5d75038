"""citeproc-py as a rendering engine (``--engine citeproc-py``).

citeproc-py takes an output "formatter" module; biblio adds Markdown and
LaTeX formatters beside its plain and HTML ones.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from biblio.csl.formatters import escape_latex, escape_markdown
from biblio.records.model import Item


def _wrapper(before: str, after: str) -> type[str]:
    class Wrapped(str):
        def __new__(cls, text: str) -> Wrapped:
            return super().__new__(cls, f"{before}{text}{after}")

    return Wrapped


def _formatter(preformat: Any, italic: type[str], bold: type[str], small_caps: type[str],
               sup: type[str], sub: type[str]) -> SimpleNamespace:
    return SimpleNamespace(preformat=preformat, Italic=italic, Oblique=italic, Bold=bold, Light=str,
                           Underline=str, Superscript=sup, Subscript=sub, SmallCaps=small_caps)


MARKDOWN = _formatter(escape_markdown, _wrapper("*", "*"), _wrapper("**", "**"), str,
                      _wrapper("^", "^"), _wrapper("~", "~"))
LATEX = _formatter(escape_latex, _wrapper(r"\emph{", "}"), _wrapper(r"\textbf{", "}"),
                   _wrapper(r"\textsc{", "}"), _wrapper(r"\textsuperscript{", "}"),
                   _wrapper(r"\textsubscript{", "}"))
FORMATTERS: dict[str, Any] = {"text": formatter.plain, "html": formatter.html,
                              "markdown": MARKDOWN, "latex": LATEX}


@lru_cache(maxsize=16)
def _style(style_xml: str) -> CitationStylesStyle:
    from io import BytesIO

    return CitationStylesStyle(BytesIO(style_xml.encode("utf-8")), validate=False)


def bibliography(style_xml: str, items: list[Item], output_format: str) -> list[str]:
    """The style's bibliography entries for ``items``, in the style's order."""
    source_items = [{k: v for k, v in item.items() if k != "custom"} for item in items]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about every field it does not know
        source = CiteProcJSON(source_items)
        bib = CitationStylesBibliography(_style(style_xml), source, FORMATTERS[output_format])
        for item in source_items:
            bib.register(Citation([CitationItem(item["id"])]))
        return [str(entry) for entry in bib.bibliography()]
