"""References written as BibTeX entries inside a document (a README's "Cite" section, a fenced
``bibtex`` block): read as BibTeX, exactly, instead of being parsed as printed text. Likewise a CSL-JSON
item in a fenced ``csl-json`` block (Ethereum's EIPs cite in footnotes so), read as CSL-JSON.

The Markdown reader puts each entry of such a block on one line of the reference section
(:func:`entry_lines`); the records step reads a reference that is one whole entry with biblio's
BibTeX reader (:func:`entry_record`).
"""

from __future__ import annotations

import json
import re

from biblio.errors import BiblioError
from biblio.formats.problems import Collector
from biblio.records.model import Item

_ENTRY_START = re.compile(r"^\s*@(?!comment\b|string\b|preamble\b)[A-Za-z]+\s*[{(]", re.IGNORECASE)
_FIELD = re.compile(r"\b[A-Za-z-]+\s*=\s*[{\"\d]")


def opens_entry(line: str) -> bool:
    """Does ``line`` open a BibTeX entry (``@article{key,``)?"""
    return _ENTRY_START.match(line) is not None


def is_entry(text: str) -> bool:
    """Does ``text`` open a BibTeX entry with at least one field (``@article{key, title={…}``), or is it a
    CSL-JSON item?"""
    return (bool(_ENTRY_START.match(text)) and _FIELD.search(text) is not None) or csl_item(text) is not None


def csl_item(text: str) -> dict[str, object] | None:
    """The CSL-JSON item ``text`` is (one JSON object with a type and a title), or None."""
    text = text.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        item = json.loads(text)
    except ValueError:
        return None
    return item if isinstance(item, dict) and isinstance(item.get("type"), str) and item.get("title") else None


def csl_lines(block: list[str]) -> list[str] | None:
    """A fenced block's CSL-JSON items (one object, or a list of them), each as one line of compact JSON;
    None when the block is anything else."""
    try:
        data = json.loads("\n".join(block))
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data]
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    return lines if lines and all(csl_item(line) for line in lines) else None


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
    """The record of a reference that is one whole BibTeX entry or CSL-JSON item, or None (not one, or
    unreadable)."""
    if csl_item(text) is not None:
        from biblio.formats.csljson import loads as csl_loads

        try:
            found = csl_loads(f"[{text.strip()}]", "entry", Collector())
        except BiblioError:
            return None
        return found[0] if len(found) == 1 else None
    if not is_entry(text):
        return None
    from biblio.formats.bibtex.reader import loads

    items = loads(text, "entry", Collector())
    return items[0] if len(items) == 1 else None
