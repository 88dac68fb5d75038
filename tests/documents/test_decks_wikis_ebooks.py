"""Kinds read since round 4: DokuWiki pages, PowerPoint decks, FictionBook e-books, Beamer decks (pandoc's
LaTeX for a citeproc bibliography)."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.dokuwiki import dokuwiki_markdown, is_dokuwiki
from biblio.documents.fb2 import fb2_html
from biblio.documents.latex import latex_lines
from biblio.documents.reader import read_input

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).parents[1] / "data" / "documents"


def _items(name: str) -> list[dict]:
    found, _ = read_input(str(DOCUMENTS / name))
    return read_document(found.text, found.name).items


def test_dokuwiki_footnotes_are_lifted_as_notes_and_headings_levelled() -> None:
    page = "====== Title ======\n\nText.((Smith, J. //A Book.// Oxford, 2001.))\n\n===== Part =====\n\n  * one\n"
    assert is_dokuwiki(page)
    assert dokuwiki_markdown(page).split("\n") == [
        "# Title", "", "Text.[^1]", "", "## Part", "", "- one", "", "", "[^1]: Smith, J. *A Book.* Oxford, 2001."]
    items = _items("real-ph-temporal-network-dokuwiki.txt")
    assert [item["author"][0]["family"] for item in items] == ["Stones", "Kamada", "Düring"]


def test_pptx_references_slide() -> None:
    items = _items("real-ncdatasets-slides.pptx")
    assert len(items) == 11 and items[0]["author"][0]["family"] == "Barth"
    assert items[0]["custom"]["biblio"]["section"] == "References"


def test_fb2_notes_body_is_a_notes_list() -> None:
    html = fb2_html('<?xml version="1.0"?><FictionBook><description><title-info><book-title>B</book-title>'
                    '</title-info></description><body><section><title><p>Intro</p></title><p>Text<a l:href="#n1"'
                    ' type="note">1</a></p></section></body><body name="notes"><section id="n1"><title><p>1</p>'
                    "</title><p>Doe, J. <emphasis>Title</emphasis>. 2001.</p></section></body></FictionBook>")
    assert "<h2>Intro</h2>" in html and "<h1>Notes</h1><ol><li><p>Doe, J. <em>Title</em>. 2001.</p></li></ol>" in html
    assert len(_items("real-ph-stylometry-notes.fb2")) == 18


def test_beamer_frames_are_headings_and_pandoc_anchors_no_text() -> None:
    text = (DOCUMENTS / "real-gmr-beamer.tex").read_text(encoding="utf-8")
    lines, _ = latex_lines(text)
    assert "## References" in lines and not any("hypertarget" in line or line == "0" for line in lines)
    items = _items("real-gmr-beamer.tex")
    assert [item["author"][0]["family"] for item in items][:2] == ["Calinon", "Dempster"]
