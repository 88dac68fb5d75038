"""Forms of the calibration split's kinds read wrong before their mends: a journal whose volume is its year, the
issue in brackets after it and the year again in brackets (Elsevier's numbered form of JHEP and JCAP), read as one
date that dropped the volume and the issue."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_year_named_volume_issue_and_year_after_journal() -> None:
    item = parse_reference(
        "P. Lindqvist, R. Oduya, Soft gluon resummation at two loops, Journal of High Energy Physics 2019 (4) "
        "(2019) 212."
    )
    assert item["container-title"] == "Journal of High Energy Physics"
    assert item["volume"] == "2019"
    assert item["issue"] == "4"
    assert item["issued"] == {"date-parts": [[2019]]}
    assert item["page"] == "212"


def test_year_named_volume_with_spaced_brackets_and_glued_page() -> None:
    item = parse_reference(
        "T. Marand, Lensing of faint halos, J. Cosmol. Astropart. Phys. 2016 ( 10)( 2016)037 ."
    )
    assert item["volume"] == "2016"
    assert item["issue"] == "10"
    assert item["page"] == "037"


def test_different_bracketed_year_is_no_year_named_volume() -> None:
    # (the years differ: nothing shows the first is a volume, the reading is left as it was)
    item = parse_reference("C. Dunmore, A survey of flavour anomalies, Physics Letters B 2016 (10) (2017) 019.")
    assert item.get("volume") != "2016"
