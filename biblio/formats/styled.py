"""Formatted references: a CSL style applied to records, as text, HTML, Markdown, LaTeX or RTF.

The default engine is biblio's own CSL processor (``biblio.csl``);
``citeproc-py`` stays available as a second engine.  ``citations`` gives each item's first
and subsequent in-text citation (or note); a style that defines no bibliography (many law
and note styles) prints those instead of a reference list.
"""

from __future__ import annotations

from biblio.errors import UsageError
from biblio.records.model import Item, plain
from biblio.styles import style_xml

OUTPUT_FORMATS = ("text", "html", "markdown", "latex", "rtf")
ENGINES = ("biblio", "citeproc-py")
CITEPROC_PY_FORMATS = ("text", "html", "markdown", "latex")


def entries(items: list[Item], style: str, output_format: str = "text", engine: str = "biblio",
            locale: str | None = None) -> list[str]:
    """One formatted bibliography entry per item, in the style's order."""
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format '{output_format}' (choose from {', '.join(OUTPUT_FORMATS)})")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine '{engine}' (choose from {', '.join(ENGINES)})")
    records = [plain(item) for item in items]  # biblio's custom data is no CSL input
    xml = style_xml(style)
    if "<bibliography" not in xml:
        raise UsageError(f"style '{style}' defines no bibliography (it formats citations only)")
    if engine == "citeproc-py":
        if output_format not in CITEPROC_PY_FORMATS or locale not in (None, "en-US"):
            raise UsageError(f"the citeproc-py engine supports {', '.join(CITEPROC_PY_FORMATS)} in en-US only")
        from biblio.formats import citeproc_py

        return citeproc_py.bibliography(xml, records, output_format)
    from biblio import csl
    from biblio.csl.locale import locale_known

    if locale is not None and not locale_known(locale):
        raise UsageError(f"unknown locale '{locale}' (locales are tags such as en-US, en-GB, de-DE, fr-FR)")
    try:
        compiled = csl.compile_style(xml, locale)
    except Exception as exc:  # malformed XML or a structure CSL does not define
        raise UsageError(f"style '{style}' is not a usable CSL style: {' '.join(str(exc).split())}") from None
    return compiled.bibliography(records, output_format)


def has_bibliography(style: str) -> bool:
    """Whether the style defines a bibliography (some format citations or notes only)."""
    return "<bibliography" in style_xml(style)


def citations(items: list[Item], style: str, output_format: str = "text", engine: str = "biblio",
              locale: str | None = None) -> list[tuple[str, str, str]]:
    """(id, first citation, subsequent citation) of each item, in the order given.

    The items are cited once each in that order, then once more each (as a subsequent
    citation, never "ibid."): the style's disambiguation and numbering see the whole list."""
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format '{output_format}' (choose from {', '.join(OUTPUT_FORMATS)})")
    if engine != "biblio":
        raise UsageError("citations are formatted by the biblio engine only (--engine biblio)")
    from biblio import csl
    from biblio.csl.locale import locale_known

    if locale is not None and not locale_known(locale):
        raise UsageError(f"unknown locale '{locale}' (locales are tags such as en-US, en-GB, de-DE, fr-FR)")
    records = [plain(item) for item in items]
    xml = style_xml(style)
    try:
        compiled = csl.compile_style(xml, locale)
    except Exception as exc:  # malformed XML or a structure CSL does not define
        raise UsageError(f"style '{style}' is not a usable CSL style: {' '.join(str(exc).split())}") from None
    ids = [str(r.get("id")) for r in records]
    n = len(ids)
    cites = [{"citationID": f"first-{k}", "citationItems": [{"id": i}], "properties": {"noteIndex": k + 1}}
             for k, i in enumerate(ids)]
    cites += [{"citationID": f"next-{k}", "citationItems": [{"id": i, "position": 1}],
               "properties": {"noteIndex": n + k + 1}} for k, i in enumerate(ids)]
    out = compiled.citations(records, cites, output_format)
    return [(i, out[k], out[n + k]) for k, i in enumerate(ids)]


def _cell(s: str, output_format: str) -> str:
    return s.replace("|", "\\|") if output_format == "markdown" else s


def render_citations(items: list[Item], style: str, output_format: str = "text", engine: str = "biblio",
                     locale: str | None = None) -> str:
    """Each item's first and subsequent citation as one document: tab-separated lines
    (id, first, subsequent) in text, a table in HTML and Markdown, a paragraph each in LaTeX and RTF."""
    rows = citations(items, style, output_format, engine, locale)
    if output_format == "html":
        from html import escape

        body = "".join(f'  <tr><td>{escape(i)}</td><td>{a}</td><td>{b}</td></tr>\n' for i, a, b in rows)
        return ('<table class="csl-citations">\n  <tr><th>id</th><th>first citation</th>'
                f"<th>subsequent citation</th></tr>\n{body}</table>\n")
    if output_format == "markdown":
        from biblio.csl.formatters import escape_markdown

        head = "| id | first citation | subsequent citation |\n|---|---|---|\n"
        return head + "".join(f"| {_cell(escape_markdown(i), output_format)} | {_cell(a, output_format)} | "
                              f"{_cell(b, output_format)} |\n" for i, a, b in rows)
    if output_format == "latex":
        from biblio.csl.formatters import escape_latex

        return "\n\n".join(f"\\noindent\\texttt{{{escape_latex(i)}}}: {a} \\textbar{{}} {b}" for i, a, b in rows) \
            + ("\n" if rows else "")
    if output_format == "rtf":
        from biblio.csl.formatters import escape_rtf, rtf_document

        return rtf_document([f"{escape_rtf(i)}: {a} | {b}" for i, a, b in rows])
    return "".join(f"{i}\t{a}\t{b}\n" for i, a, b in rows)


def render(items: list[Item], style: str, output_format: str = "text", engine: str = "biblio",
           locale: str | None = None) -> str:
    """The whole formatted bibliography as one document in ``output_format``; a style that
    defines no bibliography gives its citations (``render_citations``)."""
    if not has_bibliography(style) and output_format in OUTPUT_FORMATS and engine == "biblio":
        return render_citations(items, style, output_format, engine, locale)
    found = entries(items, style, output_format, engine, locale)
    if output_format == "html":
        from biblio.csl import bibliography_html

        return bibliography_html(found) + "\n"
    if output_format == "rtf":
        from biblio.csl.formatters import rtf_document

        return rtf_document(found)
    if output_format in ("markdown", "latex"):
        return "\n\n".join(found) + "\n" if found else ""
    return "".join(entry + "\n" for entry in found)
