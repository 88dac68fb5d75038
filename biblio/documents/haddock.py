"""Haskell sources whose Haddock comments cite the papers a module implements.

A module's header (``-- |`` then ``--`` lines, or ``{- | … -}``) describes it in Haddock markup: ``= Title`` and
``== Section`` headings, ``/emphasis/``, ``__bold__``, ``@code@``, ``<url>`` and ``<url label>`` links, ``\\"``
escapes, ``> code`` lines; the works it builds on stand as ``*`` bullets under a sentence ("as described by:").
Only the comments are text: code lines become blank, so line numbers stay the document's.
"""

from __future__ import annotations

import re

from biblio.documents.comments import comment_lines

_EXTENSIONS = (".hs", ".hsc")
# "-- text", "-- | text", "-- ^ text"; not "-->" (an operator) nor "{-#" (a pragma).
_LINE = re.compile(r"^\s*--+(?:\s(?:[|^]\s?)?|$)(.*)$")
_BLOCK_OPEN = re.compile(r"^\s*\{-(?!#)\s?(?:[|^]\s?)?(.*)$")
_HEADING = re.compile(r"^(={1,6})\s+(\S.*)$")
_LINK = re.compile(r"<((?:https?|ftp)://[^\s>]+)(?:\s+([^>]+))?>")
_CODE = re.compile(r"@([^@\n]+)@")
_EMPHASIS = re.compile(r"(?<![\w/\\])/([^/\s](?:[^/\n]*[^/\s])?)/(?![\w/])")
_ESCAPE = re.compile(r"\\([\"/'`@<>*_\\])")


def is_haskell_source(name: str) -> bool:
    return name.lower().endswith(_EXTENSIONS)


def haddock_comments(text: str) -> list[str | None]:
    """The text of each comment line (None for code), Haddock's ``|``/``^`` markers left out."""
    out = comment_lines(text.split("\n"), _LINE, _BLOCK_OPEN, "-}", lambda body: body)
    return ["" if line is not None and set(line.strip()) <= {"-"} else line for line in out]  # rulers of dashes


def haddock_markdown(line: str) -> str:
    """One line of Haddock markup as Markdown."""
    if line.startswith(">"):  # a code line
        return ""
    heading = _HEADING.match(line)
    if heading is not None:
        return "#" * len(heading.group(1)) + " " + heading.group(2)
    parts = _LINK.split(line)
    pieces: list[str] = []
    for k in range(0, len(parts), 3):  # text, url, label, text, ...
        pieces.append(_inline(parts[k]))
        if k + 1 < len(parts):
            url, label = parts[k + 1], parts[k + 2]
            pieces.append(f"[{label.strip()}]({url})" if label else f"<{url}>")
    return "".join(pieces)


def _inline(text: str) -> str:
    text = _CODE.sub(lambda m: f"`{m.group(1)}`", text)
    text = _EMPHASIS.sub(lambda m: f"*{m.group(1)}*", text)
    return _ESCAPE.sub(lambda m: m.group(1), text)
