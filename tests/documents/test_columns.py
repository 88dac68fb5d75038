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


def _page(rows: list[tuple[str, str]], gutter: int = 44) -> str:
    return "\n".join(f"{left:<{gutter}}{right}".rstrip() for left, right in rows)


def test_a_label_hanging_left_of_the_gutter_starts_the_right_column_s_line() -> None:
    rows = [("Body text of the paper goes on and on", "    Reference text of an entry runs on"),
            ("about the method and its results here.", "    and on to its end here, 2001."),
            ("More body text follows in this column", ""),
            ("to the very end of the column here.", "    A. Author, “A title,” J. X, 2002."),
            ("And so on for another line or two.", "    B. Author, “Another,” J. Y, 2003."),
            ("The end of the body.", "    C. Author, “Third,” J. Z, 2004.")]
    page = _page(rows).split("\n")
    page[3] = page[3][:44] + "[2] " + page[3][48:]  # "[2]" in the margin, its text at the gutter's indent
    right = unfold_columns("\n".join(page))[0].split("\n")  # type: ignore[index]
    assert "[2] A. Author, “A title,” J. X, 2002." in right
    assert "to the very end of the column here." in right  # the label left the left column


def test_a_label_the_left_text_runs_into_starts_the_right_column() -> None:
    rows = [("Left text of the first entry goes on", "Right text of an entry goes on and on"),
            ("more left text here and there again", "more right text here and there again"),
            *[(f"left line {k}", f"right line {k}") for k in range(10)]]
    page = _page(rows, 40).split("\n")
    page[0] = "[6] M. Zingale, K. Eiden, J. B. [15] Greg L. Bryan, Michael"  # "[15]" at 32, "Greg" across 40
    unfolded = unfold_columns("\n".join(page))[0].split("\n")  # type: ignore[index]
    assert "[6] M. Zingale, K. Eiden, J. B." in unfolded
    assert "[15] Greg L. Bryan, Michael" in unfolded


def test_staggered_rows_make_no_blank_lines_and_numbered_pages_unfold_one_by_one() -> None:
    text = (DOCUMENTS / "real-castro-twocolumn-layout.txt").read_text(encoding="utf-8")
    unfolded = unfold_columns(text.replace("\f", ""))[0].split("\n")  # type: ignore[index]
    enzo = unfolded.index("[16] Greg L. Bryan, Michael L. Norman, Brian W.")
    assert "" not in unfolded[enzo: enzo + 12]  # the entry's rows alternate with the left column's
    # page by page: the references of page 2's right column come before page 3's left column
    assert unfolded.index(" [5] P. Colella and P. R. Woodward. The Piecewise") < unfolded.index(
        " [6] M. Zingale, K. Eiden, Y. Cavecchi, A. Harpole, J. B.")
    families = [i["author"][0]["family"] for i in read_document(text, "castro.txt").items]  # type: ignore[index]
    assert len(families) == 18 and families[:2] == ["Fan", "Almgren"] and families[-1] == "Grete"
