"""Word documents (.docx, WordprocessingML): the main text of word/document.xml as Markdown.

Paragraphs in order; Word's heading styles and outline levels as headings; italic runs (direct or
by character style) as ``*…*``; hyperlinks as Markdown links; footnotes and endnotes as ``[^n]``
notes; an auto-numbered list's number (not in the text: numbering.xml holds its format) as ``n.``
or ``[n]``; tabs and line breaks. Tracked changes count as accepted (deleted text goes, inserted
text stays); a field keeps its displayed result and loses its instruction, where a citation
manager's CSL-JSON is read. Headers, footers, comments and drawings are not the document's text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from biblio.documents.office import (
    Inline,
    MarkdownOut,
    OfficeText,
    Parts,
    citation_json,
    citation_records,
    format_number,
    note_paragraphs,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FALSE = frozenset({"0", "false", "off", "none"})
# Containers whose content is read as if it stood in their place (content controls, smart tags, insertions).
_TRANSPARENT = frozenset(
    {f"{W}ins", f"{W}moveTo", f"{W}smartTag", f"{W}customXml", f"{W}sdtContent", f"{W}dir", f"{W}bdo"}
)
# Not text: deletions, comments' anchors, drawings, and Word's alternatives for older readers.
_SKIP = frozenset(
    {
        f"{W}del",
        f"{W}moveFrom",
        f"{W}pPr",
        f"{W}rPr",
        f"{W}sdtPr",
        f"{W}sdtEndPr",
        f"{W}commentRangeStart",
        f"{W}commentRangeEnd",
        f"{_MC}AlternateContent",
    }
)


def _on(element: etree._Element | None) -> bool:
    """A toggle property (``<w:i/>``, ``<w:i w:val="0"/>``) that is present and not switched off."""
    return element is not None and (element.get(f"{W}val") or "true").lower() not in _FALSE


@dataclass
class _Styles:
    """What the document's styles say: heading levels, italics, numbering, by style id (following basedOn)."""

    heading: dict[str, int] = field(default_factory=dict)
    italic: set[str] = field(default_factory=set)
    bold: set[str] = field(default_factory=set)
    numbering: dict[str, tuple[str, str]] = field(default_factory=dict)  # style id -> (numId, ilvl)

    @classmethod
    def read(cls, root: etree._Element | None) -> _Styles:
        styles = cls()
        if root is None:
            return styles
        based: dict[str, str] = {}
        for style in root.iter(f"{W}style"):
            sid = style.get(f"{W}styleId") or ""
            name_el = style.find(f"{W}name")
            name = (name_el.get(f"{W}val") if name_el is not None else "") or ""
            parent = style.find(f"{W}basedOn")
            if parent is not None:
                based[sid] = parent.get(f"{W}val") or ""
            level = _heading_level(name.lower(), style.find(f"{W}pPr/{W}outlineLvl"))
            if level:
                styles.heading[sid] = level
            if _on(style.find(f"{W}rPr/{W}i")):
                styles.italic.add(sid)
            if _on(style.find(f"{W}rPr/{W}b")):
                styles.bold.add(sid)
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None:
                styles.numbering[sid] = _num_pr(num)
        for sid in list(based):  # inherit along basedOn, a few steps deep
            parent, steps = based.get(sid), 0
            while parent and steps < 10:
                if sid not in styles.heading and parent in styles.heading:
                    styles.heading[sid] = styles.heading[parent]
                if parent in styles.italic:
                    styles.italic.add(sid)
                if parent in styles.bold:
                    styles.bold.add(sid)
                if sid not in styles.numbering and parent in styles.numbering:
                    styles.numbering[sid] = styles.numbering[parent]
                parent, steps = based.get(parent), steps + 1
        return styles


def _heading_level(name: str, outline: etree._Element | None) -> int:
    if name == "title":
        return 1
    if name.startswith("heading ") and name[8:].strip().isdigit():
        return int(name[8:])
    value = outline.get(f"{W}val") if outline is not None else None
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else 0


def _num_pr(num_pr: etree._Element) -> tuple[str, str]:
    num = num_pr.find(f"{W}numId")
    level = num_pr.find(f"{W}ilvl")
    return (
        (num.get(f"{W}val") or "0") if num is not None else "",
        (level.get(f"{W}val") or "0") if level is not None else "0",
    )


@dataclass
class _Numbering:
    """numbering.xml: each list's level formats, and the counters as the document is read."""

    formats: dict[str, dict[str, tuple[str, str, int]]] = field(default_factory=dict)  # abstract -> level -> fmt
    lists: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)  # numId -> (abstract, restarts)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, root: etree._Element | None) -> _Numbering:
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iter(f"{W}abstractNum"):
            levels: dict[str, tuple[str, str, int]] = {}
            for level in abstract.iter(f"{W}lvl"):
                fmt = level.find(f"{W}numFmt")
                text = level.find(f"{W}lvlText")
                start = level.find(f"{W}start")
                start_value = start.get(f"{W}val") if start is not None else "1"
                levels[level.get(f"{W}ilvl") or "0"] = (
                    (fmt.get(f"{W}val") or "decimal") if fmt is not None else "decimal",
                    (text.get(f"{W}val") or "") if text is not None else "",
                    int(start_value) if start_value and start_value.isdigit() else 1,
                )
            numbering.formats[abstract.get(f"{W}abstractNumId") or ""] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            restarts = {}
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                value = start.get(f"{W}val") if start is not None else None
                if value and value.isdigit():
                    restarts[override.get(f"{W}ilvl") or "0"] = int(value)
            numbering.lists[num.get(f"{W}numId") or ""] = (
                (ref.get(f"{W}val") or "") if ref is not None else "",
                restarts,
            )
        return numbering

    def marker(self, num_id: str, ilvl: str) -> str:
        """The next item's marker in list `num_id` at level `ilvl`: ``3. ``, ``[3] ``, ``- `` or ``a) ``."""
        if num_id not in self.lists:
            return ""
        abstract, restarts = self.lists[num_id]
        fmt, text, start = self.formats.get(abstract, {}).get(ilvl, ("decimal", f"%{int(ilvl) + 1}.", 1))
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(abstract, {})
        level = int(ilvl) if ilvl.isdigit() else 0
        if num_id not in self.started and ilvl in restarts:  # a list that restarts its numbering
            counters[level] = restarts[ilvl] - 1
        self.started.add(num_id)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        number = counters[level]
        if "[" in text:
            return f"[{number}] "
        if fmt in ("decimal", "decimalZero", "arabic"):
            return f"{number}. "
        shown = format_number(number, fmt)
        return f"{text.replace(f'%{level + 1}', shown) or shown} " if "%" in text else f"{shown}. "


@dataclass
class _Field:
    instruction: list[str] = field(default_factory=list)
    result: bool = False  # past the separator: what follows is the displayed result
    link: tuple[int, str] | None = None  # a HYPERLINK field: where its text starts, and its address


@dataclass
class _Reader:
    styles: _Styles
    numbering: _Numbering
    links: dict[str, str]
    out: MarkdownOut
    citations: list[dict[str, object]] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)

    def body(self, container: etree._Element) -> Iterator[tuple[Inline, str, int]]:
        """Each paragraph of a body, table cell or content control: its content, list marker, heading level."""
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                yield self.paragraph(child)
            elif tag in (
                f"{W}tbl",
                f"{W}tr",
                f"{W}tc",
                f"{W}sdt",
                f"{W}sdtContent",
                f"{W}customXml",
                f"{W}ins",
                f"{W}moveTo",
            ):
                if tag == f"{W}sdt":
                    self.content_control(child)
                yield from self.body(child)

    def content_control(self, sdt: etree._Element) -> None:
        tag = sdt.find(f"{W}sdtPr/{W}tag")
        citation = citation_json(tag.get(f"{W}val") or "") if tag is not None else None
        if citation is not None:
            self.citations.append(citation)

    def paragraph(self, p: etree._Element) -> tuple[Inline, str, int]:
        inline = Inline()
        props = p.find(f"{W}pPr")
        style = ""
        heading = 0
        num: tuple[str, str] | None = None
        if props is not None:
            style_el = props.find(f"{W}pStyle")
            style = (style_el.get(f"{W}val") or "") if style_el is not None else ""
            outline = props.find(f"{W}outlineLvl")
            heading = _heading_level("", outline) if outline is not None else self.styles.heading.get(style, 0)
            num_pr = props.find(f"{W}numPr")
            num = _num_pr(num_pr) if num_pr is not None else None
        if num is None and style in self.styles.numbering:
            num = self.styles.numbering[style]
        self.runs(p, inline)
        marker = ""
        if num is not None and num[0] not in ("", "0") and not heading and inline.parts:
            marker = self.numbering.marker(*num)
        return inline, marker, heading

    def showing(self) -> bool:
        return all(f.result for f in self.fields)

    def runs(self, element: etree._Element, inline: Inline) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, inline)
            elif tag == f"{W}hyperlink":
                start = inline.mark()
                self.runs(child, inline)
                target = self.links.get(child.get(f"{_R}id") or "", "")
                anchor = child.get(f"{W}anchor")
                if target and not anchor:
                    inline.link(start, target)
            elif tag == f"{W}fldSimple":
                instruction = child.get(f"{W}instr") or ""
                self.instruction(instruction)
                start = inline.mark()
                self.runs(child, inline)
                url = _hyperlink_target(instruction)
                if url:
                    inline.link(start, url)
            elif tag == f"{W}sdt":
                self.content_control(child)
                self.runs(child, inline)
            elif tag in _TRANSPARENT:
                self.runs(child, inline)

    def run(self, run: etree._Element, inline: Inline) -> None:
        props = run.find(f"{W}rPr")
        italic = bold = False
        if props is not None:
            style_el = props.find(f"{W}rStyle")
            style = (style_el.get(f"{W}val") or "") if style_el is not None else ""
            direct = props.find(f"{W}i")
            italic = _on(direct) if direct is not None else style in self.styles.italic
            direct = props.find(f"{W}b")
            bold = _on(direct) if direct is not None else style in self.styles.bold
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self.field_char(child.get(f"{W}fldCharType") or "", inline)
            elif tag == f"{W}instrText":
                if self.fields and not self.fields[-1].result:
                    self.fields[-1].instruction.append(child.text or "")
            elif not self.showing():
                continue
            elif tag == f"{W}t":
                inline.text(child.text or "", italic, bold)
            elif tag == f"{W}tab":
                inline.text(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                if (child.get(f"{W}type") or "textWrapping") == "textWrapping":
                    inline.raw("\n")
            elif tag == f"{W}noBreakHyphen":
                inline.text("-", italic)
            elif tag == f"{W}sym":
                code = child.get(f"{W}char") or ""
                if code and all(c in "0123456789abcdefABCDEF" for c in code):
                    inline.text(chr(int(code, 16) & 0xFFFF if int(code, 16) >= 0xF000 else int(code, 16)))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                inline.raw(self.out.note_call(f"{kind}:{child.get(f'{W}id')}"))

    def field_char(self, kind: str, inline: Inline) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            current = self.fields[-1]
            current.result = True
            instruction = "".join(current.instruction)
            self.instruction(instruction)
            url = _hyperlink_target(instruction)
            if url:
                current.link = (inline.mark(), url)
        elif kind == "end" and self.fields:
            current = self.fields.pop()
            if not current.result:
                self.instruction("".join(current.instruction))
            if current.link is not None and current.link[0] <= inline.mark():
                inline.link(*current.link)

    def instruction(self, instruction: str) -> None:
        citation = citation_json(instruction.strip())
        if citation is not None:
            self.citations.append(citation)


def _hyperlink_target(instruction: str) -> str:
    words = instruction.split()
    if not words or words[0].upper() != "HYPERLINK":
        return ""
    rest = instruction.strip()[len(words[0]) :].strip()
    if rest.startswith('"'):
        return rest[1:].split('"', 1)[0]
    target = rest.split()[0] if rest.split() else ""
    return "" if target.startswith("\\") else target


def _relationships(parts: Parts, part: str) -> dict[str, str]:
    root = parts.xml(part)
    if root is None:
        return {}
    return {
        rel.get("Id") or "": rel.get("Target") or ""
        for rel in root.iter(f"{_REL}Relationship")
        if rel.get("TargetMode") == "External"
    }


def docx_text(parts: Parts, main: str = "word/document.xml") -> OfficeText:
    """A Word document's main text (the part `main`) as Markdown, and its citation manager's records."""
    _, body = parts.main_part(main, f"{W}body", "a Word")
    folder, _, base = main.rpartition("/")
    out = MarkdownOut()
    reader = _Reader(
        _Styles.read(parts.xml("word/styles.xml")),
        _Numbering.read(parts.xml("word/numbering.xml")),
        _relationships(parts, f"{folder}/_rels/{base}.rels"),
        out,
    )
    for inline, marker, heading in reader.body(body):
        out.paragraph(inline, marker, heading)
    for kind in ("footnote", "endnote"):
        _notes(parts, kind, reader)
    return OfficeText(out.markdown(), citation_records(reader.citations))


def _notes(parts: Parts, kind: str, reader: _Reader) -> None:
    """The text of the notes the body called, each under its number."""
    if not any(key.startswith(f"{kind}:") for key in reader.out.notes):
        return
    root = parts.xml(f"word/{kind}s.xml")
    if root is None:
        return
    reader.links.update(_relationships(parts, f"word/_rels/{kind}s.xml.rels"))
    for note in root.iter(f"{W}{kind}"):
        number = reader.out.notes.get(f"{kind}:{note.get(f'{W}id')}")
        if number is not None:
            reader.fields.clear()
            reader.out.note_text[number] = note_paragraphs(inline for inline, _, _ in reader.body(note))
