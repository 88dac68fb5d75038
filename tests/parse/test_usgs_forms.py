"""The USGS's reference forms as its documentation pages write them (tests/data/documents/real-swb2-ford-
references.md): a journal after the title's colon with ``v.``/``no.``/``p.``, a report series after a colon
read into the title or as a journal, a page count after the place; a link's ``(PDF)`` after a title."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_journal_after_the_title_s_colon_before_v_no_p() -> None:
    item = parse_reference(
        "Jenson, S.K., and Domingue, J.O., 1988, Extracting topographic structure from digital elevation data for "
        "geographic information system analysis: Photogrammetric engineering and remote sensing, v. 54, no. 11, "
        "p. 1593-1600."
    )
    assert item["title"].endswith("geographic information system analysis")
    assert item["container-title"] == "Photogrammetric engineering and remote sensing"
    assert (item["volume"], item["issue"], item["page"]) == ("54", "11", "1593-1600")


def test_report_series_after_a_colon_is_the_survey_s_not_the_title_s() -> None:
    item = parse_reference("Snyder, J.P., 1987, Map projections-A working manual: U.S. Geological Survey "
                           "Professional Paper 1395, 383 p.")
    assert (item["title"], item["publisher"]) == ("Map projections-A working manual", "U.S. Geological Survey")
    item = parse_reference(
        "Evenden, G.I., 1990, Cartographic projection procedures for the UNIX environment-A user's manual: U.S. "
        "Geological Survey Open-File Report 90-284, 63 p., accessed August 29, 2017, at "
        "<http://pubs.er.usgs.gov/publication/ofr90284>."
    )
    assert item["title"] == "Cartographic projection procedures for the UNIX environment-A user's manual"
    assert item["page"] == "63" and item["URL"] == "http://pubs.er.usgs.gov/publication/ofr90284"
    item = parse_reference(
        "Anderson, J.R., Hardy, E.E., Roach, J.T., Witmer, R.E., 1976, A land use and land cover classification "
        "system for use with remote sensor data, U.S. Geological Survey Professional Paper 964, Reston, Virginia, "
        "28 p."
    )
    assert item["page"] == "28" and item["publisher"] == "U.S. Geological Survey"  # the report's count of pages


def test_a_link_s_pdf_mark_is_no_part_of_the_title() -> None:
    item = parse_reference("Shewchuk, J. (1994). [An Introduction to the Conjugate Gradient Method Without the "
                           "Agonizing Pain (PDF)](http://www.cs.cmu.edu/~quake-papers/painless-conjugate-gradient.pdf)")
    assert item["title"] == "An Introduction to the Conjugate Gradient Method Without the Agonizing Pain"
