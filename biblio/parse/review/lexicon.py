"""Which field a value's words belong to: a small word table, learned from labelled references.

``lexicon.json`` holds, per word, how often the gold records of the TRAINING split of
``../shared/training`` (the anystyle and GROBID citation training data: every record that
is neither dev nor calibration, ``data.is_held_out``) have it in each field of ``CLASSES``
(names, titles, containers, publishers, places), as ``round(10 * log p(field | word))``
with add-one smoothing and each field's counts scaled to equal totals; words seen fewer
than ``MIN_COUNT`` times are left out.  Built by ``python -m biblio.parse.training.review``
(``training/review_lexicon.py``).

``field_logs(value)`` weighs a value's words naive-Bayes fashion: the mean log per field,
times the number of known words up to ``LEX_SCALE`` (longer values are surer, but a
title of forty words is no surer than one of six).  A title whose words are those of
journal names ("Journal of ...", "Proc.") was likely read in the container's place.
Plain Python at run time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from biblio.parse.lazy_patterns import lazy_pattern

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.json"
CLASSES = ("author", "title", "container-title", "publisher", "publisher-place")
MIN_COUNT = 4
LEX_SCALE = 6
_WORDS = lazy_pattern(r"[^\W\d_]+|\d+")


def words_of(value: str) -> list[str]:
    """A value's words as the table keys them: lower case, a number as ``0``."""
    return ["0" if w[0].isdigit() else w for w in _WORDS.findall(value.lower())]


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[int, ...]]:
    """The word table (rows as tuples of ints, which the garbage collector stops tracking: thousands
    of lists would be walked by every full collection of the parse)."""
    if not LEXICON_PATH.exists():
        return {}
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["words"]
    return {word: tuple(row) for word, row in data.items()}


def row_of(word: str) -> tuple[int, ...] | None:
    """The table's row for one word (lower case), a number's for digits."""
    known = table()
    row = known.get(word)
    if row is None and word.isdigit():
        row = known.get("0")
    return row


def mostly_a_name(word: str) -> bool:
    """Whether the labelled references hold ``word`` mostly in names (``Simon``; not ``Early``, ``Gehl``
    unknown, ``Pictures``): a given name's word, as far as the table knows."""
    row = row_of(word.lower())
    return row is not None and row[0] == max(row) and row[0] > -20


# how far below another field's log a word's log in names stands for the word to be no name's
_OUTSIDE_NAMES = 20


def hardly_a_name(word: str) -> bool:
    """Whether the labelled references hold ``word`` far more often in another field than in names (``Homes``,
    ``Trees``, ``Consultants``; not ``Hill``, ``Rice``, ``Baker``, family names as often as words)."""
    row = row_of(word.lower())
    return row is not None and max(row[1:]) - row[0] >= _OUTSIDE_NAMES


def _rows(value: str) -> list[tuple[int, ...]]:
    return [row for w in _WORDS.findall(value.lower()) if (row := row_of(w)) is not None]


def logs_of(rows: list[tuple[int, ...]]) -> list[float]:
    """Per field of ``CLASSES``, how well words with these ``rows`` fit it (natural log, see above)."""
    if len(rows) == 1:
        return [x / 10.0 for x in rows[0]]
    scale = min(len(rows), LEX_SCALE) / (10.0 * len(rows))
    return [sum(column) * scale for column in zip(*rows, strict=True)]


def field_logs(value: str) -> list[float] | None:
    """``logs_of`` the value's known words; None when no word is known."""
    rows = _rows(value)
    return logs_of(rows) if rows else None
