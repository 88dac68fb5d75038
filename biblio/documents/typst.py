"""Typst markup (``.typ``) rewritten as Markdown, line for line.

Headings ``= Title``, ``== Title`` (a ``<label>`` after them dropped) become Markdown's ``#``, ``##``; a ``+ item``
of a numbered list becomes ``1. item``; ``*strong*`` becomes ``**strong**`` (``_emphasis_`` is Markdown's already).
Code (a line opening with ``#``: ``#set text(…)``, ``#pagebreak()``, a ``#table(…)`` call over many lines, to its
closing bracket) and ``//`` comments become blank lines; raw blocks fenced by backticks stay as they are.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(=+)[ \t]+(.*?)(?:[ \t]+<[\w.:-]+>)?[ \t]*$")
_NUMBERED = re.compile(r"^([ \t]*)\+[ \t]+(?=\S)")
_STRONG = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_FENCE = re.compile(r"^[ \t]*```")


def typst_markdown(text: str) -> str:
    out: list[str] = []
    depth = 0  # open brackets of a code call still running over the lines
    fenced = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        if _FENCE.match(line):
            fenced = not fenced
        elif fenced:
            pass
        elif depth > 0 or stripped.startswith("#"):
            depth = max(0, depth + _opened(line))
            line = ""
        elif stripped.startswith("//"):
            line = ""
        elif m := _HEADING.match(line):
            line = "#" * len(m.group(1)) + " " + m.group(2)
        else:
            line = _NUMBERED.sub(r"\g<1>1. ", line)
            if "*" in line:
                line = _STRONG.sub(r"**\1**", line)
        out.append(line)
    return "\n".join(out)


def _opened(line: str) -> int:
    """Brackets a line opens and leaves open (closed ones count against them); strings are not read."""
    return sum(map(line.count, "([{")) - sum(map(line.count, ")]}"))
