"""Forms of reports, standards, reference works and names read wrong: a name its bearer writes in lower case
(``normalisers/names``), a Harvard title closing on the period it covers (``readers/apa/parser``), APA's
bracketed pages read into the publisher (``mends/page_words``), a body's acronym after its name read as an
issue and an encyclopedia's season edition (``readers/apa/source``), a standard's number after a body's
slashed letters (``readers/apa/title``) and IEEE's RFC number (``mends/rfc_numbers``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def test_a_lower_case_name_inverted_is_one_person() -> None:
    assert names_from_span("hooks, bell") == [{"family": "hooks", "given": "bell"}]
    assert names_from_span("boyd, d., & Crawford, K.") == [
        {"family": "boyd", "given": "d."},
        {"family": "Crawford", "given": "K."},
    ]
    item = parse_reference(
        'hooks, bell. "Eating the Other: Desire and Resistance." Black Looks: Race and Representation, '
        "South End Press, 1992, pp. 21–39."
    )
    assert item["author"] == [{"family": "hooks", "given": "bell"}]


def test_a_title_closing_on_the_month_it_covers_has_no_imprint() -> None:
    item = parse_reference(
        "Office for National Statistics (2023) Labour market overview, UK: March 2023. Available at: "
        "https://www.ons.gov.uk/employmentandlabourmarket (Accessed: 14 March 2023)."
    )
    assert item["title"] == "Labour market overview, UK: March 2023"
    assert "publisher" not in item and "publisher-place" not in item


def test_bracketed_pages_before_the_publisher_are_the_pages() -> None:
    item = parse_reference(
        "Brown, T. B., Mann, B., Ryder, N., et al. (2020). Language models are few-shot learners. In H. "
        "Larochelle, M. Ranzato, R. Hadsell, M. F. Balcan, & H. Lin (Eds.), Advances in Neural Information "
        "Processing Systems 33 (pp. 1877–1901). Curran Associates."
    )
    assert item["page"] == "1877-1901"
    assert item["publisher"] == "Curran Associates"


def test_a_bodys_acronym_after_its_name_is_no_issue() -> None:
    item = parse_reference(
        "Hersbach, H., Bell, B., Berrisford, P., et al. (2023). ERA5 hourly data on single levels from 1940 to "
        "present [Data set]. Copernicus Climate Change Service (C3S) Climate Data Store (CDS). "
        "https://doi.org/10.24381/cds.adbb2d47"
    )
    assert "issue" not in item
    assert item["publisher"] == "Copernicus Climate Change Service (C3S) Climate Data Store (CDS)"


def test_an_encyclopedias_season_edition() -> None:
    item = parse_reference(
        "Graham, G. (2019). Behaviorism. In E. N. Zalta (Ed.), The Stanford encyclopedia of philosophy "
        "(Spring 2019 ed.). Stanford University. https://plato.stanford.edu/archives/spr2019/entries/behaviorism/"
    )
    assert item["edition"] == "Spring 2019"
    assert item["container-title"] == "The Stanford encyclopedia of philosophy"


def test_a_standards_number_after_slashed_letters_leaves_the_title() -> None:
    item = parse_reference(
        "International Organization for Standardization. (2013). Information technology — Security techniques "
        "— Information security management systems — Requirements (ISO/IEC Standard No. 27001:2013)."
    )
    assert item["title"].endswith("Requirements")
    assert item["number"] == "27001:2013"


def test_ieee_rfc_number_leaves_publisher_and_date() -> None:
    item = parse_reference('R. Fielding, M. Nottingham, and J. Reschke, "HTTP Semantics," IETF, RFC 9110, Jun. 2022.')
    assert item["publisher"] == "IETF"
    assert "RFC 9110" in item.get("note", "")
    assert item["issued"]["date-parts"] == [[2022, 6]]


def test_a_retraction_notice_after_the_link_is_a_note() -> None:
    item = parse_reference(
        "Joly, J. F., Stapel, D. A., & Lindenberg, S. M. (2008). Silence and table manners: When environments "
        "activate norms. Personality and Social Psychology Bulletin, 34(8), 1047–1056. "
        "https://doi.org/10.1177/0146167208318401 (Retraction published 2012, Personality and Social Psychology "
        "Bulletin, 38[10], 1378)"
    )
    assert "publisher" not in item
    assert item["page"] == "1047-1056"
    assert item["note"].startswith("Retraction published 2012")


def test_a_whole_encyclopedias_season_edition_after_its_title() -> None:
    item = parse_reference(
        "Zalta, E. N. (Ed.). (2019). The Stanford encyclopedia of philosophy (Summer 2019 ed.). Stanford "
        "University. https://plato.stanford.edu/archives/sum2019/"
    )
    assert item["title"] == "The Stanford encyclopedia of philosophy"
    assert item["edition"] == "Summer 2019"
    assert "accessed" not in item


def test_a_reports_bracketed_number_closing_its_title() -> None:
    item = parse_reference(
        "World Meteorological Organization, 2021. State of the Global Climate 2020 (WMO-No. 1264). WMO, Geneva."
    )
    assert item["title"] == "State of the Global Climate 2020"
    assert item["number"] == "1264"


def test_a_fact_sheets_number_after_a_title_with_commas() -> None:
    item = parse_reference(
        "UNESCO Institute for Statistics. (2019). New methodology shows that 258 million children, adolescents and "
        "youth are out of school (Fact Sheet No. 56). http://uis.unesco.org/"
    )
    assert item["title"].endswith("youth are out of school")
    assert "container-title" not in item and "issue" not in item
    assert item["number"] == "56"


def test_a_book_with_its_address_keeps_its_university_press() -> None:
    item = parse_reference(
        "Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep learning. MIT Press. http://www.deeplearningbook.org"
    )
    assert item["publisher"] == "MIT Press"
    assert "container-title" not in item
    assert item["type"] == "book"
