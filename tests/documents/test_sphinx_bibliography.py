"""A Sphinx page whose list sphinxcontrib-bibtex prints from a .bib file: the entries the directive selects
(``:all:``, the page's citations, ``:notcited:``), in pybtex's order."""

from __future__ import annotations

from pathlib import Path

from biblio.documents.bibliography_files import cited_entries

BIB = """@misc{2021-Longer, title = {Longer term {LHC} schedule}, year = {2021}}
@misc{Andrei-Gheata2021-AdePT, author = {{Andrei Gheata}}, title = {{AdePT} {Status}}, year = {2021}}
@article{Valassi-Using, author = {Valassi, Andrea and Alef, Manfred}, title = {Using {HEP} workflows},
  journal = {EPJ}, year = {2020}}
@techreport{Lucas2012, author = {Lucas, R. and Roser, R.}, title = {Transforming {Geant4}}, year = {2012},
  institution = {US Department of Energy}}
@book{Buckley2010, author = {Buckley, A}, title = {Simulation strategies}, year = {2010}, publisher = {IEEE}}
"""


def _titles(records: tuple[dict[str, object], ...]) -> list[object]:
    return [record["title"] for record in records]


def test_an_rst_bibliography_directive_with_all_prints_every_entry_in_pybtex_order(tmp_path: Path) -> None:
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "references.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "main").mkdir()
    page = tmp_path / "main" / "references.rst"
    text = "**********\nReferences\n**********\n\n.. bibliography:: ../_static/references.bib\n   :all:\n"
    page.write_text(text, encoding="utf-8")
    # alpha (the default style): no author first, then names as written; a name kept whole in braces last
    assert _titles(cited_entries(text, str(page))) == [
        "Longer term LHC schedule", "Simulation strategies", "Transforming Geant4", "Using HEP workflows",
        "AdePT Status"]


def test_the_page_cites_from_the_files_the_project_conf_names(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "conf.py").write_text("extensions = ['sphinxcontrib.bibtex']\nbibtex_bibfiles = ['refs.bib']\n"
                                      "bibtex_default_style = 'unsrt'\n", encoding="utf-8")
    (tmp_path / "guide").mkdir()
    page = tmp_path / "guide" / "intro.rst"
    text = ("The art :cite:`Valassi-Using` and :cite:p:`Buckley2010,2021-Longer` agree.\n\n"
            ".. bibliography::\n")
    page.write_text(text, encoding="utf-8")
    # unsrt: citation order; only the works the page cites
    assert _titles(cited_entries(text, str(page))) == [
        "Using HEP workflows", "Simulation strategies", "Longer term LHC schedule"]


def test_a_myst_page_cites_with_roles_and_prints_with_a_fenced_directive(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Book\nbibtex_bibfiles:\n  - references.bib\n", encoding="utf-8")
    (tmp_path / "references.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "chapter.md"
    text = "# Chapter\n\nAs {cite:t}`Lucas2012` shows {cite}`Andrei-Gheata2021-AdePT`.\n\n```{bibliography}\n```\n"
    page.write_text(text, encoding="utf-8")
    assert _titles(cited_entries(text, str(page))) == ["Transforming Geant4", "AdePT Status"]


def test_notcited_prints_the_entries_no_citation_names(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "further.rst"
    text = "See :cite:`Lucas2012`.\n\n.. bibliography:: refs.bib\n   :notcited:\n   :style: unsrt\n"
    page.write_text(text, encoding="utf-8")
    assert _titles(cited_entries(text, str(page))) == [
        "Longer term LHC schedule", "AdePT Status", "Using HEP workflows", "Simulation strategies"]


def test_an_rst_page_without_the_directive_names_no_bibliography(tmp_path: Path) -> None:
    page = tmp_path / "notes.rst"
    text = "References\n==========\n\n.. [1] A. Author, *Title*, 2001.\n"
    page.write_text(text, encoding="utf-8")
    assert cited_entries(text, str(page)) == ()
