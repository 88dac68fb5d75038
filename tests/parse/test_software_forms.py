"""Statistical software as its makers ask to be cited: SPSS's ``IBM Corp. Released 2020.`` (``mends/name_tails``,
``normalisers/dates``) and a firm named with its legal form (``normalisers/names``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def test_spss_release_year_after_the_firm() -> None:
    # "Released" was read as the family name of a person "IBM Corp. Released"
    item = parse_reference(
        "IBM Corp. Released 2020. IBM SPSS Statistics for Windows, Version 27.0. Armonk, NY: IBM Corp."
    )
    assert item["author"] == [{"literal": "IBM Corp"}]
    assert item["issued"] == {"date-parts": [[2020]]}
    assert (item["title"], item["version"]) == ("IBM SPSS Statistics for Windows", "27.0")
    assert "unparsed-remainder" not in item["custom"]["biblio"].get("flags", [])


def test_a_firm_closed_by_its_legal_form_is_one_name() -> None:
    assert names_from_span("IBM Corp.") == [{"literal": "IBM Corp"}]
    assert names_from_span("StataCorp LLC") == [{"literal": "StataCorp LLC"}]
    assert names_from_span("Smith, J. A.") == [{"family": "Smith", "given": "J. A."}]
