"""Two-column pages of ``pdftotext -layout`` text are read one column after the other."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.columns import unfold_columns
from biblio.documents.layout import layout

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
FAMILIES = ["Appel", "Brélaz", "Garey", "Leighton", "Welsh", "Hertz"]


def test_references_beside_body_text_come_out_whole() -> None:
    text = (DOCUMENTS / "two-column-layout.txt").read_text(encoding="utf-8")
    items = read_document(text, "paper.txt").items
    assert [i["author"][0]["family"] for i in items] == FAMILIES  # type: ignore[index]
    assert items[3]["container-title"] == "Journal of Research of the National Bureau of Standards"
    # each record's line is the document's line where its reference starts
    lines = text.split("\n")
    assert all(f"[{k + 1}]" in lines[int(i["custom"]["biblio"]["line"]) - 1]  # type: ignore[index]
               for k, i in enumerate(items))


def test_the_same_paper_read_without_layout_gives_the_same_references() -> None:
    text = (DOCUMENTS / "two-column-pdftotext.txt").read_text(encoding="utf-8")
    assert unfold_columns(text) is None
    assert [i["author"][0]["family"] for i in read_document(text, "paper.txt").items] == FAMILIES  # type: ignore[index]


def test_single_column_text_is_left_as_it_is() -> None:
    for name in ("arxiv-pdftotext.txt", "working-paper.txt", "real-gmr-ieee-pdftotext.txt"):
        assert unfold_columns((DOCUMENTS / name).read_text(encoding="utf-8")) is None


def test_a_small_two_column_page_unfolds_left_then_right() -> None:
    left = ["Body text of the paper goes on", "and on about the method and", "its results in detail here.",
            "More body text follows in", "this column to the end of it.", "The end."]
    right = ["References", "[1] A. Author, “A title,” J. X,", "    vol. 1, pp. 1–2, 2001.",
             "[2] B. Author, “Another,” J. Y,", "    vol. 2, pp. 3–4, 2002.", ""]
    page = "\n".join(f"{a:<40}{b}".rstrip() for a, b in zip(left, right, strict=True))
    found = unfold_columns(page)
    assert found is not None
    unfolded, where = found
    assert unfolded.split("\n") == [*left, "", *[r for r in right if r], ""]
    assert where[len(left) + 1] == 1  # "References" stood on the document's first line
    assert layout(page, "p.txt").document_line(len(left) + 2) == 2
