"""Stata's help files (SMCL, ``.sthlp``) rewritten as Markdown.

A Stata command's help cites the papers of its method under ``{title:References}``, one paragraph per
entry opened by a paragraph directive (``{p 4 8}``, ``{phang}``, ``{pstd}``) and often closed by
``{p_end}``, with ``{it:Journal}`` italics and ``{browse "address":words}`` links. Titles become ATX
headings, each directive's paragraph a list item (so entries set one under another with no blank line
stay apart), inline directives their Markdown (italics, bold, links) or their text (``{cmd:name}``), and
layout directives (``{marker …}``, ``{...}``, ``{p_end}``, ``{synoptset …}``, comments) nothing. One output
line per input line.
"""

from __future__ import annotations

import re

_EXTENSIONS = (".sthlp", ".smcl", ".ihlp")
_TITLE = re.compile(r"^\s*\{title:(.*)\}\s*$")
# a paragraph directive opening a line: "{p 4 8}", "{p}", "{phang}", "{phang2}", "{pstd}", "{pmore}", "{pin}"
_PARAGRAPH = re.compile(r"^\s*\{(?:p(?:\s+\d+)*|phang\d?|pstd|pmore\d?|pin\d?|psee)\}")
_INNER = re.compile(r"\{([^{}\n]*)\}")
_NAME = re.compile(r"^(\*|[A-Za-z][A-Za-z0-9_]*)(.*)$", re.DOTALL)
_QUOTED = re.compile(r'^\s*"([^"]*)"\s*(?::(.*))?$', re.DOTALL)
_LINKS = frozenset({"browse", "help", "helpb", "manhelp", "manhelpi", "stata", "search", "net", "view", "dialog",
                    "mansection", "manlink", "manlinki", "ado", "update", "back", "matacmd", "mata", "helpi"})
_ITALIC = frozenset({"it", "ul", "var"})
_BOLD = frozenset({"bf", "hi"})


def is_smcl(text: str, name: str = "") -> bool:
    """A Stata help file: by its extension (``.sthlp``, ``.smcl``) or its ``{smcl}`` first line."""
    return name.lower().endswith(_EXTENSIONS) or text.lstrip()[:6].lower() == "{smcl}"


def smcl_markdown(text: str) -> str:
    """The help file as Markdown, line for line."""
    out: list[str] = []
    in_item = pending = False
    for line in text.split("\n"):
        title = _TITLE.match(line)
        if title is not None:
            out.append("## " + _inline(title.group(1)).strip())
            in_item = pending = False
            continue
        opening = _PARAGRAPH.match(line)
        if opening is not None:
            line = line[opening.end():]
            in_item, pending = False, True
        ends = "{p_end}" in line
        body = _inline(line).strip()
        if not body:
            out.append("")
            if not pending:
                in_item = False
        elif pending:
            out.append("- " + body)
            in_item, pending = True, False
        else:
            out.append(("  " + body) if in_item else body)
        if ends:
            in_item = pending = False
    return "\n".join(out)


def _inline(text: str) -> str:
    previous = None
    while previous != text:  # innermost first: "{synopt:{cmd:r(b)}}"
        previous = text
        text = _INNER.sub(lambda m: _directive(m.group(1)), text)
    return text


def _directive(content: str) -> str:
    named = _NAME.match(content.strip())
    if named is None:  # "{...}" (the line goes on), "{c |}"-like characters
        return ""
    name, rest = named.group(1), named.group(2)
    if name == "*":
        return ""  # a comment
    if name in _LINKS:
        quoted = _QUOTED.match(rest)
        if quoted is not None:
            target, words = quoted.group(1), quoted.group(2)
        else:
            target, _, words = rest.strip().partition(":") if "://" not in rest else (rest.strip(), "", None)
            words = words or None
        words = words.strip() if words else ""
        if name == "browse" and re.match(r"[a-z][a-z0-9+.-]*://", target):
            return f"[{words}]({target})" if words and words != target else f"<{target}>"
        return words or target.strip()
    if name == "hline":
        return "—" if rest.strip() else "***"
    if not rest.startswith(":"):
        return ""  # "{p_end}", "{marker name}", "{break}", "{bf}" (a switch), "{synoptset 20}"
    words = rest[1:]
    if not words.strip():
        return words
    if name in _ITALIC:
        return f"*{words.strip()}*"
    if name in _BOLD:
        return f"**{words.strip()}**"
    return words  # "{cmd:name}", "{opt name}", "{bind:words}", "{synopt:…}"
