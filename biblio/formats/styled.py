"""Formatted references: a CSL style applied to records, as text, HTML, Markdown, LaTeX or RTF.

The default engine is biblio's own CSL processor (``biblio.csl``);
``citeproc-py`` stays available as a second engine.  ``citations`` gives each item's first
and subsequent in-text citation (or note); a style that defines no bibliography (many law
and note styles) prints those instead of a reference list.
"""

from __future__ import annotations

import re

from biblio.errors import UsageError
from biblio.records.model import Item, not_fully_parsed, plain, read_biblio
from biblio.styles import style_xml

# Leads the verbatim entry of a reference biblio could not fully parse, so that the user can find it.
UNSURE_MARK = "[?]"

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
    verbatim = _verbatim_sources(items, records)
    found = _entries(records, style, output_format, engine, locale)
    return _with_verbatim(found, verbatim, output_format) if verbatim else found


def _verbatim_sources(items: list[Item], records: list[Item]) -> dict[str, str]:
    """Token → source text of each record not fully parsed; the token stands in its title while rendering.

    Rendering the record with the token keeps its place in the style's order;
    its entry is then replaced by the source text, so no text is lost to a
    style that shows only the fields it found (``(2013).``).
    """
    tokens: dict[str, str] = {}
    for index, (item, record) in enumerate(zip(items, records, strict=True)):
        source = read_biblio(item).get("source")
        if not_fully_parsed(item) and isinstance(source, str) and source.strip():
            token = f"zqbibliosource{index}zq"  # survives every escaper and text case
            record["title"] = f"{' '.join(source.split())} {token}"
            tokens[token] = " ".join(source.split())
    return tokens


def _with_verbatim(found: list[str], verbatim: dict[str, str], output_format: str) -> list[str]:
    from biblio.csl.formatters import get_formatter

    escape = get_formatter(output_format).escape
    if output_format == "markdown":  # the source's own autolinks (<https://…>) come back as autolinks
        verbatim = {t: re.sub(r"<((?:https?|ftp)://[^\s<>]+)>", r"\1", s) for t, s in verbatim.items()}
    out = []
    pending = dict(verbatim)
    for entry in found:
        folded = entry.lower()
        token = next((t for t in pending if t in folded), None)
        if token is None:
            out.append(entry)
        else:
            out.append(escape(f"{UNSURE_MARK} {pending.pop(token)}"))
    out.extend(escape(f"{UNSURE_MARK} {source}") for source in pending.values())  # a style that showed no title
    return out


def _entries(records: list[Item], style: str, output_format: str, engine: str, locale: str | None) -> list[str]:
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
