"""EPUB books: the XHTML chapters of the reading order, read as one HTML document.

An EPUB is a zip (checked and size-limited like an office file, :class:`biblio.documents.office.Parts`):
``META-INF/container.xml`` names the package (OPF) file, whose ``<spine>`` orders the chapters its
``<manifest>`` lists. Each chapter's ``<body>`` becomes a ``<section>`` of one HTML document, in
spine order, for :mod:`biblio.documents.html`; the navigation document (the table of contents) and
chapters outside the linear reading order are left out.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from biblio.documents.office import Parts
from biblio.errors import UndecodableInput

EPUB_MIMETYPE = "application/epub+zip"
_CONTAINER = "META-INF/container.xml"
_XHTML = ("application/xhtml+xml", "text/html")


def is_epub(names: set[str], mimetype: str) -> bool:
    return mimetype == EPUB_MIMETYPE or (not mimetype and _CONTAINER in names)


def epub_html(parts: Parts) -> str:
    """The book's chapters in reading order as one HTML document."""
    package = _package_path(parts)
    root = parts.xml(package, required=True)
    assert root is not None
    manifest = {item.get("id"): item for item in root.iter("{*}item")}
    base = posixpath.dirname(package)
    sections: list[str] = []
    for ref in root.iter("{*}itemref"):
        item = manifest.get(ref.get("idref"))
        if item is None or ref.get("linear") == "no" or "nav" in (item.get("properties") or "").split():
            continue
        if item.get("media-type") not in _XHTML:
            continue
        chapter = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
        body = _body(parts.read(chapter, missing=b""))
        if body:
            sections.append(f"<section>{body}</section>")
    if not sections:
        raise UndecodableInput(f"{parts.name}: is an EPUB book with no readable chapter")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>\n"


def _package_path(parts: Parts) -> str:
    container = parts.xml(_CONTAINER, required=True)
    assert container is not None
    rootfile = next(container.iter("{*}rootfile"), None)
    path = rootfile.get("full-path") if rootfile is not None else None
    if not path:
        raise UndecodableInput(f"{parts.name}: is an EPUB book whose container names no package file")
    return path


def _body(data: bytes) -> str:
    """A chapter's body content as HTML (the XHTML namespace dropped: the HTML reader knows plain tags)."""
    if not data.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    if body is None:
        return ""
    inner = [etree.tostring(child, encoding="unicode", method="html") for child in body]
    return (body.text or "") + "".join(inner)
