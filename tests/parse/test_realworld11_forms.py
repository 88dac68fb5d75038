"""Forms of real reading lists of open-science handbooks and a research institute's tutorials
(``realworld11.jsonl``): titles cited after them in brackets, link texts pasted as they show (a site's host,
an address with no scheme, a short DOI's link), and Elsevier's names with the particle after the initials."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.records.model import flags


def test_a_title_then_its_author_date_citation() -> None:
    item = parse_reference("Open science is a research accelerator (Woelfle et al., 2011).")
    assert item["title"] == "Open science is a research accelerator"
    assert item["author"] == [{"family": "Woelfle"}]
    assert item["issued"] == {"date-parts": [[2011]]}
    item = parse_reference("Making Data Count (Kratz and Strasser, 2015).")
    assert item["title"] == "Making Data Count"
    assert item["author"] == [{"family": "Kratz"}, {"family": "Strasser"}]
    item = parse_reference("When will 'open science' become simply 'science'? (Watson, 2015).")
    assert item["title"] == "When will 'open science' become simply 'science'?"
    assert item["author"] == [{"family": "Watson"}]
    item = parse_reference(
        "Making Science Transparent By Default; Introducing the TOP Statement (Aalbersberg et al., 2018)."
    )
    assert item["title"] == "Making Science Transparent By Default; Introducing the TOP Statement"
    item = parse_reference(
        "Current issues and research trends on open-source software communities (Martinez-Torres and"
        " Diaz-Fernandez, 2013)."
    )
    assert item["author"] == [{"family": "Martinez-Torres"}, {"family": "Diaz-Fernandez"}]


def test_a_note_closing_on_its_imprint_in_brackets_is_no_citation() -> None:
    item = parse_reference(
        "Ruth Wilson Gilmore, \"Fatal Couplings of Power and Difference: Notes on Racism and Geography\" in Ruth"
        " Wilson Gilmore, Brenna Bhanda and Alberto Toscano, *Abolition Geography* (Verso, 2022)."
    )
    assert item.get("author") != [{"family": "Verso"}]
    item = parse_reference(
        "Jon Duckett, *JavaScript and jQuery: Interactive Front End Development*, (Wiley, 2014)."
    )
    assert item.get("author") != [{"family": "Wiley"}]
    # MHRA's note opens on the name inverted; its publisher of two names is no pair of authors
    item = parse_reference("Smith, Rod, American Economic Expansion in the Gilded Age (Grim and Drang, 1988)")
    assert item.get("author") == [{"family": "Smith", "given": "Rod"}]
    assert item.get("publisher") == "Grim and Drang"


def test_a_closing_host_is_the_site() -> None:
    item = parse_reference("Jones (2015). Open science and its advocacy. fosteropenscience.eu")
    assert item["title"] == "Open science and its advocacy"
    assert item["container-title"] == "fosteropenscience.eu"
    assert "publisher" not in item and "URL" not in item
    item = parse_reference(
        "Picarra, Mafalda, and Alma Swan. ‘Monitoring Compliance with Open Access Policies’, December 2015."
        " pasteur4oa.eu"
    )
    assert item["container-title"] == "pasteur4oa.eu" and "page" not in item
    # a host cut at one of its dots, its head read into the title
    item = parse_reference(
        "EC Working Group on Education and Skills under Open Science (2017). Providing researchers with the skills"
        " and competencies they need to practise Open Science. ec.europa.eu"
    )
    assert item["container-title"] == "ec.europa.eu"
    assert item["title"].endswith("practise Open Science")


def test_a_closing_address_with_a_path_is_the_url() -> None:
    item = parse_reference(
        "Crosas, Mercè. ‘Joint Declaration of Data Citation Principles - FINAL’. FORCE11, 30 October 2013."
        " force11.org/datacitationprinciples"
    )
    assert item["URL"] == "force11.org/datacitationprinciples"
    assert item["container-title"] == "FORCE11"
    assert "note" not in item


def test_a_short_doi_link_is_no_url() -> None:
    item = parse_reference(
        "Stodden, Victoria. ‘The Scientific Method in Practice: Reproducibility in the Computational Sciences’."
        " *SSRN Electronic Journal*, 2010. doi.org/10/fzmph2"
    )
    assert "URL" not in item and "DOI" not in item
    assert "doi.org/10/fzmph2" in item["note"]
    item = parse_reference(
        "Wilson, Paul M., Mark Petticrew, Mike W. Calnan, and Irwin Nazareth. ‘Disseminating Research Findings:"
        " What Should Researchers Do? A Systematic Scoping Review of Conceptual Frameworks’. *Implementation"
        " Science* 5 (22 November 2010): 91. https://doi.org/10/cprfmr."
    )
    assert "URL" not in item and "doi.org/10/cprfmr" in item["note"]
    assert "unparsed-remainder" not in flags(item)


def test_the_particle_after_the_initials_stays_with_the_given_name() -> None:
    item = parse_reference("Emden H. van (2008). Statistics for Terrified Biologists. Blackwell Publishing.")
    assert item["author"] == [{"family": "Emden", "given": "H. van"}]
    item = parse_reference(
        "Wilkinson M.D., Silva Santos L.B. da, Hoen P.A.C. ’t, Schaik R. van, Lei J. van der & Mons B. (2016)."
        " The FAIR Guiding Principles for scientific data management and stewardship. Scientific Data 3: 160018."
    )
    assert item["author"] == [
        {"family": "Wilkinson", "given": "M.D."},
        {"family": "Silva Santos", "given": "L.B. da"},
        {"family": "Hoen", "given": "P.A.C. ’t"},
        {"family": "Schaik", "given": "R. van"},
        {"family": "Lei", "given": "J.", "non-dropping-particle": "van der"},
        {"family": "Mons", "given": "B."},
    ]


def test_a_publishers_resolver_link_to_the_doi_is_no_url() -> None:
    item = parse_reference(
        "Zuur A.F. & Ieno E.N. (2016). A protocol for conducting and presenting results of regression-type analyses."
        " Methods in Ecology and Evolution 7 (6): 636–645. URL: http://doi.wiley.com/10.1111/2041-210X.12577. DOI:"
        " 10.1111/2041-210X.12577."
    )
    assert item["DOI"] == "10.1111/2041-210X.12577"
    assert "URL" not in item
    # a publisher's page is an address of its own
    item = parse_reference(
        "Bryan J. (2017). Excuse me, do you have a moment to talk about version control? PeerJ Preprints 5: e3159v2."
        " URL: https://peerj.com/preprints/3159. DOI: 10.7287/peerj.preprints.3159v2."
    )
    assert item["URL"] == "https://peerj.com/preprints/3159"


def test_a_recordings_kind_in_round_brackets_closes_no_title() -> None:
    item = parse_reference(
        "Bivand R. (2020b). Upstream software dependencies of the R-spatial ecosystem (video recording). In: How R"
        " Helped Provide Tools for Spatial Data Analysis @ CelebRation 2020. https://youtu.be/D4-roPsMz48?t=2166"
        " (accessed September 21, 2020)."
    )
    assert item["title"] == "Upstream software dependencies of the R-spatial ecosystem"
    assert item["medium"] == "video recording"


def test_a_company_named_by_its_legal_form_publishes() -> None:
    item = parse_reference(
        "Cobb, Matthew. ‘The Prehistory of Biology Preprints: A Forgotten Experiment from the 1960s’. PeerJ Inc., 22"
        " August 2017. doi.org/10.7287/peerj.preprints.3174v1"
    )
    assert item["publisher"] == "PeerJ Inc."
    assert "container-title" not in item
    # the magazine in italics is the outlet
    item = parse_reference("Nadine Heintz, “Everyone’s a CFO,” *Inc.,* https://www.inc.com, accessed January 15, 2018.")
    assert item["container-title"] == "Inc."
