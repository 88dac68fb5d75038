"""A work's name that holds a decimal figure (``Web 2.0``), cut by the labeller at the figure's point; a
reference written for this test and the mend that repairs it."""

from __future__ import annotations

from biblio.parse.mends.decimal_names import decimal_point_splits_name
from tests.parse.test_mends_humanities import labelled, spans_of


def test_decimal_point_joins_the_name() -> None:
    text = "Lund, K. 2010 'Blogs' in P. Ives (ed) Museums 2.0: a new public, London: Maney. 3-9."
    read = [
        ("author", "Lund, K."),
        ("date", "2010"),
        ("title", "'Blogs'"),
        ("editor", "in P. Ives (ed)"),
        ("container-title", "Museums 2."),
        ("note", "0: a new public,"),
        ("location", "London:"),
    ]
    assert labelled(decimal_point_splits_name(spans_of(text, read), text))[4] == (
        "container-title",
        "Museums 2.0: a new public,",
    )


def test_volume_and_issue_stay_apart() -> None:
    text = "Lund, K. 2010 Blogs, Museum Notes 12. 3, 4-9."
    read = [
        ("author", "Lund, K."),
        ("date", "2010"),
        ("title", "Blogs,"),
        ("journal", "Museum Notes"),
        ("volume", "12."),
        ("issue", "3,"),
        ("pages", "4-9."),
    ]
    spans = spans_of(text, read)
    assert decimal_point_splits_name(spans, text) is spans
