"""Forms of real energy, data and software references (``realworld8.jsonl``): Zotero's APA for works with no
author, their title in the author's place (a web page's title as the browser shows it, a repository's
``owner/name``, a report's title closed by its year), and the description Zotero prints after the date."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.readers.apa.parser import parse_apa


def test_a_page_title_in_the_authors_place_is_the_title() -> None:
    item = parse_apa("Forecaster — DNV GL. (n.d.). DNV GL. https://www.dnvgl.com/services/forecaster-94823.")
    assert item is not None and "author" not in item
    assert item["title"] == "Forecaster — DNV GL"
    item = parse_reference("[GridScientific] About Us - Grid Scientific. (n.d.). http://gridscientific.com/about-us/.")
    assert "author" not in item and item["title"] == "About Us - Grid Scientific"
    # a body written as its abbreviation and its name stays the author
    item = parse_apa("EPA - Environmental Protection Agency. (2019). Title of the guidance. https://example.org/g")
    assert item is not None and item["author"] == [{"literal": "EPA - Environmental Protection Agency"}]


def test_a_repository_and_a_description_after_the_date() -> None:
    item = parse_reference(
        "[EnergieID2019] EnergieID/entsoe-py. (2019). [Python]. EnergieID cvba-so. https://github.com/EnergieID/entsoe-py"
        " (Original work published 2017)."
    )
    assert "author" not in item
    assert item["title"] == "EnergieID/entsoe-py"
    assert item["genre"] == "Python"
    assert item["issued"] == {"date-parts": [[2019]]}


def test_a_title_closed_by_its_year_before_the_date() -> None:
    item = parse_reference(
        "[IEA2017] World Energy Outlook 2017. (2017). International Energy Agency. "
        "https://www.iea.org/reports/world-energy-outlook-2017."
    )
    assert "author" not in item
    assert item["title"] == "World Energy Outlook 2017"
    assert item["issued"] == {"date-parts": [[2017]]}


def test_a_producer_then_a_dash_then_the_title() -> None:
    item = parse_reference("Ember - Yearly Electricity Data (2025).")
    assert item["author"][0].get("family", item["author"][0].get("literal")) == "Ember"
    assert item["title"] == "Yearly Electricity Data"
    item = parse_reference(
        "Central Statistics Office (CSO) Ireland – Data Centers Metered Electricity Consumption (2025)"
    )
    assert item["author"] == [{"literal": "Central Statistics Office (CSO) Ireland"}]
    assert item["title"] == "Data Centers Metered Electricity Consumption"
    item = parse_reference("U.S. Energy Information Administration (EIA) - International Energy Data (2026).")
    assert item["author"] == [{"literal": "U.S. Energy Information Administration (EIA)"}]
    assert item["title"] == "International Energy Data"
    # persons joined by dashes, and a body's name closed by its full stop before a title, are no producer
    item = parse_reference("F.Ahl - H. Roisman, The Odyssey Re-Formed, Ithaca-London 1996")
    assert item.get("title") != "H. Roisman, The Odyssey Re-Formed"
    # nor a standard's title in parts joined by dashes (a documents_real FreeBSD paper's reference)
    item = parse_reference(
        "Draft Standard for Information Technology — Portable Operating System Interface (POSIX) — Part 1: System "
        "Application Program Interface (API) — Amendment: Protection, Audit and Control Interfaces [C Language] IEEE "
        "Std 1003.1e Draft 17 Editor Casey Schaufler"
    )
    assert "author" not in item and item["title"].startswith("Draft Standard for Information Technology")


def test_an_odd_list_of_one_word_names_is_family_names() -> None:
    item = parse_reference(
        "[InvalidCurve] Biehl, Meyer, Müller: Differential fault attacks on elliptic curve cryptosystems "
        "(https://www.iacr.org/archive/crypto2000/18800131/18800131.pdf)"
    )
    assert item["author"] == [{"family": "Biehl"}, {"family": "Meyer"}, {"family": "Müller"}]
    item = parse_reference(
        '[RandomMonty] Le, Tan, Tunstall "Randomizing the Montgomery Powering Ladder" (https://eprint.iacr.org/2015/657)'
    )
    assert [n.get("family") for n in item["author"]] == ["Le", "Tan", "Tunstall"]


def test_the_centuries_a_history_covers_close_its_title() -> None:
    item = parse_reference(
        "Prados de la Escosura, L. (2017), Spanish Economic Growth, 1850-2015 (London: Palgrave Macmillan)"
    )
    assert item["title"] == "Spanish Economic Growth, 1850-2015" and "page" not in item
    item = parse_reference(
        "Broadberry, S.N., B. Campbell, A. Klein, M. Overton and B. van Leeuwen (2015), British Economic Growth "
        "1270-1870 Cambridge: Cambridge University Press."
    )
    assert item["title"] == "British Economic Growth 1270-1870" and "page" not in item
    item = parse_reference(
        "Ridolfi, L., & Nuvolari, A. (2021). L’histoire immobile? A reappraisal of French economic growth using the "
        "demand-side approach, 1280–1850. European Review of Economic History, 25(3), 405–428"
    )
    assert item["title"].endswith("demand-side approach, 1280–1850")
    assert item["page"] == "405-428" or item["page"] == "405–428"


def test_a_quote_closed_after_an_identifier_is_no_part_of_it() -> None:
    item = parse_reference(
        'Bolt, Jutta and Jan Luiten van Zanden (2024), "Maddison style estimates of the evolution of the world '
        'economy: A new 2023 update", Journal of Economic Surveys, 1–41. DOI: 10.1111/joes.12618”.'
    )
    assert item["DOI"] == "10.1111/joes.12618"
    item = parse_reference(
        "Epoch AI, ‘Parameter, Compute and Data Trends in Machine Learning’. Published online at epochai.org. "
        "Retrieved from: ‘https://epochai.org/data/epochdb/visualization’ [online resource]"
    )
    assert item["URL"] == "https://epochai.org/data/epochdb/visualization"


def test_a_body_alone_before_its_bracketed_year_is_the_author() -> None:
    item = parse_reference("OECD (2025), Analytical house prices indicators, http://data-explorer.oecd.org/s/295")
    assert item["author"] == [{"literal": "OECD"}]
    assert item["title"] == "Analytical house prices indicators"


def test_a_laboratorys_report_number_is_no_journal() -> None:
    item = parse_reference(
        "[ELLT12] Eto, J.H., LaCommare, K.H., Larsen, P.H., Todd, A., and Fisher, E. (2012). An Examination of "
        "Temporal Trends in Electricity Reliability Based on Reports from U.S. Electric Utilities. Lawrence Berkeley "
        "National Laboratory Report Number LBNL-5268E. Berkeley, CA: Ernest Orlando Lawrence Berkeley National "
        "Laboratory, 68p"
    )
    assert "container-title" not in item
    assert item["number"] == "LBNL-5268E"
    assert item["type"] == "report"


def test_a_bare_number_before_the_bracketed_year_is_the_volume() -> None:
    item = parse_reference(
        "Scheidel, W. and Friesen, S. J., ‘The size of the economy and the distribution of income in the Roman "
        "Empire’, Journal of Roman Studies, 99 (2009), pp. 61–91"
    )
    assert item["volume"] == "99"
    assert item["page"] in ("61–91", "61-91")
    # physics' "volume, page (year)" with an arXiv number after the year keeps its page
    item = parse_reference("J. Blümlein, H. Böttcher, Nucl. Phys. B841, 205 (2010), 1005.3113")
    assert item["volume"] == "841" and item["page"] == "205"


def test_a_paper_presented_at_a_meeting_with_its_town_and_days() -> None:
    item = parse_reference(
        "Buyst, E. (2011), “Towards Estimates of Long Term Growth in the Southern Low Countries, ca.1500-1846”, "
        "Results presented at the Conference on Quantifying Long Run Economic Development, Venice, 22-24 March, 2011"
    )
    assert "container-title" not in item and "page" not in item
    assert item["event-place"] == "Venice"
    assert item["type"] == "paper-conference"


def test_the_date_of_a_revision_when_no_other_is_given() -> None:
    item = parse_reference(
        'Wilcox, S and Marion, W. "Users Manual for TMY3 Data Sets". NREL/TP-581-43156, Revised May 2008.'
    )
    assert item["issued"] == {"date-parts": [[2008, 5]]}
    assert item["title"] == "Users Manual for TMY3 Data Sets"


def test_an_agencys_seat_closes_its_imprint() -> None:
    item = parse_reference(
        "IRENA – Renewable Power Generation Costs in 2025. International Renewable Energy Agency, Abu Dhabi (2026)."
    )
    assert item["publisher"] == "International Renewable Energy Agency"
    assert item["publisher-place"] == "Abu Dhabi"
    # a body's initials and its town with no comma between, where the body is the author
    item = parse_reference(
        "WHO (2016a). Ambient air pollution: a global assessment of exposure and burden of disease, WHO Geneva."
    )
    assert item["publisher"] == "WHO" and item["publisher-place"] == "Geneva"
    # a publisher's own name, not a body publishing its own work
    item = parse_reference("Trappenberg, T. (2009). Fundamentals of computational neuroscience. OUP Oxford.")
    assert item["publisher"] == "OUP Oxford" and "publisher-place" not in item


def test_no_date_mark_after_a_title_in_the_authors_place() -> None:
    item = parse_reference(
        "[ENTSO-Ed] Energy Identification Codes (EICs). (n.d.). "
        "https://www.entsoe.eu/data/energy-identification-codes-eic/."
    )
    assert item["title"] == "Energy Identification Codes (EICs)"
    assert "issued" not in item and "author" not in item


def test_a_body_its_year_and_title_read_as_one_note() -> None:
    item = parse_reference(
        "OECD (2024), Road accidents (indicator). doi: 10.1787/2fe1b899-en (Accessed on 01 July 2024)"
    )
    assert item["author"] == [{"literal": "OECD"}]
    assert item["issued"] == {"date-parts": [[2024]]}
    assert item["title"].startswith("Road accidents")


def test_family_names_alone_before_a_colon() -> None:
    item = parse_reference(
        "[MillionMsgTiming] Meyer, Somorovsky, Weiss, Schwenk, Schinzel, Tews: Revisiting SSL/TLS Implementations: "
        "New Bleichenbacher Side Channels and Attacks (https://www.usenix.org/conference/usenixsecurity14)"
    )
    assert [a["family"] for a in item["author"]] == ["Meyer", "Somorovsky", "Weiss", "Schwenk", "Schinzel", "Tews"]
    assert item["title"].startswith("Revisiting SSL/TLS")
    # a name with its initials before a title that opens with a colon keeps the title whole
    item = parse_reference(
        "Hunter, J. D., Matplotlib: A 2D graphics environment, Computing in Science & Engineering 9 (2007) 90-95."
    )
    assert item["title"] == "Matplotlib: A 2D graphics environment"


def test_a_sentence_on_where_the_data_come_from_is_a_note() -> None:
    item = parse_reference(
        'Food and Agriculture Organization of the United Nations (1949), "The State of Food and Agriculture 1949". '
        "Data extracted from Table 15."
    )
    assert "container-title" not in item and item["title"] == "The State of Food and Agriculture 1949"
    item = parse_reference(
        "Ember - European Wholesale Electricity Price Data. Based on data from European Network of Transmission "
        "System Operators (ENTSO-E), United Kingdom's Electricity Market Reform (EMR)."
    )
    assert item["title"] == "European Wholesale Electricity Price Data"


def test_a_page_title_the_model_read_as_names_is_the_title() -> None:
    # the model reads the page's title as the author's names; APA's reading of the opening is the surer
    item = parse_reference("[DNV] Forecaster — DNV GL. (n.d.). DNV GL. https://www.dnvgl.com/services/forecaster-94823.")
    assert "author" not in item and item["title"] == "Forecaster — DNV GL"
    item = parse_reference("[UL] Software Archive — UL - Renewables. (n.d.). UL - Renewables. https://aws-dewi.ul.com/software/.")
    assert "author" not in item and item["title"] == "Software Archive — UL - Renewables"
    # a group's name before the date stays the author
    item = parse_reference("World Health Organization. (2020). Title of the report. https://www.who.int/report")
    assert item["author"] == [{"literal": "World Health Organization"}]


def test_a_producer_before_a_dash_the_reader_ran_into_one_author() -> None:
    item = parse_reference(
        "Economic Research Service of the United States Department of Agriculture (USDA/ERS) – Food expenditure in"
        " United States (2025)."
    )
    assert item["author"] == [
        {"literal": "Economic Research Service of the United States Department of Agriculture (USDA/ERS)"}
    ]
    assert item["title"] == "Food expenditure in United States"
    # the dash read into the producer's name is no part of it
    item = parse_reference(
        "IRENA – Renewable energy statistics 2026. International Renewable Energy Agency, Abu Dhabi (2026)."
    )
    assert item["author"] == [{"literal": "IRENA"}]


def test_a_title_then_its_producer_and_year() -> None:
    item = parse_reference("Overview national fur legislation, Fur Free Alliance (2026).")
    assert item["author"] == [{"literal": "Fur Free Alliance"}]
    assert item["title"] == "Overview national fur legislation"
    item = parse_reference(
        "Global AMR data - Global Antimicrobial Resitsance and Use Surveillance System (GLASS), World Health"
        " Organization (2024)"
    )
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert "container-title" not in item
    # a person's name after the title is no body
    item = parse_reference("Overview of national fur laws, Anna Smith (2026).")
    assert item.get("author") != [{"literal": "Anna Smith"}]


def test_a_named_series_and_its_number_in_the_titles_bracket() -> None:
    item = parse_reference(
        "Smits, J.P., E. Horlings and J.L. van Zanden (2000). The Measurement of Gross National Product and its"
        " Components 1800-1913 (Groningen Growth and Development Centre Monograph series no 5)."
    )
    assert item["title"] == "The Measurement of Gross National Product and its Components 1800-1913"
    assert item["collection-title"] == "Groningen Growth and Development Centre Monograph series"
    assert item["number"] == "5"
