"""Documentation written in other languages' sources: doc comments, docstrings, help text and POD.

A library cites the papers of its methods in the documentation beside its code, in each language's
own form, and only that documentation is text (code lines become blank, so line numbers stay the
document's):

- the comments standing on lines of their own (``///``, ``//!``, ``//``, ``/** … */``, ``/* … */``) of Rust,
  C, C++, C#, F#, Go, Java, PHP, Swift, Kotlin, JavaScript and preprocessed assembly: Markdown in rustdoc and Doxygen
  (``# References`` headings, ``[^1]:`` footnotes), a ``References:`` label over ``[1] …`` lines in a file header; block
  tags (``@param``, ``@author``) end the text before them;
- Julia docstrings (``\"\"\"…\"\"\"`` before a definition), Markdown for Documenter, where a citation
  written ``[Shapiro and Wilk (1965). Title](@cite key)`` is that text;
- MATLAB and Octave help text, the ``%`` comment lines of a function file (``Reference:`` over
  ``[1] …`` lines);
- Perl's POD (``=head1 REFERENCES``, ``=item [1]``, ``I<…>``, ``L<…>``), in a ``.pm``, ``.pl`` or ``.pod`` file;
- Fortran's comment lines (:mod:`biblio.documents.fortran`) and Haskell's Haddock comments
  (:mod:`biblio.documents.haddock`);
- Lisp's ``;`` comment lines and ``#| … |#`` blocks, Markdown or, where it shows, AsciiDoc;
- the ``(* … *)`` comments of Coq, OCaml and Standard ML (HOL4's theories), boxed ones too (each line closed by
  ``*)`` at the frame's right edge, ``(*****)`` frames).
"""

from __future__ import annotations

import re
from typing import Literal

from biblio.documents.comments import comment_lines
from biblio.documents.fortran import fortran_comments, fortran_form, has_fortran_comments, underlined_headings
from biblio.documents.haddock import haddock_comments, haddock_markdown, is_haskell_source

DocFlavour = Literal["slash", "julia", "matlab", "pod", "fortran", "fortran90", "haskell", "lisp", "ml"]

_SLASH_EXTENSIONS = (".rs", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".cs", ".java", ".swift",
                     ".kt", ".kts", ".scala", ".js", ".mjs", ".ts", ".go", ".dart", ".zig", ".php",
                     ".fs", ".fsx", ".fsi",  # F#: "///" and "//" comments as C#'s
                     ".dox",  # Doxygen's own pages: a "/** \page … */" comment
                     ".s", ".sx")  # assembly the C preprocessor reads (".S"), commented as C is
_JULIA_EXTENSIONS = (".jl",)
_MATLAB_EXTENSIONS = (".m",)
_POD_EXTENSIONS = (".pm", ".pl", ".pod", ".t")
_LISP_EXTENSIONS = (".lisp", ".lsp", ".cl", ".el", ".scm", ".ss", ".rkt")
_ML_EXTENSIONS = (".v", ".ml", ".mli", ".sml", ".sig")  # Coq (or Verilog: told apart by its comments), OCaml, SML

# Comments standing on their own lines: "///" and "//!" doc comments, and the plain "//" and "/* */" comments
# that C and Go write their documentation in (a code line's trailing comment is no text).
_LINE_DOC = re.compile(r"^\s*//[/!]?\s?(.*)$")
_BLOCK_OPEN = re.compile(r"^\s*/\*[*!]?(?!/)\s?(.*)$")
_BLOCK_STAR = re.compile(r"^\s*\*+(?!/)\s?(.*)$")  # " * text", and " ** TITLE:" as some headers write it
_MATLAB_COMMENT = re.compile(r"^\s*%(?![%{}])\s?(.*)$")
_OBJC = re.compile(r"^\s*(?:#import|#include|@interface|@implementation)\b", re.MULTILINE)
_NUMBERED = re.compile(r"\[?\d+[.\]]?$")  # an item's label that is its number: "[1]", "1."
_POD_COMMAND = re.compile(r"^=([a-zA-Z]\w*)\b[ \t]*(.*)$")
# Lisp's comments: ";" lines (";;; Commentary:") and "#| … |#" blocks, which a literate file fills with its prose
_LISP_LINE = re.compile(r"^\s*;+\s?(.*)$")
_LISP_BLOCK_OPEN = re.compile(r"^\s*#\|\s?(.*)$")
# an Emacs Lisp library's section line: ";;; Commentary:", ";;; Release history:" (three semicolons, a label, a colon)
_LISP_SECTION = re.compile(r"^;;;[ \t]+([A-Z][\w'&/ -]{0,40}):[ \t]*$")
# ML's comments: "(* text *)" on a line of its own (a boxed comment's every line), or a block "(* …" to "*)"
_ML_LINE = re.compile(r"^\s*\(\*(?!\))(.*?)\*\)\s*$")
_ML_BLOCK_OPEN = re.compile(r"^\s*\(\*(?!\))(.*)$")
_ML_FRAME = re.compile(r"^\**(?:md\**)?$")  # "(*****)", "(**md*****)": a box's top or bottom edge
_SLASH_LINE = re.compile(r"^\s*//", re.MULTILINE)
_ML_OPEN = re.compile(r"^\s*\(\*", re.MULTILINE)
# AsciiDoc in the comments: "== References" headings, "[[[key]]]" anchors of a bibliography
_ASCIIDOC_MARKS = re.compile(r"^={2,5} \S|\[\[\[[^\]\s]+\]\]\]", re.MULTILINE)


def is_code_name(name: str) -> bool:
    """A program's source by its name (a language whose comments or strings this module reads)."""
    return name.lower().endswith(_SLASH_EXTENSIONS + _JULIA_EXTENSIONS + _MATLAB_EXTENSIONS + _POD_EXTENSIONS
                                 + _LISP_EXTENSIONS + _ML_EXTENSIONS
                                 + (".py", ".pyi", ".pyx", ".r", ".rb", ".lua", ".sh"))


def doc_flavour(text: str, name: str) -> DocFlavour | None:
    """Which of these sources `name` is, when its documentation holds text: "slash", "julia", "matlab", "pod",
    "fortran" (fixed form), "fortran90" (free form), "haskell"."""
    lower = name.lower()
    form = fortran_form(name)
    if form is not None:
        return ("fortran" if form == "fixed" else "fortran90") if has_fortran_comments(text, form) else None
    if is_haskell_source(name):
        return "haskell" if any(line is not None for line in haddock_comments(text)) else None
    if lower.endswith(_SLASH_EXTENSIONS):
        return "slash" if any(_LINE_DOC.match(line) or _BLOCK_OPEN.match(line) for line in text.split("\n")) else None
    if lower.endswith(_JULIA_EXTENSIONS):
        return "julia" if '"""' in text else None
    if lower.endswith(_MATLAB_EXTENSIONS):
        return "matlab" if not _OBJC.search(text) and re.search(r"^\s*%", text, re.MULTILINE) else None
    if lower.endswith(_POD_EXTENSIONS):
        return "pod" if re.search(r"^=(?:head\d|pod|over|item)\b", text, re.MULTILINE) else None
    if lower.endswith(_LISP_EXTENSIONS):
        return "lisp" if "#|" in text or re.search(r"^\s*;", text, re.MULTILINE) else None
    if lower.endswith(_ML_EXTENSIONS) and "(*" in text:
        opened = len(_ML_OPEN.findall(text))
        return "ml" if opened and (not lower.endswith(".v") or opened > len(_SLASH_LINE.findall(text))) else None
    return None


def doc_markdown(text: str, flavour: DocFlavour) -> str:
    """The documentation of a source as Markdown, line for line."""
    if flavour == "pod":
        return pod_markdown(text)
    if flavour in ("fortran", "fortran90"):
        lines = fortran_comments(text, "fixed" if flavour == "fortran" else "free")
        markdown = underlined_headings("\n".join(_block_tag(line.strip()) if line.lstrip().startswith("\\") else line
                                                  for line in _dedent_blocks(lines).split("\n")))
    elif flavour == "haskell":
        markdown = "\n".join(haddock_markdown(line) for line in _dedent_blocks(haddock_comments(text)).split("\n"))
    elif flavour == "slash":
        doc = _dedent_blocks(_slash_lines(text.split("\n"))).split("\n")
        markdown = "\n".join(_block_tag(line) for line in (_doxygen_commands(doc) if "\\" in text else doc))
    elif flavour == "julia":
        markdown = documenter_citations(_julia_docstrings(text.split("\n")))
    elif flavour == "lisp":
        raw = text.split("\n")
        lines = comment_lines(raw, _LISP_LINE, _LISP_BLOCK_OPEN, "|#", lambda body: body)
        if ";;; " in text:  # its sections end where the next begins ("References:" then "Release history:")
            for k, line in enumerate(raw):
                section = _LISP_SECTION.match(line) if line.startswith(";;; ") else None
                if section is not None:
                    lines[k] = "## " + section.group(1)
        markdown = _dedent_blocks(lines)
        if _ASCIIDOC_MARKS.search(markdown):
            from biblio.documents.asciidoc import asciidoc_markdown

            markdown = asciidoc_markdown(markdown)
    elif flavour == "ml":
        lines = comment_lines(text.split("\n"), _ML_LINE, _ML_BLOCK_OPEN, "*)", _ml_inside)
        markdown = _dedent_blocks([None if line is not None and _ML_FRAME.match(line.strip()) and line.strip()
                                   else line for line in lines])
    else:
        markdown = _matlab_help(text.split("\n"))
    return "\n".join(_label_heading(line) for line in _frames_as_rules(markdown.split("\n")))


_RULE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_BOX_RULE = re.compile(r"^\s*[─━═]{3,}\s*$")  # box-drawing characters: a frame, never an underline


def _frames_as_rules(lines: list[str]) -> list[str]:
    """A header's frame of "=" or "-" under a paragraph of several lines (``// [4] Reiher, M. …`` then
    ``// ====``), or one of box-drawing characters anywhere, is no heading's underline, which stands under one
    line: it becomes a rule no underline can be ("***"), so the paragraph stays text and what follows the frame
    stays apart from it."""
    out = ["***" if _BOX_RULE.match(line) else line for line in lines]
    for k in range(2, len(lines)):
        if (_RULE.match(lines[k]) and lines[k - 1].strip() and lines[k - 2].strip()
                and not _RULE.match(lines[k - 1]) and not _RULE.match(lines[k - 2])):
            out[k] = "***"
    return out


def _slash_lines(lines: list[str]) -> list[str | None]:
    """``///`` lines and ``/** */`` blocks as their text; other lines None (code)."""
    return comment_lines(lines, _LINE_DOC, _BLOCK_OPEN, "*/", _star_stripped)


def _ml_inside(body: str) -> str:
    """A line inside a ``(* … *)`` block: its text, the box's right edge (`` *``) left out."""
    return body[:-1] if body.endswith(" *") else body


def _star_stripped(body: str) -> str:
    star = _BLOCK_STAR.match(body)
    return star.group(1) if star else body.strip()


def _dedent_blocks(lines: list[str | None]) -> str:
    """Each run of comment lines dedented by its common indentation; code lines blank."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if lines[k] is None:
            out.append("")
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end] is not None:
            end += 1
        block = [line or "" for line in lines[k:end]]
        indent = min((len(line) - len(line.lstrip()) for line in block if line.strip()), default=0)
        out.extend(line[indent:] for line in block)
        k = end
    return "\n".join(out)


_DOCSTRING_OPEN = re.compile(r'^(\s*)(?:@doc\s+)?(?:raw|doc|md)?"""(.*)$')


def _julia_docstrings(lines: list[str]) -> str:
    """Julia's triple-quoted strings that stand alone (docstrings), dedented; the rest blank. A triple-quoted
    string that a line of code opens (``s = \"\"\"``) is code: it is skipped whole, so its closing quotes
    open nothing."""
    out = [""] * len(lines)
    k = 0
    while k < len(lines):
        line = lines[k]
        if '"""' not in line:
            k += 1
            continue
        opening = _DOCSTRING_OPEN.match(line)
        rest = opening.group(2) if opening is not None else line.split('"""', 1)[1]
        if '"""' in rest:  # opened and closed on one line
            k += 1
            continue
        end = k + 1
        while end < len(lines) and '"""' not in lines[end]:
            end += 1
        if opening is not None:
            body = [rest] + lines[k + 1:end]
            indent = min((len(text) - len(text.lstrip()) for text in body[1:] if text.strip()), default=0)
            for offset, text in enumerate(body):
                out[k + offset] = (text if offset == 0 else text[indent:]).rstrip()
        k = end + 1
    return "\n".join(out)


# DocumenterCitations.jl: "[text](@cite key)" prints as the text; "[`name`](@ref)" is a cross-reference.
_CITE_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(@(?:cite|citet|citep|ref)\b[^)\n]*\)")


def documenter_citations(text: str) -> str:
    """Documenter's ``[text](@cite key)`` and ``[text](@ref)`` links as their text."""
    return _CITE_LINK.sub(lambda m: m.group(1), text)


def _matlab_help(lines: list[str]) -> str:
    """A MATLAB file's comment lines (its help text), dedented by block; code blank."""
    comments: list[str | None] = []
    for line in lines:
        match = _MATLAB_COMMENT.match(line)
        comments.append(match.group(1).rstrip() if match is not None else None)
    return _dedent_blocks(comments)


# Javadoc's, PHPDoc's and Doxygen's block tags ("@param x", "@return", "\\author"): each ends the text before it.
_BLOCK_TAG = re.compile(r"^[@\\](\w+)\b\s*(.*)$")


# Doxygen's commands inside a paragraph: "\anchor Bader83" (a link target, with the label that repeats its name:
# "\anchor Bader83 Bader83:"), and a word set in bold, italic or code ("\b 41", "\e et al.", "\c qsort").
_ANCHOR = re.compile(r"\\anchor\s+(\S+)(?:\s+\1:)?\s*")
_WORD_STYLE = re.compile(r"\\(?:b|e|em|a|c|p)\s+(?=\S)")
_COMMENT_OPEN, _COMMENT_CLOSE = "\\comment", "\\endcomment"


def _doxygen_commands(lines: list[str]) -> list[str]:
    r"""Doxygen's in-paragraph commands left out (their text stays), and a ``\comment … \endcomment`` block's
    words (a note kept on the entry: "Title: An adaptive algorithm …") moved up to its opening line, so
    they stay in the paragraph they close; the lines they leave are blank."""
    out = [_WORD_STYLE.sub("", _ANCHOR.sub("", line)) if "\\" in line else line for line in lines]
    k = 0
    while k < len(out):
        if out[k].strip() == _COMMENT_OPEN:
            end = k + 1
            while end < len(out) and out[end].strip() not in (_COMMENT_CLOSE, ""):
                end += 1
            if end < len(out) and out[end].strip() == _COMMENT_CLOSE:
                out[k] = " ".join(line.strip() for line in out[k + 1:end])
                out[k + 1:end + 1] = [""] * (end - k)
            k = end
        k += 1
    return out


# ROOT's THtml marks where a comment's HTML (or a macro) starts and ends: "// Begin_Html", "//End_Html"
_HTML_MARK = re.compile(r"^\s*(?:Begin|End)_(?:Html|Macro|Latex)\s*$")


def _block_tag(line: str) -> str:
    """A block tag line left out, so it joins no paragraph; Doxygen's ``@par References`` titles its paragraph."""
    match = _BLOCK_TAG.match(line)
    if match is None:
        return "" if "_" in line and _HTML_MARK.match(line) else line
    if match.group(1) == "par" and match.group(2):
        return "## " + match.group(2).rstrip(":")
    return ""


_LABEL_HEADING = re.compile(r"^\s*((?:References?|REFERENCES?|Bibliography|BIBLIOGRAPHY|Literature)):?\s*$")


def _label_heading(line: str) -> str:
    """A line that is only ``Reference:`` or ``REFERENCES:`` (help text's and doc comments' section label)
    as a heading: the entries under it are a reference list."""
    match = _LABEL_HEADING.match(line)
    return f"## {match.group(1)}" if match else line


# POD formatting codes: X<…>, and X<< … >> (more brackets, spaces inside), innermost first.
_POD_DOUBLE = re.compile(r"([IBCLEFSXZ])<<+\s(.*?)\s>>+")
_POD_SINGLE = re.compile(r"([IBCLEFSXZ])<([^<>]*)>")
_POD_ENTITIES = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "quot": '"', "amp": "&", "apos": "'"}


_POD_ESCAPE = re.compile(r"E<(\w+)>")
# the characters an escape stands for that would close or split the code around it ("L<a -E<gt> b|…>"): held as
# private-use characters until every code is read
_HELD = {"<": "\ue000", ">": "\ue001", "|": "\ue002"}
_RELEASE = str.maketrans({held: char for char, held in _HELD.items()})


def pod_inline(text: str) -> str:
    """POD's formatting codes as Markdown: ``I<…>`` italic, ``B<…>`` bold, ``L<…>`` links, ``E<gt>`` characters."""
    if "E<" in text:
        text = _POD_ESCAPE.sub(lambda m: _HELD.get(char := _pod_code("E", m.group(1)), char), text)
    previous = None
    while previous != text:
        previous = text
        text = _POD_DOUBLE.sub(lambda m: _pod_code(m.group(1), m.group(2)), text)
        text = _POD_SINGLE.sub(lambda m: _pod_code(m.group(1), m.group(2)), text)
    return text.translate(_RELEASE)


def _pod_code(code: str, inner: str) -> str:
    if code == "I":
        return f"*{inner}*" if inner.strip() else inner
    if code == "B":
        return f"**{inner}**" if inner.strip() else inner
    if code == "C":
        return f"`{inner}`"
    if code == "E":
        if inner.isdigit():
            return chr(int(inner))
        return _POD_ENTITIES.get(inner, inner)
    if code in ("X", "Z"):
        return ""
    if code == "L":
        label, bar, target = inner.partition("|")
        if not bar:
            target, label = inner, ""
        if re.match(r"[a-z][a-z0-9+.-]*://", target):
            return f"[{label}]({target})" if label else f"<{target}>"
        return label or target.split("/", 1)[0].strip('"')
    return inner  # F<file>, S<non-breaking>


def pod_markdown(text: str) -> str:
    """Perl's POD as Markdown, line for line: ``=headN`` headings, ``=item`` list items joined to their
    paragraph, verbatim paragraphs and code blank, formatting codes as Markdown."""
    lines = text.split("\n")
    out = [""] * len(lines)
    in_pod = False
    skip_block = False  # =begin … =end of another format, a =for paragraph
    item_label: str | None = None
    paragraph_start = True
    inline: dict[int, str] = {}
    k = 0
    while k < len(lines):
        line = lines[k]
        command = _POD_COMMAND.match(line)
        if command is not None and (in_pod or command.group(1) != "cut"):
            name, rest = command.group(1), command.group(2).strip()
            in_pod = name != "cut"
            paragraph_start = True
            if name.startswith("head") and name[4:].isdigit():
                out[k] = "#" * min(int(name[4:]), 6) + " " + pod_inline(rest)
            elif name == "item":
                if rest in ("", "*", "-", "o"):  # a bullet: the paragraph after it is the item
                    item_label = ""
                elif _NUMBERED.match(rest):  # "[1]", "1.": the marker of the paragraph after it
                    item_label = rest
                else:  # a term: its description follows as a paragraph
                    out[k] = "- " + pod_inline(rest)
                    item_label = None
            elif name == "begin":
                skip_block = True
            elif name == "end":
                skip_block = False
            k += 1
            if name == "for":  # a paragraph for another formatter
                while k < len(lines) and lines[k].strip():
                    k += 1
            continue
        if not in_pod or skip_block:
            k += 1
            continue
        if not line.strip():
            paragraph_start = True
            k += 1
            continue
        if paragraph_start and line[:1] in (" ", "\t"):  # a verbatim paragraph: code
            while k < len(lines) and lines[k].strip():
                k += 1
            continue
        if paragraph_start and "<" in line:  # a code may run over the paragraph's lines ("L<Title of\nwords|…>")
            inline.update(_pod_paragraph(lines, k))
        text_line = inline.pop(k, None)
        if text_line is None:
            text_line = pod_inline(line.rstrip())
        if paragraph_start and item_label is not None:
            out[k] = f"{item_label} {text_line}" if item_label else f"- {text_line}"
            item_label = None
        elif paragraph_start:
            out[k] = text_line
        else:
            out[k] = ("  " + text_line) if _in_list_item(out, k) else text_line
        paragraph_start = False
        k += 1
    return "\n".join(out)


def _pod_paragraph(lines: list[str], start: int) -> dict[int, str]:
    """The formatting codes of the paragraph at `start` read over its lines, each line's Markdown by its index;
    none when a code's reading changes the number of lines (an ``X<…>`` index entry over a line break)."""
    end = start
    while end < len(lines) and lines[end].strip() and not _POD_COMMAND.match(lines[end]):
        end += 1
    parts = pod_inline("\n".join(line.rstrip() for line in lines[start:end])).split("\n")
    return dict(zip(range(start, end), parts, strict=True)) if len(parts) == end - start else {}


def _in_list_item(out: list[str], k: int) -> bool:
    back = k - 1
    while back >= 0 and out[back].startswith("  "):
        back -= 1
    return back >= 0 and (out[back].startswith("- ") or _NUMBERED.match(out[back].split(" ", 1)[0]) is not None)
