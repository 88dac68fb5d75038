"""A book's series read as a journal: ``Title. BES Guides to Better Science. Publisher, Place.``

Fields touched: ``container-title`` -> ``collection-title``, ``type``.

A journal article names no publisher and place of its own, and always a volume, an issue or pages;
a record typed as an article that has a publisher and a place and none of those numbers is a book,
and the name read as its journal is the series it appeared in.
"""

from __future__ import annotations

from typing import Any

FIELDS = ("container-title", "collection-title", "type")
# (a DOI or a year in the name says a paper in proceedings: "SISPAD 2014, Yokohama, IEEE")
_ARTICLE_NUMBERS = ("volume", "issue", "page", "number", "DOI")


def series_of_book(item: dict[str, Any]) -> None:
    """(In place.)"""
    if item.get("type") != "article-journal" or "collection-title" in item:
        return
    if not (item.get("container-title") and item.get("publisher") and item.get("publisher-place")):
        return
    if any(item.get(var) for var in _ARTICLE_NUMBERS) or any(c.isdigit() for c in str(item["container-title"])):
        return
    # an italic name after the title is a book holding a chapter (Chicago's "“Chapter.” *Book*.")
    source = str(item.get("custom", {}).get("biblio", {}).get("source", ""))
    if f"*{item['container-title']}" in source or f"_{item['container-title']}" in source:
        return
    item["collection-title"] = item.pop("container-title")
    item["type"] = "book"
