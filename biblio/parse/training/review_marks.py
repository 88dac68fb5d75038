"""Build ``biblio/parse/review/marks.json``: per mark between two words (``review.marks.gaps``), how often
the gold labels of the training split (never dev nor calibration) put a field boundary there."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from biblio.parse.review.marks import PRIOR_WEIGHT, gaps
from biblio.parse.training.data import is_held_out, labelled_tokens

MIN_COUNT = 5  # marks seen fewer times are left out (their coarser key answers)


def _share(cut: int, seen: int, prior: float, weight: float) -> float:
    return round((cut + weight * prior) / (seen + weight), 4)


def build(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    seen: Counter[str] = Counter()
    cut: Counter[str] = Counter()
    coarse_of: dict[str, str] = {}
    for rec in records:
        if is_held_out(rec["id"]):
            continue
        found = labelled_tokens(rec)
        if found is None:
            continue
        for fine, coarse, is_boundary in gaps(*found):
            coarse_of[fine] = coarse
            for key in (coarse, fine):
                seen[key] += 1
                cut[key] += is_boundary
    # a coarse key's share shrunk a little towards one half, a fine key's towards its coarse key's
    boundary = {key: _share(cut[key], n, 0.5, 1.0) for key, n in seen.items() if key not in coarse_of}
    for fine, coarse in coarse_of.items():
        if seen[fine] >= MIN_COUNT and coarse in boundary:
            boundary[fine] = _share(cut[fine], seen[fine], boundary[coarse], PRIOR_WEIGHT)
    return {
        "fitted_on": "gold labels of the training split of ../shared/training (not data.is_held_out)",
        "min_count": MIN_COUNT,
        "boundary": {key: boundary[key] for key in sorted(boundary) if seen[key] >= MIN_COUNT},
    }


def write(records: Iterable[dict[str, Any]], out: Path) -> int:
    data = build(records)
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(data["boundary"])
