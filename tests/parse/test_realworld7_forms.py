"""Forms of real agency, policy and project references (``realworld7.jsonl``, and ``realworld6.jsonl``'s bodies):
bodies whose names open on a country's abbreviation or join a last word with "and", bodies an author-year key
names whole, a page count closing the imprint, a resource named in a few words before its address. The
examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def test_a_country_abbreviation_opens_a_body_not_a_person() -> None:
    assert names_from_span("UK DfE") == [{"literal": "UK DfE"}]
    assert names_from_span("WHO and UN Habitat") == [{"family": "WHO"}, {"literal": "UN Habitat"}]
    assert names_from_span("US Customs and Border Protection") == [{"literal": "US Customs and Border Protection"}]
    item = parse_reference("UN Women. 2019. Handbook on Gender Statistics. Available at: https://example.org/handbook")
    assert item["author"] == [{"literal": "UN Women"}]


def test_a_body_keeps_the_word_after_its_and() -> None:
    assert names_from_span("Centers for Disease Control and Prevention.") == [
        {"literal": "Centers for Disease Control and Prevention"}
    ]
    assert names_from_span("Department for Science and Technology") == [
        {"literal": "Department for Science and Technology"}
    ]
    # a person after the body stays a name of the list
    assert names_from_span("Smith of Jones and Brown")[-1] == {"family": "Brown"}


def test_an_author_year_key_holding_the_whole_name_names_a_body() -> None:
    item = parse_reference("[BlueHarbor2025] Blue Harbor, 2025-02-03, Incident report for February, https://example.org/r")
    assert item["author"] == [{"literal": "Blue Harbor"}]
    item = parse_reference("[Lund2025] Maja Lund, 2025-02-03, Notes on fuzzing, https://example.org/n")
    assert item["author"] == [{"family": "Lund", "given": "Maja"}]


def test_a_page_count_closes_the_imprint() -> None:
    item = parse_reference(
        "Brandt, K. (2009). Pumps and Pipes: A Field Manual, 2 edition. Boston, MA: Harbor Books, 512p."
    )
    assert item["publisher"] == "Harbor Books"
    assert item["publisher-place"] == "Boston, MA"
    item = parse_reference("Olsen, P. (2004). Valves in Practice. River Press, Dayton, OH, 310p.")
    assert item["publisher-place"] == "Dayton, OH"


def test_a_bare_number_before_edition_closing_the_publisher_is_the_edition() -> None:
    item = parse_reference("Lee, W. (2015). Data at Work: A Primer. Sebastopol, CA: Harbor Media, 2 edition, 380p.")
    assert item["publisher"] == "Harbor Media"
    assert item["edition"] == "2"


def test_a_name_then_its_address_is_the_title() -> None:
    item = parse_reference("EU Batteries Regulation: https://eur-lex.europa.eu/eli/reg/2023/1542/oj")
    assert item["title"] == "EU Batteries Regulation"
    assert "author" not in item and "issued" not in item
    item = parse_reference("Open Grid Emissions Tool: https://github.com/example/oge (hourly emission factors)")
    assert item["title"] == "Open Grid Emissions Tool"
    assert item["URL"] == "https://github.com/example/oge"
    assert "publisher" not in item
    item = parse_reference("Global report on drowning 2014 (https://www.who.int/publications/i/item/global-report)")
    assert item["title"] == "Global report on drowning 2014"
    assert "issued" not in item
    item = parse_reference("ISO 50001:2018 (published August 2018): https://www.iso.org/standard/69426.html")
    assert item["title"] == "ISO 50001:2018"
    assert item["issued"] == {"date-parts": [[2018, 8]]}


def test_a_list_number_glued_to_a_body_in_capitals_is_the_number() -> None:
    item = parse_reference("4.UNESCO, 2019. Guidelines on Open Educational Resources. Available at: https://example.org/oer")
    assert item["citation-number"] == "4"
    assert item["author"] == [{"literal": "UNESCO"}]


def test_italics_before_the_bracketed_date_is_no_apa_author() -> None:
    item = parse_reference("Julia Core Team. *The Julia Language Manual*. (2024). https://docs.example.org/julia")
    assert item["author"] == [{"literal": "Julia Core Team"}]
    assert item["title"] == "The Julia Language Manual"


def test_an_italic_journal_after_the_title_sentence_is_the_journal() -> None:
    item = parse_reference(
        "Rivera, L. et al. Tracking influenza with sewage samples across two winters. *Epidemics Rep*. 7:45 (2021). "
        "https://doi.org/10.1000/er.2021.45"
    )
    assert item["title"] == "Tracking influenza with sewage samples across two winters"
    assert item["container-title"] == "Epidemics Rep"


def test_a_bracketed_maker_after_a_quoted_title_is_the_author() -> None:
    item = parse_reference("\"Counting Carbon in the Cloud\" (Ember, 2024)")
    assert item["title"] == "Counting Carbon in the Cloud"
    assert [a.get("literal") or a.get("family") for a in item["author"]] == ["Ember"]
    assert item["issued"] == {"date-parts": [[2024]]}
    item = parse_reference("\"Open Data Playbook\" (Open Knowledge Foundation, Guide)")
    assert item["author"] == [{"literal": "Open Knowledge Foundation"}]
    assert "author" not in parse_reference("\"Flood maps explained\" (PDF)")


def test_wikipedia_format_mark_after_the_italic_title() -> None:
    item = parse_reference(
        "*DVB-T2 Implementation Guidelines* (PDF), DVB Project, February 2015, pp. 12–14, retrieved 3 May 2019"
    )
    assert item["title"] == "DVB-T2 Implementation Guidelines"
    assert item["publisher"] == "DVB Project"
    assert item["issued"] == {"date-parts": [[2015, 2]]}
    assert item["accessed"] == {"date-parts": [[2019, 5, 3]]}


def test_an_agency_report_series_and_code_after_the_imprint_are_no_journal() -> None:
    item = parse_reference(
        "Lewis, M.A. (2010). Storm Water Management Model Reference Manual. Cincinnati, OH: U.S. Environmental "
        "Protection Agency. U.S. Environmental Protection Agency Technical Report, EPA/600/R-15/162, 231p."
    )
    assert item["publisher"] == "U.S. Environmental Protection Agency"
    assert item["publisher-place"] == "Cincinnati, OH"
    assert not {"container-title", "volume"} & set(item)
    assert item["page"] == "231"  # the report's count of pages


def test_access_at_announces_the_address() -> None:
    item = parse_reference(
        "WHO (2018). Methods for estimating the burden of disease from unsafe water. Access at : https://example.org/m.pdf"
    )
    assert item["title"] == "Methods for estimating the burden of disease from unsafe water"
    assert "container-title" not in item


def test_a_repository_name_where_the_author_goes_is_the_title() -> None:
    item = parse_reference(
        "geopandas/geopandas. (n.d.). Retrieved on March 3, 2021 from https://github.com/geopandas/geopandas"
    )
    assert item["title"] == "geopandas/geopandas"
    assert "author" not in item


def test_the_bracket_after_a_bold_volume_is_the_issue() -> None:
    item = parse_reference(
        "Mensah, A. et al. Forecasting measles outbreaks with school absence data. *PLoS Comput Biol*. "
        "**18**(4) (2022). https://doi.org/10.1000/pcbi.2022.4"
    )
    assert item["volume"] == "18"
    assert item["issue"] == "4"
    assert item["issued"] == {"date-parts": [[2022]]}


def test_bracketed_affiliations_after_names_before_the_date() -> None:
    assert names_from_span("Lund, Maja (CNCF), Peter K. Olsen (OpenSSF)") == [
        {"family": "Lund", "given": "Maja"},
        {"family": "Olsen", "given": "Peter K."},
    ]
    assert names_from_span("World Health Organization (WHO)") == [{"literal": "World Health Organization (WHO)"}]
    # a body's own abbreviation and a French name's bracketed initials stay
    assert names_from_span("Médecins sans frontières (MSF)") != [{"family": "frontières", "given": "Médecins sans"}]
    assert "Fr.-R." in str(names_from_span("HERBIN (Fr.-R.), NAGEB (R.)"))
    item = parse_reference(
        "[Lund2025] Lund, Maja (CNCF), Peter K. Olsen (OpenSSF), 2025-03, “Hardening Build Pipelines”, "
        "https://example.org/hardening"
    )
    assert [a.get("family") for a in item["author"]] == ["Lund", "Olsen"]
    assert item["title"] == "Hardening Build Pipelines"
    assert item["issued"] == {"date-parts": [[2025, 3]]}


def test_a_body_then_an_italic_title_and_its_bracketed_year() -> None:
    item = parse_reference(
        "National Weather Service. *Flood Safety Tips and Resources* (2023). https://www.weather.gov/safety/flood"
    )
    assert item["author"] == [{"literal": "National Weather Service"}]
    assert item["title"] == "Flood Safety Tips and Resources"
    assert item["issued"] == {"date-parts": [[2023]]}
