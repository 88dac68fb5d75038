"""Tests against a reference's own values made with str.find and fixed patterns read as the per-value patterns they
replace did, on texts that put the values in many places."""

from __future__ import annotations

import random
import re

from biblio.parse.normalisers.container import _city_in_brackets
from biblio.parse.normalisers.names import _joined_by_conjunction
from biblio.parse.normalisers.series_before_publisher import _closes_before_publisher
from biblio.parse.normalisers.venues import _numbered_series
from biblio.parse.normalisers.volumes import _COUNT_WORD, _STATED, _counted, _of_work_closing
from biblio.parse.review.loose_ends import _written_then
from biblio.parse.text import after_each, word_in

_PIECES = ["a", "b", " ", ",", "(", ")", "*", "_", ".", "1", "2", "of", " of ", "vols", "Vol. ", "t", "\n", "y", "S"]


def _cases(n: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(47)
    out = []
    for _ in range(n):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        starts = [rng.randint(0, len(text)) for _ in range(3)]
        first, second, third = (text[at : at + rng.randint(0, 4)] for at in starts)
        out.append((text, first, second, third))
    return out


def test_values_found_as_their_patterns_found_them() -> None:
    for text, first, second, third in _cases(3000):
        if second:
            pattern = rf"{re.escape(first)}[*_]?,?\s+\({re.escape(second)}\)[*_,]?\s+[*_]*{re.escape(third)}"
            assert _city_in_brackets(text, first, second, third) == (re.search(pattern, text) is not None)
            pattern = re.escape(first) + r"\s+" + re.escape(second) + r"(?!\w)"
            assert _written_then(text, first, second) == (re.search(pattern, text) is not None)
        cut = re.search(rf",?\s+of\s+{re.escape(first)}\s*$", text)
        assert _of_work_closing(text, first) == (cut.start() if cut else -1)
        pattern = rf"(?<![\w.]){re.escape(first)}\s+([yie])\s+{re.escape(second)}(?:,|\s+[A-Z]{{1,3}}\b)"
        old, new = re.search(pattern, text), _joined_by_conjunction(text, first, second)
        assert (old and (old.start(1), old.group(1))) == (new and (new.start(1), new.group(1)))
        pattern = rf"{re.escape(first)}[*_]?\s+12[*_]?\s*\.\s+[*_]?{re.escape(second)}"
        assert _closes_before_publisher(text, first, "12", second) == (re.search(pattern, text) is not None)
        pattern = re.escape(first) + r"\s+" + re.escape(second) + r"\s*:"
        assert _numbered_series(text, first, second) == (re.search(pattern, text) is not None)
        tail = re.compile(r"\.?[*_\ue001]")
        assert any(after_each(text, first, tail)) == (re.search(re.escape(first) + tail.pattern, text) is not None)
        assert word_in(text, first) == (re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", text) is not None)
        for number in ("1", "12"):
            counted = (
                re.search(rf"\d\s*{_COUNT_WORD}", text) is not None
                and re.search(rf"(?<![\w.]){number}\s*{_COUNT_WORD}", text) is not None
                and re.search(rf"\b{_STATED}{number}(?!\d)", text) is None
            )
            assert _counted(number, text) == counted
