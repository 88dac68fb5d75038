"""Pandoc's bullets over entries that open on their bracketed number (``-   [1] NOVÁK, Jan. …``), as pandoc writes
a numbered list converted from Word or LaTeX: the list is found and split, each entry its own record. A task list's
boxes (``- [x] …``) stay no entry's number. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.api import read_document
from biblio.errors import NoReferences


def _items(text: str, name: str = "report.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_ISO690 = """# Zpráva

Výsledky odpovídají měření popsanému v literatuře [1].

## Literatura

-   [1] NOVÁK, Jan a Petr DVOŘÁK. Základy optiky. Praha: Academia, 2011. 212 s. ISBN 978-80-200-1234-5.

-   [2] HORÁKOVÁ, Eva. Zpracování obrazu v praxi. 2. vyd. Brno: Computer Press, c2009, 180 s.

-   [3] Dokumentace knihovny OpenCV. Dostupné online: https://docs.opencv.org/
"""


def test_bullets_over_bracketed_single_digit_numbers_are_a_list() -> None:
    items = _items(_ISO690)
    assert len(items) == 3
    assert items[0]["author"][0]["family"] == "NOVÁK"
    assert items[1]["author"][0]["family"] == "HORÁKOVÁ"
    assert items[2]["URL"] == "https://docs.opencv.org/"


def test_the_same_bullets_under_an_english_heading() -> None:
    text = """# Report

Some words of the report.

## References

-   [1] Smith, John. The Book of Lenses. London: Optics Press, 1998.

-   [2] Brown, Anne. Seeing Through Glass. Oxford: Clarendon Press, 2004.
"""
    items = _items(text)
    assert [item["author"][0]["family"] for item in items] == ["Smith", "Brown"]


def test_a_task_list_is_no_reference_list() -> None:
    text = """# Plan

## To do

- [x] Smith, send the draft back, 2024
- [ ] Brown, read the second chapter, 2024
"""
    with pytest.raises(NoReferences):
        _items(text)
