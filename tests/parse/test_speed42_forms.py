"""Checks written without a pattern made per reference read as the per-reference patterns they replace did."""

from __future__ import annotations

import re

import pytest

from biblio.parse.review.misplaced import _given_after_and
from biblio.parse.review.signals import fold
from biblio.parse.review.stray_parts import _short_page_after_colon


def _given_after_and_by_pattern(given: str, source: str) -> bool:
    return re.search(r"(?:\band|&)\s+" + re.escape(given) + r"\s*(?:[.,;:(]|$)", source) is not None


@pytest.mark.parametrize(
    ("given", "source"),
    [
        ("Martin Vetterli", "Chang, S. Grace, Bin Yu, and Martin Vetterli. Adaptive wavelet thresholding."),
        ("Martin Vetterli", "Chang, S. Grace, Bin Yu, & Martin Vetterli (2000). Adaptive wavelet thresholding."),
        ("Martin Vetterli", "Chang, S. Grace, and Martin Vetterlis. Title."),
        ("Martin Vetterli", "Martin Vetterli, and Martin Vetterli"),
        ("Martin Vetterli", "Chang, band Martin Vetterli. Title."),
        ("Martin Vetterli", "Chang, S. and  Martin Vetterli  ; Title"),
        ("Martin Vetterli", "Chang, S. Martin Vetterli and Martin Vetterli\n"),
        ("Ann Lee", "Smith, John and Ann Lee and Ann Lee."),
        ("Ann Lee", "Smith, John, Ann Lee."),
    ],
)
def test_given_after_and_reads_as_the_pattern(given: str, source: str) -> None:
    family_given = given.split()
    item = {"author": [{"family": "Yu", "given": given}, {"family": family_given[-1], "given": "S."}]}
    assert _given_after_and(item, source) == _given_after_and_by_pattern(given, source)


def _short_page_by_pattern(page: str, source: str) -> bool:
    return bool(re.search(r"\b\d+:" + page + r"\s*\((?:1[5-9]|20)\d\d\)", source))


@pytest.mark.parametrize(
    ("page", "source"),
    [
        ("2", "Smith, J. Title. *Computer* 45:2 (2012)."),
        ("2", "Smith, J. Title. *Computer* 45:23 (2012)."),
        ("2", "Smith, J. Title. *Computer* 45:12 (2012)."),
        ("2", "Smith, J. Title. a45:2 (2012)."),
        ("12", "Smith, J. Title 3:4 (1999). *Computer* 45:12(2012)."),
        ("12", "Smith, J. Title. *Computer* 45:12 (1412)."),
        ("7", "Smith, J. 10:7 (2001) and 11:7 (2001)."),
    ],
)
def test_short_page_after_colon_reads_as_the_pattern(page: str, source: str) -> None:
    assert _short_page_after_colon({"page": page}, source) == _short_page_by_pattern(page, source)


@pytest.mark.parametrize("text", ["*Deep Learning*, 2nd ed.", "Über die Natur", "", "Deep Learning"])
def test_fold_kept_reads_the_same(text: str) -> None:
    assert fold(text) == fold(text) == " ".join(re.findall(r"[^\W_]+", re.sub(r"[*_]", "", text).lower()))
