"""PowerPoint decks (.pptx): a lecture's or a talk's slides, whose last one often lists the references.

Each slide (``ppt/slides/slideN.xml``, in the deck's order) is read as Markdown: its title placeholder a
heading, each paragraph of its other text boxes a paragraph (italic runs as emphasis), so that a
"References" slide is a reference section whose paragraphs are its entries.
"""

from __future__ import annotations

import re

from lxml import etree

from biblio.documents.office import OfficeText, Parts, escape

__all__ = ["is_pptx", "pptx_text"]

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_SLIDE = re.compile(r"^ppt/slides/slide(\d+)\.xml$")
_TARGET = re.compile(r"<Relationship\b[^>]*\bId=\"([^\"]+)\"[^>]*\bTarget=\"([^\"]+)\"")
_TITLES = ("title", "ctrTitle")


def is_pptx(names: set[str]) -> bool:
    return "ppt/presentation.xml" in names


def _order(parts: Parts, names: set[str]) -> list[str]:
    """The slides in the deck's order (presentation.xml's list), else by their numbers."""
    numbered = sorted((int(m.group(1)), name) for name in names if (m := _SLIDE.match(name)))
    root = parts.xml("ppt/presentation.xml")
    rels = dict(_TARGET.findall(parts.read("ppt/_rels/presentation.xml.rels", missing=b"").decode("utf-8", "replace")))
    if root is None or not rels:
        return [name for _, name in numbered]
    ordered = [f"ppt/{rels[i].lstrip('/').removeprefix('ppt/')}" for i in
               (s.get(f"{_R}id") for s in root.iter(f"{_P}sldId")) if i in rels]
    return [name for name in ordered if name in names] or [name for _, name in numbered]


def _paragraph(p: etree._Element) -> str:
    text: list[str] = []
    for run in p.iter(f"{_A}r", f"{_A}br", f"{_A}fld"):
        if run.tag == f"{_A}br":
            text.append(" ")
            continue
        words = "".join(t.text or "" for t in run.iter(f"{_A}t"))
        props = run.find(f"{_A}rPr")
        italic = props is not None and props.get("i") in ("1", "true") and words.strip()
        text.append(f"*{escape(words.strip())}*{' ' if words.endswith(' ') else ''}" if italic else escape(words))
    return " ".join("".join(text).split())


def pptx_text(parts: Parts, names: set[str]) -> OfficeText:
    """The deck as Markdown, slide after slide."""
    blocks: list[str] = []
    for name in _order(parts, names):
        root = parts.xml(name)
        if root is None:
            continue
        for shape in root.iter(f"{_P}sp"):
            placeholder = shape.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph")
            title = placeholder is not None and placeholder.get("type") in _TITLES
            body = shape.find(f"{_P}txBody")
            if body is None:
                continue
            paragraphs = [text for p in body.iter(f"{_A}p") if (text := _paragraph(p))]
            if title and paragraphs:
                blocks.append("## " + " ".join(paragraphs).replace("*", ""))
            else:
                blocks.extend(paragraphs)
    return OfficeText("\n\n".join(blocks) + "\n", [])
