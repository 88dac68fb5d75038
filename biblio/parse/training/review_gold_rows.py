"""Needs-review rows of biblio's own gold sets (``tests/data/parse/*.jsonl``): real references of many styles.

The training split's references are mostly of a few styles; the gold sets hold the styles of real
documents (German, Romance, mathematics, notes, grey literature...).  Each reference is read as users
meet it (``biblio.parse.read_reference``: input tidying, citation labels, exclusive readers, the
chooser), and the signals the chooser scores it by are kept whole (``signals(..., every=True)``) so
that the trees can be fitted on them.  A reference an exclusive reader takes (no signals: its own
confidence flags it) keeps only whether it was flagged, for measuring.

Sets are cut into folds WHOLE (``set_fold``: a hash of the set's name), so that a set's references
are never both fitted on and measured in one fold.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biblio.records.model import NEEDS_REVIEW, Item

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "parse"


@dataclass
class GoldRow:
    """One gold reference as read: its set, the signals scored (None: an exclusive reader's record),
    whether it is wrong, and whether the parser as it runs flagged it."""

    set: str
    id: str
    ev: dict[str, float] | None
    wrong: bool
    flagged: bool


def gold_sets(folder: Path = GOLD_DIR) -> dict[str, list[dict[str, Any]]]:
    """The gold sets by name (the file's stem), each a list of ``{"id", "text", "fields"}``."""
    out = {}
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            out[path.stem] = [json.loads(line) for line in fh if line.strip()]
    return out


def set_fold(name: str, folds: int) -> int:
    """The fold a whole gold set falls in: a hash of its name (a new set moves no other)."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % folds


@contextmanager
def every_signal(found: list[dict[str, float]]) -> Iterator[None]:
    """While inside, the chooser computes every signal (not only those the shipped trees ask about)
    and appends each record's evidence to ``found``."""
    from biblio.parse import chooser
    from biblio.parse.review.signals import signals

    def capture(*args: Any, **kwargs: Any) -> dict[str, float]:
        ev = signals(*args, **dict(kwargs, every=True))
        found.append(ev)
        return ev

    saved = chooser.signals
    chooser.signals = capture  # type: ignore[assignment]
    try:
        yield
    finally:
        chooser.signals = saved  # type: ignore[assignment]


def read_gold(sets: dict[str, list[dict[str, Any]]], wrong: Callable[[Item, dict[str, Any]], bool]) -> list[GoldRow]:
    """Every reference of ``sets`` read by the parser as it runs, with its signals and verdict."""
    from biblio.parse import read_reference

    rows = []
    for name, records in sets.items():
        for rec in records:
            found: list[dict[str, float]] = []
            with every_signal(found):
                item = read_reference(rec["text"])
            flagged = NEEDS_REVIEW in item.get("custom", {}).get("biblio", {}).get("flags", [])
            ev = found[-1] if found else None
            rows.append(GoldRow(name, str(rec.get("id", "")), ev, wrong(item, rec["fields"]), flagged))
    return rows
