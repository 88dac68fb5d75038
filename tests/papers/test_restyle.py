"""``biblio restyle``: a hand-written paper rewritten into another style, and back."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from biblio import api
from biblio.cli import main
from biblio.papers.check import link_document
from biblio.papers.cite import cite_document
from biblio.papers.restyle import restyle, to_pandoc

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"
HAND = DATA / "handwritten"


# an APA paper with hand-written citations: biblio's own rendering of a pandoc paper. Rendered when a test first asks
# for it, not at import: every pytest-xdist worker imports every test module, and only one runs this one's tests.
@cache
def _apa() -> str:
    return cite_document((DATA / "coastal.md").read_text(encoding="utf-8"), api.load([str(DATA / "coastal.bib")]),
                         "apa", "markdown").document


def _records(text: str) -> list[dict]:
    out = []
    for item in api.document_records(text):
        item["custom"]["biblio"].pop("line", None)
        out.append(item)
    return out


def _citations(text: str) -> list[list[tuple[str, str]]]:
    linked = link_document(text)
    titles = [str(r.get("title")) for r in linked.records]
    return [[(titles[x.record] if x.record is not None else "", x.locator) for x in c.cites]
            for c in linked.citations]


@pytest.mark.parametrize("style", ["chicago-notes", "ieee"])
def test_apa_paper_to_another_style_and_back_gives_the_same_records(style: str) -> None:
    there, pandoc = restyle(_apa(), style)
    assert pandoc.warnings == [] and pandoc.uncited == []
    back, again = restyle(there, "apa", records=pandoc.records)
    assert again.warnings == []
    assert _records(back) == _records(_apa())
    # every citation points to the same works with the same locators, in the same order
    assert _citations(back) == _citations(_apa())
    # and the paper reads as before (a note moved to after its punctuation takes the line break with it)
    assert " ".join(back.split()) == " ".join(_apa().split())
    if style == "ieee":
        assert back == _apa()


def test_apa_to_chicago_notes_writes_notes_and_narrative_authors() -> None:
    there, _pandoc = restyle(_apa(), "chicago-notes")
    assert "adaptation budgets.[^1] Mangrove loss" in there
    assert "Haddad[^4] argues" in there
    assert "As Nguyen and Okafor[^9] notes" in there
    assert "[^11]: Haddad, *Coastal Cities and the Politics of Retreat*, 112." in there


def test_apa_to_ieee_numbers_in_order_of_citation() -> None:
    there, _pandoc = restyle(_apa(), "ieee")
    assert "raises storm surge exposure see [2, p. 4], and households respond by\nmoving inland [3, Ch. 3], [4]." \
        in there
    assert "Haddad [3] argues that retreat" in there  # a numeric style prints no names: they stay
    assert "As Nguyen & Okafor [2] notes" in there


def test_notes_paper_to_pandoc() -> None:
    text = (HAND / "notes.md").read_text(encoding="utf-8")
    pandoc = to_pandoc(text)
    keys = [r["id"] for r in pandoc.records]
    doc = pandoc.document
    assert f"financed the sugar trade [@{keys[2]}, p. 45]." in doc
    assert f"watched them closely [@{keys[5]}, p. 312]. The same merchants appear again [@{keys[5]}, p. 315]." \
        in doc
    assert f"A team of four reached the same view [@{keys[1]}, p. 77]." in doc  # et al.
    assert "A source missing from the list.[^7]" in doc and "[^7]: Maria Duarte" in doc  # kept as written
    assert "[^1]:" not in doc and "Ferreira, Beatriz." not in doc
    assert pandoc.uncited == [keys[4]]  # Mendes stays in the bibliography (nocite)
    assert any("[^7] matches no reference" in w for w in pandoc.warnings)


def test_author_date_paper_to_numeric_keeps_uncited_and_unmatched() -> None:
    text = (HAND / "author-date.md").read_text(encoding="utf-8")
    out, pandoc = restyle(text, "ieee", fmt="text")
    assert "A claim with no source in the list (Brown, 2021) remains unchecked." in out
    assert "Smith and Lee [1]\ntrace" not in out and "[1] trace" not in out
    assert "M. Lee, “Counting the missing,”" in out
    assert "F. Nadeem, Mountains and memory" in out  # never cited, still listed


def test_cli_to_pandoc_writes_paper_and_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paper, refs = tmp_path / "paper.md", tmp_path / "refs.json"
    code = main(["restyle", str(HAND / "author-date.md"), "--to", "pandoc", "--bibliography-out", str(refs),
                 "-o", str(paper)])
    assert code == 0
    doc = paper.read_text(encoding="utf-8")
    assert doc.startswith("---\nnocite: |\n  @nadeem2017mountains\n---\n")
    assert "(Human Rights Watch, 2024)" not in doc and "[@humanrightswatch2024pakistan]" in doc
    assert "@smith2020crackdown\ntrace the pattern" in doc
    assert "[@smith2020missing; @lee2019counting, p. 4]" in doc
    assert len(json.loads(refs.read_text(encoding="utf-8"))) == 8
    assert "(Brown, 2021) matches no reference" in capsys.readouterr().err
    # and biblio cite renders it again, the uncited reference included
    assert main(["cite", str(paper), "-b", str(refs), "--style", "apa", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Smith & Lee (2020)\ntrace" in out and "Nadeem, F. (2017). Mountains and memory. Verso." in out


def test_cli_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    paper = str(HAND / "author-date.md")
    assert main(["restyle", paper]) == 2
    assert main(["restyle", paper, "--to", "pandoc"]) == 2
    assert main(["restyle", paper, "--to", "pandoc", "--bibliography-out", "x.txt"]) == 2
    assert capsys.readouterr().err.count("biblio: error:") == 3


def test_numeric_paper_to_pandoc() -> None:
    pandoc = to_pandoc((HAND / "numeric.md").read_text(encoding="utf-8"))
    k = [str(r["id"]) for r in pandoc.records]
    doc = pandoc.document
    assert f"several studies agree [@{k[0]}; @{k[1]}; @{k[2]}; @{k[6]}]." in doc  # [1–3, 7]
    assert f"test oracles [@{k[4]}, p. 12]." in doc
    assert f"the survey of Wang et al. [@{k[4]}] and the thesis [@{k[3]}]." in doc  # superscripts
    assert "A number with no entry [9] is reported." in doc
    assert pandoc.uncited == [k[5]]
