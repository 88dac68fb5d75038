"""Agencies' and international bodies' references read by hand: a body of several fields (``normalisers/names``),
the World Bank's licence statement (``mends/licence_notes``), the European Commission's document symbol
(``readers/apa/title``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


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
