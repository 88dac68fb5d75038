"""Documents round 13 (benchmarks/README.md, "Real documents, round 13"): BMJ's HighWire page, Europe PMC's page of
2009, MDPI's page and a citation index's page as text, each convention fixed for them."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.html import html_document
from biblio.documents.link_bars import is_service_label, without_link_bar
from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.references.finder import find_reference_sections
from biblio.references.guard import markup_left
from biblio.references.splitter import split_references


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_a_reference_heading_right_over_the_list_s_first_item_heads_it() -> None:
    # a page's text that lost its blank lines: the outline of headings, then "References" over "- " items
    text = ("Title of the article\nAbstract\n1. Introduction\n2. Methods\nConflicts of Interest\nReferences\n"
            "- Zimmet, P.; Alberti, K.G.M.M.; Shaw, J. Global and societal implications of the diabetes epidemic. "
            "Nature 2001, 414, 782–787. [Google Scholar] [CrossRef]\n"
            "- Chatterjee, S.; Khunti, K.; Davies, M.J. Type 2 diabetes. Lancet 2017, 389, 2239–2251. "
            "[Google Scholar]\n")
    sections = find_reference_sections(text)
    assert [(s.heading, s.start_line) for s in sections] == [("References", 7)]
    # Ukrainian "Список літератури" names a reference list too
    assert [s.heading for s in find_reference_sections(text.replace("References", "Список літератури"))] == [
        "Список літератури"]
    # a stop heading over a list is no heading there ("Funding" / "- grant …" inside a paragraph)
    assert find_reference_sections("Some words\nFunding\n- Grant 12 of the council.\n") == []


def test_bullets_out_of_place_open_their_items() -> None:
    section = ("- D Adam, Climate scientists hit out at ‘sloppy’ melting glaciers error., The Guardian.\n"
               "-\nA Albert, Is it becoming harder to secure reviewers?, Research Integrity and Peer Review., "
               "№ 1, с. 14\n"
               "https://doi.org/10.1186/s41073-016-0022-7 -\n"
               "M Alvesson, Habitat and habitus., Organization Studies., № 35, с. 967-987\n"
               "https://doi.org/10.1632/prof.2011.2011.1.136 - A Antonopoulos, Mastering Bitcoin: unlocking digital "
               "cryptocurrencies.\n")
    texts = [ref.text for ref in split_references(section)]
    assert [text[:12] for text in texts] == ["D Adam, Clim", "A Albert, Is", "M Alvesson, ", "A Antonopoul"]
    assert texts[1].endswith("с. 14 https://doi.org/10.1186/s41073-016-0022-7")
    # the last item of such a list ("A Antonopoulos, Title.") is a reference, no closing sentence
    document = "Список літератури\n" + section
    assert _sources(document, "page.txt")[-1].startswith("A Antonopoulos")


def test_highwire_s_reference_list_reads_as_its_references() -> None:
    html = ("<h2>Notes</h2><p><strong>Cite this as:</strong> <em>BMJ</em> 2012;345:e8050</p>"
            "<h2>References</h2><ol class='cit-list'><li><a class='rev-xref-ref' href='#xref-ref-1-1'>↵</a>"
            "<div class='cit ref-cit ref-journal'><div class='cit-metadata'><cite>Semenza JC, Rubin CH. Heat-related "
            "deaths during the July 1995 heat wave in Chicago. <abbr class='cit-jnl-abbrev'>N Engl J Med</abbr>"
            "<span class='cit-pub-date'>1996</span>;<span class='cit-vol'>335</span>:<span class='cit-fpage'>84</span>"
            "-90.</cite></div><div class='cit-extra'><a href='{openurl}?query=x'><span>OpenUrl</span></a>"
            "<a href='/lookup/external-ref?access_num=10.1056/NEJM199607113350203&amp;link_type=DOI'>"
            "<span>CrossRef</span></a><a href='/lookup/external-ref?access_num=8649494&amp;link_type=MED'>"
            "<span>Medline</span></a></div></div></li>"
            "<li><a class='rev-xref-ref' href='#xref-ref-2-1'>↵</a><div class='cit ref-cit ref-journal'>"
            "<div class='cit-metadata'><cite>Kunst AE, Looman CW. Outdoor air temperature and mortality. "
            "<abbr class='cit-jnl-abbrev'>Am J Epidemiol</abbr><span class='cit-pub-date'>1993</span>;"
            "<span class='cit-vol'>137</span>:<span class='cit-fpage'>331</span>-41.</cite></div>"
            "<div class='cit-extra'><a href='{openurl}?query=y'><span>OpenUrl</span></a><a href='/lookup/ijlink?x'>"
            "<span><span class='cit-reflinks-abstract'>Abstract</span><span class='cit-sep'>/</span><span>"
            "<span class='free-full-text'>FREE </span>Full Text</span></span></a></div></div></li></ol>"
            "<div class='grid_2 last'><div id='aside'><span>Open access</span></div></div>")
    assert _sources(html, "page.html") == [
        # no arrow, no italics around the whole reference, its journal and year apart, the CrossRef link's DOI
        "Semenza JC, Rubin CH. Heat-related deaths during the July 1995 heat wave in Chicago. N Engl J Med "
        "1996;335:84-90. doi:10.1056/NEJM199607113350203",
        # the row of services gone ("Abstract/FREE Full Text" one link), nothing of the sidebar after it
        "Kunst AE, Looman CW. Outdoor air temperature and mortality. Am J Epidemiol 1993;137:331-41."]
    assert is_service_label("Abstract/FREE Full Text") and not is_service_label("Abstract/Results")


def test_europe_pmc_s_bracketed_service_links_and_tagged_parts() -> None:
    assert without_link_bar("Aral SO. Title. Sex Transm Dis 1994;21 Suppl:S59–64. "
                            "[[PubMed](http://europepmc.org/abstract/MED/8042119)]") == (
        "Aral SO. Title. Sex Transm Dis 1994;21 Suppl:S59–64.")
    html = ("<h2>REFERENCES</h2><div class='ref-list-sec sec'><div class='ref-cit-blk' id='b1'>1. <span>Aral SO. "
            "<span class='ref-title'>Sexual behaviour. </span><span class='ref-journal'>Sex Transm Dis</span> 1994;"
            "<span class='ref-vol'>21</span><span class='ref-iss'>Suppl</span>:S59&#x02013;64.</span></div></div>")
    lines, _ = html_document(html)
    assert "1. Aral SO. Sexual behaviour. Sex Transm Dis 1994;21 Suppl:S59–64." in lines


def test_a_sici_doi_is_no_markup() -> None:
    item = {"title": "Bias", "DOI": "10.1002/1099-095X(200011/12)11:6<689::AID-ENV439>3.0.CO;2-N"}
    assert markup_left(item) == []
    assert markup_left({"title": "Bias", "URL": "https://example.org/<b>x</b>"}) != []


def test_crossref_s_unstructured_citation_parts_its_fields() -> None:
    item = parse_reference("M Alvesson, Habitat and habitus: Boxed-in versus box-breaking research., "
                           "Organization Studies., № 35, с. 967-987 https://doi.org/10.1177/0170840614530916")
    assert item.get("title") == "Habitat and habitus: Boxed-in versus box-breaking research"
    assert item.get("container-title") == "Organization Studies"
    assert item.get("page") == "967-987"
    assert tidy_input("J Smith, A title of words., Nature., № 5, с. 12") == (
        "J Smith, A title of words. Nature. № 5, с. 12")
    # once only, or after abbreviations, a stop and a comma stay ("eds.,", "trans.,", "Soc.,")
    assert tidy_input("Smith, J., Jones, K., eds., The title. London, 2001.") == (
        "Smith, J., Jones, K., eds., The title. London, 2001.")
    ieee = "M. A. Ortega-Vazquez, “Title,” IET Gener., Transmiss., Distrib., vol. 8, no. 6, pp. 1007–1016, 2014."
    assert tidy_input(ieee) == ieee
