"""Documents round 12 (benchmarks/README.md, "Real documents, round 12"): manubot's HTML, PLOS's page of 2019,
Europe PMC's page and docling's Markdown of Wikipedia, each convention fixed for them."""

from __future__ import annotations

from biblio.documents.html import html_document
from biblio.parse import parse_reference
from biblio.references.notes import is_cited_work, note_citations


def _fields(text: str, *names: str) -> dict[str, object]:
    item = parse_reference(text)
    return {name: item.get(name) for name in names}


def test_a_line_break_between_a_reference_s_parts_ends_a_field() -> None:
    html = ("<h2>References</h2><div id='refs'><div id='ref-1'><p>2. <strong>Deep learning</strong><br />\n"
            "Yann LeCun, Yoshua Bengio, Geoffrey Hinton<br />\n<em>Nature</em> (2015-05-27) "
            "<a href='https://doi.org/10.1038/nature14539'>https://doi.org/10.1038/nature14539</a><br />\n"
            "DOI: <a href='https://doi.org/10.1038/nature14539'>10.1038/nature14539</a></p></div>"
            "<div id='ref-2'><p>10. <strong>Deep Learning</strong><br />\nIan Goodfellow, Aaron Courville<br />\n"
            "(2016) <a href='http://www.deeplearningbook.org/'>http://www.deeplearningbook.org/</a></p></div></div>")
    lines, _ = html_document(html)
    assert lines[2:5] == ["2. Deep learning.", "Yann LeCun, Yoshua Bengio, Geoffrey Hinton.",
                          "*Nature* (2015-05-27) https://doi.org/10.1038/nature14539"]  # no stop after an address
    assert lines[5] == "DOI: [10.1038/nature14539](https://doi.org/10.1038/nature14539)"
    # names before a bracketed year go on to it; a part closed by its own mark keeps it
    assert lines[7:9] == ["10. Deep Learning.", "Ian Goodfellow, Aaron Courville"]


def test_a_list_item_opening_with_its_number_in_an_order_span_takes_it_as_its_marker() -> None:
    html = ("<h2>References</h2><ol class='references'><li id='ref1'><span class='order'>1.\n </span>"
            "Nielsen M. Reinventing Discovery [Internet]. Princeton, NJ: Princeton University Press; 2011. </li>"
            "<li id='ref40'><span class='order'>40.\n </span>Smith A. A title. Nature. 2018;7.</li></ol>")
    lines, _ = html_document(html)
    assert [line for line in lines if line[:1].isdigit()] == [
        "1. Nielsen M. Reinventing Discovery [Internet]. Princeton, NJ: Princeton University Press; 2011.",
        "40. Smith A. A title. Nature. 2018;7."]  # the item's own number, not the list's count


def test_a_name_before_a_semicolon_parts_authors_not_works() -> None:
    text = ('Rohwer, Frank C.; Anderson, Michael G. (1988). "Female-Biased Philopatry". *Current Ornithology* . '
            "pp. 187-221.")
    assert note_citations(text) == [text]
    # two short notes parted by a semicolon stay two works
    assert note_citations("Smith, *Mercury*, 4; Jones, *Venus* (2019), 5.") == [
        "Smith, *Mercury*, 4.", "Jones, *Venus* (2019), 5."]


def test_a_cited_page_s_title_words_are_no_prose_of_its_note() -> None:
    note = ('["If You Find An Orphaned Duckling - Wildlife Rehabber"](https://web.archive.org/web/20180923152911/'
            "http://wildliferehabber.com/content/if-you-find-duckling) . *wildliferehabber.com* . Archived from "
            "[the original](https://wildliferehabber.com/content/if-you-find-duckling) on 2018-09-23 . "
            "Retrieved 2018-12-22 .")
    assert is_cited_work(note)
    assert not is_cited_work("If you want the slides, see https://example.org/slides for them.")


def test_a_title_first_entry_with_an_iso_date_is_read_whole() -> None:
    item = parse_reference("Analysis of a Four-Layer Series-Coupled Perceptron. II. H. D. Block, B. W. Knight, "
                           "F. Rosenblatt. *Reviews of Modern Physics* (1962-01-01) "
                           "https://doi.org/10.1103/revmodphys.34.135")
    assert item["title"] == "Analysis of a Four-Layer Series-Coupled Perceptron. II"
    assert [a["family"] for a in item["author"]] == ["Block", "Knight", "Rosenblatt"]
    assert (item["container-title"], item["issued"], item["DOI"]) == (
        "Reviews of Modern Physics", {"date-parts": [[1962, 1, 1]]}, "10.1103/revmodphys.34.135")
    item = parse_reference("Ten quick tips for machine learning in computational biology. Davide Chicco. "
                           "*BioData Mining* (2017-12) https://doi.org/gdb9wr DOI: 10.1186/s13040-017-0155-3 · "
                           "PMID: 29234465 · PMCID: PMC5721660")
    assert (item["DOI"], item["PMID"], item["PMCID"], item.get("URL")) == (
        "10.1186/s13040-017-0155-3", "29234465", "PMC5721660", None)  # the short DOI's link is the DOI's
    assert [a["given"] for a in parse_reference(
        "Google’s Neural Machine Translation System. Yonghui Wu, Mike Schuster, … Jeffrey Dean. *arXiv* "
        "(2016-09-26) https://arxiv.org/abs/1609.08144v2")["author"]] == ["Yonghui", "Mike", "Jeffrey"]
    web = parse_reference("Google Research Publication: Building High-level Features Using Large Scale Unsupervised "
                          "Learning(2016-12-15) http://research.google.com/archive/unsupervised_icml2012.html")
    assert (web["title"], web["issued"]) == (
        "Google Research Publication: Building High-level Features Using Large Scale Unsupervised Learning",
        {"date-parts": [[2016, 12, 15]]})


def test_the_journal_s_publisher_before_nlm_s_year_and_volume_is_set_apart() -> None:
    assert _fields("Ching T, Himmelstein DS. Opportunities and obstacles for deep learning in biology and medicine. "
                   "J R Soc Interface. The Royal Society; 2018;15: 20170387.",
                   "container-title", "publisher", "volume") == {
        "container-title": "J R Soc Interface", "publisher": "The Royal Society", "volume": "15"}
    assert _fields("Khare R, Good BM, Leaman R, Su AI, Lu Z. Crowdsourcing in biomedicine: challenges and "
                   "opportunities. Brief Bioinform. Oxford University Press; 2016;17: 23–32. pmid:25888696",
                   "title", "container-title", "publisher") == {
        "title": "Crowdsourcing in biomedicine: challenges and opportunities", "container-title": "Brief Bioinform",
        "publisher": "Oxford University Press"}
    # NLM's own form (the year right after the journal) and a book's publisher stay as read
    assert _fields("Perkel JM. Scientific writing: the online cooperative. Nature. 2014;514:127–128.",
                   "container-title", "publisher") == {"container-title": "Nature", "publisher": None}


def test_nlm_s_editors_after_the_title_leave_their_role_word_out_of_it() -> None:
    item = parse_reference("Blischak JD, Davenport ER, Wilson G. A Quick Introduction to Version Control with Git and "
                           "GitHub. Ouellette F, editor. PLoS Comput Biol. Public Library of Science (PLoS); 2016;12: "
                           "e1004668.")
    assert (item["title"], item["editor"]) == (
        "A Quick Introduction to Version Control with Git and GitHub", [{"family": "Ouellette", "given": "F"}])
    item = parse_reference("Silva JPN, Lopes SV, Grilo DJ, Hensel Z. Plasmids for Independently Tunable, Low-Noise "
                           "Expression of Two Genes. Ellermeier CD, editor. mSphere. American Society for "
                           "Microbiology; 2019;4.")
    assert (item["title"], item["editor"], item["container-title"]) == (
        "Plasmids for Independently Tunable, Low-Noise Expression of Two Genes",
        [{"family": "Ellermeier", "given": "CD"}], "mSphere")
