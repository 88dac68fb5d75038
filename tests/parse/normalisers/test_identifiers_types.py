"""normalisers.identifiers and .types."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.identifiers import doi_value, is_doi_link, isbn_value, url_value
from biblio.parse.normalisers.types import infer_type


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        ("doi:10.1186/1744-8069-4-37", "10.1186/1744-8069-4-37"),
        ("(doi: 10.1016/j.enpol.2014.01.022)", "10.1016/j.enpol.2014.01.022"),
        ("https://doi.org/10.1037/0000165-000.", "10.1037/0000165-000"),
        ("[doi](https://doi.org/10.1000/xyz)", "10.1000/xyz"),
        # PDF text broke the DOI after its prefix; the link is the DOI's, not a URL of its own
        ("http://dx.doi.org/10.1021/ es0343000", "10.1021/es0343000"),
        ("no identifier", None),
    ],
)
def test_doi(text: str, doi: str | None) -> None:
    assert doi_value(text) == doi


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Retrieved from https://example.org/a_b?x=1.", "https://example.org/a_b?x=1"),
        ("<https://example.org/page>", "https://example.org/page"),
        ("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("http ://alice.cern.ch/record/1", "http://alice.cern.ch/record/1"),
        ("[site](https://example.org/x)", "https://example.org/x"),
        ("http://dx.doi.org/10.5942/ jawwa.2012.104.0083", "http://dx.doi.org/10.5942/jawwa.2012.104.0083"),
        ("nothing here", None),
    ],
)
def test_url(text: str, url: str | None) -> None:
    assert url_value(text) == url


def test_doi_link_and_isbn() -> None:
    assert is_doi_link("https://doi.org/10.1000/x") and not is_doi_link("https://example.org/10.1000/x")
    assert isbn_value("ISBN 978-0-7923-6714-7.") == "978-0-7923-6714-7"


@pytest.mark.parametrize(
    ("labels", "item", "csl_type"),
    [
        ({"journal"}, {"container-title": "Nature", "volume": "1"}, "article-journal"),
        ({"journal"}, {"container-title": "The New York Times"}, "article-newspaper"),
        ({"journal"}, {"container-title": "arXiv preprint"}, "article"),
        ({"container-title"}, {"container-title": "Proceedings of the ACM Conference"}, "paper-conference"),
        ({"container-title", "editor"}, {"container-title": "Handbook", "editor": [{"family": "E"}]}, "chapter"),
        ({"publisher"}, {"publisher": "Penguin"}, "book"),
        ({"genre"}, {"genre": "PhD thesis"}, "thesis"),
        ({"genre"}, {"genre": "Technical report"}, "report"),
        ({"genre"}, {"genre": "Tech. Rep."}, "report"),
        ({"medium"}, {"medium": "Data set"}, "dataset"),
        ({"url"}, {"URL": "https://github.com/x/y"}, "software"),
        ({"url"}, {"URL": "https://zenodo.org/record/1"}, "dataset"),
        ({"url"}, {"URL": "https://twitter.com/x/status/1"}, "post"),
        ({"url"}, {"URL": "https://example.org"}, "webpage"),
        (set(), {}, "document"),
    ],
)
def test_type(labels: set[str], item: dict, csl_type: str) -> None:
    assert infer_type(labels, item)[0] == csl_type
