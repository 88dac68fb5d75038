"""Build ``biblio/parse/review/lexicon.json``: per word, ``log p(field | word)`` over the gold
records of the training split (never dev nor calibration), for ``review.lexicon``."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from biblio.parse.review.lexicon import CLASSES, MIN_COUNT, words_of
from biblio.parse.training.data import is_held_out

_NAME_FIELDS = ("author", "editor", "translator")


def values_of(fields: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """``(class, value)`` for each value of a gold record that the table weighs."""
    for var in _NAME_FIELDS:
        for name in fields.get(var) or []:
            if isinstance(name, dict):
                yield "author", " ".join(str(name.get(p, "")) for p in ("given", "family", "literal"))
    for var in CLASSES[1:]:
        if isinstance(fields.get(var), str):
            yield var, fields[var]


def build(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    counts: dict[str, Counter[str]] = {c: Counter() for c in CLASSES}
    for rec in records:
        if is_held_out(rec["id"]):
            continue
        for cls, value in values_of(rec["fields"]):
            counts[cls].update(words_of(value))
    totals = Counter[str]()
    for c in CLASSES:
        totals.update(counts[c])
    # p(field | word) with add-one smoothing, each field's counts scaled to equal totals so that the
    # table says which field a word is typical of, not which field has the most words
    size = {c: max(1, sum(counts[c].values())) for c in CLASSES}
    mean = sum(size.values()) / len(CLASSES)
    words = {}
    for w, n in sorted(totals.items()):
        if n < MIN_COUNT:
            continue
        scaled = [(counts[c][w] + 1) * mean / size[c] for c in CLASSES]
        z = sum(scaled)
        words[w] = [round(10 * math.log(x / z)) for x in scaled]
    return {
        "fitted_on": "gold fields of the training split of ../shared/training (not data.is_held_out)",
        "classes": list(CLASSES),
        "min_count": MIN_COUNT,
        "words": words,
    }


def write(records: Iterable[dict[str, Any]], out: Path) -> int:
    data = build(records)
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(data["words"])
