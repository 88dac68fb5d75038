"""References whose words are set apart by two spaces, a tab or a line break where a mend's mark has one space
(``.  In  Proceedings``, ``,\ted.\tName``, ``RFC\t8615``): the mend's pattern reads any run of whitespace, and so
must the test of its mark before it, or the mend is skipped and the reading left as the labeller gave it."""

from __future__ import annotations

import re

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends import (
    MENDS,
    bracket_date_pages,
    bracket_year_pages,
    editor_tails,
    imprints,
    name_ends,
    report_bodies,
    rfc_numbers,
)
from biblio.parse.mends.gated import needs_of, one_spaced, plan


@pytest.mark.parametrize("space", ["\t", "\n"])
def test_in_after_a_title_opens_the_proceedings_whatever_the_space(space: str) -> None:
    item = parse_reference(
        f"[12] Jane Doe and Ravi Kumar. 2021. Cache Timing on Small Devices.{space}In{space}2021 58th ACM/IEEE Design "
        "Automation Conference (DAC). IEEE, 101–115."
    )
    assert item.get("container-title") == "2021 58th ACM/IEEE Design Automation Conference (DAC)"
    assert item.get("type") == "paper-conference"


@pytest.mark.parametrize("space", ["  ", "\t"])
def test_a_note_s_editor_after_the_book_whatever_the_space(space: str) -> None:
    item = parse_reference(
        f"4. Anna Berg, “Rivers of the North,” in Essays on Northern Landscapes,{space}ed.{space}Marta Lindqvist, "
        "Nordic Studies series, Vol. 3 (Oslo: Nordic Press, 2004), 45."
    )
    assert item.get("editor") == [{"family": "Lindqvist", "given": "Marta"}]
    assert item.get("container-title") == "Essays on Northern Landscapes"


def test_an_rfc_number_written_with_a_tab_is_the_series_number() -> None:
    item = parse_reference(
        'Mark Nottingham, "Well-Known Uniform Resource Identifiers." *RFC\t8615* (2019), '
        "<https://www.rfc-editor.org/rfc/rfc8615.txt>."
    )
    assert item.get("container-title") is None
    assert item.get("volume") is None


def test_runs_of_whitespace_are_read_as_one_space_only_where_the_text_holds_one() -> None:
    plain = "Doe, J. 2020. Title. In Book."
    assert one_spaced(plain) is plain
    assert one_spaced("Doe, J. 2020.  Title.\tIn\n\n Book.") == "Doe, J. 2020. Title. In Book."
    assert one_spaced("Title.\u00a0In Book.") == "Title. In Book."


# A mark with a space stands for whitespace its mend's pattern requires there, and a pattern that reads no space there
# has a mark without one ("),", ",ed"): each row a mend, a mark it declares, the pattern the mark stands before and
# a text the pattern reads.
_MARKS = [
    ("rfc_numbers", "rfc_numbers_apart", "RFC ", rfc_numbers._NUMBERS, "Title. RFC 8615, 2019."),
    ("imprints", "title_before_imprint", " (", imprints._BRACKETED_IMPRINT, "Staging Opera (Chicago Press"),
    ("report_bodies", "bracketed_kind_closing_title", " (", report_bodies._KIND_OPENS_BRACKET, "Title (Working Paper,"),
    ("name_ends", "area_dash_closes_names", ". -", name_ends._AREA_DASH, "ROBERT, Gilles . - Le Festival"),
    ("bracket_year_pages", "page_after_bracketed_year", ") ", bracket_year_pages._YEAR_THEN_NUMBER, "(2021) 2006"),
    ("editor_tails", "title_word_after_ed", ",ed", editor_tails._ED_THEN_WORDS, "Kenyon, Frederic G.,ed. Books"),
    ("bracket_date_pages", "page_read_into_bracket_date", "),", bracket_date_pages._DATE_THEN_PAGE, "(Aug. 1925),14"),
]


@pytest.mark.parametrize(("module", "name", "mark", "pattern", "text"), _MARKS)
def test_a_spaced_mark_stands_for_whitespace_its_pattern_requires(
    module: str, name: str, mark: str, pattern: re.Pattern[str], text: str
) -> None:
    own = next(needs_of(one) for *_, one in plan(MENDS) if one.__name__ == name and one.__module__.endswith(module))
    assert mark in own.marks + own.words
    assert pattern.search(text) is not None and mark in text
    if " " in mark:
        assert pattern.search(text.replace(mark, mark.replace(" ", ""))) is None  # the space is the pattern's too
        assert mark in one_spaced(text.replace(mark, mark.replace(" ", "\t  ")))
