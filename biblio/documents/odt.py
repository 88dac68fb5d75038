"""OpenDocument text (.odt): the body of content.xml as Markdown.

``text:h`` (and paragraphs of a style with an outline level) are headings; spans of an italic
style ``*…*``; ``text:a`` links; ``text:note`` footnotes and endnotes ``[^n]`` notes; a list's
numbers (from its list style: format, prefix, suffix, start) in front of its items; tabs, line
breaks and ``text:s`` spaces. Tracked changes count as accepted: the deleted text, kept apart in
``text:tracked-changes``, is left out. Annotations, drawings and the table of contents are not
the text. Zotero in LibreOffice names a reference mark after the citation's CSL-JSON: it is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from biblio.documents import office

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
# Blocks whose paragraphs are read in their place.
_CONTAINERS = frozenset(
    {
        f"{TEXT}section",
        f"{_TABLE}table",
        f"{_TABLE}table-row",
        f"{_TABLE}table-cell",
        f"{_TABLE}table-header-rows",
        f"{_TABLE}table-rows",
        f"{TEXT}bibliography",
        f"{TEXT}index-body",
        f"{TEXT}index-title",
        f"{TEXT}list-header",
    }
)
# Inline elements whose text is the document's (fields, marks, ruby) are read through; these are not.
_NOT_TEXT = frozenset(
    {
        f"{_OFFICE}annotation",
        f"{TEXT}tracked-changes",
        "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
        f"{TEXT}note-citation",
        f"{TEXT}bookmark-ref",
    }
)


@dataclass
class _Styles:
    italic: set[str] = field(default_factory=set)
    bold: set[str] = field(default_factory=set)
    heading: dict[str, int] = field(default_factory=dict)
    lists: dict[str, dict[int, tuple[str, str, str, int]]] = field(default_factory=dict)  # level -> fmt

    def read(self, root: etree._Element | None) -> None:
        if root is None:
            return
        parents: dict[str, str] = {}
        for style in root.iter(f"{STYLE}style"):
            name = style.get(f"{STYLE}name") or ""
            parents[name] = style.get(f"{STYLE}parent-style-name") or ""
            props = style.find(f"{STYLE}text-properties")
            if props is not None and props.get(f"{_FO}font-style") in ("italic", "oblique"):
                self.italic.add(name)
            if props is not None and props.get(f"{_FO}font-weight") in ("bold", "700", "800", "900"):
                self.bold.add(name)
            level = style.get(f"{STYLE}default-outline-level")
            if level and level.isdigit():
                self.heading[name] = int(level)
        for name, parent in parents.items():
            if parent in self.italic:
                self.italic.add(name)
            if parent in self.bold:
                self.bold.add(name)
            if parent in self.heading and name not in self.heading:
                self.heading[name] = self.heading[parent]
        for list_style in root.iter(f"{TEXT}list-style"):
            levels: dict[int, tuple[str, str, str, int]] = {}
            for level_style in list_style:
                level = int(level_style.get(f"{TEXT}level") or "1")
                if level_style.tag == f"{TEXT}list-level-style-number":
                    start = level_style.get(f"{TEXT}start-value") or "1"
                    levels[level] = (
                        level_style.get(f"{STYLE}num-format") or "",
                        level_style.get(f"{STYLE}num-prefix") or "",
                        level_style.get(f"{STYLE}num-suffix") or "",
                        int(start) if start.isdigit() else 1,
                    )
                else:
                    levels[level] = ("bullet", "", "", 1)
            self.lists[list_style.get(f"{STYLE}name") or ""] = levels


@dataclass
class _Reader:
    styles: _Styles
    out: office.MarkdownOut
    citations: list[dict[str, object]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)  # list style and level -> last number
    notes: dict[int, list[office.Inline]] = field(default_factory=dict)

    def blocks(
        self, container: etree._Element, list_style: str = "", level: int = 0, marker: str = ""
    ) -> Iterator[tuple[office.Inline, str, int]]:
        for child in container:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                inline = office.Inline()
                self.inline(child, inline)
                style = child.get(f"{TEXT}style-name") or ""
                heading = 0
                if tag == f"{TEXT}h":
                    outline = child.get(f"{TEXT}outline-level") or "1"
                    heading = int(outline) if outline.isdigit() else 1
                elif style in self.styles.heading:
                    heading = self.styles.heading[style]
                yield inline, "" if heading else marker, heading
                marker = ""
            elif tag == f"{TEXT}list":
                style = child.get(f"{TEXT}style-name") or list_style
                if child.get(f"{TEXT}continue-numbering") != "true" and not child.get(f"{TEXT}continue-list"):
                    self.counters.pop(f"{style}:{level + 1}", None)
                for item in child:
                    if item.tag in (f"{TEXT}list-item", f"{TEXT}list-header"):
                        start = item.get(f"{TEXT}start-value")
                        item_marker = (
                            self.marker(style, level + 1, int(start) if start and start.isdigit() else None)
                            if item.tag == f"{TEXT}list-item"
                            else ""
                        )
                        yield from self.blocks(item, style, level + 1, item_marker)
            elif tag in _CONTAINERS:
                yield from self.blocks(child, list_style, level, marker)

    def marker(self, style: str, level: int, start: int | None) -> str:
        fmt, prefix, suffix, first = self.styles.lists.get(style, {}).get(level, ("bullet", "", "", 1))
        if fmt == "bullet":
            return "- "
        if not fmt:
            return ""
        key = f"{style}:{level}"
        number = start if start is not None else self.counters.get(key, first - 1) + 1
        self.counters[key] = number
        for deeper in [k for k in self.counters if k.startswith(f"{style}:") and int(k.rsplit(":", 1)[1]) > level]:
            del self.counters[deeper]
        if "[" in prefix:
            return f"[{number}] "
        if fmt == "1":
            return f"{number}. "
        shown = office.format_number(
            number, {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(fmt, "decimal")
        )
        return f"{prefix}{shown}{suffix or '.'} "

    def inline(self, element: etree._Element, inline: office.Inline, italic: bool = False, bold: bool = False) -> None:
        inline.text(element.text or "", italic, bold)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_TEXT:
                pass
            elif tag == f"{TEXT}span":
                style = child.get(f"{TEXT}style-name") or ""
                self.inline(child, inline, italic or style in self.styles.italic, bold or style in self.styles.bold)
            elif tag == f"{TEXT}a":
                start = inline.mark()
                self.inline(child, inline, italic, bold)
                href = child.get(f"{_XLINK}href") or ""
                if href and not href.startswith("#"):
                    inline.link(start, href)
            elif tag == f"{TEXT}note":
                self.note(child, inline)
            elif tag == f"{TEXT}tab":
                inline.text(" ")
            elif tag == f"{TEXT}line-break":
                inline.raw("\n")
            elif tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c") or "1"
                inline.text(" " * min(int(count) if count.isdigit() else 1, 8))
            elif tag in (
                f"{TEXT}reference-mark-start",
                f"{TEXT}reference-mark",
                f"{TEXT}bookmark-start",
                f"{TEXT}bookmark",
            ):
                citation = office.citation_json(child.get(f"{TEXT}name") or "")
                if citation is not None:
                    self.citations.append(citation)
                self.inline(child, inline, italic, bold)
            else:
                self.inline(child, inline, italic, bold)
            inline.text(child.tail or "", italic, bold)

    def note(self, note: etree._Element, inline: office.Inline) -> None:
        key = f"note:{note.get(f'{TEXT}id') or id(note)}"
        inline.raw(self.out.note_call(key))
        number = self.out.notes[key]
        body = note.find(f"{TEXT}note-body")
        if body is not None:
            self.out.note_text[number] = office.note_paragraphs(content for content, _, _ in self.blocks(body))


def odt_text(parts: office.Parts) -> office.OfficeText:
    """An OpenDocument text's body as Markdown, and its citation manager's records."""
    content, body = parts.main_part("content.xml", f"{_OFFICE}body/{_OFFICE}text", "an OpenDocument text")
    styles = _Styles()
    styles.read(parts.xml("styles.xml"))
    styles.read(content.find(f"{_OFFICE}automatic-styles"))
    out = office.MarkdownOut()
    reader = _Reader(styles, out)
    for inline, marker, heading in reader.blocks(body):
        out.paragraph(inline, marker, heading)
    return office.OfficeText(out.markdown(), office.citation_records(reader.citations))
