"""What Zotero's own import translators make of the files biblio writes (../shared/tools/zotero_import),
what biber prints of the same entries, and that biblio reads its files back to the same records."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from biblio.formats import zotero
from biblio.formats.bibtex import dumps, loads
from biblio.formats.ris.writer import dumps as ris_dumps
from tests.conftest import shared_path

DATASET: dict[str, Any] = {
    "id": "odonohue2017content",
    "type": "dataset",
    "author": [{"family": "O'Donohue", "given": "W."}],
    "title": "Content analysis of undergraduate psychology textbooks",
    "publisher": "ICPSR",
    "version": "V1",
    "DOI": "10.3886/ICPSR36966.v1",
    "issued": {"date-parts": [[2017]]},
}
# A book with editors and no author: biblatex's @book requires an author, so it is a typed @misc.
EDITED: dict[str, Any] = {
    "id": "lobel1955poetarum",
    "type": "book",
    "editor": [{"family": "Lobel", "given": "Edgar"}, {"family": "Page", "given": "Denys L."}],
    "title": "Poetarum Lesbiorum fragmenta",
    "publisher": "Clarendon Press",
    "publisher-place": "Oxford",
    "issued": {"date-parts": [[1955]]},
}
PAPER: dict[str, Any] = {
    "id": "lee2019parsing",
    "type": "paper-conference",
    "author": [{"family": "Lee", "given": "Kim"}],
    "editor": [{"family": "Park", "given": "Min"}],
    "title": "Parsing references with CRFs",
    "container-title": "Proceedings of the ACL",
    "publisher": "Association for Computational Linguistics",
    "publisher-place": "Stroudsburg, PA",
    "page": "1-10",
    "issued": {"date-parts": [[2019]]},
}
PREPRINT: dict[str, Any] = {
    "id": "chan2019kermit",
    "type": "article",
    "author": [{"family": "Chan", "given": "William"}],
    "title": "KERMIT: Generative insertion-based modeling for sequences",
    "number": "arXiv:1906.01604",
    "issued": {"date-parts": [[2019]]},
}


def _zotero(path: Path, translator: str) -> list[dict[str, Any]]:
    """The items Zotero desktop would store from ``path`` (the measuring tool's save emulation)."""
    runner = shared_path("tools", "zotero_import", "zotero_run.js")
    home = Path(os.environ.get("ZOTERO_HOME", Path.home() / ".cache" / "biblio-zotero"))
    if shutil.which("node") is None or not (home / "translation-server").is_dir():
        pytest.skip("Zotero's translators are not set up (node and `zimport --setup`, ../shared/tools/zotero_import)")
    done = subprocess.run(
        ["node", str(runner), "--translator", translator, "--view", "desktop", str(path)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    items: list[dict[str, Any]] = json.loads(done.stdout)
    return items


def test_zotero_imports_every_default_biblatex_entry_with_its_publisher(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(dumps([DATASET, EDITED], "biblatex"), encoding="utf-8")
    dataset, edited = _zotero(path, "bibtex")  # Zotero dropped a @dataset: no item at all
    assert dataset["title"] == DATASET["title"] and dataset["publisher"] == "ICPSR"
    assert dataset["DOI" if "DOI" in dataset else "extra"].endswith("10.3886/ICPSR36966.v1")
    assert edited["publisher"] == "Clarendon Press" and edited["place"] == "Oxford"
    assert [c["creatorType"] for c in edited["creators"]] == ["editor", "editor"]


def test_zotero_reads_a_conference_papers_biblatex_address_as_the_place(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(dumps([PAPER], "biblatex"), encoding="utf-8")
    (paper,) = _zotero(path, "bibtex")  # `location` was the event's place there (an Extra line)
    assert paper["itemType"] == "conferencePaper" and paper["place"] == "Stroudsburg, PA"
    assert "event-place" not in paper.get("extra", "")


@pytest.mark.parametrize(("to", "translator"), [("ris", "ris"), ("bibtex", "bibtex"), ("biblatex", "bibtex")])
def test_a_preprints_arxiv_number_reaches_zoteros_archive_id(tmp_path: Path, to: str, translator: str) -> None:
    path = tmp_path / "refs.txt"
    text = ris_dumps([PREPRINT], for_zotero=True) if to == "ris" else dumps([PREPRINT], to, for_zotero=True)
    path.write_text(text, encoding="utf-8")
    (item,) = _zotero(path, translator)
    assert item["itemType"] == "preprint" and item["archiveID"] == "arXiv:1906.01604"
    assert "arXiv" not in item.get("extra", "")


def test_an_extra_line_holding_a_colon_ends_its_label_with_a_no_break_space() -> None:
    assert zotero.extra_line("volume", "12") == "volume: 12"
    line = zotero.extra_line("number", "arXiv:1906.01604")
    assert line == "number:\u00a0arXiv:1906.01604"
    assert zotero.read_extra([line], frozenset({"number"})) == ({"number": "arXiv:1906.01604"}, [])


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
@pytest.mark.parametrize("for_zotero", [False, True])
def test_biblio_reads_its_typed_misc_entries_back(dialect: str, for_zotero: bool) -> None:
    items = [DATASET, EDITED, PAPER, PREPRINT]
    written = dumps(items, dialect, for_zotero=for_zotero)
    assert [{k: v for k, v in item.items() if k != "custom"} for item in loads(written)] == items


def test_biblatex_writes_a_dataset_as_misc_with_its_publisher_as_organization() -> None:
    entry = dumps([DATASET], "biblatex")
    assert entry.startswith("@misc{odonohue2017content,\n  entrysubtype = {dataset},")
    assert "organization = {ICPSR}" in entry and "publisher" not in entry


def _typeset(tmp_path: Path, bibs: list[str], style: str) -> list[str]:
    """The bibliography's text of each of ``bibs`` as pdflatex + biber typeset it in biblatex ``style``.

    Each .bib is a refsection of its own, as apart as a document of its own (biblatex keeps keys, labels and
    the year's letters per section): one biber run serves them all, where a run is some 1.7 s."""
    if not all(shutil.which(tool) for tool in ("pdflatex", "biber", "pdftotext")):
        pytest.skip("needs pdflatex, biber and pdftotext")
    tmp_path.mkdir()
    sections = ""
    for number, bib in enumerate(bibs):
        (tmp_path / f"refs{number}.bib").write_text(bib, encoding="utf-8")
        sections += (
            f"\\begin{{refsection}}[refs{number}.bib]\\nocite{{*}}\\printbibliography\\end{{refsection}}\\newpage\n"
        )
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage[T1]{fontenc}\\pagestyle{empty}"
        f"\\usepackage[style={style},backend=biber]{{biblatex}}"
        f"\\begin{{document}}\n{sections}\\end{{document}}\n",
        encoding="utf-8",
    )
    for args in (
        ["pdflatex", "-interaction=nonstopmode", "-draftmode", "doc.tex"],  # only the .bcf for biber
        ["biber", "--validate-datamodel", "doc"],
        ["pdflatex", "-interaction=nonstopmode", "doc.tex"],
        ["pdftotext", "doc.pdf"],
    ):
        done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0 and "WARN" not in done.stdout, done.stdout[-2000:]
    pages = (tmp_path / "doc.txt").read_text(encoding="utf-8").split("\f")[: len(bibs)]  # a section a page
    return [" ".join(page.split()) for page in pages]


# one style each keeps the suite's time down (a biber run is some 1.7 s); the other styles were compared when
# the change was made (benchmarks/README.md, "Records parsed from real text")
@pytest.mark.parametrize("style", ["authoryear"])
def test_biblatex_prints_a_dataset_as_misc_as_it_prints_a_dataset(tmp_path: Path, style: str) -> None:
    """biblatex's standard styles print the @misc biblio writes as they print the @dataset it replaced."""
    dataset = {k: v for k, v in DATASET.items() if k != "version"}  # @misc and @dataset place a version apart
    as_dataset = dumps([dataset], "biblatex").replace("@misc", "@dataset").replace("organization", "publisher")
    as_misc, printed = _typeset(tmp_path / "misc", [dumps([dataset], "biblatex"), as_dataset], style)
    assert "ICPSR" in as_misc and as_misc == printed


@pytest.mark.parametrize("style", ["apa"])
def test_biber_prints_a_biblatex_address_as_the_location(tmp_path: Path, style: str) -> None:
    written = dumps([PAPER, EDITED], "biblatex")
    assert "address = {Stroudsburg, PA}" in written and "location" not in written
    printed, as_location = _typeset(tmp_path / "address", [written, written.replace("address =", "location =")], style)
    assert printed == as_location
