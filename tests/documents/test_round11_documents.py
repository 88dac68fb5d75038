"""Documents of round 11 (PROVENANCE.md): journal article pages as publishers served them (Hindawi, Frontiers,
PLOS, BMC, the R Journal) and articles' JATS converted to Markdown by docling (PLOS, eLife)."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.link_bars import without_link_bar
from biblio.parse.input_text import tidy_input


def _sources(found: object) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in found.items]  # type: ignore[attr-defined]


def test_a_formula_in_a_title_keeps_its_words() -> None:
    html = ("<html><body><h4>References</h4><ol>"
            '<li>E. A. Miles and P. C. Calder, “Influence of marine <math xmlns="http://www.w3.org/1998/Math/MathML">'
            "<mrow><mi>n</mi><mo>&#x2212;</mo><mn>3</mn></mrow><annotation encoding=\"application/x-tex\">n-3"
            "</annotation></math> polyunsaturated fatty acids on immune function,” <i>The British Journal of "
            "Nutrition</i>, vol. 107, pp. S171–S184, 2012.</li>"
            "<li>G. A. Green, “Understanding NSAIDs: from aspirin to COX-2,” <i>Clinical Cornerstone</i>, vol. 3, "
            "no. 5, pp. 50–58, 2001.</li></ol></body></html>")
    found = read_document(html, "page.html")
    assert found.items[0]["title"] == ("Influence of marine n\u22123 polyunsaturated fatty acids on immune "
                                       "function")


def test_a_funders_list_is_no_reference_list() -> None:
    text = ("# Title\n\n## Funding Information\n\nThis paper was supported by the following grants:\n\n"
            "- http://dx.doi.org/10.13039/501100001711Swiss National Science Foundation 310030\\_152879 to D. T.\n"
            "- http://dx.doi.org/10.13039/501100001711Swiss National Science Foundation 310030B\\_173337 to D. T.\n"
            "- http://dx.doi.org/10.13039/501100000781European Research Council No. 268721 to D. T.\n\n"
            "## Acknowledgements\n\nWe thank the members of both labs.\n\n## References\n\n"
            "- Chuong EB, Elde NC, Feschotte C. Regulatory evolution of innate immunity through co-option of "
            "endogenous retroviruses. Science 351:1083–1087 (2016). DOI: 10.1126/science.aad5497\n")
    found = read_document(text, "article.md")
    assert [item["custom"]["biblio"].get("section") for item in found.items] == ["References"]


def test_the_data_sets_a_data_availability_statement_cites_are_references() -> None:
    text = ("## Data availability\n\nAll data have been deposited in GEO (GSE115291).\n\n"
            "The following datasets were generated:\n\n"
            "Wolf G. Retrotransposon reactivation and mobilization upon deletions of megabase scale KRAB zinc finger "
            "gene clusters in mice. NCBI Gene Expression Omnibus (2019). NCBI: GSE115291\n\n"
            "The following previously published datasets were used:\n\n"
            "Andrew ZX. H3K9me3\\_ChIPSeq (Ctrl). NCBI Gene Expression Omnibus (2014). NCBI: GSM1327148\n\n"
            "## References\n\n"
            "- Chuong EB, Elde NC, Feschotte C. Regulatory evolution of innate immunity through co-option of "
            "endogenous retroviruses. Science 351:1083–1087 (2016). DOI: 10.1126/science.aad5497\n")
    found = read_document(text, "article.md")
    assert [source[:8] for source in _sources(found)] == ["Wolf G. ", "Andrew Z", "Chuong E"]


def test_a_sentence_about_data_without_a_list_leads_in_to_nothing() -> None:
    text = ("The following datasets were used in class: the ones on the shared drive.\n\n"
            "## References\n\n- Chuong EB, Elde NC, Feschotte C. Regulatory evolution of innate immunity. "
            "Science 351:1083–1087 (2016).\n")
    assert len(read_document(text, "notes.md").items) == 1


def test_vancouver_names_glued_to_their_initials_are_set_apart() -> None:
    text = ("HerreroM, HendersonB, HavlíkP, van ZantenHHE, de BoerIJM, et al Greenhouse gas mitigation potentials "
            "in the livestock sector. Nat Clim Chang. 2016;6: 452–461. 10.1038/nclimate2925")
    assert tidy_input(text) == ("Herrero M, Henderson B, Havlík P, van Zanten HHE, de Boer IJM, et al. Greenhouse gas "
                                "mitigation potentials in the livestock sector. Nat Clim Chang. 2016;6: 452–461. "
                                "10.1038/nclimate2925")
    # one such name alone, or names written apart, stay as written
    for kept in ("OpenAI, DeepMind. Report. 2020.", "McDonald, J. Title. 2020.", "Smith J, Jones K. Title. 2020."):
        assert tidy_input(kept) == kept


def test_a_list_items_own_number_is_its_marker_and_its_service_links_are_no_entries() -> None:
    services = ('<ul class="find"><li><a href="http://dx.doi.org/10.1111/j.1469-7998.1999.tb00986.x">View Article</a>'
                '</li><li><a href="http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?db=PubMed">PubMed/NCBI</a></li>'
                '<li><a href="http://scholar.google.com/scholar?q=x">Google Scholar</a></li></ul>')
    html = ('<html><body><h3>References</h3><ol class="references">'
            '<li><span class="label">1.\n  </span><a name="r1"></a>Hedges SB, Thomas R (2001) At the lower size limit '
            "in amniote vertebrates: a new diminutive lizard from the West Indies. Caribb J Sci  37: 168–173.  "
            '<ul class="find-nolinks"></ul></li>'
            '<li><span class="label">5.\n  </span><a name="r5"></a>Glaw F, Vences M, Ziegler T (1999) Specific '
            f"distinctness of the dwarf chameleons. J Zool  247: 225–238.  {services}</li></ol></body></html>")
    found = read_document(html, "page.html")
    assert len(found.items) == 2
    assert [item["custom"]["biblio"]["source"][:6] for item in found.items] == ["Hedges", "Glaw F"]
    assert found.items[1]["DOI"] == "10.1111/j.1469-7998.1999.tb00986.x"
    assert "publisher" not in found.items[1]


def test_references_boxed_one_by_one_with_a_row_of_links_under_each() -> None:
    row = ('<p class="ReferencesCopy2"><a href="http://www.ncbi.nlm.nih.gov/sites/entrez?Db=pubmed">Pubmed Abstract'
           '</a> | <a href="http://eutils.ncbi.nlm.nih.gov/entrez/eutils/elink.fcgi?id=1">Pubmed Full Text</a> | '
           '<a href="http://dx.doi.org/{doi}">CrossRef Full Text</a></p>')
    html = ("<html><body><h2>References</h2>"
            '<div class="References"><p class="ReferencesCopy1"><a name="B1"></a> Angelaki, D. E., and Gu, Y. (2011). '
            "Visual and vestibular cue integration for heading perception. <i>J. Physiol</i>. 589, 825&#x02013;833."
            f"</p>\n{row.format(doi='10.1113/jphysiol.2010.194720')}</div>\n"
            '<div class="References"><p class="ReferencesCopy1"><a name="B3"></a> Di Lollo, V. (1980). Temporal '
            "integration in visual memory. <i>J. Exp. Psychol. Gen</i>. 109, 75&#x02013;97.</p></div>\n"
            "<h2>Appendix</h2><p>More on the analyses.</p></body></html>")
    found = read_document(html, "page.html")
    assert len(found.items) == 2
    assert found.items[0]["DOI"] == "10.1113/jphysiol.2010.194720"
    assert "Pubmed" not in found.items[0]["custom"]["biblio"]["source"]


def test_a_references_tail_in_a_paragraph_of_its_own_stays_with_it() -> None:
    item = ('<li id="B{n}"><p><a name="B{n}"></a> {names}: <strong> {title} </strong><p><em>Lancet</em> 2012, '
            '<strong>380</strong><strong>:</strong>{pages}.  <a href="/sfx_links?bibl=B{n}"><img src="/sfx" '
            'alt="OpenURL"></a></p><p class="totext"><script>totext()</script></p></p></li>')
    html = ("<html><body><section><h3>References</h3><ol>"
            + item.format(n=1, names="Lee IM,  Shiroma EJ", title="Effect of physical inactivity on major "
                          "non-communicable diseases worldwide.", pages="219-229")
            + item.format(n=2, names="Hallal PC,  Andersen LB", title="Global physical activity levels: "
                          "surveillance progress, pitfalls, and prospects.", pages="247-257")
            + '</ol></section><div class="hide"><dl class="google-ad"><dt><a href="http://example.org/ads">'
            "Advertisement</a></dt></dl></div></body></html>")
    found = read_document(html, "page.html")
    assert len(found.items) == 2
    assert [(item["container-title"], item["page"]) for item in found.items] == [("Lancet", "219-229"),
                                                                               ("Lancet", "247-257")]
    assert "Advertisement" not in found.items[1]["custom"]["biblio"]["source"]


def test_a_trailing_bar_keeps_its_link_to_the_works_doi() -> None:
    line = ("G. A. Green, “Understanding NSAIDs,” *Clinical Cornerstone*, vol. 3, pp. 50–58, 2001. "
            "[View at Publisher](http://dx.doi.org/10.1016/S1098-3597(01)90069-9) · "
            "[View at Google Scholar](http://scholar.google.com/scholar?q=x)")
    assert without_link_bar(line) == ("G. A. Green, “Understanding NSAIDs,” *Clinical Cornerstone*, vol. 3, pp. "
                                      "50–58, 2001. doi:10.1016/S1098-3597(01)90069-9")
    said = ("Fajen, B. (2011). Title. *J. Vis*. 11:920. doi: 10.1167/11.11.920 "
            "[CrossRef](http://dx.doi.org/10.1167/11.11.920) | [Google Scholar](http://scholar.google.com/x)")
    assert without_link_bar(said) == "Fajen, B. (2011). Title. *J. Vis*. 11:920. doi: 10.1167/11.11.920"


def _highwire_entry(n: int, title: str, names: str, details: str) -> str:
    return (f'<article class="elife-reflinks-reflink" id="ref-{n}"><div class="elife-reflink-indicators">'
            f'<div class="elife-reflink-indicator-number"><span data-counter="{n}">{n}</span></div></div>'
            f'<div class="elife-reflink-main"><cite class="elife-reflink-title"><a href="/lookup/{n}">'
            f'<span class="nlm-article-title">{title}</span></a></cite><div class="elife-reflink-authors">{names}</div>'
            f'<div class="elife-reflink-details">{details}<div class="elife-reflink-links-wrapper"><span>'
            f'<a href="/lookup/external-ref/medline?access_num={n}">PubMed</a></span><span>'
            f'<a href="/lookup/external-ref/newisilink?access_num={n}">Web of science</a></span></div></div></div>'
            "</article>")


def test_a_reference_boxed_in_blocks_is_one_entry_and_the_lists_tabs_are_none() -> None:
    tabs = ('<ul class="tabs"><li><a href="#elife-reflinks">original order</a></li><li><a href="#elife-reflinks">'
            'author</a></li><li><a href="#elife-reflinks">year</a></li></ul>')
    html = ('<html><body><div id="references"><h2>References</h2><div class="sortby">Sort by:' + tabs + "</div>"
            '<div class="elife-reflinks-links">'
            + _highwire_entry(1, "Multibudded tubules formed by COPII on artificial liposomes",
                              "K Bacia, E Futai, S Prinz", "Sci Rep, 1, 17, 2011")
            + _highwire_entry(2, "Pointing in the right direction: new developments in the field of planar cell "
                              "polarity", "R Bayly, J Axelrod", "Nat Rev Genet, 12, 385-91, 2011")
            + "</div></div><h2>Acknowledgements</h2><p>We thank the lab.</p></body></html>")
    found = read_document(html, "page.html")
    assert [item["custom"]["biblio"]["source"] for item in found.items] == [
        "*Multibudded tubules formed by COPII on artificial liposomes*. K Bacia, E Futai, S Prinz. Sci Rep, 1, "
        "17, 2011",
        "*Pointing in the right direction: new developments in the field of planar cell polarity*. R Bayly, "
        "J Axelrod. Nat Rev Genet, 12, 385-91, 2011"]
