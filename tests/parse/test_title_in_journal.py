"""ACM's reference format, ``Year. Title. Abbreviated Journal Volume, Issue (Year), Pages.``, with the title
run into the abbreviated journal: references written for these tests, and the mend that divides them."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.title_in_journal import title_before_abbreviated_journal
from tests.parse.test_mends_humanities import labelled, spans_of


def test_acm_article_with_abbreviated_journal() -> None:
    item = parse_reference(
        "[12] Ada Lovelace, Alan Turing, and Grace Hopper. 2018. Verifying concurrent storage systems. "
        "Commun. ACM 61, 7 (2018), 12-20. https://doi.org/10.1145/0000000"
    )
    assert item["title"] == "Verifying concurrent storage systems"
    assert item["container-title"] == "Commun. ACM"


def test_title_before_abbreviated_journal_divides_the_journal() -> None:
    text = "Doe, J. 2019. Building certified kernels. Commun. ACM 62, 10 (2019), 89-99."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2019."),
            ("journal", "Building certified kernels. Commun. ACM"),
            ("volume", "62, 10"),
        ],
    )
    assert labelled(title_before_abbreviated_journal(spans, text))[2:4] == [
        ("title", "Building certified kernels."),
        ("journal", "Commun. ACM"),
    ]


def test_title_before_abbreviated_journal_needs_an_abbreviation() -> None:
    text = "Doe, J. 2019. Deep learning for graphs. Nature Methods 62, 10 (2019), 89-99."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2019."),
            ("journal", "Deep learning for graphs. Nature Methods"),
            ("volume", "62, 10"),
        ],
    )
    assert title_before_abbreviated_journal(spans, text) is spans


def test_title_before_abbreviated_journal_leaves_a_read_title() -> None:
    text = "Doe, J. 2019. Title. Proceedings of things. Proc. ACM 3, 1 (2019), 1-9."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2019."),
            ("title", "Title."),
            ("journal", "Proceedings of things. Proc. ACM"),
            ("volume", "3, 1"),
        ],
    )
    assert title_before_abbreviated_journal(spans, text) is spans
