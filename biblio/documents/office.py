"""Word (.docx), OpenDocument (.odt) and EPUB files: the zip container, its checks, and the Markdown both readers write.

An office document is a zip of XML parts. This module opens the zip with the standard library,
tells a Word document from an OpenDocument text and from any other zip, refuses what it cannot
read (a corrupt zip, a password-protected file, a spreadsheet, a part that unpacks past the size
limit) with one message each, and hands the main part to :mod:`biblio.documents.docx` or
:mod:`biblio.documents.odt` (an EPUB's chapters to :mod:`biblio.documents.epub`, as HTML).
Both write the document as Markdown, the form every reader of biblio
gives the finder: headings as ATX headings, italics as ``*…*``, links as ``[text](url)``, notes as
``[^n]`` calls with their ``[^n]:`` definitions at the end, and a list's numbers in front of its items.

Citation managers leave exact records in a document: Zotero and Mendeley keep each citation's
CSL-JSON in the field behind it (``ADDIN ZOTERO_ITEM CSL_CITATION {…}``, ``ADDIN CSL_CITATION {…}``;
in LibreOffice, a reference mark named so; Mendeley Cite, a content control tagged
``MENDELEY_CITATION_v3_`` and base64 JSON). :func:`citation_records` reads them.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lxml import etree

from biblio.errors import InputTooLarge, UndecodableInput

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
MAX_PART_BYTES = 50 * 1024 * 1024  # parts unpacking past this, together, are a zip bomb, not a document
_ODT_TEXT = "application/vnd.oasis.opendocument.text"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A zip's other office kinds, named for the message.
_NOT_TEXT = (
    ("xl/workbook.xml", "an Excel spreadsheet"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
)
_ODF_KINDS = {
    "spreadsheet": "an OpenDocument spreadsheet",
    "presentation": "an OpenDocument presentation",
    "graphics": "an OpenDocument drawing",
}


class OfficeText(NamedTuple):
    """A document's text as Markdown, and the exact records its citation fields carry (document order)."""

    markdown: str
    records: list[dict[str, Any]]


def is_encrypted_office(data: bytes) -> bool:
    """A password-protected .docx/.xlsx: an OLE compound file holding an ``EncryptedPackage`` stream."""
    return data.startswith(_OLE) and "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20]


def office_text(data: bytes, name: str) -> OfficeText:
    """The Markdown and the citation records of a .docx, .odt or .pptx given as bytes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise UndecodableInput(
            f"{name}: is a damaged zip archive; it cannot be read as a Word, PowerPoint or OpenDocument file"
        ) from None
    with archive:
        parts = Parts(archive, name)
        names = set(archive.namelist())
        main = _word_main_part(parts, names)
        if main:
            from biblio.documents.docx import docx_text

            return docx_text(parts, main)
        mimetype = parts.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
        if mimetype == _ODT_TEXT or (not mimetype and "content.xml" in names):
            if "encryption-data" in parts.read("META-INF/manifest.xml", missing=b"").decode("utf-8", "replace"):
                raise UndecodableInput(
                    f"{name}: is a password-protected OpenDocument file; save a copy without a password"
                )
            from biblio.documents.odt import odt_text

            return odt_text(parts)
        from biblio.documents.pptx import is_pptx, pptx_text

        if is_pptx(names):  # a deck's slides as Markdown (a "References" slide is a reference section)
            return pptx_text(parts, names)
        from biblio.documents.epub import epub_html, is_epub

        if is_epub(names, mimetype):  # its chapters as HTML, read by the HTML reader (name ends .epub)
            return OfficeText(epub_html(parts), [])
        raise UndecodableInput(
            f"{name}: is {_zip_kind(names, mimetype)}, not a Word (.docx) or OpenDocument (.odt) text document"
        )


_OFFICE_DOCUMENT = re.compile(
    r"<Relationship\b[^>]*?\bType=\"[^\"]*/officeDocument\"[^>]*?\bTarget=\"/?([^\"]+)\"|"
    r"<Relationship\b[^>]*?\bTarget=\"/?([^\"]+)\"[^>]*?\bType=\"[^\"]*/officeDocument\""
)


def _word_main_part(parts: Parts, names: set[str]) -> str:
    """The Word document's main part: named by the package's relationships (Word Online writes
    word/document2.xml), else word/document.xml; "" when the zip is no Word document."""
    if "_rels/.rels" in names:
        found = _OFFICE_DOCUMENT.search(parts.read("_rels/.rels").decode("utf-8", "replace"))
        target = (found.group(1) or found.group(2)) if found else ""
        if target in names and target.startswith("word/"):
            return target
    return "word/document.xml" if "word/document.xml" in names else ""


def _zip_kind(names: set[str], mimetype: str) -> str:
    for part, kind in _NOT_TEXT:
        if part in names:
            return kind
    for word, kind in _ODF_KINDS.items():
        if mimetype.startswith(f"application/vnd.oasis.opendocument.{word}"):
            return kind
    if "word/vbaProject.bin" in names or "[Content_Types].xml" in names:
        return "an Office file without a document body (word/document.xml)"
    return "a zip archive"


@dataclass
class Parts:
    """The zip's parts, read with a limit on their unpacked size and on all of them together."""

    archive: zipfile.ZipFile
    name: str
    unpacked: int = 0

    def read(self, part: str, missing: bytes | None = None) -> bytes:
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            if missing is not None:
                return missing
            raise UndecodableInput(f"{self.name}: the office file has no {part}") from None
        if info.flag_bits & 0x1:
            raise UndecodableInput(f"{self.name}: is password-protected; save a copy without a password")
        try:
            with self.archive.open(info) as stream:
                data = stream.read(MAX_PART_BYTES + 1 - self.unpacked)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
            raise UndecodableInput(f"{self.name}: is a damaged office file ({part}: {exc})") from None
        self.unpacked += len(data)
        if self.unpacked > MAX_PART_BYTES:
            raise InputTooLarge(
                f"{self.name}: unpacks to more than biblio's limit of "
                f"{MAX_PART_BYTES // (1024 * 1024)} MB (a zip bomb?)"
            )
        return data

    def main_part(self, part: str, body: str, kind: str) -> tuple[etree._Element, etree._Element]:
        """The document's main part and its body element (found by the path `body`)."""
        root = self.xml(part, required=True)
        found = root.find(body) if root is not None else None
        if root is None or found is None:
            raise UndecodableInput(f"{self.name}: is {kind} file without a document body")
        return root, found

    def xml(self, part: str, required: bool = False) -> etree._Element | None:
        """A part parsed as XML (None when it is absent and not required); entities and the network stay off."""
        data = self.read(part, missing=None if required else b"")
        if not data:
            return None
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            kind = "Word" if part.startswith("word/") else "OpenDocument"
            raise UndecodableInput(f"{self.name}: is a damaged {kind} file ({part}: {exc.msg})") from None


# --- Markdown written by both readers -----------------------------------------------------------------

_ESCAPE = re.compile(r"([\\*_<])")  # what a Markdown reader would take for markup; brackets stay, as typed
_LINE_START = re.compile(r"^([#>])", re.MULTILINE)
_SPACES = re.compile(r"[ \t\u00a0]+")


def escape(text: str) -> str:
    """Document text as Markdown text: its own ``*``, ``_``, brackets… are characters, not markup."""
    return _ESCAPE.sub(r"\\\1", text)


@dataclass
class Inline:
    """One paragraph's content as it is read: text runs (italic or not) and finished Markdown pieces."""

    parts: list[tuple[str, str]] = field(default_factory=list)  # ("text"|"italic"|"raw", text)
    plain: int = 0  # characters of text not in bold: a wholly bold paragraph is a heading of its own
    bold: int = 0

    def text(self, text: str, italic: bool = False, bold: bool = False) -> None:
        if text:
            self.parts.append(("italic" if italic else "text", text))
            letters = len(text.strip())
            self.bold, self.plain = (self.bold + letters, self.plain) if bold else (self.bold, self.plain + letters)

    def raw(self, markdown: str) -> None:
        self.parts.append(("raw", markdown))

    def mark(self) -> int:
        return len(self.parts)

    def link(self, start: int, url: str) -> None:
        """The parts from `start` on are a link's text: ``[text](url)``."""
        inner = Inline(self.parts[start:])
        del self.parts[start:]
        text = inner.markdown()
        if text.strip():
            self.raw(f"[{text}]({url.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})")

    def markdown(self) -> str:
        out: list[str] = []
        italic: list[str] = []

        def close() -> None:
            run = "".join(italic)
            italic.clear()
            core = run.strip(" \t")
            if not core:
                out.append(run)
                return
            lead, tail = run[: len(run) - len(run.lstrip(" \t"))], run[len(run.rstrip(" \t")) :]
            out.append(f"{lead}*{escape(core)}*{tail}")

        for kind, text in self.parts:
            if kind == "italic":
                italic.append(text)
                continue
            if italic:
                close()
            out.append(escape(text) if kind == "text" else text)
        if italic:
            close()
        return "".join(out)


@dataclass
class MarkdownOut:
    """The document as Markdown blocks, and its notes, numbered in the order they are called."""

    blocks: list[str] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)  # a note's key -> its number
    note_text: dict[int, list[str]] = field(default_factory=dict)

    def paragraph(self, inline: Inline, prefix: str = "", heading: int = 0) -> None:
        text = _tidy(inline.markdown())
        if not text:
            return
        if heading:
            self.blocks.append(f"{'#' * min(heading, 6)} {' '.join(text.split()).replace('*', '')}")
            return
        if inline.bold and not inline.plain and "\n" not in text:
            text = f"**{text}**"  # as Markdown writes a paragraph that stands as a heading
        self.blocks.append(_LINE_START.sub(r"\\\1", text) if not prefix else prefix + text)

    def note_call(self, key: str) -> str:
        number = self.notes.setdefault(key, len(self.notes) + 1)
        return f"[^{number}]"

    def markdown(self) -> str:
        blocks = list(self.blocks)
        for number in sorted(self.note_text):
            paragraphs = [p for p in self.note_text[number] if p]
            if paragraphs:
                blocks.append(f"[^{number}]: {paragraphs[0]}" + "".join(f"\n\n    {p}" for p in paragraphs[1:]))
        return "\n\n".join(blocks) + "\n"


def _tidy(text: str) -> str:
    """Each line's runs of spaces as one, no space at either end (indentation is no markup in a document)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def note_paragraphs(inlines: Iterable[Inline]) -> list[str]:
    return [_tidy(inline.markdown()) for inline in inlines]


def format_number(number: int, fmt: str) -> str:
    """A list number in a word processor's format: ``lowerLetter`` 3 is ``c``, ``upperRoman`` 4 ``IV``."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(97 + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for value, numeral in (
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ):
            while number >= value:
                out, number = out + numeral, number - value
        return out.upper() if fmt == "upperRoman" else out
    return str(number)


# --- Citation managers' records ------------------------------------------------------------------------

# Zotero since 2.1 and Mendeley: "… CSL_CITATION {json}"; Zotero before: "ADDIN ZOTERO_ITEM {json}".
_CSL_CITATION = re.compile(r"\b(?:CSL_CITATION|ZOTERO_ITEM)\s*(\{.*\})", re.DOTALL)
_MENDELEY_V3 = "MENDELEY_CITATION_v3_"


def citation_json(instruction: str) -> dict[str, Any] | None:
    """The citation a field instruction or mark name carries (Zotero, Mendeley), or None."""
    if instruction.startswith(_MENDELEY_V3):
        try:
            decoded = base64.b64decode(instruction[len(_MENDELEY_V3) :], validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        return _loads(decoded)
    found = _CSL_CITATION.search(instruction)
    if found is None:
        return None
    text = found.group(1)
    citation = _loads(text)
    for _ in range(3):  # a LibreOffice mark's name goes on after the JSON (" RND…"); a few tries, then none
        if citation is not None or "}" not in text[:-1]:
            break
        text = text[: text.rstrip()[:-1].rfind("}") + 1]
        citation = _loads(text)
    return citation


def _loads(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def citation_records(citations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each cited item's CSL-JSON once, in the order of first citation."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for citation in citations:
        for cited in citation.get("citationItems") or []:
            data = cited.get("itemData") if isinstance(cited, dict) else None
            if not isinstance(data, dict) or not (data.get("title") or data.get("author")):
                continue
            uris = cited.get("uris") or cited.get("uri") or []
            keys = {str(uri) for uri in (uris if isinstance(uris, list) else [uris])}
            keys.add(f"id:{data.get('id')}" if data.get("id") is not None else json.dumps(data, sort_keys=True))
            if not keys & seen:  # an item cited again
                records.append(dict(data))
            seen |= keys
    return records
