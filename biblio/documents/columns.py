"""Two-column pages of ``pdftotext -layout`` text, read one column after the other.

With ``-layout``, pdftotext prints a two-column page as lines holding both columns side by side
(``body text …      [3] A. Author, “Title,” …``), so a reference list set in the right column
beside body text is interleaved with it line by line.  A page is two columns when one position
(the gutter) separates the text of most of its lines: left text ends before it, right text starts
at it (or, for continuation lines, a little after it), and almost no line runs across it.  Such a
page is unfolded: its left column, a blank line, then its right column; each line keeps the
document line it came from.  Single-column pages, and text that is not from ``-layout``, stay as
they are.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"\S( {3,})(?=\S)")  # three or more spaces between two runs of text
_MIN_RIGHT_LINES = 5  # lines with text in the right column
_MAX_CROSSING = 0.1  # share of a page's text lines that may run across the gutter (a title, a rule)
_INDENT_SLACK = 8  # a hanging indent: right-column text may start this far after the gutter


def unfold_columns(text: str) -> tuple[str, list[int]] | None:
    """The text with each two-column page unfolded, and each new line's 1-based document line;
    None when no page has two columns."""
    lines = text.split("\n")
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append(i)
    out: list[str] = []
    where: list[int] = []
    unfolded = False
    for page in pages:
        gutter = _gutter([lines[i].replace("\f", " ") for i in page])
        if gutter is None:
            out += [lines[i] for i in page]
            where += [i + 1 for i in page]
            continue
        unfolded = True
        right: list[tuple[str, int]] = []
        for i in page:
            line = lines[i]
            out.append(line[:gutter].rstrip())
            where.append(i + 1)
            right.append((line[gutter:].rstrip(), i + 1))
        out.append("")
        where.append(page[-1] + 1)
        for text_, at in right:
            out.append(text_)
            where.append(at)
    return ("\n".join(out), where) if unfolded else None


def _gutter(page: list[str]) -> int | None:
    """The position where a page's right column starts, or None for a single-column page."""
    starts: Counter[int] = Counter()
    for line in page:
        for m in _GAP.finditer(line):
            starts[m.end(1)] += 1
        lead = len(line) - len(line.lstrip(" "))
        if line.strip() and lead >= 20:
            starts[lead] += 1
    width = max((len(line) for line in page), default=0)
    candidates = [p for p, n in starts.most_common() if 0.3 * width <= p <= 0.7 * width]
    if not candidates:
        return None
    # the gutter is the leftmost start shared by many lines (continuation lines start a little after it)
    best = starts[candidates[0]]
    gutter = min(p for p in candidates if starts[p] >= max(2, best // 2))
    text_lines = [line for line in page if line.strip()]
    right = [line for line in text_lines if line[gutter:gutter + _INDENT_SLACK + 1].strip()
             and line[gutter - 1:gutter] in (" ", "")]
    crossing = [line for line in text_lines if len(line) > gutter and line[gutter - 2:gutter].strip()
                and line[gutter - 1:gutter] != " "]
    if len(right) < _MIN_RIGHT_LINES or len(crossing) > _MAX_CROSSING * len(text_lines):
        return None
    return gutter
