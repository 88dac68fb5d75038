"""Small Word and OpenDocument files written for the tests with zipfile: the parts a word processor
writes for the features pandoc does not make (auto-numbered lists, tracked changes, fields, a
citation manager's CSL-JSON)."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def part(body: str, root: str = "document") -> str:
    inner = f"<w:body>{body}</w:body>" if root == "document" else body
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{inner}</w:{root}>'


def t(text: str, italic: bool = False) -> str:
    """A run of text (italic with ``<w:i/>``)."""
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs: str, style: str = "", num: tuple[int, int] | None = None) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def field(instruction: str, *result: str) -> str:
    """A complex field: its instruction (split over two runs, as Word does) and its displayed result."""
    half = len(instruction) // 2
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction[:half])}</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction[half:])}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + "".join(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def zotero_citation(*items: dict[str, Any]) -> str:
    """A Zotero citation field's instruction, with each item's CSL-JSON."""
    citation = {
        "citationID": "a1b2c3",
        "properties": {"formattedCitation": "(…)", "plainCitation": "(…)", "noteIndex": 0},
        "citationItems": [
            {"id": k + 1, "uris": [f"http://zotero.org/users/1/items/ITEM{item['id']}"], "itemData": item}
            for k, item in enumerate(items)
        ],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return f"ADDIN ZOTERO_ITEM CSL_CITATION {json.dumps(citation)}"


NUMBERING = part(
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="[%1]"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    "</w:lvl></w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
    "numbering",
)
STYLES = part(
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/><w:pPr><w:outlineLvl w:val="1"/>'
    '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/>'
    '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="BookTitle"><w:name w:val="Book Title"/><w:rPr><w:i/></w:rPr></w:style>',
    "styles",
)


def docx(body: str, **parts: str) -> bytes:
    """A .docx with `body` as its document body; `parts` by name (``footnotes``, ``numbering``, ``styles``,
    ``rels``) add word/footnotes.xml and the others."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", part(body))
        names = {
            "footnotes": "word/footnotes.xml",
            "endnotes": "word/endnotes.xml",
            "numbering": "word/numbering.xml",
            "styles": "word/styles.xml",
            "rels": "word/_rels/document.xml.rels",
            "comments": "word/comments.xml",
            "header": "word/header1.xml",
        }
        for key, text in parts.items():
            archive.writestr(names[key], text)
    return buffer.getvalue()


def relationships(**targets: str) -> str:
    rels = "".join(
        f'<Relationship Id={quoteattr(rid)} Type="{R_NS}/hyperlink" Target={quoteattr(url)} TargetMode="External"/>'
        for rid, url in targets.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    )


def zip_of(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
