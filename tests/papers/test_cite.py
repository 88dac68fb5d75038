"""``biblio cite``: every citation and bibliography entry of three papers, in apa,
chicago-notes-bibliography and ieee, against citeproc-js's output for the same citations
processed in order with processCitationCluster (tests/data/papers/expected, made by
benchmarks/make_paper_expected.py)."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from biblio import api
from biblio.cli import main
from biblio.papers.cite import cite_document
from biblio.records.model import Item

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"
PAPERS = {"coastal": "coastal.bib", "software": "software.json", "archives": "archives.ris"}
STYLES = ("apa", "chicago-notes-bibliography", "ieee")

# citeproc-js's author-only mode prints terms outside the names (a defect): biblio prints the names.
AUTHOR_ONLY_DIFFERENCES = {
    ("software", "Donald E. Knuth, ed., vol."): "Donald E. Knuth",
    ("archives", "António de Almeida Mendes et al., no."): "António de Almeida Mendes et al.",
}


@cache
def _items(bib: str) -> list[Item]:
    return api.load([str(DATA / bib)])


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


# a note style with ibid, and a numeric style that collapses ranges of numbers
EXTRA = [("archives", "chicago-notes-bibliography-subsequent-ibid"), ("software", "nlm-citation-sequence"),
         ("archives", "nlm-citation-sequence")]

# Entries the engine renders differently today, each with its cause (the engine's own issue).
ENGINE_DIFFERENCES = {
    ("archives", "nlm-citation-sequence", 2): "a label with no name element in names (Vancouver's 'In: , editor')",
}


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize(("paper", "style"), [(p, s) for p in PAPERS for s in STYLES] + EXTRA)
def test_citations_and_bibliography_equal_citeproc_js(paper: str, style: str, fmt: str) -> None:
    expected = json.loads((DATA / "expected" / f"{paper}.{style}.{fmt}.json").read_text(encoding="utf-8"))
    text = (DATA / f"{paper}.md").read_text(encoding="utf-8")
    rendered = cite_document(text, _items(PAPERS[paper]), style, fmt)
    assert [_norm(p.text) for p in rendered.placed] == [_norm(c) for c in expected["citations"]]
    authors = [AUTHOR_ONLY_DIFFERENCES.get((paper, a), a) for a in expected["authors"]]
    assert [p.author for p in rendered.placed] == authors
    assert len(rendered.bibliography) == len(expected["bibliography"])
    for k, (got, want) in enumerate(zip(rendered.bibliography, expected["bibliography"], strict=True)):
        if (paper, style, k) not in ENGINE_DIFFERENCES:
            assert _norm(got) == _norm(want)
    assert rendered.warnings == []


def test_ibid_and_number_ranges() -> None:
    text = (DATA / "archives.md").read_text(encoding="utf-8")
    notes = cite_document(text, _items("archives.ris"), "chicago-notes-bibliography-subsequent-ibid", "text")
    assert [p.text for p in notes.placed][5:7] == [
        "Ferreira, Ports of Empire: Lisbon and the Atlantic, 1500–1640, 88.", "Ibid."]
    numeric = cite_document(text, _items("archives.ris"), "nlm-citation-sequence", "text")
    assert numeric.placed[-1].text == "(1–3)"


def test_same_author_and_year_get_letters_and_narrative_is_composite() -> None:
    text = (DATA / "coastal.md").read_text(encoding="utf-8")
    doc = cite_document(text, _items("coastal.bib"), "apa", "markdown").document
    assert "raises storm surge exposure (see Nguyen & Okafor, 2020b, p. 4)" in doc
    assert "Haddad (2017) argues" in doc and "Morales et al. (2021, p. 895)\nshows" in doc
    assert "Earlier work on seawalls (2015) found" in doc
    assert "Code such as `[@notacitation]` stays" in doc and "info@example.org" in doc
    # the bibliography goes under the References heading, in markdown
    assert "# References\n\nHaddad, O. (2017). *Coastal Cities and the Politics of Retreat*." in doc


def test_note_style_writes_pandoc_footnotes() -> None:
    text = (DATA / "coastal.md").read_text(encoding="utf-8")
    doc = cite_document(text, _items("coastal.bib"), "chicago-notes", "markdown").document
    assert "adaptation budgets.[^1] Mangrove loss\nraises storm surge exposure,[^2] and" in doc
    assert "Haddad[^4] argues" in doc  # narrative: the author in the text, the note without the author
    assert "\n\n[^4]: *Coastal Cities and the Politics of Retreat*.\n" in doc
    assert doc.rstrip().endswith("[^12]: Haddad, *Coastal Cities and the Politics of Retreat*, 112.")


def test_plain_text_notes_come_after_the_body_then_the_bibliography() -> None:
    text = (DATA / "archives.md").read_text(encoding="utf-8")
    doc = cite_document(text, _items("archives.ris"), "chicago-notes", "text").document
    body, notes = doc.split("\n\n[1] ", 1)
    assert "financed the sugar trade.[1] Credit" in body
    assert notes.index("[12] ") < notes.index("Adeyemi, Folake.")


def test_latex_notes_are_footnotes_and_refs_div_takes_the_bibliography() -> None:
    text = (DATA / "software.md").read_text(encoding="utf-8")
    doc = cite_document(text, _items("software.json"), "chicago-notes", "latex").document
    assert "waste developer time.\\footnote{Ana García and Ravi Patel," in doc
    refs = doc.index("::: {#refs}")
    assert doc.index("Brooks, Frederick P., Jr.", refs) < doc.index("\n:::\n", refs) < doc.index("# Appendix")


def test_unknown_key_is_left_as_written_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paper = tmp_path / "p.md"
    paper.write_text("Known [@knuth1997] and unknown [@nobody2000, p. 3].\n", encoding="utf-8")
    code = main(["cite", str(paper), "-b", str(DATA / "software.json"), "--style", "apa", "--format", "text"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.startswith("Known (Knuth, 1997) and unknown [@nobody2000, p. 3].\n")
    assert "biblio: warning: " in err and "line 1: no reference for @nobody2000" in err


def test_cli_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.md"
    code = main(["cite", str(DATA / "archives.md"), "--bibliography", str(DATA / "archives.ris"),
                 "--style", "ieee", "-o", str(out)])
    assert code == 0
    doc = out.read_text(encoding="utf-8")
    assert doc.startswith("Lisbon's merchants financed the sugar trade [1]. Credit moved through\n")
    assert "Three studies agree [1], [2], [3].\n\n[1] B. Ferreira, *Ports of Empire:" in doc


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", str(DATA / "archives.md")]) == 2
    assert main(["cite", str(DATA / "archives.md"), "-b", str(DATA / "archives.ris"), "--format", "docx"]) == 2
    assert main(["cite", str(tmp_path / "missing.md"), "-b", str(DATA / "archives.ris")]) == 3
    err = capsys.readouterr().err
    assert err.count("biblio: error:") == 3 and "Traceback" not in err


def test_front_matter_names_the_bibliography(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paper = tmp_path / "p.md"
    (tmp_path / "refs.json").write_text((DATA / "software.json").read_text(encoding="utf-8"), encoding="utf-8")
    paper.write_text("---\ntitle: T\nbibliography:\n  - refs.json\n---\n\nSee [@knuth1997, p. 4].\n",
                     encoding="utf-8")
    assert main(["cite", str(paper), "--style", "apa", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "See (Knuth, 1997, p. 4).\n\nKnuth, D. E. (1997). The Art of Computer Programming" in out


def test_a_citation_inside_a_footnote_is_read_where_the_note_stands() -> None:
    text = "Body text[^a] and later [@knuth1997, p. 4].\n\n[^a]: A note that cites [@knuth1997].\n"
    rendered = cite_document(text, _items("software.json"), "chicago-notes", "markdown")
    assert [(p.cluster.note, p.note, p.text) for p in rendered.placed] == [
        ("a", 0, "Donald E. Knuth, *The Art of Computer Programming*, 3rd ed., vol. 1 (Addison-Wesley, 1997)."),
        (None, 2, "Knuth, *The Art of Computer Programming*, 1:4."),
    ]
    assert rendered.document.startswith("Body text[^a] and later.[^2]\n\n[^a]: A note that cites Donald E. Knuth,")
