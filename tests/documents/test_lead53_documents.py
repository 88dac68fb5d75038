"""A reference list whose undated entry names a data set in brackets (``Our World in Data (data). …``): English
"data" is a word of the work, not the placeholder for a date that a citation template shows above a list, so the
entry stays a reference; the example is written for this test."""

from __future__ import annotations

from biblio.api import read_document

_DATA_ENTRY = """## References

Ritchie, H., Roser, M. (2020). CO2 emissions. Our World in Data. https://ourworldindata.org/co2-emissions

Global Carbon Project (data), Global Carbon Budget, https://globalcarbonbudget.org/carbonbudget

Friedlingstein, P., et al. (2022). Global Carbon Budget 2022. Earth System Science Data, 14, 4811-4900.
"""


def test_an_undated_entry_naming_its_data_stays_a_reference() -> None:
    sources = [item["custom"]["biblio"]["source"] for item in read_document(_DATA_ENTRY, "notes.md").items]
    assert [source.split(" ")[0] for source in sources] == ["Ritchie,", "Global", "Friedlingstein,"]
