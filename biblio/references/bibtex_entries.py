"""References written as BibTeX entries inside a document (a README's "Cite" section, a fenced
``bibtex`` block): read as BibTeX, exactly, instead of being parsed as printed text.

The Markdown reader puts each entry of such a block on one line of the reference section
(:func:`entry_lines`); the records step reads a reference that is one whole entry with biblio's
BibTeX reader (:func:`entry_record`).
"""

from __future__ import annotations

import re

from biblio.formats.problems import Collector
from biblio.records.model import Item

_ENTRY_START = re.compile(r"^\s*@(?!comment\b|string\b|preamble\b)[A-Za-z]+\s*[{(]", re.IGNORECASE)
_FIELD = re.compile(r"\b[A-Za-z-]+\s*=\s*[{\"\d]")


def opens_entry(line: str) -> bool:
    """Does ``line`` open a BibTeX entry (``@article{key,``)?"""
    return _ENTRY_START.match(line) is not None


def is_entry(text: str) -> bool:
    """Does ``text`` open a BibTeX entry with at least one field (``@article{key, title={…}``)?"""
    return bool(_ENTRY_START.match(text)) and _FIELD.search(text) is not None


def entry_lines(block: list[str]) -> list[tuple[int, str]] | None:
    """A code block's BibTeX entries, each as one line with the block line it starts on; None when
    the block holds anything but entries (comments and blank lines aside)."""
    starts = [k for k, line in enumerate(block) if _ENTRY_START.match(line)]
    if not starts or any(line.strip() and not line.lstrip().startswith("%") for line in block[: starts[0]]):
        return None
    entries: list[tuple[int, str]] = []
    for a, b in zip(starts, [*starts[1:], len(block)], strict=True):
        text = " ".join(line.strip() for line in block[a:b] if line.strip() and not line.lstrip().startswith("%"))
        if not is_entry(text):
            return None
        entries.append((a, text))
    return entries


def entry_record(text: str) -> Item | None:
    """The record of a reference that is one whole BibTeX entry, or None (not one, or unreadable)."""
    if not is_entry(text):
        return None
    from biblio.formats.bibtex.reader import loads

    items = loads(text, "entry", Collector())
    return items[0] if len(items) == 1 else None
