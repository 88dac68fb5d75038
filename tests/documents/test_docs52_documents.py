"""Round docs52: LaTeX bibliographies in a program's strings, README lists under "Publications", bold topic labels,
links labelled with their site's name, notes leading in with "is taken from"."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.references.entries import document_entries


def _items(text: str, name: str) -> list[dict]:
    return read_document(text, name).items


_PYTHON_TEMPLATE = '''def bibliography() -> str:
    """The report's references."""
    return r"""
\\begin{thebibliography}{9}

\\bibitem{stanley2002}
Stanley, K. O., \\& Miikkulainen, R. (2002).
\\textit{Evolving Neural Networks through Augmenting Topologies}.
Evolutionary Computation, 10(2), 99-127.

\\bibitem{flajolet} P.~Flajolet and R.~Sedgewick, \\emph{Analytic Combinatorics}, Cambridge
University Press, 2009.
\\end{thebibliography}
"""
'''

_LINE_BY_LINE = r"""def write(W):
    W(r'\begin{thebibliography}{9}')
    W(r'\bibitem{H67} W.\,A.~Heiskanen y H.~Moritz,')
    W(r'  \textit{Physical Geodesy}. W.\,H.~Freeman, 1967.')
    W(r'\bibitem{T01} W.~Torge, \textit{Geodesy}, de Gruyter, 2001.')
    W(r'\end{thebibliography}')
"""

_C_STRINGS = r"""void references(FILE *f) {
    fprintf(f, "\\begin{thebibliography}{9}\n");
    fprintf(f, "\\bibitem{knuth} D.~E.~Knuth, \\emph{The \\TeX book}, Addison-Wesley, 1984.\n");
    fprintf(f, "\\end{thebibliography}\n");
}
"""


@pytest.mark.parametrize(("text", "name", "first_words"), [
    (_PYTHON_TEMPLATE, "report.py", ["Stanley, K. O.", "P. Flajolet"]),
    (_LINE_BY_LINE, "geodesy.py", ["W. A. Heiskanen", "W. Torge"]),
    (_C_STRINGS, "writer.c", ["D. E. Knuth"]),
])
def test_a_bibliography_a_program_writes_in_its_strings_is_read_as_latex(
        text: str, name: str, first_words: list[str]) -> None:
    items = _items(text, name)
    assert [item["custom"]["biblio"]["source"][: len(w)] for item, w in zip(items, first_words, strict=False)] == (
        first_words)
    assert len(items) == len(first_words)
    assert all("bibitem" not in item["custom"]["biblio"]["source"] for item in items)


def test_a_publications_heading_over_a_list_of_links_is_found_past_a_placeholder_section() -> None:
    text = ("## Publications\n\n- [CHESS](https://arxiv.org/abs/1908.08551): Ranged Nearest Neighbors Search\n"
            "- [CAKES](https://arxiv.org/abs/2309.05491): K-NN Search\n\n## Citation\n\nTODO\n")
    items = _items(text, "README.md")
    assert [item["custom"]["biblio"]["section"] for item in items] == ["Publications"] * 2


def test_references_and_datasets_cover_their_sub_lists() -> None:
    text = ("## References and Datasets\n\n### Publications\n\n"
            "- Vos K., Harley M.D. (2020). Beach slopes from satellite-derived shorelines. *Geophysical Research "
            "Letters*. 47(14). https://doi.org/10.1029/2020GL088365\n\n### Datasets\n\n"
            "- Time-series of shoreline change along the Pacific Rim (v1.4) [Data set]. Zenodo. "
            "https://doi.org/10.5281/zenodo.7758183\n")
    items = _items(text, "README.md")
    assert [item.get("DOI") for item in items] == ["10.1029/2020GL088365", "10.5281/zenodo.7758183"]


def test_a_link_labelled_with_its_site_is_the_work_s_address() -> None:
    text = ('## References\n\n1. srsRAN Project Documentation, "O-RAN gNB Components" '
            "([docs.srsran.com](https://docs.srsran.com/projects/project/en/latest/index.html)).\n"
            "2. OAI Source Code, `openair2/gNB_scheduler.c` ([GitLab](https://gitlab.eurecom.fr/oai/x/gNB_scheduler.c)).\n")
    items = _items(text, "notes.md")
    assert [item.get("URL") for item in items] == [
        "https://docs.srsran.com/projects/project/en/latest/index.html", "https://gitlab.eurecom.fr/oai/x/gNB_scheduler.c"]


def test_links_to_a_work_s_material_stay_set_apart() -> None:
    text = ("## Publications\n\n- Smith, J. (2020). A study of things. *Journal of Stuff*, 3, 1-10. "
            "([preprint](https://arxiv.org/abs/2001.00001), [code](https://github.com/smith/stuff))\n"
            "- Jones, K. (2019). Another study. *Journal of Stuff*, 2, 5-9. ([PDF](https://example.org/jones.pdf))\n")
    entries = document_entries(text, "cv.md").entries
    assert [e.annotation for e in entries] == [
        "([preprint](https://arxiv.org/abs/2001.00001), [code](https://github.com/smith/stuff))",
        "([PDF](https://example.org/jones.pdf))"]


def test_a_bold_topic_label_before_an_author_year_entry_is_set_apart() -> None:
    text = ('## References\n\n1. **Mamba-2**: Dao & Gu (2024) - "Transformers are SSMs: Generalized Models"\n'
            '2. **Multi-task Learning**: Caruana (1997) - "Multitask Learning"\n'
            '3. **TractoFlow Paper:** Theaud et al. (2020) "TractoFlow: A robust, efficient and reproducible '
            'diffusion MRI pipeline" *NeuroImage*\n')
    entries = document_entries(text, "plan.md").entries
    assert [e.text.split(" (")[0] for e in entries] == ["Dao & Gu", "Caruana", "Theaud et al."]
    assert [e.annotation for e in entries] == ["Mamba-2", "Multi-task Learning", "TractoFlow Paper"]


def test_a_bold_author_before_a_colon_stays_the_entry_s() -> None:
    text = ("## References\n\n- **Knuth**: Fundamental Algorithms (1968). Addison-Wesley, Reading, Mass.\n"
            "- **Smith, J.**: A Study of Things (2020). MIT Press, Cambridge.\n")
    entries = document_entries(text, "list.md").entries
    assert [e.annotation for e in entries] == [None, None]
    assert [e.text.split(":")[0] for e in entries] == ["Knuth", "Smith, J."]


def test_a_note_naming_the_work_a_term_is_taken_from_cites_it() -> None:
    text = ('Text.[^8]\n\n## Endnotes\n\n[^8]: The term "rewrite modifier" is taken from John Berlin, Mat Kelly, '
            'Michael L. Nelson, and Michele C. Weigle. "To re-experience the Web: a framework for the transformation '
            'and replay of archived Web pages." ACM Transactions on the Web 17, no. 4 (2023): 1-49.\n')
    items = _items(text, "lesson.md")
    assert len(items) == 1
    assert items[0]["author"][0]["family"] == "Berlin"


def test_a_named_title_closing_a_list_of_named_addresses_is_one_of_its_items() -> None:
    text = ("## References\n\n* Color Picker: https://www.w3schools.com/colors/colors_picker.asp\n"
            "* PHP Commands: https://www.php.net/manual/en/index.php\n"
            "* Java Reading: Application Development in Android Studio\n")
    entries = document_entries(text, "thesis.md").entries
    assert [e.kind for e in entries] == ["reference"] * 3
    assert (entries[2].text, entries[2].annotation) == ("Application Development in Android Studio", "Java Reading")


def test_a_named_remark_closing_such_a_list_is_still_no_reference() -> None:
    text = ("## References\n\n* Color Picker: https://www.w3schools.com/colors/colors_picker.asp\n"
            "* PHP Commands: https://www.php.net/manual/en/index.php\n"
            "* Note: all the links above were checked on the day the thesis was handed in.\n")
    kinds = [e.kind for e in document_entries(text, "thesis.md").entries]
    assert kinds == ["reference", "reference", "not-a-reference"]

