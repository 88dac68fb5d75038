"""Tables of citations: one reference per row, in columns such as Authors | Title | Year | Venue.

A table is a citation table when its header names a title column and an
authors column, or two more bibliographic columns (year, venue, DOI or link); any other
table (data, a comparison, an infobox) is not text of the reference list. Each
row of a citation table becomes one reference string, its cells put in the
order a reference is written: "Authors (Year). Title. *Venue*. DOI or link".
Columns with no bibliographic meaning (ID, notes, summary, ratings) are left out.
"""

from __future__ import annotations

import re

_ROLES: dict[str, tuple[str, ...]] = {
    "author": ("author", "authors", "author(s)", "by", "creator", "creators", "writer", "writers", "autor",
               "autoren", "auteur", "auteurs", "autores"),
    "title": ("title", "paper", "paper title", "article", "article title", "work", "publication", "book",
              "titel", "titre", "título", "titulo", "name of paper"),
    "year": ("year", "date", "published", "publication year", "pub. year", "jahr", "année", "año", "ano"),
    "venue": ("venue", "journal", "conference", "published in", "source", "container", "publisher",
              "proceedings", "booktitle", "book title", "zeitschrift", "revue", "revista", "where"),
    "doi": ("doi",),
    "url": ("url", "link", "links", "paper link", "pdf", "paper url", "web", "arxiv", "code"),
}
_CELL_KEY = re.compile(r"[*_`]+|\s+")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_END = re.compile(r"[.!?]$")


def _role(header: str) -> str | None:
    key = _CELL_KEY.sub(" ", header).strip().casefold().rstrip(":")
    for role, names in _ROLES.items():
        if key in names:
            return role
    return None


def citation_columns(header: list[str]) -> dict[str, int] | None:
    """The column of each bibliographic role, or None when the header is not that of a citation table."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = _role(cell)
        if role is not None and role not in columns:
            columns[role] = index
    # A title with its authors, or with two more of year, venue and address: "Title | Year" alone may list
    # anything (films, releases), "Title | Link" a page's links.
    if "title" not in columns or not ("author" in columns or len(columns) >= 3):
        return None
    return columns


def row_reference(cells: list[str], columns: dict[str, int]) -> str:
    """One row as a reference string (cells hold inline Markdown)."""

    def cell(role: str) -> str:
        index = columns.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    authors, title, venue = cell("author"), cell("title"), cell("venue")
    year_cell = cell("year")
    year = _YEAR.search(year_cell)
    parts: list[str] = []
    if authors and authors not in ("—", "-", "–"):
        parts.append(_sentence(authors) if not year else authors.rstrip())
    if year:
        parts.append(f"({year.group(1)}).")
    if title:
        parts.append(_sentence(title))
    if venue:
        parts.append(_sentence(venue if "*" in venue or "_" in venue else f"*{venue}*"))
    for role in ("doi", "url"):
        value = cell(role)
        if value and value not in ("—", "-", "–"):
            doi = _DOI.search(value) if role == "doi" else None
            parts.append(f"https://doi.org/{doi.group(0)}" if doi and "://" not in value else value)
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if _END.search(text) else f"{text}."
