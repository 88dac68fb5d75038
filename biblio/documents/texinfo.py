"""Texinfo (the GNU manuals' source, ``.texi`` files) rewritten as Markdown.

A Texinfo manual sections itself with line commands (``@chapter``, ``@section``, ``@unnumbered``, …),
which become ATX headings, and lists its references with ``@itemize``/``@enumerate`` and one ``@item``
per entry (the entry on the ``@item`` line or on the lines after it), which become list items; prose
paragraphs between lists stay paragraphs. Inline commands become their Markdown: ``@cite{Title}`` and
``@emph{…}`` italics, ``@strong{…}`` bold, ``@uref{url, text}`` a link, ``@code{…}`` and the like their
text, ``@sc{…}`` capitals as printed, accents and ``@dots{}`` their characters. Blocks that are no text
of the manual (``@tex``, ``@example``, ``@menu``, ``@ignore``, …), comments, index entries and node
lines are left out. One output line per input line.
"""

from __future__ import annotations

import re
import unicodedata

from biblio.documents.inline_notes import definitions, lift_notes

_EXTENSIONS = (".texi", ".texinfo", ".txi", ".texin")
_HEADINGS = {
    **dict.fromkeys(("top", "chapter", "unnumbered", "appendix", "majorheading", "chapheading"), "#"),
    **dict.fromkeys(("section", "unnumberedsec", "appendixsec", "heading"), "##"),
    **dict.fromkeys(("subsection", "unnumberedsubsec", "appendixsubsec", "subheading"), "###"),
    **dict.fromkeys(("subsubsection", "unnumberedsubsubsec", "appendixsubsubsec", "subsubheading"), "####"),
}
# blocks whose lines are no prose of the manual: TeX, code, menus, another output's text, macros
_SKIPPED_BLOCKS = frozenset({"tex", "iftex", "ifhtml", "ifxml", "ifdocbook", "iflatex", "html", "xml", "docbook",
                             "latex", "menu", "direntry", "ignore", "macro", "rmacro", "titlepage", "copying",
                             "example", "smallexample", "lisp", "smalllisp", "verbatim", "displaymath",
                             "detailmenu", "documentdescription"})
_LISTS = frozenset({"itemize", "enumerate", "table", "ftable", "vtable", "multitable"})
_LINE_COMMAND = re.compile(r"^@(\w+)(?:[ \t]+(.*))?$")
_COMMENT = re.compile(r"@c(?:omment)?(?![A-Za-z]).*$", re.MULTILINE)
_INLINE = re.compile(r"@(\w+)\{([^{}]*)\}")
_ACCENT = re.compile(r"""@(['"`^~=,])(?:\{(\w)\}|(\w))""")
_COMBINING = {"'": "\u0301", '"': "\u0308", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
              ",": "\u0327"}
_EMPHASIS = frozenset({"cite", "emph", "i", "dfn", "var", "slanted", "titlefont"})
_STRONG = frozenset({"strong", "b"})
_SYMBOLS = {"dots": "...", "enddots": "....", "copyright": "©", "registeredsymbol": "®", "TeX": "TeX",
            "LaTeX": "LaTeX", "result": "=>", "expansion": "→", "equiv": "≡", "minus": "-", "bullet": "•",
            "tie": " ", "ss": "ß", "aa": "å", "AA": "Å", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ae": "æ",
            "AE": "Æ", "oe": "œ", "OE": "Œ", "euro": "€", "pounds": "£", "error": "error", "point": "∗"}
_DROPPED = frozenset({"anchor", "image", "indexterm", "footnotestyle"})
# placeholders for the escaped characters, so that they never read as commands or braces
_AT, _OPEN, _CLOSE = "\x00", "\x01", "\x02"


def is_texinfo(text: str, name: str = "") -> bool:
    """A Texinfo source: by its extension, its ``\\input texinfo`` first line, or its node and section lines."""
    if name.lower().endswith(_EXTENSIONS):
        return True
    head = text[:20000]
    if head.lstrip().startswith("\\input texinfo"):
        return True
    return (len(re.findall(r"^@node\s", head, re.MULTILINE)) >= 2
            and re.search(r"^@(?:chapter|section|unnumbered|appendix)\s", head, re.MULTILINE) is not None)


# A note written where it is called: @footnote{…}.
_FOOTNOTE = re.compile(r"@footnote\s*\{")


def texinfo_markdown(text: str) -> str:
    text = text.replace("@@", _AT).replace("@{", _OPEN).replace("@}", _CLOSE)
    text = _COMMENT.sub("", text)
    text, notes = lift_notes(text, _FOOTNOTE)
    markdown = "\n".join(_block_lines([*text.split("\n"), *definitions(notes)]))
    markdown = _ACCENT.sub(_accent, markdown)
    for _ in range(8):  # innermost commands first
        replaced = _INLINE.sub(_inline, markdown)
        if replaced == markdown:
            break
        markdown = replaced
    markdown = re.sub(r"@([:.!?*/\- ])", lambda m: {":": "", "/": "", "-": "", "*": " "}.get(m.group(1), m.group(1)),
                      markdown)
    markdown = re.sub(r"(?<=\d)--(?=\d)", "–", markdown.replace("---", "—"))
    markdown = markdown.replace("``", "“").replace("''", "”")
    return markdown.replace(_AT, "@").replace(_OPEN, "{").replace(_CLOSE, "}")


def _block_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    skipping: list[str] = []  # the skipped blocks open, innermost last
    lists: list[str] = []  # the lists open, innermost last
    item = ""  # the marker of an @item whose entry starts on the next line
    for line in lines:
        match = _LINE_COMMAND.match(line.strip())
        command, rest = (match.group(1), (match.group(2) or "").strip()) if match else ("", "")
        if skipping:
            if command == "end" and rest.split()[:1] == [skipping[-1]]:
                skipping.pop()
            elif command in _SKIPPED_BLOCKS:
                skipping.append(command)
            out.append("")
            continue
        if not match:
            if item and line.strip():
                line, item = item + line.strip(), ""
            out.append(line)
            continue
        if command in _SKIPPED_BLOCKS:
            skipping.append(command)
            out.append("")
        elif command in _HEADINGS:
            out.append(f"{_HEADINGS[command]} {rest}")
        elif command in _LISTS:
            lists.append(command)
            out.append("")
        elif command == "end":
            if lists and rest.split()[:1] == [lists[-1]]:
                lists.pop()
            out.append("")
        elif command in ("item", "itemx") and lists:
            if lists[-1] in ("itemize", "enumerate"):
                marker = "1. " if lists[-1] == "enumerate" else "- "
                if rest:
                    out.append(marker + rest)
                else:
                    item = marker
                    out.append("")
            else:  # a table's term: its own line before its description
                out.append(rest)
        else:  # @node, @noindent, @page, index entries, settings: no text
            out.append("")
    return out


def _inline(match: re.Match[str]) -> str:
    command, body = match.group(1), match.group(2)
    if command in _SYMBOLS and not body.strip():
        return _SYMBOLS[command]
    if command in _DROPPED:
        return ""
    if command in _EMPHASIS:
        return f"*{body.strip()}*" if body.strip() else ""
    if command in _STRONG:
        return f"**{body.strip()}**" if body.strip() else ""
    if command == "sc":
        return body.upper()
    if command in ("uref", "url"):
        parts = [part.strip() for part in body.split(",")]
        if len(parts) >= 3 and parts[2]:
            return parts[2]
        return f"[{parts[1]}]({parts[0]})" if len(parts) >= 2 and parts[1] else f"<{parts[0]}>"
    if command in ("email", "xref", "pxref", "ref", "inforef"):
        parts = [part.strip() for part in body.split(",")]
        return parts[1] if command == "email" and len(parts) >= 2 and parts[1] else parts[0]
    if command == "footnote":
        return f" ({body.strip()})"
    return body


def _accent(match: re.Match[str]) -> str:
    letter = match.group(2) or match.group(3)
    return unicodedata.normalize("NFC", letter + _COMBINING[match.group(1)])
