"""The comments of a source file as its text: line comments and block comments, code lines None."""

from __future__ import annotations

import re
from collections.abc import Callable


def comment_lines(lines: list[str], line_comment: re.Pattern[str], block_open: re.Pattern[str], close: str,
                  inside: Callable[[str], str]) -> list[str | None]:
    """Each line's comment text (group 1 of `line_comment` or of `block_open`, `inside` of a block's later lines),
    cut at the block's `close`; None for a line of code."""
    out: list[str | None] = []
    in_block = False
    for line in lines:
        if in_block:
            end = line.find(close)
            out.append(inside(line if end < 0 else line[:end]).rstrip())
            in_block = end < 0
            continue
        match = line_comment.match(line)
        if match is not None:
            out.append(match.group(1).rstrip())
            continue
        opening = block_open.match(line)
        if opening is not None:
            body = opening.group(1)
            end = body.find(close)
            out.append((body if end < 0 else body[:end]).rstrip())
            in_block = end < 0
            continue
        out.append(None)
    return out
