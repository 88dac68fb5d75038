"""Two-column pages of ``pdftotext -layout`` text, read one column after the other.

With ``-layout``, pdftotext prints a two-column page as lines holding both columns side by side
(``body text …      [3] A. Author, “Title,” …``), so a reference list set in the right column
beside body text is interleaved with it line by line.  A page is two columns when one position
(the gutter) separates the text of most of its lines: left text ends before it, right text starts
at it (or, for continuation lines, a little after it), and almost no line runs across it.  Such a
page is unfolded: its left column, a blank line, then its right column; each line keeps the
document line it came from. A row with text in one column only, beside rows with text in the other
only (pdftotext staggers the rows of the two columns), is no blank line of either column, and an entry's
label that hangs left of the gutter ("[17]") or that the left column's text runs into starts the right
column's line. Pages end at form feeds or, where the reader dropped those, at their numbers (a footer's
number counting up).  Single-column pages, and text that is not from ``-layout``, stay as
they are.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"\S( {3,})(?=\S)")  # three or more spaces between two runs of text
_MIN_RIGHT_LINES = 5  # lines with text in the right column
_MAX_CROSSING = 0.1  # share of a page's text lines that may run across the gutter (a title, a rule)
_INDENT_SLACK = 8  # a hanging indent: right-column text may start this far after the gutter
# A page's number: alone on its line or at the end of a footer, after a wide gap.
_PAGE_NUMBER = re.compile(r"(?:^\s*|\S {3,})(\d{1,3})\s*$")
# An entry's label hanging left of the gutter ("[17] Greg L. Bryan …" with the text at the gutter).
_LABEL = re.compile(r"\[\d{1,3}\]|\d{1,3}\.(?= )")


def unfold_columns(text: str) -> tuple[str, list[int]] | None:
    """The text with each two-column page unfolded, and each new line's 1-based document line;
    None when no page has two columns."""
    lines = text.split("\n")
    pages: list[list[int]] = [[]]
    ends = _page_ends(lines)
    for i, line in enumerate(lines):
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append(i)
        if i in ends:
            pages.append([])
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
        rows = [(lines[i][:(split := _split(lines[i], gutter))].rstrip(), lines[i][split:].rstrip()) for i in page]
        head, foot = _running_head(rows), _running_head(rows[::-1])
        foot = None if foot is None else len(rows) - 1 - foot
        for k, (i, (left_text, right_text)) in enumerate(zip(page, rows, strict=True)):
            if k == head:  # a running head spans the page ("Celeritas user manual ... Introduction"): its top,
                out += [left_text, "", right_text.strip()]  # each part a line alone, as page furniture stands
                where += [i + 1, i + 1, i + 1]
                continue
            if k == foot:  # a running foot ("Journal of Open Source Software, 5(54), 2722 ... 2"): the page's end
                continue
            # pdftotext staggers the rows of the two columns: a row with text in one column only, beside rows
            # with text in the other only, is no blank line of either column
            if left_text.strip() or not (right_text.strip() and _staggered(rows, k, 0)):
                out.append(left_text)
                where.append(i + 1)
            if right_text.strip() or not (left_text.strip() and _staggered(rows, k, 1)):
                right.append((right_text, i + 1))
        out.append("")
        where.append(page[-1] + 1)
        for text_, at in right:
            out.append(text_)
            where.append(at)
        if foot is not None:
            out += ["", rows[foot][0].strip(), "", rows[foot][1].strip()]
            where += [page[foot] + 1] * 4
    return ("\n".join(out), where) if unfolded else None


def _running_head(rows: list[tuple[str, str]]) -> int | None:
    """The row of a running head: the page's first text row, with text in both columns and a blank row under
    it (given the rows from the foot up, a running foot's)."""
    first = next((k for k, (left, right) in enumerate(rows) if left.strip() or right.strip()), None)
    if first is None or first + 1 >= len(rows) or not (rows[first][0].strip() and rows[first][1].strip()):
        return None
    return first if not (rows[first + 1][0].strip() or rows[first + 1][1].strip()) else None


def _staggered(rows: list[tuple[str, str]], k: int, column: int) -> bool:
    """Does a row next to row `k` have text in `column` only (the rows of the columns interleaved)?"""
    other = 1 - column
    return any(0 <= j < len(rows) and rows[j][column].strip() and not rows[j][other].strip() for j in (k - 1, k + 1))


def _page_ends(lines: list[str]) -> set[int]:
    """Lines that end a page: its number, alone or closing a footer, counting up from page to page (the
    reader has dropped pdftotext's form feeds). Empty unless at least two pages are numbered so."""
    numbered = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _PAGE_NUMBER.search(line))]
    ends: set[int] = set()
    expected = None
    for i, number in numbered:
        if expected is None or number == expected:
            ends.add(i)
            expected = number + 1
    return ends if len(ends) >= 2 else set()


def _split(line: str, gutter: int) -> int:
    """Where a line's right column starts: at the gutter, or at an entry's label just left of it, after a
    space: a label hanging in the margin ("[17]" then the text at the gutter), or one that the left
    column's text pushed against ("… J. B. [15] D. A. Beckingsale" running across the gutter)."""
    crossing = line[gutter - 1:gutter].strip() != ""
    reach = 2 * _INDENT_SLACK if crossing else _INDENT_SLACK
    for start in range(gutter - 1, max(0, gutter - reach), -1):
        label = _LABEL.match(line, start) if line[start - 1:start] == " " else None
        # (or a label the line's right text runs from, single-spaced, over the gutter: "… [4] C. Green, J. …")
        runs_on = "  " not in line[start:gutter + 1] and line[gutter:gutter + 1].strip() != ""
        if label is not None and (crossing or label.end() >= gutter - 1 or runs_on):
            return start
    return gutter


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
    shared = [p for p in candidates if starts[p] >= max(2, best // 2)]
    if not shared:
        return None
    gutter = min(shared)
    text_lines = [line for line in page if line.strip()]
    right = [line for line in text_lines if line[gutter:gutter + _INDENT_SLACK + 1].strip()
             and line[gutter - 1:gutter] in (" ", "")]
    crossing = [line for line in text_lines if len(line) > gutter and line[gutter - 2:gutter].strip()
                and line[gutter - 1:gutter] != " "]
    if len(right) < _MIN_RIGHT_LINES or len(crossing) > _MAX_CROSSING * len(text_lines):
        return None
    return gutter
