"""A journal's year before its bracketed numbers: BMC's ``Journal 2015, 23(02):204–206`` and ``Journal
2007(05):1169`` read as the year, the volume and the issue; a year in the bracket with no volume before it
(Chicago's year-named volume, ``*Supreme Court Review* 1962 (1963): 1–40``) is no issue."""

from __future__ import annotations

import pytest

from biblio.parse.mends.year_volume_journals import year_numbers_after_journal

from .span_cases import spans_of


def _read(text: str, *parts: tuple[str, str]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in year_numbers_after_journal(spans_of(text, *parts), text)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Kurland, Philip. The Court and the Constitution. Supreme Court Review 1962(1963):1-40.", "1962(1963):"),
        ("Stone, Geoffrey. Free Speech Today. Supreme Court Review 1999 (2000): 1-50.", "1999 (2000):"),
    ],
)
def test_bracketed_year_after_a_year_named_volume_is_no_issue(text: str, numbers: str) -> None:
    head, title = text.split(". ")[:2]
    parts = (("author", head + "."), ("title", title + "."), ("journal", "Supreme Court Review"), ("date", numbers))
    pages = text.rsplit(" ", 1)[1] if " (" in numbers else text.rsplit(":", 1)[1]
    read = _read(text, *parts, ("pages", pages))
    assert ("issue", numbers[5:].strip(" ():")) not in read
    assert [label for label, _ in read] == ["author", "title", "journal", "date", "pages"]


@pytest.mark.parametrize(
    ("text", "numbers", "expected"),
    [
        (
            "Zhang Wei. Health of students. China Journal of Health Psychology 2015, 23(02):204-206.",
            "2015, 23(02):",
            [("date", "2015"), ("volume", "23"), ("issue", "02")],
        ),
        (
            "Li Ming. Sleep of workers. China Journal of Health Psychology 2007(05):1169-1171.",
            "2007(05):",
            [("date", "2007"), ("issue", "05")],
        ),
        (
            # a stated volume before the bracket: a four-figure issue that looks like a year is still the issue
            "Wang Fang. Waves on beams. Proceedings of the Royal Society A 2002, 458(2019):1-20.",
            "2002, 458(2019):",
            [("date", "2002"), ("volume", "458"), ("issue", "2019")],
        ),
    ],
)
def test_year_then_volume_or_issue_is_read(text: str, numbers: str, expected: list[tuple[str, str]]) -> None:
    head, title = text.split(". ")[:2]
    journal = text.split(". ")[2].rsplit(" ", 2 if ", " in numbers else 1)[0]
    parts = (("author", head + "."), ("title", title + "."), ("journal", journal), ("volume", numbers))
    read = _read(text, *parts, ("pages", text.rsplit(":", 1)[1]))
    assert read[3:-1] == expected
