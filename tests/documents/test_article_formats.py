"""Article formats read for their references: JATS XML (tags read structurally), EPUB books (chapters as
HTML), LaTeXML's HTML (arXiv, ar5iv), and RTF refused with a message. Real files of tests/data/documents
(PROVENANCE.md) and small ones written here; the CLI runs in process."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from biblio.documents.detect import detect_kind
from biblio.documents.layout import layout
from biblio.errors import ExitCode
from biblio.formats import jats
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def exported(path: Path | str) -> list[dict[str, Any]]:
    run = run_cli("export", str(path), "--to", "csl-json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_a_jats_article_gives_one_record_per_ref_from_its_tags() -> None:
    items = exported(DOCUMENTS / "real-plos-bats-jats.xml")
    assert len(items) == 29
    first = items[0]
    assert [n["family"] for n in first["author"]] == ["Goerlitz", "ter Hofstede", "Zeale", "Jones", "Holderied"]
    assert first["title"] == "An aerial-hawking bat uses stealth echolocation to counter moth hearing"
    assert (first["container-title"], first["volume"], first["page"]) == ("Curr Biol", "20", "1568-1572")
    assert (first["DOI"], first["PMID"]) == ("10.1016/j.cub.2010.08.057", "20727755")
    assert first["custom"]["biblio"]["label"] == "24" and first["custom"]["biblio"]["section"] == "References"
    by_label = {item["custom"]["biblio"]["label"]: item for item in items}
    chapter = by_label["48"]  # a name after the chapter title is the book's editor
    assert chapter["type"] == "chapter" and [n["family"] for n in chapter["editor"]] == ["Wax"]
    assert [n["family"] for n in chapter["author"]] == ["Rice"]
    assert chapter["container-title"] == "Selected papers on noise and stochastic processes"
    assert (chapter["publisher"], chapter["publisher-place"]) == ("Dover Publications", "New York")
    assert by_label["47"]["edition"] == "2" and by_label["51"]["volume"] == "156"
    assert "given" not in by_label["27"]["author"][3]  # a surname tagged without given names


def test_untrusted_jats_citations_are_parsed_from_their_text() -> None:
    items = jats.loads((DOCUMENTS / "real-plos-bats-jats.xml").read_text(encoding="utf-8"))
    by_label = {item["custom"]["biblio"]["label"]: item for item in items}
    # <volume>Oecologia</volume> <volume>56</volume>: the text says which is the journal
    assert (by_label["46"]["container-title"], by_label["46"]["volume"]) == ("Oecologia", "56")
    # publication-type="other" with no tags at all
    other = by_label["52"]
    assert other["author"][0]["family"] == "Vanderelst" and other["issued"]["date-parts"][0][0] == 2013
    assert by_label["46"]["custom"]["biblio"]["source"].startswith("Kareiva PM, Shigesada N (1983) Analyzing")


def test_element_style_citations_organisations_and_links() -> None:
    items = exported(DOCUMENTS / "real-plos-stemcell-nlm-citation.xml")
    assert [i["title"] for i in items] == [
        "Reason as our guide",  # the tag's closing period dropped
        "Beyond therapy: Biotechnology and the pursuit of happiness",
        "Monitoring stem cell research",
    ]
    assert items[0]["DOI"] == "10.1371/journal.pbio.0020116" and "URL" not in items[0]
    assert items[1]["author"] == [{"literal": "President's Council on Bioethics"}]
    assert items[1]["URL"] == "http://bioethics.gov/reports/beyondtherapy/index.html"
    assert items[1]["accessed"] == {"date-parts": [[2004, 4, 19]]}  # the comment's "Accessed 19 April 2004"
    assert "accessed" not in items[0]


def test_jats_is_known_by_its_root_whatever_the_name() -> None:
    text = (DOCUMENTS / "real-plos-stemcell-nlm-citation.xml").read_text(encoding="utf-8")
    assert detect_kind(text, "<stdin>") == "jats" and detect_kind(text, "article.xml") == "jats"
    assert detect_kind("<html><body><p>x</p></body></html>", "page.xml") == "document"
    run = run_cli("export", "-", "--to", "csl-json", stdin=text.encode("utf-8"))
    assert run.returncode == 0 and len(json.loads(run.stdout)) == 3


def test_a_jats_article_without_references_says_so() -> None:
    text = '<?xml version="1.0"?>\n<article><front><article-meta/></front><body><p>No list.</p></body></article>'
    run = run_cli("export", "-", stdin=text.encode("utf-8"))
    assert run.returncode == ExitCode.NO_REFERENCES and "no references found" in run.stderr


def test_an_epub_gives_the_records_of_its_chapters() -> None:
    epub = exported(DOCUMENTS / "real-plos-bats-latexml.epub")
    html = exported(DOCUMENTS / "real-plos-bats-latexml.html")
    assert [i["title"] for i in epub] == [i["title"] for i in html]
    assert len(epub) == 8 and epub[0]["author"][0]["family"] == "Ballerini"


def _epub(chapters: dict[str, str], spine: list[str], linear_no: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/book.opf"/></rootfiles></container>',
        )
        items = "".join(f'<item id="{n}" href="{n}.xhtml" media-type="application/xhtml+xml"/>' for n in chapters)
        linear = {n: ' linear="no"' if n in linear_no else "" for n in spine}
        refs = "".join(f'<itemref idref="{n}"{linear[n]}/>' for n in spine)
        archive.writestr(
            "OEBPS/book.opf",
            f'<package xmlns="http://www.idpf.org/2007/opf"><manifest>{items}'
            f"</manifest><spine>{refs}</spine></package>",
        )
        for name, body in chapters.items():
            page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'
            archive.writestr(f"OEBPS/{name}.xhtml", page)
    return buffer.getvalue()


def test_epub_chapters_are_read_in_spine_order_without_the_ones_out_of_it(tmp_path: Path) -> None:
    book = tmp_path / "book.epub"
    book.write_bytes(
        _epub(
            {
                "refs": "<h1>References</h1><ol><li>Knuth, D. E. (1984). Literate programming."
                " <i>The Computer Journal</i>, 27(2), 97–111.</li>"
                "<li>Wirth, N. (1971). The programming language Pascal. <i>Acta Informatica</i>,"
                " 1(1), 35–63.</li></ol>",
                "intro": "<h1>Introduction</h1><p>A chapter before the references.</p>",
                "notes": "<h1>Notes</h1><ol><li>Dijkstra, E. W. (1968). Go to statement considered harmful."
                " <i>Communications of the ACM</i>, 11(3), 147–148.</li></ol>",
            },
            spine=["intro", "refs", "notes"],
            linear_no=("notes",),
        )
    )
    items = exported(book)
    assert [i["author"][0]["family"] for i in items] == ["Knuth", "Wirth"]
    assert items[0]["container-title"] == "The Computer Journal"


def test_a_damaged_epub_is_refused_with_one_message(tmp_path: Path) -> None:
    book = tmp_path / "broken.epub"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container><rootfiles/></container>")
    book.write_bytes(buffer.getvalue())
    run = run_cli("export", str(book))
    assert run.returncode == ExitCode.UNDECODABLE and "names no package file" in run.stderr


def test_rtf_is_refused_with_a_way_out(tmp_path: Path) -> None:
    document = tmp_path / "paper.rtf"
    document.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\b References}\\par Knuth, D. E. (1984). Literate programming.}")
    run = run_cli("export", str(document))
    assert run.returncode == ExitCode.UNDECODABLE
    assert "RTF document" in run.stderr and ".docx or .odt" in run.stderr


def test_latexml_bibitem_tags_are_markers_and_author_year_tags_no_text() -> None:
    numbered = exported(DOCUMENTS / "real-plos-bats-latexml.html")
    assert [i["custom"]["biblio"]["label"] for i in numbered] == [f"[{n}]" for n in range(1, 9)]
    assert all(not i["custom"]["biblio"]["source"].startswith("[") for i in numbered)
    author_year = exported(DOCUMENTS / "real-castro-natbib-latexml.html")
    assert len(author_year) == 18
    # the tag "Almgren et al., (2010)" repeats the entry's names and year: it is left out
    assert author_year[0]["custom"]["biblio"]["source"].startswith("Almgren, A. S., Beckner, V. E.")
    lines = layout((DOCUMENTS / "real-castro-natbib-latexml.html").read_text(encoding="utf-8"), "x.html").lines
    assert not any(line.startswith("- Almgren et al., (2010)") for line in lines)
