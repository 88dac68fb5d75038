"""Forms of BibTeX's output as real `.bbl` files and Sphinx pages print it (tests/data/documents): ``plain``'s
imprint of a paper in proceedings, the publisher after the year (``…, Austin, TX, 2017. SciPy. doi:…``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.year_publishers import publisher_after_proceedings_year
from biblio.parse.spans import Span


def test_the_name_after_the_year_closing_a_proceedings_paper_is_its_publisher() -> None:
    text = ("M. Khoshlessan, I. Paraskevakos, S. Jha, and O. Beckstein. Parallel analysis in MDAnalysis using the "
            "Dask parallel computing library. In Katy Huff, David Lippa, Dillon Niederhut, and M. Pacer, editors, "
            "Proceedings of the 16th Python in Science Conference, pages 64–72, Austin, TX, 2017. SciPy. "
            "doi:10.25080/shinma-7f4c6e7-00a.")
    item = parse_reference(text)
    assert item["container-title"] == "Proceedings of the 16th Python in Science Conference"
    assert item["publisher"] == "SciPy" and item["DOI"] == "10.25080/shinma-7f4c6e7-00a" and "note" not in item
    # a journal after a year that no proceedings' title stands before is left alone
    spans = [Span("author", "A. B.", 0, 5), Span("date", "2017.", 6, 11), Span("journal", "SciPy.", 12, 18)]
    assert publisher_after_proceedings_year(spans, "A. B. 2017. SciPy.") is spans


def test_a_suspended_hyphen_before_a_conjunction_keeps_its_space_and_a_broken_word_is_joined() -> None:
    # Elstrodt's measure-theory book in MeasureTheory.jl's .bbl; "Task-\nparallel" in PMDA's Sphinx page
    assert parse_reference("Jürgen Elstrodt. *Maß- und Integrationstheorie*. Springer Berlin Heidelberg, "
                           "2011.")["title"] == "Maß- und Integrationstheorie"
    assert parse_reference("Ioannis Paraskevakos and Shantenu Jha. Task- parallel Analysis of Molecular Dynamics "
                           "Trajectories. In 47th International Conference on Parallel Processing (ICPP 2018). "
                           "doi: 10.1145/3225058.3225128.")["title"] == (
        "Task-parallel Analysis of Molecular Dynamics Trajectories")


def test_towns_after_springer_with_no_comma_close_the_imprint_s_name() -> None:
    # MeasureTheory.jl's .bbl: Springer's imprints "Springer Berlin Heidelberg" and "Springer New York"
    item = parse_reference("A. N. Shiryaev. *Probability*. Springer New York, 1996. doi:10.1007/978-1-4757-2539-1.")
    assert item["publisher"] == "Springer New York" and "publisher-place" not in item
    assert parse_reference("Jürgen Elstrodt. *Maß- und Integrationstheorie*. Springer Berlin Heidelberg, 2011. "
                           "doi:10.1007/978-3-642-17905-1.")["publisher"] == "Springer Berlin Heidelberg"


def test_a_year_before_the_names_leaves_no_stop_in_the_given_names_and_pages_opens_the_pages() -> None:
    # PEP 485's reference [4]
    item = parse_reference("1976. R. H. Lathwell. APL comparison tolerance. Proceedings of the eighth international "
                           "conference on APL Pages 255 - 258 http://dl.acm.org/citation.cfm?doid=800114.803685")
    assert item["author"] == [{"family": "Lathwell", "given": "R. H."}]
    assert item["container-title"] == "Proceedings of the eighth international conference on APL"
    assert item["page"] == "255-258"
