"""Forms of web, software and grey-literature references the parser reads
(tests/data/parse/grey_real2.jsonl): web pages as ``"Title", Site, URL`` with the comma outside the
quotes, a site's name in lower case or followed by a month and year, releases named after a
software's or data set's title (``(v2.0.1)``, ``(1.0)``, R's ``R package version 1.4.2``), and
identifiers with underscores."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.readers.chicago.parser import parse_chicago


def test_a_quote_closed_before_its_comma_is_not_chicago() -> None:
    # Chicago sets the comma inside the quotes; "Title", Site is another style's web page
    assert parse_chicago('"Public licence text", GNU, https://example.org/licences/plt') is None
    assert parse_chicago('"Licence terms", OSS Watch, 2015, https://example.org/licence-terms') is None
    item = parse_reference('"Public licence text", GNU, https://example.org/licences/plt')
    assert item["title"] == "Public licence text"
    assert item["URL"] == "https://example.org/licences/plt"
    # Chicago's own form is still Chicago's
    chicago = parse_chicago('Doe, Jane. 2016. "Walking Home." In *Essays*, edited by John Roe, 17–25. Boston: Beacon.')
    assert chicago is not None and chicago["title"] == "Walking Home"


def test_apa_release_after_the_title_is_its_version() -> None:
    item = parse_reference(
        "Lovelace, A. (2022). spectra-tools: Spectral fitting (v2.0.1). Zenodo. https://doi.org/10.5281/zenodo.1234567"
    )
    assert item["title"] == "spectra-tools: Spectral fitting"
    assert item["version"] == "2.0.1"
    assert item["publisher"] == "Zenodo"
    item = parse_reference(
        "Lovelace, A., & Babbage, C. (2021). Engine tables (1.0) [Data set]. Zenodo. "
        "https://doi.org/10.5281/zenodo.7654321"
    )
    assert item["title"] == "Engine tables"
    assert item["version"] == "1.0"
    assert item["type"] == "dataset"


def test_r_package_version_sentence_is_no_part_of_the_title() -> None:
    item = parse_reference(
        "Babbage, C. (2020). diffengine: Difference tables in R. R package version 1.4.2. "
        "https://CRAN.R-project.org/package=diffengine"
    )
    assert item["title"] == "diffengine: Difference tables in R"
    assert item["version"] == "1.4.2"
    assert item["URL"] == "https://CRAN.R-project.org/package=diffengine"
    assert "container-title" not in item and "volume" not in item
