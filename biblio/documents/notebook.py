"""Jupyter notebooks (.ipynb): their Markdown cells, read as one Markdown document.

A notebook is JSON: a list of cells (``worksheets`` of cells in nbformat 3), each with its
``source`` as a string or a list of lines. Markdown cells are the text; nbformat 3's heading
cells (``"level": 2``) are ATX headings; code and raw cells, and every cell's outputs, are no
text of the document. Each line of the result remembers the line of the notebook file that
holds it, so that a reference is reported where it stands in the file.
"""

from __future__ import annotations

import json
import re
from typing import Any

_NOTEBOOK = re.compile(r'^\s*\{.*?"(?:nbformat|cells|worksheets)"\s*:', re.DOTALL)


def is_notebook(text: str) -> bool:
    """JSON with a notebook's keys (checked on the head only; ``notebook_markdown`` parses it)."""
    head = text[:4000]
    return bool(_NOTEBOOK.match(head)) and '"nbformat"' in text and ('"cells"' in text or '"worksheets"' in text)


def notebook_markdown(text: str) -> tuple[str, list[int]] | None:
    """The notebook's text as Markdown and the file line of each of its lines; None when it is no notebook."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    cells = data.get("cells")
    if cells is None:
        cells = [cell for sheet in data.get("worksheets") or [] for cell in sheet.get("cells") or []]
    file_lines = text.split("\n")
    out: list[str] = []
    where: list[int] = []
    cursor = 0  # file line from which the next cell's text is looked for
    for cell in cells if isinstance(cells, list) else []:
        source = _source(cell)
        if source is None:
            continue
        found = _file_line(file_lines, source[0], cursor) if source else cursor
        cursor = found
        if out:
            out.append("")
            where.append(found + 1)
        for line in source:
            at = _file_line(file_lines, line, cursor) if line.strip() else cursor
            cursor = at
            out.append(line)
            where.append(at + 1)
    return "\n".join(out), where


def _source(cell: Any) -> list[str] | None:
    """A text cell's lines (a heading cell's as an ATX heading); None for code, raw and other cells."""
    if not isinstance(cell, dict) or cell.get("cell_type") not in ("markdown", "heading"):
        return None
    source = cell.get("source") or cell.get("input") or ""
    text = "".join(source) if isinstance(source, list) else str(source)
    if cell.get("cell_type") == "heading":
        level = cell.get("level")
        depth = max(1, min(level, 6)) if isinstance(level, int) else 1
        return [f"{'#' * depth} {' '.join(text.split())}"]
    return text.split("\n")


def _file_line(file_lines: list[str], line: str, start: int) -> int:
    """The first file line from `start` holding `line` as a JSON string holds it (else `start`); a heading is
    looked for by its text, since a heading cell holds no "#"."""
    line = line.lstrip("#").strip()
    needles = {json.dumps(line)[1:-1], json.dumps(line, ensure_ascii=False)[1:-1]}
    needles.discard("")
    for index in range(start, len(file_lines)):
        if any(needle in file_lines[index] for needle in needles):
            return index
    return start
