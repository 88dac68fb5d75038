"""amsrefs bibliographies (``\\begin{biblist}`` of ``\\bib{key}{type}{…}``) read exactly, as BibTeX entries."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.amsrefs import bib_entries

PAPER = Path(__file__).parents[1] / "data" / "documents" / "real-elife-works-amsrefs.tex"


def test_bib_entry_as_bibtex() -> None:
    text = (r"\bib{Bro11}{article}{ author={Brown, T. G.}, author={Doe, J.}, title={The intrinsic factors},"
            r" journal={Proc. Roy. Soc. Lond. B}, volume={84}, date={1911-03}, pages={308--319},"
            r" review={\MR{123}}, }")
    [(offset, entry)] = bib_entries(text)
    assert offset == 0
    assert entry == ("@article{Bro11, author = {Brown, T. G. and Doe, J.}, title = {The intrinsic factors}, "
                     "journal = {Proc. Roy. Soc. Lond. B}, volume = {84}, year = {1911}, month = {3}, "
                     "pages = {308--319}}")


def test_paper_with_amsrefs_gives_each_entry_exactly_on_its_line() -> None:
    found = read_document(PAPER.read_text(encoding="utf-8"), PAPER.name)
    assert len(found.items) == 8
    first, mendes = found.items[0], found.items[4]
    assert [a["family"] for a in first["author"]] == ["Berni", "Pulver", "Griffith", "Bate"]
    assert first["container-title"] == "Curr. Biol." and first["DOI"] == "10.1016/j.cub.2012.07.048"
    assert mendes["author"][3]["family"] == "Márka" and mendes["page"] == "e00231"
    assert [item["custom"]["biblio"]["line"] for item in found.items][:2] == [23, 36]
