"""Word (.docx) and OpenDocument (.odt) documents: their text read as the finder reads Markdown, their
citation manager's records taken exactly, and every bad file refused with one message."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from biblio.documents import office
from biblio.documents.office import office_text
from biblio.errors import ExitCode
from tests.conftest import run_cli
from tests.documents.office_files import (
    NUMBERING,
    STYLES,
    docx,
    field,
    p,
    part,
    relationships,
    t,
    zip_of,
    zotero_citation,
)

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
# Documents converted by pandoc from the Markdown beside them (PROVENANCE.md): the same records.
CONVERTED = {
    "real-chin-bibliography.docx": "real-chin-bibliography.md",
    "real-chin-bibliography.odt": "real-chin-bibliography.md",
    "real-gmr-pandoc-chicago.docx": "real-gmr-pandoc-chicago.md",
    "real-sortee-reading.odt": "real-sortee-reading.md",
}


def exported(path: Path | str) -> tuple[list[dict[str, Any]], str]:
    run = run_cli("export", str(path), "--to", "csl-json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout), run.stderr


def fields(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k not in ("custom", "id")} for item in items]


@pytest.mark.parametrize("name", sorted(CONVERTED))
def test_a_converted_document_gives_the_records_of_its_markdown(name: str) -> None:
    converted, _ = exported(DOCUMENTS / name)
    markdown, _ = exported(DOCUMENTS / CONVERTED[name])
    assert fields(converted) == fields(markdown)
    assert [i["custom"]["biblio"].get("section") for i in converted] == [
        i["custom"]["biblio"].get("section") for i in markdown
    ]


def test_word_text_headings_italics_links_notes_changes_and_fields() -> None:
    body = (
        p(t("Thesis"), style="Heading1")
        + p(t("A "), t("book", italic=True), t(" cited"), '<w:r><w:footnoteReference w:id="2"/></w:r>', t("."))
        + p(
            t("Kept "),
            '<w:del w:id="1"><w:r><w:delText>deleted </w:delText></w:r></w:del>',
            '<w:ins w:id="2">' + t("inserted ") + "</w:ins>",
            t("end"),
            "<w:r><w:tab/></w:r>",
            t("tab"),
            "<w:r><w:br/></w:r>",
            t("next line"),
            '<w:r><w:commentReference w:id="0"/></w:r>',
        )
        + p(t("Bibliographie"), style="Titre2")  # a heading by its outline level, whatever its name
        + p(
            t("Doe, J. (2020). "),
            '<w:r><w:rPr><w:rStyle w:val="BookTitle"/></w:rPr><w:t>A book</w:t></w:r>',
            t(". Press. "),
            '<w:hyperlink r:id="rId9">' + t("https://example.org/a_b") + "</w:hyperlink>",
            num=(1, 0),
        )
        + p(t("Roe, A. (2019). Other. "), field('HYPERLINK "https://doi.org/10.1/abc"', t("link")), num=(1, 0))
        + p(field("PAGE", t("7")), t(" of the thesis"), style="Bibliography")
    )
    notes = part(
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        + t(" Note, ")
        + t("Title", italic=True)
        + "</w:p></w:footnote>",
        "footnotes",
    )
    header = part("<w:p>" + t("Running head") + "</w:p>", "hdr")
    comments = part('<w:comment w:id="0"><w:p>' + t("A reviewer's comment") + "</w:p></w:comment>", "comments")
    data = docx(
        body,
        footnotes=notes,
        numbering=NUMBERING,
        styles=STYLES,
        header=header,
        comments=comments,
        rels=relationships(rId9="https://example.org/a_b"),
    )
    assert office_text(data, "t.docx").markdown == (
        "# Thesis\n\nA *book* cited[^1].\n\nKept inserted end tab\nnext line\n\n## Bibliographie\n\n"
        "[1] Doe, J. (2020). *A book*. Press. [https://example.org/a\\_b](https://example.org/a_b)\n\n"
        "[2] Roe, A. (2019). Other. [link](https://doi.org/10.1/abc)\n\n1. 7 of the thesis\n\n"
        "[^1]: Note, *Title*\n"
    )


def test_an_auto_numbered_reference_list_keeps_its_numbers(tmp_path: Path) -> None:
    refs = [
        ("Smith, J. (2019). ", "Reading documents", ". Journal of Tests, 3(2), 10–20."),
        ("Roe, A. (2020). ", "Numbered lists in practice", ". Press."),
    ]
    body = p(t("References"), style="Heading1") + "".join(
        p(t(a), t(b, italic=True), t(c), num=(1, 0)) for a, b, c in refs
    )
    path = tmp_path / "numbered.docx"
    path.write_bytes(docx(body, numbering=NUMBERING, styles=STYLES))
    items, _ = exported(path)
    assert [i["custom"]["biblio"]["label"] for i in items] == ["[1]", "[2]"]
    assert [i["title"] for i in items] == ["Reading documents", "Numbered lists in practice"]
    assert items[0]["container-title"] == "Journal of Tests"


def _zotero_item(key: str, title: str, family: str, year: int, **more: Any) -> dict[str, Any]:
    return {
        "id": key,
        "type": "article-journal",
        "title": title,
        "author": [{"family": family, "given": "Ann"}],
        "issued": {"date-parts": [[year]]},
        **more,
    }


def test_zotero_fields_give_exact_records_in_the_bibliography_s_order(tmp_path: Path) -> None:
    first = _zotero_item(
        "A1",
        "Exact records from citation fields",
        "Moreau",
        2021,
        DOI="10.5555/abc.123",
        **{"container-title": "Journal of Field Codes", "volume": "4", "page": "1-9"},
    )
    second = _zotero_item("B2", "A second work cited twice", "Okafor", 2018, publisher="Field Press", type="book")
    body = (
        p(
            t("As shown "),
            field(zotero_citation(second), t("(Okafor, 2018)")),
            t(" and "),
            field(zotero_citation(first, second), t("(Moreau, 2021; Okafor, 2018)")),
            t("."),
        )
        + p(t("References"), style="Heading1")
        + p(
            field(
                'ADDIN ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY',
                t("Moreau, A. (2021). Exact records from citation fields. "),
                t("Journal of Field Codes", True),
                t(", 4, 1–9."),
            )
        )
        + p(t("Okafor, A. (2018). "), t("A second work cited twice", True), t(". Field Press."))
        + p(t("Hand, B. (2001). A reference typed by hand, not from the manager. Press."))
    )
    path = tmp_path / "zotero.docx"
    path.write_bytes(docx(body, styles=STYLES))
    items, stderr = exported(path)
    assert [i.get("DOI") for i in items] == ["10.5555/abc.123", None, None]
    assert items[0]["page"] == "1-9" and items[0]["author"] == [{"family": "Moreau", "given": "Ann"}]
    assert items[1]["type"] == "book" and items[1]["publisher"] == "Field Press"
    assert items[0]["custom"]["biblio"]["from"] == "citation-field"
    assert items[2]["title"].startswith("A reference typed by hand")  # nothing the user gave is lost
    assert "2 records taken from the citation manager's fields" in stderr and "1 parsed from the text" in stderr


def test_mendeley_fields_without_a_printed_bibliography(tmp_path: Path) -> None:
    item = _zotero_item("m1", "Only cited, never listed", "Lind", 2015)
    instruction = zotero_citation(item).replace("ADDIN ZOTERO_ITEM CSL_CITATION", "ADDIN CSL_CITATION")
    path = tmp_path / "mendeley.docx"
    path.write_bytes(docx(p(t("Text "), field(instruction, t("(Lind, 2015)")), t("."))))
    items, stderr = exported(path)
    assert fields(items) == [
        {
            "type": "article-journal",
            "title": "Only cited, never listed",
            "author": [{"family": "Lind", "given": "Ann"}],
            "issued": {"date-parts": [[2015]]},
        }
    ]
    assert "citation manager" in stderr


_ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"><office:automatic-styles>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="[" '
    'style:num-suffix="]" style:num-format="1"/></text:list-style></office:automatic-styles>'
    '<office:body><office:text><text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
    "<text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    '<text:h text:outline-level="1">References</text:h><text:list text:style-name="L1">'
    '<text:list-item><text:p>Smith, J.<text:s/>(2019). <text:span text:style-name="T1">Open documents'
    '</text:span>. Press.<text:change text:change-id="c1"/><text:note text:note-class="footnote">'
    "<text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body>"
    "</text:note></text:p></text:list-item><text:list-item><text:p>Roe, A. (2020). <text:a "
    'xlink:href="https://example.org/">Site</text:a>.<text:tab/>x<text:line-break/>y</text:p></text:list-item>'
    "</text:list></office:text></office:body></office:document-content>"
)


def test_odt_text_lists_notes_links_and_tracked_changes() -> None:
    data = zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": _ODT_CONTENT})
    assert office_text(data, "t.odt").markdown == (
        "# References\n\n[1] Smith, J. (2019). *Open documents*. Press.[^1]\n\n"
        "[2] Roe, A. (2020). [Site](https://example.org/). x\ny\n\n[^1]: A note.\n"
    )


_CFB_ENCRYPTED = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le")


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x01" * 300, ExitCode.UNDECODABLE, "damaged zip"),
        (_CFB_ENCRYPTED, ExitCode.UNDECODABLE, "password-protected"),
        (
            zip_of({"[Content_Types].xml": "<Types/>", "word/vbaProject.bin": b"\x00macro"}),
            ExitCode.UNDECODABLE,
            "without a document body",
        ),
        (zip_of({"notes.txt": "hello"}), ExitCode.UNDECODABLE, "is a zip archive, not a Word"),
        (zip_of({"xl/workbook.xml": "<workbook/>"}), ExitCode.UNDECODABLE, "an Excel spreadsheet"),
        (
            zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<broken"}),
            ExitCode.UNDECODABLE,
            "damaged OpenDocument",
        ),
        (
            zip_of(
                {
                    "mimetype": "application/vnd.oasis.opendocument.text",
                    "content.xml": "<x/>",
                    "META-INF/manifest.xml": "<manifest:encryption-data/>",
                }
            ),
            ExitCode.UNDECODABLE,
            "password-protected",
        ),
    ],
    ids=["corrupt-zip", "encrypted-docx", "macros-only", "other-zip", "spreadsheet", "broken-xml", "encrypted-odt"],
)
def test_bad_office_files_get_one_message_and_their_exit_code(
    tmp_path: Path, data: bytes, code: ExitCode, words: str
) -> None:
    path = tmp_path / "thesis.docx"
    path.write_bytes(data)
    run = run_cli("export", str(path), "--to", "bibtex")
    assert run.returncode == code
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr and words in run.stderr, run.stderr


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "MAX_PART_BYTES", 10_000)
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx(p(t(" " * 50_000))))
    assert path.stat().st_size < 2_000
    run = run_cli("export", str(path), "--to", "bibtex")
    assert run.returncode == ExitCode.TOO_LARGE and "zip bomb" in run.stderr


def test_every_form_of_citation_field_gives_its_record() -> None:
    item = _zotero_item("z9", "Fields in <i>Drosophila</i> documents", "Ito", 2010)
    modern = zotero_citation(item)
    old_zotero = modern.replace("ZOTERO_ITEM CSL_CITATION", "ZOTERO_ITEM")
    mendeley_cite = "MENDELEY_CITATION_v3_" + base64.b64encode(modern.split(" ", 3)[3].encode()).decode()
    libreoffice_mark = modern.removeprefix("ADDIN ") + " RNDx7Hk2pQ"
    for instruction in (modern, old_zotero, mendeley_cite, libreoffice_mark):
        citation = office.citation_json(instruction)
        assert citation is not None, instruction[:40]
        assert office.citation_records([citation]) == [item]
    assert office.citation_json("ADDIN EN.CITE <EndNote>…</EndNote>") is None
    assert office.citation_json("ADDIN CSL_CITATION {broken") is None


def test_a_rich_text_title_matches_its_printed_reference() -> None:
    from biblio.references.cited import with_field_records

    item = _zotero_item("z9", "Fields in <i>Drosophila</i> documents", "Ito", 2010)
    parsed = [
        {
            "id": "x",
            "type": "book",
            "title": "wrong",
            "custom": {"biblio": {"source": "Ito, A. (2010). Fields in *Drosophila* documents. Press.", "line": 3}},
        }
    ]
    items, message = with_field_records(parsed, [item], "t.docx")
    assert len(items) == 1 and items[0]["author"] == [{"family": "Ito", "given": "Ann"}]
    assert items[0]["custom"]["biblio"]["line"] == 3 and "1 record taken" in message


def test_a_content_control_and_a_reference_mark_carry_their_records() -> None:
    item = _zotero_item("c1", "Citations kept in content controls", "Berg", 2022)
    tag = "MENDELEY_CITATION_v3_" + base64.b64encode(zotero_citation(item).split(" ", 3)[3].encode()).decode()
    cited = t("(Berg, 2022)")
    control = f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>{cited}</w:sdtContent></w:sdt>'
    found = office_text(docx(p(t("See "), control, t("."))), "t.docx")
    assert found.markdown == "See (Berg, 2022).\n" and found.records == [item]
    mark = zotero_citation(item).removeprefix("ADDIN ").replace('"', "&quot;") + " RNDa1"
    content = _ODT_CONTENT.replace(
        "<text:h ", f'<text:p>See <text:reference-mark-start text:name="{mark}"/>(Berg, 2022)</text:p><text:h ', 1
    )
    data = zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    assert office_text(data, "t.odt").records == [item]


def test_the_main_part_is_found_by_the_package_relationships() -> None:
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document2.xml"/></Relationships>'
    )
    data = zip_of({"[Content_Types].xml": "<Types/>", "_rels/.rels": rels, "word/document2.xml": part(p(t("Body")))})
    assert office_text(data, "online.docx").markdown == "Body\n"


def test_a_short_title_inside_a_longer_one_does_not_take_its_reference() -> None:
    from biblio.references.cited import with_field_records

    short = _zotero_item("z1", "Introduction", "Lee", 2001)
    long = _zotero_item("z2", "An introduction to field records", "Ito", 2010)
    parsed = [
        {
            "id": "x",
            "type": "book",
            "title": "wrong",
            "custom": {"biblio": {"source": "Ito, A. (2010). An introduction to field records. Press.", "line": 3}},
        }
    ]
    items, _ = with_field_records(parsed, [short, long], "t.docx")
    assert [item["title"] for item in items] == ["An introduction to field records", "Introduction"]
