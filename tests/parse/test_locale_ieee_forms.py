"""IEEE's and ABNT's forms that ran fields together: a standard's designation after the quoted title
(``"Title," FIPS PUB 180-4, Aug. 2015.``), a web page with no author (``"Title," Site Owner. Accessed: …``), ABNT's
``In:`` before a place with no proceedings named, and a title closing on a symbol (``F#.``) before the journal.
The references here are written for the tests."""

from __future__ import annotations

from biblio.parse import read_reference


def test_standard_designation_after_quoted_title_is_no_journal() -> None:
    item = read_reference(
        'National Institute of Standards and Technology, "Secure Hash Standard (SHS)," FIPS PUB 180-4, Aug. 2015.'
    )
    assert item["title"] == "Secure Hash Standard (SHS)"
    assert "container-title" not in item
    assert item["issued"]["date-parts"] == [[2015, 8]]


def test_web_page_with_no_author_names_its_site_after_the_title() -> None:
    item = read_reference(
        '"Python documentation," Python Software Foundation. Accessed: Jan. 5, 2024. [Online]. '
        "Available: https://docs.python.org/3/"
    )
    assert "author" not in item
    assert item["title"] == "Python documentation"
    assert item["container-title"] == "Python Software Foundation"
    assert item["accessed"]["date-parts"] == [[2024, 1, 5]]


def test_ieee_access_word_read_alone_dates_the_access() -> None:
    item = read_reference(
        '"Node.js documentation," OpenJS Foundation. Accessed: Mar. 2, 2023. [Online]. '
        "Available: https://nodejs.org/docs/"
    )
    assert item["accessed"]["date-parts"] == [[2023, 3, 2]]
    assert "issued" not in item


def test_abnt_in_before_a_place_is_no_publisher() -> None:
    item = read_reference("SMITH, John. A framework for ecological inference. In: Vienna, Austria: 2003.")
    assert item["publisher-place"] == "Vienna, Austria"
    assert "publisher" not in item


def test_title_closing_on_a_symbol_stops_before_the_journal() -> None:
    item = read_reference(
        "SYME, Don. The Early History of F#. Proceedings of the ACM on Programming Languages, v. 4, n. HOPL, "
        "p. 1-58, 2020."
    )
    assert item["title"] == "The Early History of F#"
    assert item["container-title"] == "Proceedings of the ACM on Programming Languages"
