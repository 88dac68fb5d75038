"""The Chicago reader's periodical unit (``*Granta*, no. 158 (Winter): 88–97``, ``*Journal* 12 (2001): 3–9``) read in
time linear in the unit's length: a long unit that is none (5,000 characters of letters, words or spaces before a
``no.``) is turned down well under a second, and the forms it reads are read as before."""

from __future__ import annotations

import time

import pytest

from biblio.parse.readers.chicago.source import _ISSUE_ONLY, _JOURNAL


@pytest.mark.parametrize(
    "unit",
    [
        "a" * 4990 + " no. x",
        "ab " * 1660 + "no. 1 (",
        "J" + " " * 4990 + "no. 1:",
        "J" + " \t" * 2495 + "no. 1:",
        "_" * 4990 + "a no. x",
    ],
)
def test_a_long_unit_that_is_no_periodical_is_turned_down_fast(unit: str) -> None:
    start = time.perf_counter()
    assert _ISSUE_ONLY.match(unit) is None
    assert _JOURNAL.match(unit) is None
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("unit", "cont", "no", "paren", "pages"),
    [
        ("*Granta*, no. 158 (Winter): 88–97", "*Granta*", "158", "Winter", "88–97"),
        ("*Plays & Players* no. 350 (Nov. 1982): 45-46", "*Plays & Players*", "350", "Nov. 1982", "45-46"),
        ("*F1000Research* , no. 3: 62", "*F1000Research* ", "3", None, "62"),
    ],
)
def test_issue_alone_is_read(unit: str, cont: str, no: str, paren: str | None, pages: str) -> None:
    m = _ISSUE_ONLY.match(unit)
    assert m is not None
    assert (m["cont"], m["no"], m["paren"], m["pages"]) == (cont, no, paren, pages)


@pytest.mark.parametrize(
    ("unit", "cont", "vol"),
    [
        ("*F1000Research* 3 (2016): 62", "*F1000Research*", "3"),
        ("*Journal of Things*   12, no. 4 (2001): 3–9", "*Journal of Things*", "12"),
        ("*Journal* , 7: 1–2", "*Journal* ", "7"),
    ],
)
def test_volume_is_read(unit: str, cont: str, vol: str) -> None:
    m = _JOURNAL.match(unit)
    assert m is not None
    assert (m["cont"], m["vol"]) == (cont, vol)
