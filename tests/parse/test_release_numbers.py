"""Software releases written ``v1.4.0`` after the title (Zenodo's and CRAN's records), read as pages or as a
volume and an issue: ``mends.versions.release_read_as_numbers``."""

from __future__ import annotations

from biblio.parse.mends.versions import release_read_as_numbers
from tests.parse.test_mends_confusions import fields, spans_of


def test_release_read_as_pages_is_the_version() -> None:
    text = "Ruiz, M. et Leroy, P. 2021. *dendro: Tree-ring dating tools*. Package R, v2.3.1. https://example.org/dendro"
    spans = spans_of(
        text,
        [
            ("author", "Ruiz, M. et Leroy, P."),
            ("date", "2021."),
            ("title", "*dendro: Tree-ring dating tools*. Package R,"),
            ("pages", "v2.3.1."),
            ("url", "https://example.org/dendro"),
        ],
    )
    assert fields(release_read_as_numbers(spans, text), text)[3:] == [
        ("version", "v2.3.1"),
        ("url", "https://example.org/dendro"),
    ]


def test_release_read_as_volume_and_issue_is_the_version() -> None:
    text = "Lopes, Ana, et al. *Seaborn/seaborn* v0.12.2 (2022). https://doi.org/10.5281/zenodo.1"
    spans = spans_of(
        text,
        [
            ("author", "Lopes, Ana, et al."),
            ("journal", "*Seaborn/seaborn*"),
            ("volume", "v0"),
            ("issue", ".12.2"),
            ("date", "(2022)."),
        ],
    )
    assert fields(release_read_as_numbers(spans, text), text)[2:] == [("version", "v0.12.2"), ("date", "(2022).")]


def test_volume_with_more_than_the_release_is_left_alone() -> None:
    text = "Kay, R. Title. Journal v2.1 suppl. 3 (2001)."
    spans = spans_of(
        text,
        [
            ("author", "Kay, R."),
            ("title", "Title."),
            ("journal", "Journal"),
            ("volume", "v2.1 suppl. 3"),
            ("date", "(2001)."),
        ],
    )
    assert release_read_as_numbers(spans, text) == spans
