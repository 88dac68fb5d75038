"""A document's text made regular for the finder and the splitter, whatever it was written in.

Markdown (and plain text with Markdown marks, like the sample) is read with a
CommonMark parser, HTML with an HTML parser, a Jupyter notebook as the Markdown
of its text cells, a LaTeX source by its sectioning and its ``thebibliography``,
a Wikipedia article's source by its ``<ref>`` citations and its sections
(:mod:`biblio.documents.wikitext`), and plain or PDF text line by line; a Word or OpenDocument file arrives as Markdown
(:mod:`biblio.documents.office`). Each gives lines in one form: ATX headings, list markers, ``[^n]:``
footnote definitions, blank lines between blocks, and Markdown as the only
inline markup; each line knows the document line it came from.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Literal

Flavour = Literal["markdown", "html", "text", "notebook", "latex", "wikitext", "rst", "asciidoc", "org", "python",
                  "roxygen", "rd", "man", "rcitation", "slash", "julia", "matlab", "pod", "fortran",
                  "fortran90", "haskell", "lisp", "ml", "texinfo",
                  "textile", "dokuwiki", "smcl", "bbcode", "typst"]

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".epub")  # an EPUB arrives as its chapters' HTML
# Word and OpenDocument files arrive as Markdown (biblio.documents.office).
_MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".rmd", ".qmd", ".docx", ".docm", ".odt", ".pptx")
_LATEX_EXTENSIONS = (".tex", ".ltx", ".latex", ".bbl")
_WIKITEXT_EXTENSIONS = (".wiki", ".wikitext", ".mediawiki")
# Lightweight markup read as the Markdown it rewrites to, line for line.
_LIGHT_MARKUP: dict[str, Flavour] = {".rst": "rst", ".rest": "rst", ".adoc": "asciidoc", ".asciidoc": "asciidoc",
                                     ".asc": "asciidoc", ".org": "org", ".texi": "texinfo", ".texinfo": "texinfo",
                                     ".txi": "texinfo", ".textile": "textile", ".typ": "typst"}
# Extensions of text that may hold an article's source, pasted (detected by its marks).
_PLAIN_EXTENSIONS = ("", ".txt", ".text", ".md", ".markdown")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_BLOCKS = re.compile(r"<(?:p|div|li|h[1-6]|ol|ul|article|section)\b[^>]*>", re.IGNORECASE)
# Marks only Markdown makes: a heading, emphasis, a link, an autolink, a footnote, a fence, a link
# definition, an HTML comment.
_MARKDOWN_MARKS = re.compile(
    r"^ {0,3}#{1,6} \S|(?<![\w*])\*(?=\S)[^*\n]+(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)[^_\n]+(?<=\S)_(?!\w)"
    r"|\]\((?:https?://|\.{0,2}/|#)|<https?://[^>\s]+>|^\[\^[^\]]+\]:|^ {0,3}```|^\[[^\]]+\]:\s*\S|<!--",
    re.MULTILINE,
)
_SNIFF_CHARS = 200_000


@dataclass(frozen=True)
class Layout:
    """The document as regular lines, and the 1-based document line of each (None: the same line)."""

    lines: list[str]
    flavour: Flavour
    source_lines: list[int] | None = None

    def document_line(self, index: int) -> int:
        """The document line of `index` (0-based into `lines`)."""
        if self.source_lines is None:
            return index + 1
        return self.source_lines[min(index, len(self.source_lines) - 1)] if self.source_lines else 1


def flavour_of(text: str, name: str = "") -> Flavour:
    extension = os.path.splitext(name.lower())[1]
    if name.lower().endswith((".rst.txt", ".rest.txt")):
        return "rst"  # a source Sphinx copies beside the pages it builds ("_sources/manual.rst.txt")
    if extension in _WIKITEXT_EXTENSIONS:
        return "wikitext"
    if extension in _PLAIN_EXTENSIONS:
        from biblio.documents.wikitext import is_wikitext

        if is_wikitext(text):
            return "wikitext"
        from biblio.documents.dokuwiki import is_dokuwiki

        if extension in ("", ".txt", ".text") and is_dokuwiki(text):
            return "dokuwiki"
        if extension in ("", ".txt", ".text"):
            from biblio.documents.bbcode import is_bbcode
            from biblio.documents.textile import is_textile

            if is_bbcode(text):
                return "bbcode"  # a forum post or a mod page's description
            if is_textile(text):
                return "textile"  # a Redmine page or a Jira ticket pasted as text
    if extension in _HTML_EXTENSIONS:
        return "html"
    if extension in _MARKDOWN_EXTENSIONS:
        return "markdown"
    if extension in _LATEX_EXTENSIONS:
        return "latex"
    if extension in _LIGHT_MARKUP:
        return _LIGHT_MARKUP[extension]
    from biblio.documents.smcl import is_smcl

    if is_smcl(text, name):
        return "smcl"
    from biblio.documents.docbook import is_docbook
    from biblio.documents.tei import is_tei
    from biblio.documents.texinfo import is_texinfo

    if extension in (".xml", ".dbk", ".docbook", "") and is_docbook(text):
        return "html"
    if extension in (".xml", ".tei", "") and is_tei(text):
        return "html"
    from biblio.documents.fb2 import is_fb2

    if extension in (".fb2", ".xml", "") and is_fb2(text):
        return "html"
    if extension in _PLAIN_EXTENSIONS and is_texinfo(text):
        return "texinfo"
    if extension in _PAGE_TEMPLATES and _is_html_page(_TEMPLATE_CODE.sub("", text[:_SNIFF_CHARS])):
        return "html"  # a PHP page: HTML with a few blocks of code (a site's article, a Word page pasted in)
    if extension in _JSX and "className=" in text and len(_HTML_BLOCKS.findall(text[:_SNIFF_CHARS])) >= 3:
        return "html"  # a React component's markup (a page that embeds an article rendered to HTML)
    source = _source_flavour(text, name, extension)
    if source is not None:
        return source
    from biblio.documents.latex import is_latex
    from biblio.documents.notebook import is_notebook

    if extension == ".ipynb" or is_notebook(text):
        return "notebook"
    if is_latex(text):
        return "latex"
    if _is_html_page(text[:_SNIFF_CHARS]):
        return "html"
    head = text[:_SNIFF_CHARS]
    from biblio.documents.rst import is_rst_citation_list

    if is_rst_citation_list(head):
        return "rst"
    if _MARKDOWN_MARKS.search(head) and not _indented_plain_text(head):
        return "markdown"
    return "text"


# Plain text laid out as RFCs and PEPs are: flush-left headings over paragraphs indented by three or more
# spaces. In Markdown such paragraphs would be code; an ``*emphasis*`` in them makes the text no Markdown.
_INDENTED_LINE = re.compile(r"^ {3,}\S")
_MARKDOWN_STRUCTURE = re.compile(r"^ {0,3}(?:#{1,6} \S|```|\[\^[^\]]+\]:)|\]\((?:https?://|\.{0,2}/|#)", re.MULTILINE)


def _indented_plain_text(head: str) -> bool:
    lines = [line for line in head.split("\n") if line.strip()]
    indented = sum(1 for line in lines if _INDENTED_LINE.match(line))
    return len(lines) >= 10 and 3 * indented >= 2 * len(lines) and not _MARKDOWN_STRUCTURE.search(head)


# Pages of HTML with code between "<?php … ?>" (or "<?= … ?>"), whose comments hold no documentation.
_PAGE_TEMPLATES = (".php", ".phtml")
_JSX = (".jsx", ".tsx")
# JSX that is no HTML, line by line: a space written as an expression ({" "}), a comment ({/* … */}), an attribute's
# value in braces (data-number={7})
_JSX_SPACE = re.compile(r"""\{\s*(?:"\s*"|'\s*')\s*\}""")
_JSX_COMMENT = re.compile(r"\{\s*/\*.*?\*/\s*\}")
_JSX_VALUE = re.compile(r"=\{([^{}\n]*)\}")
# a component's own tags (<Box>, <Layout.Main …>) and fragments (<>…</>) wrap the markup: no HTML
_JSX_COMPONENT = re.compile(r"</?(?:[A-Z][\w.]*\b[^<>]*)?>")
# the code closing the component after its markup, a line of brackets alone ("  );", "}"): no words of the page
_JSX_CLOSING = re.compile(r"^[ \t]*[)}\]][)}\];, \t]*$", re.MULTILINE)


def jsx_markup(text: str) -> str:
    """A React component's JSX as HTML the HTML reader takes, line for line."""
    text = _JSX_CLOSING.sub("", _JSX_COMPONENT.sub("", _JSX_COMMENT.sub("", _JSX_SPACE.sub(" ", text))))
    return _JSX_VALUE.sub(lambda m: '="' + m.group(1).replace('"', "") + '"', text)
_TEMPLATE_CODE = re.compile(r"<\?(?:php\b|=).*?(?:\?>|\Z)", re.DOTALL | re.IGNORECASE)


def _is_html_page(head: str) -> bool:
    return _HTML_START.match(head) is not None or (head.lstrip().startswith("<")
                                                   and len(_HTML_BLOCKS.findall(head)) >= 3)


def _source_flavour(text: str, name: str, extension: str) -> Flavour | None:
    """Source files whose documentation is read: Python docstrings, R roxygen blocks and help pages, manual pages,
    other languages' doc comments, docstrings, help text and POD (:mod:`biblio.documents.doc_comments`)."""
    from biblio.documents.man import is_man
    from biblio.documents.rd import is_rd
    from biblio.documents.source_code import is_python_source, is_r_source

    if is_python_source(name):
        return "python"
    if is_rd(name):
        return "rd"
    if is_r_source(name, text):
        return "roxygen"
    from biblio.documents.doc_comments import doc_flavour

    other = doc_flavour(text, name)
    if other is not None:
        return other
    from biblio.documents.r_citation import is_r_citation

    if extension in ("", ".r", ".txt") and is_r_citation(text):
        return "rcitation"
    manual = extension in ("", ".txt", ".man", ".mdoc", ".ms", ".me", ".roff") or extension[1:2].isdigit()
    return "man" if manual and is_man(text, name) else None


def layout(text: str, name: str = "") -> Layout:
    """`text` as regular lines for the finder and the splitter, publishers' link bars left out."""
    from biblio.documents.link_bars import drop_link_bars
    from biblio.documents.stamps import drop_page_stamps
    from biblio.documents.wiki_copy import wiki_copy_lines

    regular = _regular(text, name)
    lines = drop_page_stamps(drop_link_bars(wiki_copy_lines(regular.lines)))
    return Layout(lines, regular.flavour, regular.source_lines)


def _unfenced(text: str) -> str:
    """Markdown `text` with its fenced code blocks' lines blank."""
    from biblio.references.finder import in_code_fences

    lines = text.split("\n")
    return "\n".join("" if code else line for line, code in zip(lines, in_code_fences(lines), strict=True))


def _regular(text: str, name: str) -> Layout:
    from biblio.documents.envelopes import unwrap

    inner = unwrap(text)
    if inner is not None:  # a feed, a wiki's page export, a MIME e-mail: the document it carries
        return _regular(*inner)
    flavour = flavour_of(text, name)
    if "thebibliography" in text and flavour not in ("latex", "html"):
        from biblio.documents.doc_comments import is_code_name
        from biblio.documents.latex import embedded_bibliography, latex_lines

        embedded = (embedded_bibliography(text) if is_code_name(name)
                    else embedded_bibliography(_unfenced(text)) if flavour == "markdown" else None)
        # a program that writes a LaTeX document: the bibliography its strings hold; pandoc's Markdown: a raw
        # LaTeX ``thebibliography`` block (one shown in a code block is an example, not the list)
        if embedded is not None:
            lines, where = latex_lines(embedded)
            return Layout(lines, "latex", where)
    if flavour == "html":
        from biblio.documents.docbook import docbook_html, is_docbook
        from biblio.documents.fb2 import fb2_html, is_fb2
        from biblio.documents.html import html_document
        from biblio.documents.tei import is_tei, tei_html

        source = (docbook_html(text) if is_docbook(text) else tei_html(text) if is_tei(text)
                  else fb2_html(text) if is_fb2(text) else jsx_markup(text) if name.lower().endswith(_JSX) else text)
        lines, where = html_document(source)
        return Layout(lines, flavour, where)
    if flavour == "markdown":
        from biblio.documents.markdown import markdown_lines

        return Layout(markdown_lines(text), flavour)
    if flavour in ("rst", "asciidoc", "org", "python", "roxygen", "rd", "man", "slash", "julia", "matlab", "pod",
                   "fortran", "fortran90", "haskell", "lisp", "ml", "texinfo", "textile", "dokuwiki", "smcl",
                   "bbcode", "typst"):
        from biblio.documents.markdown import markdown_lines

        return Layout(markdown_lines(_light_markup_as_markdown(text, flavour)), flavour)
    if flavour == "latex":
        from biblio.documents.latex import latex_lines

        lines, where = latex_lines(text)
        return Layout(lines, flavour, where)
    if flavour == "wikitext":
        from biblio.documents.wikitext import wikitext_lines

        lines, where = wikitext_lines(text)
        return Layout(lines, flavour, where)
    if flavour == "notebook":
        from biblio.documents.markdown import markdown_lines
        from biblio.documents.notebook import notebook_markdown

        cells = notebook_markdown(text)
        if cells is not None:
            return Layout(markdown_lines(cells[0]), flavour, cells[1])
    from biblio.documents.columns import unfold_columns
    from biblio.documents.plaintext import plain_lines

    if flavour == "rcitation":
        from biblio.documents.r_citation import r_citation_text

        return Layout(plain_lines(r_citation_text(text)), flavour)

    unfolded = unfold_columns(text) if "   " in text else None
    if unfolded is not None:
        return Layout(plain_lines(unfolded[0]), flavour, unfolded[1])
    return Layout(plain_lines(text), flavour)


def _light_markup_as_markdown(text: str, flavour: Flavour) -> str:
    if flavour == "rst":
        from biblio.documents.rst import rst_markdown

        return rst_markdown(text)
    if flavour == "python":
        from biblio.documents.rst import rst_markdown
        from biblio.documents.source_code import python_docstrings

        return rst_markdown(python_docstrings(text))
    if flavour == "roxygen":
        from biblio.documents.source_code import roxygen_markdown

        return roxygen_markdown(text)
    if flavour == "rd":
        from biblio.documents.rd import rd_markdown

        return rd_markdown(text)
    if flavour == "man":
        from biblio.documents.man import man_markdown

        return man_markdown(text)
    if flavour in ("slash", "julia", "matlab", "pod", "fortran", "fortran90", "haskell", "lisp", "ml"):
        from biblio.documents.doc_comments import doc_markdown

        return doc_markdown(text, flavour)
    if flavour == "texinfo":
        from biblio.documents.texinfo import texinfo_markdown

        return texinfo_markdown(text)
    if flavour == "smcl":
        from biblio.documents.smcl import smcl_markdown

        return smcl_markdown(text)
    if flavour == "dokuwiki":
        from biblio.documents.dokuwiki import dokuwiki_markdown

        return dokuwiki_markdown(text)
    if flavour == "textile":
        from biblio.documents.textile import textile_markdown

        return textile_markdown(text)
    if flavour == "bbcode":
        from biblio.documents.bbcode import bbcode_markdown

        return bbcode_markdown(text)
    if flavour == "typst":
        from biblio.documents.typst import typst_markdown

        return typst_markdown(text)
    if flavour == "asciidoc":
        from biblio.documents.asciidoc import asciidoc_markdown

        return asciidoc_markdown(text)
    from biblio.documents.org import org_markdown

    return org_markdown(text)
