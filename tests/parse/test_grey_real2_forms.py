"""Forms of web, software and grey-literature references the parser reads
(tests/data/parse/grey_real2.jsonl): web pages as ``"Title", Site, URL`` with the comma outside the
quotes, a site's name in lower case or followed by a month and year, releases named after a
software's or data set's title (``(v2.0.1)``, ``(1.0)``, R's ``R package version 1.4.2``), and
identifiers with underscores."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.brackets import review_status_apart
from biblio.parse.mends.journal_numbers import article_number_is_page
from biblio.parse.mends.name_tails import group_after_names, names_through_role
from biblio.parse.mends.numbered_titles import quoted_section_number
from biblio.parse.mends.publishers import body_before_place
from biblio.parse.mends.quotes import title_after_quoted_title
from biblio.parse.readers.apa.style import reading_doubts
from biblio.parse.readers.chicago.parser import parse_chicago
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


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


def test_review_status_ends_the_title_and_the_journal_follows() -> None:
    text = (
        "Roe J, Doe A. Open peer review in practice [version 2; peer review: 3 approved]. Wellcome Open Res 2021, 6:12."
    )
    spans = spans_of(
        text,
        ("author", "Roe J, Doe A."),
        ("title", "Open peer review in practice [version 2; peer review: 3 approved]. Wellcome Open Res"),
        ("date", "2021,"),
        ("volume", "6"),
        ("pages", ":12."),
    )
    assert labelled(review_status_apart(spans, text))[1:4] == [
        ("title", "Open peer review in practice"),
        ("note", "[version 2; peer review: 3 approved]."),
        ("journal", "Wellcome Open Res"),
    ]
    # a journal already read stays; the status alone is cut from the title
    other = spans_of(
        text,
        ("title", "Open peer review in practice [version 2; peer review: 3 approved]."),
        ("journal", "Wellcome Open Res"),
    )
    assert labelled(review_status_apart(other, text))[0] == ("title", "Open peer review in practice")
    plain = spans_of("A title [in German]. Journal", ("title", "A title [in German]."), ("journal", "Journal"))
    assert review_status_apart(plain, "A title [in German]. Journal") == plain


def test_quoted_section_number_and_the_work_it_is_in() -> None:
    text = '"2.3 Building the package", Writing Python Extensions, version 1.2 (2019-05-01), https://example.org/ext'
    spans = spans_of(
        text,
        ("citation-number", '"2.3'),
        ("title", 'Building the package",'),
        ("title", "Writing Python Extensions,"),
        ("note", "version 1.2"),
    )
    mended = title_after_quoted_title(quoted_section_number(spans, text), text)
    assert labelled(mended)[:2] == [
        ("title", '"2.3 Building the package",'),
        ("container-title", "Writing Python Extensions,"),
    ]
    # a list number before a quoted title is still the number
    numbered = spans_of('12. "Title". Site', ("citation-number", "12."), ("title", '"Title".'))
    assert quoted_section_number(numbered, '12. "Title". Site') == numbered


def test_a_foundation_before_its_place_is_the_publisher() -> None:
    text = "Lab Team (2020). dataviz: A toolkit. Open Data Foundation, Leiden, Netherlands. https://example.org/"
    spans = spans_of(
        text,
        ("author", "Lab Team"),
        ("date", "(2020)."),
        ("title", "dataviz: A toolkit."),
        ("container-title", "Open Data Foundation,"),
        ("location", "Leiden, Netherlands."),
    )
    assert labelled(body_before_place(spans, text))[3] == ("publisher", "Open Data Foundation,")
    # proceedings before their place stay the container
    proc = "Title. Proceedings of the Workshop, Leiden, Netherlands."
    kept = spans_of(
        proc, ("title", "Title."), ("container-title", "Proceedings of the Workshop,"), ("location", "Leiden")
    )
    assert body_before_place(kept, proc) == kept


def test_r_core_citation() -> None:
    item = parse_reference(
        "R Core Team (2021). R: A language and environment for statistical computing. "
        "R Foundation for Statistical Computing, Vienna, Austria. URL https://www.R-project.org/."
    )
    assert item["publisher"] == "R Foundation for Statistical Computing"
    assert item["publisher-place"] == "Vienna, Austria"
    assert "container-title" not in item


def test_a_group_after_the_persons_is_the_last_author() -> None:
    text = "Lee K, Park J, Open Metadata Working Group. 2019. Metadata matters. J Data Sci 4:e12"
    spans = spans_of(
        text,
        ("author", "Lee K, Park J,"),
        ("note", "Open Metadata Working Group"),
        ("date", ". 2019."),
        ("title", "Metadata matters."),
    )
    assert labelled(group_after_names(spans, text))[0] == ("author", "Lee K, Park J, Open Metadata Working Group")
    # a note that names no group stays a note
    other = spans_of(text, ("author", "Lee K, Park J,"), ("note", "Open Metadata"), ("date", "Working"))
    assert group_after_names(other, text) == other
    item = parse_reference(text)
    assert item["author"][-1] == {"literal": "Open Metadata Working Group"}


def test_initials_and_role_read_into_the_date_join_the_editors() -> None:
    text = 'Roe, A. and Doe, J-P (eds.) 2018. "A guide to tidy data", Data Society, 2018. https://example.org/g.pdf'
    spans = spans_of(text, ("author", "Roe, A. and Doe,"), ("date", "J-P (eds.) 2018."), ("title", '"A guide'))
    assert labelled(names_through_role(spans, text))[:2] == [
        ("editor", "Roe, A. and Doe, J-P (eds.) "),
        ("date", "2018."),
    ]
    # a date that is not a year after the role stays as it was
    odd = spans_of(text, ("author", "Roe, A. and Doe,"), ("date", 'J-P (eds.) 2018. "A'))
    assert names_through_role(odd, text) == odd


def test_volume_and_issue_words_and_the_article_number() -> None:
    # the APA rules that leave "Volume 12 Issue 3" in the journal's name did not find its numbers
    assert "locator-in-value" in reading_doubts({"container-title": "Journal of Machines, Volume 12 Issue 3, May"})
    assert "locator-in-value" not in reading_doubts({"container-title": "Journal of Machines"})
    text = "Title. Journal of Machines, Volume 12 Issue 3, May 2019, Article No. 21. doi:10.1145/1234567."
    spans = spans_of(
        text,
        ("title", "Title."),
        ("journal", "Journal of Machines,"),
        ("volume", "Volume 12"),
        ("issue", "Issue 3,"),
        ("date", "May 2019,"),
        ("note", "Article No. 21."),
    )
    assert labelled(article_number_is_page(spans, text))[-1] == ("pages", "Article No. 21.")
    item = parse_reference(
        'Byron, A. (2019) "Counting engines in practice". Journal of Computing Machinery, Volume 12 Issue 3, '
        "May 2019, Article No. 21. doi:10.1145/1234567."
    )
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Journal of Computing Machinery",
        "12",
        "3",
        "21",
    )
