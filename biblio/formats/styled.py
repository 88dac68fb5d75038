"""Formatted references: a CSL style applied to records, as text, HTML, Markdown, LaTeX or RTF.

The default engine is biblio's own CSL processor (``biblio.csl``);
``citeproc-py`` stays available as a second engine.
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


def render(items: list[Item], style: str, output_format: str = "text", engine: str = "biblio",
           locale: str | None = None) -> str:
    """The whole formatted bibliography as one document in ``output_format``."""
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
