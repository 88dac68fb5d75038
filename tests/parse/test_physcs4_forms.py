"""Forms of the reference lists in ``physcs_real4.jsonl``: BibTeX's numbered plain forms as JuliaCon papers
print them (software named ``Name.jl`` with its address or a release's version), QuTiP's and Psi4's APS
compact forms and their neighbours. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.bibtex_plain_tails import book_read_as_note
from biblio.parse.mends.dotted_names import dotted_name_after_names, dotted_name_closing_title

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def _fields(text: str) -> dict[str, Any]:
    item = parse_reference(text)
    item.pop("custom", None)
    return item


def test_version_number_in_a_title_is_not_the_end_of_the_names() -> None:
    item = _fields("[32] Lena Hart and Omar J Reyes. Julia 1.6.2 reference manual, 2021.")
    assert [a["family"] for a in item["author"]] == ["Hart", "Reyes"]
    assert item["title"] == "Julia 1.6.2 reference manual"


def test_release_with_its_version_is_the_title() -> None:
    item = _fields("[18] Lena Hart and Omar Reyes. lhart/FastKernels.jl: v0.6.0, 2021. doi:10.5281/ZENODO.1234567.")
    assert [a["family"] for a in item["author"]] == ["Hart", "Reyes"]
    assert item["title"] == "lhart/FastKernels.jl: v0.6.0"
    assert "issue" not in item and "volume" not in item


def test_mend_ends_the_names_before_the_sentence_of_the_dotted_name() -> None:
    text = "Ada Quill and Cleo Marsh. SparseGrids.jl. https://github.com/aquill/SparseGrids.jl, 2022."
    spans = spans_of(
        text,
        [
            ("author", "Ada Quill and Cleo Marsh. SparseGrids."),
            ("url", "jl. https://github.com/aquill/SparseGrids.jl,"),
            ("date", "2022."),
        ],
    )
    assert labelled(dotted_name_after_names(spans, text)) == [
        ("author", "Ada Quill and Cleo Marsh."),
        ("title", "SparseGrids.jl."),
        ("url", "https://github.com/aquill/SparseGrids.jl,"),
        ("date", "2022."),
    ]


def test_mend_runs_the_title_through_a_version() -> None:
    text = "Nora Pike. npike/TensorMaps.jl: v1.4.2, 2023."
    spans = spans_of(
        text, [("author", "Nora Pike."), ("title", "npike/TensorMaps.jl: v1."), ("issue", "4.2,"), ("date", "2023.")]
    )
    assert labelled(dotted_name_closing_title(spans, text)) == [
        ("author", "Nora Pike."),
        ("title", "npike/TensorMaps.jl: v1.4.2"),
        ("date", "2023."),
    ]


def test_initials_are_no_dotted_name() -> None:
    text = "Meyer, J.P. and K.L. Roth. Title of the work. Journal 3, 4 (2001)."
    spans = spans_of(text, [("author", "Meyer, J.P. and K.L. Roth."), ("title", "Title of the work.")])
    assert dotted_name_after_names(spans, text) == spans


def test_publication_list_title_after_the_page() -> None:
    item = _fields("Okafor E. N., Berglund T., 2015, MNRAS, 452, 2210, Warped discs of nearby spiral galaxies")
    assert [a["family"] for a in item["author"]] == ["Okafor", "Berglund"]
    assert (item["container-title"], item["volume"], item["page"]) == ("MNRAS", "452", "2210")
    assert item["title"] == "Warped discs of nearby spiral galaxies"


def test_publication_list_title_after_the_journal_alone() -> None:
    item = _fields("Lindqvist, M., Okafor, E. N., 2024, A&A, Dust lanes in edge-on galaxies: a new sample")
    assert item["container-title"] == "A&A"
    assert item["title"] == "Dust lanes in edge-on galaxies: a new sample"
    assert item["issued"] == {"date-parts": [[2024]]}



def test_journal_initial_after_a_name_with_no_comma() -> None:
    item = _fields("[Okafor:2019] E. Okafor J. Chem. Theory Comput. 15, 1593 (2019), https://doi.org/10.1021/acs.jctc.9b01234.")
    assert item["author"] == [{"family": "Okafor", "given": "E."}]
    assert item["container-title"] == "J. Chem. Theory Comput."
    assert (item["volume"], item["page"]) == ("15", "1593")


def test_initial_of_the_last_inverted_name_before_the_journal() -> None:
    item = _fields("[Lind:1998] Lindström, E., Okafor, J., Theor Chem Acc 100, 265–274 (1998)")
    assert item["author"] == [{"family": "Lindström", "given": "E."}, {"family": "Okafor", "given": "J."}]
    assert item["container-title"] == "Theor Chem Acc"


def test_last_family_name_before_a_journal_with_no_comma() -> None:
    item = _fields("[Varga:2003] T. Berglund, G. E. Okafor, and M. J. Varga J. Chem. Phys. 118, 4404 (2003), https://doi.org/10.1063/1.1234567.")
    assert [a["family"] for a in item["author"]] == ["Berglund", "Okafor", "Varga"]
    assert item["container-title"] == "J. Chem. Phys."


def test_plain_journal_read_into_the_title_with_its_volume() -> None:
    item = _fields(
        "[5] Ada Quill. Tensor network renormalization in two dimensions. Computing and Software for Big Science, "
        "5(1):12, 2021."
    )
    assert item["title"] == "Tensor network renormalization in two dimensions"
    assert item["container-title"] == "Computing and Software for Big Science"
    assert (item["volume"], item["issue"], item["page"]) == ("5", "1", "12")


def test_plain_technical_report_kind_is_no_part_of_the_title() -> None:
    item = _fields(
        "[2] IVOA Data Model Group. Definition of the spectral data model (SDM). Technical report, International "
        "Virtual Observatory Alliance, 2011."
    )
    assert item["title"] == "Definition of the spectral data model (SDM)"
    assert item["genre"] == "Technical report"
    assert item["publisher"] == "International Virtual Observatory Alliance"


def test_software_project_authors_as_a_group_opening_the_reference() -> None:
    item = _fields(
        "[1] The JAX authors. JAX: composable transformations of Python+NumPy programs, 2018. http://github.com/google/jax."
    )
    assert item["author"] == [{"literal": "The JAX authors"}]
    assert item["title"] == "JAX: composable transformations of Python+NumPy programs"


def test_bibtex_book_after_in_read_as_a_note_is_the_container() -> None:
    text = "Ada Quill. Upper bounds on spectra. In Classic works of spectral theory, pages 57–72. Springer, 2008."
    spans = spans_of(
        text,
        [
            ("author", "Ada Quill."),
            ("title", "Upper bounds on spectra."),
            ("note", "In Classic works of spectral theory,"),
            ("pages", "pages 57–72."),
            ("publisher", "Springer,"),
            ("date", "2008."),
        ],
    )
    assert labelled(book_read_as_note(spans, text))[2] == ("container-title", "In Classic works of spectral theory,")
