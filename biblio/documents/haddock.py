"""Haskell sources whose Haddock comments cite the papers a module implements.

A module's header (``-- |`` then ``--`` lines, or ``{- | … -}``) describes it in Haddock markup: ``= Title`` and
``== Section`` headings, ``/emphasis/``, ``__bold__``, ``@code@``, ``<url>`` and ``<url label>`` links, ``\\"``
escapes, ``> code`` lines; the works it builds on stand as ``*`` bullets under a sentence ("as described by:").
Only the comments are text: code lines become blank, so line numbers stay the document's.
"""

from __future__ import annotations

import re

_EXTENSIONS = (".hs", ".hsc")
# "-- text", "-- | text", "-- ^ text"; not "-->" (an operator) nor "{-#" (a pragma).
_LINE = re.compile(r"^\s*--+(?:\s([|^]\s?)?|$)(.*)$")
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
    out: list[str | None] = []
    in_block = False
    for line in text.split("\n"):
        if in_block:
            end = line.find("-}")
            out.append((line if end < 0 else line[:end]).rstrip())
            in_block = end < 0
            continue
        match = _LINE.match(line)
        if match is not None:
            body = match.group(2).rstrip()
            out.append("" if set(body.strip()) <= {"-"} else body)  # a ruler of dashes
            continue
        opening = _BLOCK_OPEN.match(line)
        if opening is not None:
            body = opening.group(1)
            end = body.find("-}")
            out.append((body if end < 0 else body[:end]).rstrip())
            in_block = end < 0
            continue
        out.append(None)
    return out


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
