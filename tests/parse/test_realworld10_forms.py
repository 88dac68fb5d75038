"""Forms of real reference lists of data-curation guides, standards documents and dataset descriptions
(``realworld10.jsonl``): APA 7 lists made with a reference manager, whose web pages with no author open on their
title (``Title. (n.d.). Site. Retrieved …, from URL``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_a_page_with_nothing_between_its_date_and_address_opens_on_its_title() -> None:
    item = parse_reference(
        "Create Accessible Documents. (n.d.). Retrieved March 24, 2023, from https://www.section508.gov/create/documents/"
    )
    assert item["title"] == "Create Accessible Documents"
    assert "author" not in item
    assert item["accessed"] == {"date-parts": [[2023, 3, 24]]}
    item = parse_reference("Section508.gov. (n.d.). Retrieved March 24, 2023, from https://www.section508.gov/")
    assert item["title"] == "Section508.gov" and "author" not in item
    # even where its words could be a family name and initials ("FAQ")
    item = parse_reference(
        "[ENTSO-Ea] Regional Security Coordinators FAQ. (n.d.). https://www.entsoe.eu/major-projects/rscis/."
    )
    assert item["title"] == "Regional Security Coordinators FAQ" and "author" not in item
    # a title with its date after it is no APA element before the date
    item = parse_reference(
        "[GPG 45] UK Cabinet Office, Good Practice Guide 45, *Identity proofing and verification of an individual*"
        " (November 3, 2014), available at: https://www.gov.uk/government/publications/identity-proofing"
    )
    assert item["author"] == [{"literal": "UK Cabinet Office"}]


def test_a_page_title_then_its_site_name() -> None:
    item = parse_reference(
        "Tabular data standard. (n.d.). GOV.UK. Retrieved March 24, 2023, from"
        " https://www.gov.uk/government/publications/recommended-open-standards-for-government/tabular-data-standard"
    )
    assert item["title"] == "Tabular data standard"
    assert item["container-title"] == "GOV.UK"
    assert "author" not in item
    item = parse_reference(
        "Standards. (n.d.). The DAISY Consortium. Retrieved March 24, 2023, from https://daisy.org/activities/standards/"
    )
    assert item["title"] == "Standards" and item["container-title"] == "The DAISY Consortium"
    item = parse_reference(
        "Paris Agreement. (2015). United Nations Framework Convention on Climate Change."
        " https://unfccc.int/process-and-meetings/the-paris-agreement/the-paris-agreement"
    )
    assert item["title"] == "Paris Agreement" and "author" not in item
    # a site's address in the author's place is its owner's name
    item = parse_reference(
        "W3Schools.com. (z.d.). Colors Gradient. Geraadpleegd op 21 december 2020, van"
        " https://www.w3schools.com/colors/colors_gradient.asp"
    )
    assert item["author"] == [{"literal": "W3Schools.com"}] and item["title"] == "Colors Gradient"
    # a body's page keeps its body as the author
    item = parse_reference(
        "U.S. Department of Indian Affairs. (2022). Tribal Leaders Directory. Retrieved April 13, 2023, from"
        " https://www.bia.gov/service/Tribal-leaders-directory"
    )
    assert item["author"] == [{"literal": "U.S. Department of Indian Affairs"}]
    assert item["title"] == "Tribal Leaders Directory"
    item = parse_reference(
        "NCAM. (n.d.). Multimedia Tools & Guidelines. Retrieved March 24, 2023, from"
        " http://ncamftp.wgbh.org/ncam-old-site/invent_build/web_multimedia/tools-guidelines.html"
    )
    assert item["author"] == [{"literal": "NCAM"}] and item["title"] == "Multimedia Tools & Guidelines"


def test_a_family_name_before_spaced_initials() -> None:
    item = parse_reference(
        "Garrison N. A. (2013). Genomic Justice for Native Americans: Impact of the Havasupai Case on Genetic"
        " Research. *Science, technology & human values*, *38*(2), 201–223. https://doi.org/10.1177/0162243912470009"
    )
    assert item["author"] == [{"family": "Garrison", "given": "N. A."}]
    item = parse_reference(
        "Chapman A. D. & Wieczorek J. R. (2020). Georeferencing Best Practices. Copenhagen: GBIF Secretariat."
        " https://doi.org/10.15468/doc-gg7h-s853"
    )
    assert item["author"] == [{"family": "Chapman", "given": "A. D."}, {"family": "Wieczorek", "given": "J. R."}]


def test_inverted_names_parted_by_semicolons_and_a_last_and() -> None:
    item = parse_reference(
        "Darragh, Jen; Hofelich Mohr, Alicia; Hunt, Shanda; Woodbrook, Rachel; Fearon, Dave; Moore, Jennifer; and"
        " Hadley, Hannah. (2020). *Human Subjects Data Essentials Data Curation Primer.* Data Curation Network."
        " Retrieved July 2, 2024, from https://github.com/DataCurationNetwork/data-primers"
    )
    assert [n.get("family") for n in item["author"]] == [
        "Darragh",
        "Hofelich Mohr",
        "Hunt",
        "Woodbrook",
        "Fearon",
        "Moore",
        "Hadley",
    ]
    assert item["author"][-1] == {"family": "Hadley", "given": "Hannah"}


def test_initials_first_names_with_a_serial_comma_end_on_a_family_name() -> None:
    item = parse_reference(
        "W.H. Wolberg, W.N. Street, and O.L. Mangasarian. Machine learning techniques to diagnose breast cancer"
        " from fine-needle aspirates. Cancer Letters 77 (1994) 163-171."
    )
    assert [n["family"] for n in item["author"]] == ["Wolberg", "Street", "Mangasarian"]
    assert item["title"] == "Machine learning techniques to diagnose breast cancer from fine-needle aspirates"


def test_a_site_after_an_italic_title_and_its_bracketed_date_is_the_container() -> None:
    # APA's date in brackets after the italic title's full stop is no Chicago entry, whose reading made the site
    # the publisher
    item = parse_reference(
        "*About CC Licenses*. (n.d.). Creative Commons. Retrieved July 2, 2024, from"
        " https://creativecommons.org/share-your-work/cclicenses/"
    )
    assert item["title"] == "About CC Licenses"
    assert item["container-title"] == "Creative Commons" and "publisher" not in item
    item = parse_reference(
        "*FAIR Principles*. (n.d.). GO FAIR. Retrieved July 2, 2024, from https://www.go-fair.org/fair-principles/"
    )
    assert item["container-title"] == "GO FAIR" and "publisher" not in item
    # its full stop left out after the date
    item = parse_reference(
        "*About.* (n.d.) Protected Planet. Retrieved April 28, 2023, from https://www.protectedplanet.net/en/about"
    )
    assert item["title"] == "About" and item["container-title"] == "Protected Planet"


def test_a_name_list_before_the_date_stays_the_authors() -> None:
    item = parse_reference("E. Berkowitz et al. (2017), 1704.01114")
    assert item["author"] == [{"family": "Berkowitz", "given": "E."}]
    assert "title" not in item


def test_an_italic_page_title_then_its_date_and_site() -> None:
    # the site after the date is no part of the title, whether the title closes on a full stop or its own mark
    item = parse_reference(
        "*CARE Principles*. (2023, January 23). Global Indigenous Data Alliance. https://www.gida-global.org/care"
    )
    assert item["title"] == "CARE Principles"
    assert item["container-title"] == "Global Indigenous Data Alliance"
    item = parse_reference(
        "*What is Copyright?* (n.d.). U.S. Copyright Office. Retrieved November 11, 2024, from"
        " https://www.copyright.gov/what-is-copyright/"
    )
    assert item["title"] == "What is Copyright?"
    assert item["container-title"] == "U.S. Copyright Office"
    item = parse_reference(
        "*Know Your Copyrights*. (n.d.). Association of Research Libraries. Retrieved November 11, 2024, from"
        " https://www.arl.org/know-your-copyrights"
    )
    assert item["title"] == "Know Your Copyrights"
    assert item["container-title"] == "Association of Research Libraries"


def test_the_undated_mark_is_no_part_of_the_site() -> None:
    item = parse_reference(
        "*Best Practices for Sharing Research Software | Data Science at NIH*. (n.d.). National Institutes of Health."
        " Retrieved November 11, 2024, from"
        " https://datascience.nih.gov/tools-and-analytics/best-practices-for-sharing-research-software-faq"
    )
    assert item["container-title"] == "National Institutes of Health"
    assert "issued" not in item
