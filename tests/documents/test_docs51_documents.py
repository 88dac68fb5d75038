# ruff: noqa: E501  (journal pages and PDF text as copied, one entry a line)
"""Round docs51: journal articles and theses as text (PDF extraction, page copies, converters' Markdown)."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.documents.link_bars import drop_link_bars, is_link_bar


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


@pytest.mark.parametrize("line", [
    "Article CAS PubMed Google Scholar",
    "Article  CAS  PubMed  PubMed Central  Google Scholar",  # longer than one bare label may be
    "CAS PubMed PubMed Central Google Scholar",
    "Article MathSciNet MATH Google Scholar",
])
def test_a_row_of_bare_service_labels_set_apart_by_spaces_is_a_link_bar(line: str) -> None:
    assert is_link_bar(line)


@pytest.mark.parametrize("line", ["Google Scholar", "Article", "The CAS article", "Google Scholar results differ"])
def test_words_that_are_not_a_row_of_services_stay(line: str) -> None:
    assert not is_link_bar(line)


_NATURE_PAGE = """Source data are provided with this paper.
References
Maris, J. M., Hogarty, M. D., Bagatell, R. & Cohn, S. L. Neuroblastoma. Lancet 369 , 2106–2120 (2007).
Article CAS PubMed Google Scholar
Peifer, M. et al. Telomerase activation by genomic rearrangements in high-risk neuroblastoma. Nature 526 , 700–704 (2015).
Article CAS PubMed PubMed Central Google Scholar
Ernst, K. J. Establishment of a simplified preparation method for single-nucleus RNA-sequencing. Preprint at bioRxiv https://doi.org/10.1101/2020.10.23.351809 (2020).
Jaitin, D. A. et al. Massively parallel single-cell RNA-seq for marker-free decomposition of tissues into cell types. Science 343 , 776–779 (2014).
Article CAS PubMed PubMed Central Google Scholar
"""


def test_a_journal_page_copied_as_text_gives_each_reference_without_its_service_row() -> None:
    found = read_document(_NATURE_PAGE, "page.txt")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert [s.split(",")[0] for s in sources] == ["Maris", "Peifer", "Ernst", "Jaitin"]
    assert not any("Scholar" in s for s in sources)
    assert [item["custom"]["biblio"]["section"] for item in found.items] == ["References"] * 4


def test_ieee_xplore_s_rows_and_tabs_before_an_entry_s_number_are_no_part_of_it() -> None:
    lines = [
        "Download PDFs Export Authors Figures References References & Cited By Select All 1. Y. N. Harari, Homo "
        "Deus: A brief History of Tomorrow, Random House, 2016.",
        "",
        " Show in Context Google Scholar 2. Z. Sharf, \"'The Shining' Deepfake Goes Viral\", *IndieWire*, 2019.",
        "",
        " Show in Context View Article  Google Scholar 3. X. Zhang, S. Karaman and S.-F. Chang, \"Detecting and "
        "Simulating Artifacts in GAN Fake Images\", 2019 IEEE WIFS, 2019.",
        "",
        " Show in Context CrossRef  Google Scholar",
    ]
    assert drop_link_bars(lines) == [
        "1. Y. N. Harari, Homo Deus: A brief History of Tomorrow, Random House, 2016.", "",
        "2. Z. Sharf, \"'The Shining' Deepfake Goes Viral\", *IndieWire*, 2019.", "",
        "3. X. Zhang, S. Karaman and S.-F. Chang, \"Detecting and Simulating Artifacts in GAN Fake Images\", 2019 "
        "IEEE WIFS, 2019.", "", ""]


_OUP_PDF = """Conflict of interest statement. None declared.
REFERENCES
1. Zuker,M. (2003) Mfold web server for nucleic acid folding and
hybridization prediction. Nucleic Acids Res., 31, 3406–3415.
2. Do,C.B., Woods,D.A. and Batzoglou,S. (2006) CONTRAfold: RNA
secondary structure prediction without physics-based models.
Bioinformatics, 22, e90–e98.
Downloaded from https://academic.oup.com/nar/article/50/3/e14/6430845 by guest on 16 March 2025
e14 Nucleic Acids Research, 2022, Vol. 50, No. 3 PAGE 12 OF 12
3. Kiryu,H., Kin,T. and Asai,K. (2008) Rfold: an exact algorithm for
computing local base pairing probabilities. Bioinformatics, 24,
367–373.
"""


def test_a_journal_s_download_stamp_and_numbered_running_head_are_no_part_of_an_entry() -> None:
    sources = _sources(_OUP_PDF, "paper.txt")
    assert len(sources) == 3
    assert sources[1].endswith("Bioinformatics, 22, e90–e98.")


_IN_PRESS = """## References

[50] J. Recker, A. Dreiling, The effects of content presentation format on novice developers’ understanding of process models, Commun Assoc. Inf. Syst. 28 (6), 2011, pp. 65–84.

Please cite this article in press as: S. Oppl, Articulation of work process models for organizational alignment, Inf. Manage. (2016), http://dx.doi.org/10.1016/j.im.2016.01.004

S. Oppl / Information & Management xxx (2016) xxx–xxx

[51] J. Recker, N. Safrudin, M. Rosemann, How novices design business processes, Inf Syst. 37 (6), 2012, pp. 557–573.

[52] H. Stachowiak, Allgemeine Modelltheorie, Springer, Wien, 1973.

Stefan Oppl is an assistant professor at the Department of Business Information Systems, Johannes Kepler University of Linz, Austria. He holds an MSc degree in computer science and an MBA. He received his PhD in computer science from the Technical University of Vienna in 2010.
"""


def test_an_article_in_press_s_citation_request_running_head_and_biography_are_no_references() -> None:
    sources = _sources(_IN_PRESS, "article.md")
    assert [s.split(",")[0] for s in sources] == ["J. Recker", "J. Recker", "H. Stachowiak"]
    assert sources[-1] == "H. Stachowiak, Allgemeine Modelltheorie, Springer, Wien, 1973."


_BACK_MATTER = """Received: 12 June 2019; Accepted: 1 November 2019;
References
68. Martin, J. S. Describing the structural diversity within an RNAas ensemble.
Entropy 16, 1331–1348 (2014).
69. Darty, K., Denise, A. & Ponty, Y. VARNA: Interactive drawing and editing of
the RNA secondary structure. Bioinformatics 25, 1974–1975 (2009).
Acknowledgements
This work was supported by Australia Research Council DP180102060 to Y.Z. and K.P.
Author contributions
J.S., J.H., and K.P. designed the network architectures, J.S. prepared the data.
Competing interests
The authors declare no competing interests.
"""


def test_back_matter_after_a_list_with_no_blank_lines_ends_it() -> None:
    found = read_document(_BACK_MATTER, "paper.txt")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert len(sources) == 2 and sources[1].endswith("Bioinformatics 25, 1974–1975 (2009).")
    assert found.items[0]["custom"]["biblio"]["section"] == "References"


_STRAY_HEADING = """Literature Cited
[12] A. See, P. J. Liu, and C. D. Manning, “Get to the point: Summarization with
pointer-generator networks,” in Proceedings of the 55th Annual Meeting of the ACL, 2017, doi:
10.18653/v1/p17-1099.
[13] A. Celikyilmaz, A. Bosselut, X. He, and Y. Choi, “Deep communicating agents for

## Abstract

American Chapter of the Association for Computational Linguistics: Human
Language Technologies, Volume 1 (Long Papers), 2018, doi: 10.18653/v1/n18-1150.
[14] J. Zhang, Y. Zhao, M. Saleh, and P. J. Liu, “Pegasus: Pre-training with extracted
gap-sentences for abstractive summarization,” in Proceedings of ICML, pp. 11328–11339, 2019.
"""


def test_a_converter_s_heading_inside_an_entry_leaves_the_entry_whole() -> None:
    sources = _sources(_STRAY_HEADING, "thesis.md")
    assert len(sources) == 3
    assert sources[1].startswith("A. Celikyilmaz") and sources[1].endswith("doi: 10.18653/v1/n18-1150.")
    assert "Abstract" not in sources[1]


@pytest.mark.parametrize("line", [
    "Downloaded from https://academic.oup.com/bioinformatics/article/34/18/3094/4994778 by guest on 13 November 2025",
    "Downloaded from journals.sagepub.com by guest on May 3, 2016",
    "This content downloaded from 128.59.222.107 on Tue, 12 Mar 2019 12:00:00 UTC",
    "All use subject to https://about.jstor.org/terms",
    "Downloaded by [University of Cambridge] at 05:12 25 March 2016",
    "Please cite this article in press as: S. Oppl, Articulation of work process models, Inf. Manage. (2016)",
    "S. Oppl / Information & Management xxx (2016) xxx–xxx",
    "e14 Nucleic Acids Research, 2022, Vol. 50, No. 3 PAGE 12 OF 12",
])
def test_publishers_page_stamps_are_blanked(line: str) -> None:
    from biblio.documents.stamps import drop_page_stamps

    assert drop_page_stamps(["1. A reference.", line]) == ["1. A reference.", ""]


@pytest.mark.parametrize("line", [
    "Downloaded from http://www.cdc.gov/nchs on 3 May 2010.",  # a reference's own access note
    "Smith J. Page 3 of the report. Office of Statistics; 2010.",
])
def test_a_reference_s_own_words_are_no_stamp(line: str) -> None:
    from biblio.documents.stamps import drop_page_stamps

    assert drop_page_stamps([line]) == [line]


_MBE_PAGES = """References
Andersen SO, Hojrup P, Roepstorff P. 1995. Insect cuticular proteins.
Insect Biochem Molec Biol. 25:153–176.
Kondrashov FA. 2012. Gene duplication as a mechanism of genomic
adaptation to a changing environment. Proc R Soc B-Biol Sci. 279:
5048–5057.
345
Postdevelopmental Novelty in Honey Bees . doi:10.1093/molbev/msu292
MBE
Downloaded from https://academic.oup.com/mbe/article/32/2/334/1051698 by guest on 09 June 2022

## Page 13

Kucharski R, Maleszka J, Maleszka R. 2007. Novel cuticular proteins
revealed by the honey bee genome. Insect Biochem Molec Biol. 37:
128–134.
"""


def test_a_page_s_foot_above_its_download_stamp_and_a_converter_s_page_mark_are_no_part_of_an_entry() -> None:
    found = read_document(_MBE_PAGES, "paper.md")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert len(sources) == 3
    assert sources[1].endswith("Proc R Soc B-Biol Sci. 279: 5048–5057.")
    assert "DOI" not in found.items[1]


def test_a_bare_number_far_above_a_stamp_or_past_a_long_line_is_kept() -> None:
    from biblio.documents.stamps import drop_page_stamps

    lines = ["12", "A reference's long last line that the page foot cannot be, as it runs far longer than any foot of a journal page.",
             "Downloaded from https://academic.oup.com/x by guest on 9 June 2022"]
    assert drop_page_stamps(lines) == lines[:2] + [""]
