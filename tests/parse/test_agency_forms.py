"""Parse cases of agencies', standards bodies' and reading lists' reference forms: a spaced citation
label, a series designation before the italic title, NIST's bracketed imprint and series, an update note
after the date, the RFC Editor's numbers, Chicago's journal read as a publisher, a DOI with a remark and a
book's series; a body of several fields, the World Bank's licence statement and the European Commission's
document symbol."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.citation_label import split_label
from biblio.parse.mends.publisher_numbers import publisher_before_numbers
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.spans import Span


def _fields(text: str) -> dict[str, Any]:
    item = dict(parse_reference(text))
    item.pop("custom", None)
    return item


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[GPG 44] UK Cabinet Office, Title.", "GPG 44"),
        ("[SP 800-63B] NIST Special Publication 800-63B, *Title*, June 2017.", "SP 800-63B"),
        ("[NIST RMF] Risk Management Framework Overview, available at http://x.org.", "NIST RMF"),
    ],
)
def test_spaced_key_is_a_label(text: str, value: str) -> None:
    label = split_label(text)
    assert label is not None and label.value == value


@pytest.mark.parametrize("text", ["[Review Essay] Smith, J. (2001). Title.", "[Letter to the editor] Title."])
def test_bracketed_words_are_no_label(text: str) -> None:
    assert split_label(text) is None


def test_designation_opens_the_reference() -> None:
    item = _fields(
        "[SP 800-61] NIST Special Publication 800-61 Revision 2, *Computer Security Incident Handling Guide*, "
        "August 2012, https://doi.org/10.6028/NIST.SP.800-61r2."
    )
    assert item["title"] == "Computer Security Incident Handling Guide"
    assert "author" not in item and "container-title" not in item
    assert item["DOI"] == "10.6028/NIST.SP.800-61r2"
    assert item["issued"]["date-parts"][0][:1] == [2012]


def test_designation_after_a_body_and_a_bracketed_date() -> None:
    item = _fields(
        "[GPG 43] UK Cabinet Office, Good Practice Guide 43, *Requirements for Secure Delivery of Online "
        "Public Services* (November 3, 2014), available at: https://www.gov.uk/government/publications/rsdops."
    )
    assert item["author"] == [{"literal": "UK Cabinet Office"}]
    assert item["title"] == "Requirements for Secure Delivery of Online Public Services"
    assert item["issued"]["date-parts"][0] == [2014, 11, 3]
    assert item["URL"] == "https://www.gov.uk/government/publications/rsdops"


def test_update_note_leaves_the_date_issued() -> None:
    item = _fields(
        "[SP 800-53A] NIST Special Publication 800-53A Revision 4, *Assessing Security and Privacy Controls in "
        "Federal Information Systems and Organizations, Building Effective Assessment Plans*, December 2014 "
        "(updated December 18, 2014), https://doi.org/10.6028/NIST.SP.800-53Ar4."
    )
    assert item["issued"]["date-parts"][0][:1] == [2014]
    assert "accessed" not in item


def test_italic_title_after_an_organisation() -> None:
    item = _fields(
        "World Health Organization, *Global Tuberculosis Report 2.0*, 2023, available at: "
        "https://www.who.int/publications/i/item/9789240083851."
    )
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["title"] == "Global Tuberculosis Report 2.0"
    assert "container-title" not in item and "volume" not in item


def test_nist_series_imprint() -> None:
    item = _fields(
        "Souppaya M, Scarfone K (2013) Guidelines for Managing the Security of Mobile Devices in the Enterprise. "
        "(National Institute of Standards and Technology, Gaithersburg, MD), NIST Special Publication (SP) "
        "800-124 Rev. 1. https://doi.org/10.6028/NIST.SP.800-124r1"
    )
    assert item["publisher"] == "National Institute of Standards and Technology"
    assert item["publisher-place"] == "Gaithersburg, MD"
    assert "page" not in item
    assert item["DOI"] == "10.6028/NIST.SP.800-124r1"


def test_nist_series_with_a_date_after_it() -> None:
    item = _fields(
        "Office of Management and Budget (2022) Moving the U.S. Government Toward Zero Trust Cybersecurity "
        "Principles. (The White House, Washington, DC), OMB Memorandum M-22-09, January 26, 2022. "
        "https://www.whitehouse.gov/wp-content/uploads/2022/01/M-22-09.pdf"
    )
    assert item["publisher"] == "The White House"
    assert item["publisher-place"] == "Washington, DC"
    assert "container-title" not in item


def test_rfc_numbers_are_no_journal() -> None:
    item = _fields(
        "Rescorla, E., *The Transport Layer Security (TLS) Protocol Version 1.3*, RFC 8446, "
        "DOI 10.17487/RFC8446, August 2018, https://www.rfc-editor.org/info/rfc8446."
    )
    for absent in ("container-title", "volume", "page"):
        assert absent not in item
    assert item["DOI"] == "10.17487/RFC8446"


def test_doi_before_a_remark() -> None:
    item = _fields(
        "Smith, Jane. “A Study of Rain.” Journal of Weather 12, no. 3 (May 2019): 45–67. "
        "doi.org/10.1234/jw.2019.45 (not Open Access)."
    )
    assert item["DOI"] == "10.1234/jw.2019.45"


def test_series_of_a_book_is_no_container() -> None:
    item = _fields(
        "Small, Christopher G. Expansions and Asymptotics for Statistics. Monographs on Statistics and "
        "Applied Probability. Boca Raton: Chapman and Hall, 2010."
    )
    assert "container-title" not in item
    assert item["publisher"] == "Chapman and Hall"


def test_publisher_before_a_bare_volume_is_the_journal() -> None:
    text = "Wiley Reviews 7, no. 1 (2016): 23–41."
    spans = [
        Span("publisher", "Wiley Reviews", 0, 13, 0.9),
        Span("volume", "7,", 14, 16, 0.9),
        Span("issue", "no. 1", 17, 22, 0.9),
        Span("date", "(2016):", 23, 30, 0.9),
        Span("pages", "23–41.", 31, 37, 0.9),
    ]
    assert [s.label for s in publisher_before_numbers(spans, text)][:2] == ["journal", "volume"]
    imprint = [Span("location", "London:", 0, 7, 0.9), *spans]
    assert publisher_before_numbers(imprint, "London: " + text) is imprint


def test_access_note_closing_a_web_citation() -> None:
    item = _fields('Doe, Jane (March 2, 2019). "Why Tests Matter". Jane\'s Notes. Retrieved May 4, 2022.')
    assert item["accessed"]["date-parts"][0] == [2022, 5, 4]
    for absent in ("volume", "page"):
        assert absent not in item


def test_access_note_before_an_address_is_left_to_it() -> None:
    item = _fields("Doe, J. (2019). Why tests matter. Retrieved May 4, 2022, from https://example.org/tests")
    assert item["URL"] == "https://example.org/tests"
    assert item["accessed"]["date-parts"][0] == [2022, 5, 4]


def test_isbn_after_the_publisher_is_no_part_of_it() -> None:
    item = _fields("Knuth, Donald E. (1997). *The Art of Computer Programming*. Addison-Wesley. ISBN 0-201-89683-4")
    assert item["publisher"] == "Addison-Wesley"
    assert item["ISBN"] == "0-201-89683-4"


def test_names_before_a_dash() -> None:
    item = _fields(
        "J. Milnor and J. Stasheff - *Characteristic Classes*, Annals of Mathematics Studies, Princeton University "
        "Press, Princeton, 1974."
    )
    assert [a.get("family") for a in item["author"]] == ["Milnor", "Stasheff"]
    assert item["title"] == "Characteristic Classes"
    assert "container-title" not in item


def test_chapter_after_a_book_title_is_a_note() -> None:
    item = _fields('Hermann Weyl (1939) *The Classical Groups*, chapter 1: "Introduction", Princeton University Press.')
    assert item["title"] == "The Classical Groups"
    assert "container-title" not in item
    assert item["publisher"] == "Princeton University Press"


def test_site_after_a_quoted_title_is_the_container() -> None:
    item = _fields('Doe, Jane (March 2, 2019). "Why Tests Matter". Jane\'s Notes. Retrieved May 4, 2022.')
    assert item["container-title"] == "Jane's Notes"
    assert "publisher" not in item


def test_a_body_of_several_fields_is_one_name() -> None:
    # "Engineering" and "Medicine" were read as two persons' family names
    assert names_from_span("National Academies of Sciences, Engineering, and Medicine") == [
        {"literal": "National Academies of Sciences, Engineering, and Medicine"}
    ]
    assert names_from_span("Ministry of Agriculture, Fisheries and Food") == [
        {"literal": "Ministry of Agriculture, Fisheries and Food"}
    ]
    assert len(names_from_span("Smith, John, and Mary Jones")) == 2


def test_a_licence_statement_is_a_note_not_a_second_imprint() -> None:
    item = parse_reference(
        "World Bank. 2022. Poverty and Shared Prosperity 2022: Correcting Course. Washington, DC: World Bank. "
        "doi:10.1596/978-1-4648-1893-6. License: Creative Commons Attribution CC BY 3.0 IGO."
    )
    assert (item["publisher"], item["publisher-place"]) == ("World Bank", "Washington, DC")
    assert item["note"] == "License: Creative Commons Attribution CC BY 3.0 IGO"
    assert item["DOI"] == "10.1596/978-1-4648-1893-6"


def test_the_european_commissions_document_symbol_leaves_the_title() -> None:
    item = parse_reference(
        "European Commission. (2020). A new industrial strategy for Europe (COM(2020) 102 final). "
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0102"
    )
    assert (item["title"], item["number"]) == ("A new industrial strategy for Europe", "COM(2020) 102 final")


def test_a_country_before_an_agencys_initials_is_no_persons_initial() -> None:
    # "U.S. EPA." was a person with family name "EPA" and given name "U.S.", and the report's symbol stayed in the title
    item = parse_reference("U.S. EPA. (2019). Title of report (EPA/600/R-19/001). https://www.epa.gov/x")
    assert item["author"] == [{"literal": "U.S. EPA"}]
    assert (item["title"], item["number"]) == ("Title of report", "EPA/600/R-19/001")
