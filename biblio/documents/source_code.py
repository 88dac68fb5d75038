"""Source files whose documentation holds references: Python docstrings and R's roxygen comments.

A library's functions cite the papers of their methods in their documentation: numpydoc's
``References`` section (``.. [1] Shannon, C.E. (1948), …`` or ``[1] van der Maaten, …``) in a
Python docstring, ``#' @references`` in an R package's roxygen block. The code around them is no
text: only the documentation is kept, line for line (other lines blank, so line numbers stay the
document's). A docstring is reStructuredText once its indentation is removed; a roxygen block is
Markdown (roxygen2's ``markdown = TRUE``) or Rd markup, and each ``@tag`` opens a section named
after it (``@references`` → "References").
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

from biblio.documents.rd import rd_inline

_PYTHON_EXTENSIONS = (".py", ".pyi", ".pyx")
_R_EXTENSIONS = (".r",)
_ROXYGEN = re.compile(r"^\s*#'\s?(.*)$")
_TAG = re.compile(r"^@(\w+)\b\s*(.*)$")
_TAG_TITLES = {"references": "References", "seealso": "See also", "description": "Description",
               "details": "Details", "source": "Source", "note": "Note", "examples": "Examples",
               "section": "Section"}
# Tags whose text is no prose: code, names, other files' blocks.
_CODE_TAGS = frozenset({"examples", "examplesif", "usage", "export", "import", "importfrom", "rdname",
                        "inheritparams", "template", "templatevar", "family", "keywords", "name", "aliases",
                        "docType", "useDynLib", "include", "method", "s3method", "md", "noRd", "evalRd",
                        "concept", "encoding", "format"})
_CODE_TAGS_LOWER = frozenset(t.lower() for t in _CODE_TAGS)


def is_python_source(name: str) -> bool:
    return name.lower().endswith(_PYTHON_EXTENSIONS)


def is_r_source(name: str, text: str) -> bool:
    """An R source file with roxygen blocks (``#'`` lines)."""
    return name.lower().endswith(_R_EXTENSIONS) and any(_ROXYGEN.match(line) for line in text.split("\n"))


def python_docstrings(text: str) -> str:
    """The docstrings of a Python module, dedented, each at its own lines; the rest blank."""
    lines = text.split("\n")
    out = [""] * len(lines)
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return text  # code this Python cannot parse (Python 2): read as text, so its references are not lost
    if "#" in text:
        _place_comments(text, out)
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        body = node.body
        if not body or not isinstance(body[0], ast.Expr) or not isinstance(body[0].value, ast.Constant):
            continue
        if not isinstance(body[0].value.value, str) or body[0].end_lineno is None:
            continue
        first, last = body[0].lineno - 1, body[0].end_lineno - 1
        _place(out, first, _docstring_lines(lines[first:last + 1]))
    return "\n".join(out)


def _place_comments(text: str, out: list[str]) -> None:
    """The comments standing on lines of their own, each at its line without its "#": a module may keep its notes,
    and the works it cites, in comments rather than docstrings (a page copied into a comment block)."""
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT and not token.line[: token.start[1]].strip():
                comment = token.string[1:]
                out[token.start[0] - 1] = comment[1:] if comment.startswith(" ") else comment
    except (tokenize.TokenError, SyntaxError, IndexError):
        return


def _docstring_lines(raw: list[str]) -> list[str]:
    """The lines of a docstring as written: the quotes and the common indentation removed."""
    text = "\n".join(raw)
    opening = re.match(r'\s*[rRuUbB]*("""|\'\'\'|"|\')', text)
    if opening is None:
        return [""] * len(raw)
    quote = opening.group(1)
    inner = text[opening.end():]
    end = inner.rfind(quote)
    inner = inner[:end] if end >= 0 else inner
    body = inner.split("\n")
    rest = [line for line in body[1:] if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    dedented = [body[0].strip()] + [line[indent:].rstrip() for line in body[1:]]
    return _google_sections(dedented) + [""] * (len(raw) - len(dedented))


# Google-style sections (as napoleon reads them): "References:" alone on its line over an indented block.
_GOOGLE_SECTION = re.compile(
    r"^(Args|Arguments|Parameters|Returns?|Yields?|Raises|References?|Examples?|Notes?|Attributes|See Also|"
    r"Warnings?|Todo|Methods|Keyword Args|Other Parameters):\s*$"
)


def _google_sections(lines: list[str]) -> list[str]:
    """A Google-style section's title as a heading and its block dedented: ``References:`` over
    ``  [Kingma et al, 2014](https://…)`` is a section of entries, not a paragraph and a quote."""
    out = list(lines)
    k = 0
    while k < len(out):
        if _GOOGLE_SECTION.match(out[k]) and k + 1 < len(out) and out[k + 1][:1] in (" ", "\t"):
            out[k] = "#### " + out[k].rstrip().removesuffix(":")
            block = k + 1
            while block < len(out) and (out[block][:1] in (" ", "\t") or not out[block].strip()):
                block += 1
            body = [line for line in out[k + 1:block] if line.strip()]
            indent = min(len(line) - len(line.lstrip()) for line in body)
            out[k + 1:block] = [line[indent:] for line in out[k + 1:block]]
            k = block
            continue
        k += 1
    return out


def _place(out: list[str], start: int, block: list[str]) -> None:
    for k, line in enumerate(block):
        if start + k < len(out):
            out[start + k] = line


def roxygen_markdown(text: str) -> str:
    """An R file's roxygen blocks as Markdown, line for line: each ``@tag`` a heading over its text."""
    out: list[str] = []
    skipping = False
    for line in text.split("\n"):
        match = _ROXYGEN.match(line)
        if match is None:
            out.append("")
            skipping = False
            continue
        content = match.group(1)
        tag = _TAG.match(content)
        if tag is not None:
            name = tag.group(1)
            skipping = name.lower() in _CODE_TAGS_LOWER or name == "param"
            if name in ("param", "field", "slot"):
                out.append("")
                continue
            if skipping:
                out.append("")
                continue
            title = _TAG_TITLES.get(name.lower(), name.capitalize())
            if name == "section":  # "@section Multiclass:" names its own section
                title = tag.group(2).rstrip(":") or title
                out.append(f"## {title}")
                continue
            if not tag.group(2):
                out.append(f"## {title}")
            elif out and not out[-1]:  # "@references Cardoso, P. et al. 2014. …": the heading on the blank line before
                out[-1] = f"## {title}"
                out.append(rd_inline(tag.group(2)))
            else:
                out.append(rd_inline(tag.group(2)))
            continue
        out.append("" if skipping else rd_inline(content))
    return "\n".join(out)
