"""Documents whose references live in a BibTeX bibliography they name (LaTeX, pandoc Markdown, Org) or carry
(a Distill article): the cited entries, read exactly, in the order the list is printed."""

from __future__ import annotations

from pathlib import Path

from biblio.api import Source, records_from
from biblio.documents.bibliography_files import cited_entries
from biblio.documents.reader import read_input
from biblio.formats.problems import Collector

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"

BIB = """@book{zeta, title={Zeta Functions}, author={Zorn, Anna}, year={2001}, publisher={P}}
@article{alpha, title={Alpha Waves}, author={van Aken, Bo}, journal={J}, year={1999}}
@misc{mid, title={Middle Ground}, author={Mills, Cy}, year={2010}}
@misc{unused, title={Never Cited}, author={Nobody, No}, year={2020}}
"""


def _titles(records: tuple[dict[str, object], ...]) -> list[object]:
    return [record["title"] for record in records]


def _read(name: str) -> list[dict[str, object]]:
    found, carried = read_input(str(DOCUMENTS / name))
    return records_from(Source(found.name, found.text, carried), notice=Collector())


def test_a_latex_paper_s_cited_entries_sorted_by_author_year_and_title(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "paper.tex"
    tex.write_text("\\documentclass{article}\n\\usepackage[style=authoryear]{biblatex}\n\\addbibresource{refs.bib}\n"
                   "\\begin{document}\nAs \\textcite{zeta} and \\parencites[3]{mid}[4--5]{alpha} show.\n"
                   "% \\cite{unused} is a comment\n\\printbibliography\n\\end{document}\n", encoding="utf-8")
    # "van Aken" sorts under A, as biblatex and CSL sort a name's particle
    assert _titles(cited_entries(tex.read_text(encoding="utf-8"), str(tex))) == [
        "Alpha Waves", "Middle Ground", "Zeta Functions"]


def test_an_unsorted_style_keeps_citation_order_and_nocite_star_adds_the_rest(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "paper.tex"
    tex.write_text("See \\citep{mid,zeta}.\n\\nocite{*}\n\\bibliographystyle{unsrtnat}\n\\bibliography{refs}\n",
                   encoding="utf-8")
    assert _titles(cited_entries(tex.read_text(encoding="utf-8"), str(tex))) == [
        "Middle Ground", "Zeta Functions", "Alpha Waves", "Never Cited"]


def test_a_pandoc_document_names_its_bibliography_in_its_front_matter(tmp_path: Path) -> None:
    (tmp_path / "paper.bib").write_text(BIB, encoding="utf-8")
    md = tmp_path / "paper.md"
    md.write_text("---\ntitle: T\nbibliography: paper.bib\n---\n\nAs @zeta [p. 3] and [see @alpha; @mid].\n"
                  "Mail me at a@mid.org; `@unused` is code.\n\n# References\n", encoding="utf-8")
    assert _titles(cited_entries(md.read_text(encoding="utf-8"), str(md))) == [
        "Alpha Waves", "Middle Ground", "Zeta Functions"]


def test_an_org_document_s_bibliography_and_a_numbered_csl_style(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    org = tmp_path / "notes.org"
    org.write_text("#+bibliography: refs.bib\n#+cite_export: csl ieee.csl\n* Notes\n[cite:@zeta;@alpha]\n"
                   "#+print_bibliography:\n", encoding="utf-8")
    assert _titles(cited_entries(org.read_text(encoding="utf-8"), str(org))) == ["Zeta Functions", "Alpha Waves"]


def test_a_typst_document_cites_with_at_keys_and_cite_calls_in_ieee_order_by_default(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    typ = tmp_path / "paper.typ"
    typ.write_text('#set page(numbering: "1")\n= Intro <intro>\nAs @zeta[p. 3] and #cite(<alpha>) show (see @intro).\n'
                   '// @unused in a comment\n#link("https://example.org/@unused")[a page]\n```\n@unused in raw\n```\n'
                   '#bibliography("refs.bib", title: "References")\n', encoding="utf-8")
    assert _titles(cited_entries(typ.read_text(encoding="utf-8"), str(typ))) == ["Zeta Functions", "Alpha Waves"]
    # an author-date style sorts the list; `full: true` prints every entry of the file
    typ.write_text('As @zeta.\n#bibliography(("refs.bib",), style: "apa", full: true)\n', encoding="utf-8")
    assert _titles(cited_entries(typ.read_text(encoding="utf-8"), str(typ))) == [
        "Alpha Waves", "Middle Ground", "Never Cited", "Zeta Functions"]


def test_a_typst_paper_s_list_is_its_bibliography_file_s_cited_entries() -> None:
    items = _read("real-bristlecone-typst/paper.typ")
    assert [item["author"][0]["family"] for item in items] == [  # type: ignore[index]
        "Hilborn", "Willis", "Grace", "Plummer", "Sugita", "Syme", "Purves", "Martin"]


def test_a_document_that_names_no_bibliography_has_none(tmp_path: Path) -> None:
    md = tmp_path / "post.md"
    md.write_text("# Post\n\nWritten by @someone.\n", encoding="utf-8")
    assert cited_entries(md.read_text(encoding="utf-8"), str(md)) == ()
    assert cited_entries("\\bibliography{refs}", str(tmp_path / "missing.tex")) == ()


def test_biblatex_lists_filtered_by_the_keyword_a_source_map_gives_each_file() -> None:
    records = _read("real-guit-biblatex/bibliografia.tex")  # \nocite{*}: all 14 entries of the two files
    families = [(r.get("author") or [{}])[0].get("family") or (r.get("author") or [{}])[0].get("literal")
                or r["title"] for r in records]
    assert families == ["Fowler", "Gruppo utilizzatori italiani di TeX", "Kopka", "Lamport", "Lehman",
                        "Mittelbach", "Oetiker", "Pantieri", "Pantieri",
                        "Il Vocabolario Treccani", "ISO 690", "Manzoni", "Serrai", "UNI ISO 690"]
    assert all(r["custom"]["biblio"]["from"] == "bibliography-file" for r in records)


def test_a_joss_paper_s_references_are_its_cited_entries_only() -> None:
    records = _read("real-joss-hypercomplex/paper.md")  # the .bib's four uncited entries are left out
    assert [r["author"][0].get("family") or r["author"][0].get("literal") for r in records] == [
        "Fousse", "Girard", "Google Inc.", "Heesch", "Hoppe", "Hořeňovský", "Koranne", "Schafer"]


def test_a_distill_article_s_bibtex_script_in_citation_order() -> None:
    records = _read("real-distill-research-debt-bibtex.html")
    assert len(records) == 19
    assert [r["title"] for r in records[:4]] == [
        "The Tau Manifesto", "Interpretive Labor",
        "The utopia of rules: On technology, stupidity, and the secret joys of bureaucracy", "The Mythical Man-Month"]
    assert records[-1]["title"] == "On Proof and Progress in Mathematics"


def test_a_latex_source_without_its_bib_reads_the_bbl_beside_it(tmp_path: Path) -> None:
    from biblio.documents.bibliography_files import with_compiled_bibliography

    tex = tmp_path / "main.tex"
    tex.write_text("\\begin{document}\nSee \\citep{a}.\n\\bibliographystyle{plainnat}\n\\bibliography{refs}\n"
                   "\\appendix\nMore.\n\\end{document}\n", encoding="utf-8")
    assert with_compiled_bibliography(tex.read_text(encoding="utf-8"), str(tex)) == tex.read_text(encoding="utf-8")
    (tmp_path / "main.bbl").write_text("\\begin{thebibliography}{1}\n\\bibitem[Doe(2020)]{a}\nJ.~Doe.\n"
                                       "\\newblock A title.\n\\newblock 2020.\n\\end{thebibliography}\n",
                                       encoding="utf-8")
    text = with_compiled_bibliography(tex.read_text(encoding="utf-8"), str(tex))
    assert "\\bibliography{refs}" not in text and "\\bibitem[Doe(2020)]{a}" in text
    assert text.index("thebibliography") < text.index("\\appendix")
    found, carried = read_input(str(tex))
    assert carried == () and "\\bibitem" in found.text


def test_an_arxiv_source_s_bbl_gives_its_references() -> None:
    records = _read("real-joss-hypercomplex-arxiv/paper.tex")  # paper.bib named, absent; paper.bbl beside it
    assert len(records) == 8
    assert records[0]["title"] == "An Introduction to Nonassociative Algebras"
