"""Decide what an input is: a structured bibliography (BibTeX, RIS, CSL-JSON, a JATS article's tagged
reference list) or a document.

The file extension wins when it names a structured format, so a broken .bib is
reported as malformed BibTeX rather than searched for a reference section.
Otherwise (stdin, .txt, .md, no extension) the content is sniffed.
"""

from __future__ import annotations

import json
import os
import re
from typing import Literal

Kind = Literal["bibtex", "ris", "csl-json", "jats", "document"]

_EXTENSIONS: dict[str, Kind] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".biblatex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json",
    ".csljson": "csl-json",
    ".ipynb": "document",  # JSON, but a notebook: its text cells are read as a document
    ".docx": "document",  # Word and OpenDocument files arrive as the Markdown of their text
    ".docm": "document",
    ".odt": "document",
    ".pptx": "document",
    ".epub": "document",  # an EPUB book arrives as the HTML of its chapters
}

# BibTeX: the first line that is not blank or a % comment opens an entry (@article{ / @string( ...).
_BIBTEX_ENTRY = re.compile(r"^@[A-Za-z]+\s*[{(]")
_BIBTEX_COMMENT = re.compile(r"^%")
# RIS: the first non-blank line is the TY tag ("TY  - JOUR"); exports often use one space.
_RIS_START = re.compile(r"^TY {1,2}- ?\S")
# JSON that starts like an array of objects or an object with a string key: CSL-JSON even if
# broken, so the user hears what is wrong with it rather than "no references found".
_JSON_START = re.compile(r'^(?:\[\s*\{|\{\s*")')
_CSL_KEYS = ("type", "title")


def detect_kind(text: str, name: str) -> Kind:
    """The kind of input `text` is; `name` is its path (or ``<stdin>``)."""
    base = os.path.basename(name).lower()
    if base.endswith(".csl.json"):
        return "csl-json"
    kind = _EXTENSIONS.get(os.path.splitext(base)[1])
    if kind is not None:
        return kind
    return sniff_kind(text)


def sniff_kind(text: str) -> Kind:
    """The kind of input from its content alone."""
    stripped = text.lstrip("\ufeff \t\n")
    if not stripped:
        return "document"
    from biblio.documents.notebook import is_notebook

    if is_notebook(stripped):
        return "document"
    if stripped.startswith("<"):
        from biblio.formats.jats import is_jats

        if is_jats(stripped):
            return "jats"
    if (_JSON_START.match(stripped) and not _json_front_matter(stripped)) or _is_csl_json(stripped):
        return "csl-json"
    first = _first_meaningful_line(stripped)
    if _RIS_START.match(first):
        return "ris"
    if _BIBTEX_ENTRY.match(first):
        return "bibtex"
    return "document"


def _first_meaningful_line(text: str) -> str:
    for line in text.split("\n"):
        line = line.strip()
        if line and not _BIBTEX_COMMENT.match(line):
            return line
    return ""


def _json_front_matter(text: str) -> bool:
    """Is the JSON object at the start a page's front matter (Hugo's JSON form), text following it?"""
    if text[0] != "{":
        return False
    try:
        _, end = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return False
    rest = text[end:].lstrip()
    return bool(rest) and rest[0] not in "[{,"


def _is_csl_json(text: str) -> bool:
    if text[0] not in "[{":
        return False
    try:
        data = json.loads(text)
    except ValueError:
        return False
    items = data if isinstance(data, list) else [data]
    return bool(items) and all(
        isinstance(item, dict) and any(key in item for key in _CSL_KEYS) for item in items
    )
