"""Records as biblio parses real reference text (benchmarks/export_sweep.py), in each export format.

Each record is kept here as the parser made it from the text quoted beside it, so that these tests
hold the writers to the messy forms parsing gives (no title, only a URL)
whatever the parser later makes of that text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from biblio.formats.bibtex import dumps, loads
from tests.formats.test_latex_toolchain import _compile_classic

# "58. PyTorch-ignite documentation. https://pytorch.org/ignite/ (2020)." (natsci_real): only an address.
URL_ONLY: dict[str, Any] = {
    "id": "anon2020",
    "type": "webpage",
    "issued": {"date-parts": [[2020]]},
    "URL": "https://pytorch.org/ignite/",
    "citation-number": "58",
}
# "[CodePy] CodePy Homepage: http://mathema.tician.de/software/codepy" (physics_cs_real): no title, no date.
NO_TITLE: dict[str, Any] = {
    "id": "anonnda",
    "type": "webpage",
    "medium": "CodePy Homepage",
    "URL": "http://mathema.tician.de/software/codepy",
    "citation-label": "CodePy",
}


def test_an_entry_with_no_author_and_no_title_still_sorts_in_classic_bibtex(tmp_path: Path) -> None:
    bib = dumps([URL_ONLY, NO_TITLE], "bibtex")
    assert "key = {pytorch.org/ignite/}," in bib and "key = {CodePy Homepage}," in bib
    built = _compile_classic(tmp_path, bib)
    output = (built / "bibtex.out").read_text() + (built / "doc.blg").read_text()
    assert "Warning--" not in output, output
    assert [item["URL"] for item in loads(bib)] == [URL_ONLY["URL"], NO_TITLE["URL"]]  # the key is not data
