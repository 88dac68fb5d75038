"""Fortran sources whose comment header documents a routine and cites its papers (LAPACK and its kin).

Fixed-form Fortran (``.f``, ``.for``) writes a comment line with ``*``, ``C`` or ``!`` in column 1, free form
(``.f90`` …) with ``!`` first on the line; Doxygen's lines add ``>`` (``*>``, ``!>``) and FORD's ``!!``. A section
title is underlined (``References`` over ``~~~~~~~~~~``, ``Purpose`` over ``=======``) or written
``\\par References:``; an entry is ``[1] …`` over indented lines, or paragraphs inside ``\\verbatim``, whose lines
may end in Doxygen's ``\\n`` line break. Code lines become blank, so line numbers stay the document's.
"""

from __future__ import annotations

import re

_FIXED_EXTENSIONS = (".f", ".for", ".f77", ".ftn")
_FREE_EXTENSIONS = (".f90", ".f95", ".f03", ".f08")
# Column 1 of a fixed-form line: "*", "C", "c" or "!" make it a comment; then Doxygen's ">" or FORD's "!".
_FIXED_COMMENT = re.compile(r"^[*cC!][>!]?(.*)$")
_FREE_COMMENT = re.compile(r"^\s*![>!]?(.*)$")
_UNDERLINE = re.compile(r"^\s*([=~\-*])\1{2,}\s*$")
_HTML_ONLY = re.compile(r"^\s*\\(htmlonly|endhtmlonly)\b")
_VERBATIM = re.compile(r"^\s*\\(verbatim|endverbatim)\b")
_LINE_BREAK = re.compile(r"\s*\\n\s*$")  # Doxygen's explicit line break at a line's end
_BOLD_COMMAND = re.compile(r"\\b\s+")  # "\b Further \b Details"


def fortran_form(name: str) -> str | None:
    """"fixed" or "free" for a Fortran source's name, else None."""
    lower = name.lower()
    if lower.endswith(_FIXED_EXTENSIONS):
        return "fixed"
    if lower.endswith(_FREE_EXTENSIONS):
        return "free"
    return None


def has_fortran_comments(text: str, form: str) -> bool:
    pattern = _FIXED_COMMENT if form == "fixed" else _FREE_COMMENT
    return any(pattern.match(line) and line.strip(" *!cC>") for line in text.split("\n"))


def fortran_comments(text: str, form: str) -> list[str | None]:
    """The text of each comment line (None for code), Doxygen's HTML-only parts and verbatim markers left out,
    a ``\\verbatim`` region dedented on its own (its paragraphs are written further in)."""
    pattern = _FIXED_COMMENT if form == "fixed" else _FREE_COMMENT
    out: list[str | None] = []
    html_only = False
    verbatim: list[int] = []
    for line in text.split("\n"):
        match = pattern.match(line)
        if match is None:
            out.append(None)
            continue
        body = _LINE_BREAK.sub("", match.group(1).rstrip())
        marker = _HTML_ONLY.match(body)
        if marker is not None:
            html_only = marker.group(1) == "htmlonly"
            out.append("")
            continue
        verbatim_marker = _VERBATIM.match(body)
        if verbatim_marker is not None:
            if verbatim_marker.group(1) == "endverbatim":
                _dedent(out, verbatim)
            verbatim = []
            out.append("")
            continue
        if html_only:
            out.append("")
            continue
        verbatim.append(len(out))
        out.append(_BOLD_COMMAND.sub("", body))
    return out


def _dedent(lines: list[str | None], indices: list[int]) -> None:
    texts = [lines[k] or "" for k in indices]
    indent = min((len(t) - len(t.lstrip()) for t in texts if t.strip()), default=0)
    for k in indices:
        lines[k] = (lines[k] or "")[indent:]


def underlined_headings(markdown: str) -> str:
    """A short line underlined with ``=``, ``~`` or ``-`` as a heading (a ``~~~`` line would open a code block); a
    ruler standing alone as a Markdown rule."""
    lines = markdown.split("\n")
    for k, line in enumerate(lines):
        if not _UNDERLINE.match(line):
            continue
        title = lines[k - 1].strip() if k else ""
        if title and len(title) <= 60 and not title.startswith("#"):
            lines[k - 1] = "## " + title.rstrip(":")
            lines[k] = ""
        else:  # a ruler closing a header: the documentation part ends, as at a Markdown rule
            lines[k] = "---" if not title else ""
    return "\n".join(lines)
