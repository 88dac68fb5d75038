"""Fit a boosted ensemble of small trees (``biblio.parse.review.trees``) for a yes/no outcome.

Newton boosting on the logistic loss: each tree is grown greedily to ``depth``
on the gradient and curvature of the loss, its splits chosen among at most
``BINS`` thresholds per signal (midpoints of the values seen, or quantiles
when there are many), its leaves ``-G / (H + l2)``.  Deterministic: no
sampling.  Needs numpy (fitting only; scoring is plain Python).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

BINS = 16


@dataclass(frozen=True)
class Settings:
    trees: int = 150
    rate: float = 0.1
    depth: int = 3
    l2: float = 5.0
    min_weight: float = 3.0  # least curvature (about 12 uncertain records) a leaf may hold


def _cuts(x: Any) -> list[Any]:
    import numpy as np

    cuts = []
    for j in range(x.shape[1]):
        values = np.unique(x[:, j])
        if len(values) <= BINS:
            cuts.append((values[:-1] + values[1:]) / 2)
        else:
            cuts.append(np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])))
    return cuts


def _grow(binned: Any, g: Any, h: Any, idx: Any, depth: int, s: Settings, cuts: list[Any], names: list[str]) -> Any:
    import numpy as np

    total_g, total_h = float(g[idx].sum()), float(h[idx].sum())
    leaf = round(-total_g / (total_h + s.l2), 5)
    if depth == 0 or len(idx) < 2:
        return leaf
    p = binned.shape[1]
    width = BINS + 1
    offsets = (binned[idx] + width * np.arange(p)).ravel()
    hist_g = np.bincount(offsets, weights=np.repeat(g[idx], p), minlength=width * p).reshape(p, width)
    hist_h = np.bincount(offsets, weights=np.repeat(h[idx], p), minlength=width * p).reshape(p, width)
    left_g, left_h = np.cumsum(hist_g, 1)[:, :-1], np.cumsum(hist_h, 1)[:, :-1]
    right_g, right_h = total_g - left_g, total_h - left_h
    gain = left_g**2 / (left_h + s.l2) + right_g**2 / (right_h + s.l2) - total_g**2 / (total_h + s.l2)
    gain[(left_h < s.min_weight) | (right_h < s.min_weight)] = -1.0
    j, b = np.unravel_index(int(np.argmax(gain)), gain.shape)
    if gain[j, b] <= 1e-6 or b >= len(cuts[j]):
        return leaf
    goes_left = binned[idx, j] <= b
    return [
        names[j],
        round(float(cuts[j][b]), 6),
        _grow(binned, g, h, idx[goes_left], depth - 1, s, cuts, names),
        _grow(binned, g, h, idx[~goes_left], depth - 1, s, cuts, names),
    ]


def fit_ensemble(
    rows: list[tuple[dict[str, float], bool]],
    s: Settings = Settings(),
    start: dict[str, Any] | None = None,
    only: tuple[str, ...] = (),
    weights: list[float] | None = None,
) -> dict[str, Any]:
    """The ensemble (``trees.ensemble_score``'s shape) fitted on ``rows`` of (evidence, is wrong);
    ``start``: an ensemble to go on from (its trees kept, ``s.trees`` more grown on what it leaves);
    ``only``: the new trees ask only about signals whose names start so (all when empty);
    ``weights``: each row's weight in the loss (all 1 when None)."""
    import numpy as np

    from biblio.parse.review.trees import tree_value

    names = sorted({k for ev, _ in rows for k in ev if not only or k.startswith(only)})
    x = np.array([[ev.get(n, 0.0) for n in names] for ev, _ in rows], dtype=float)
    y = np.array([float(w) for _, w in rows])
    weight = None if weights is None else np.array(weights, dtype=float)
    cuts = _cuts(x)
    binned = np.stack([np.searchsorted(c, x[:, j], side="left") for j, c in enumerate(cuts)], 1)
    if start is None:
        mean = float(y.mean()) if weight is None else float((weight * y).sum() / weight.sum())
        share = min(max(mean, 1e-3), 1 - 1e-3)
        base = math.log(share / (1 - share))
        z = np.full(len(y), base)
        trees = []
    else:
        base, s = float(start["base"]), replace(s, rate=float(start["rate"]))
        trees = list(start["trees"])
        z = base + s.rate * np.array([sum(tree_value(t, ev) for t in trees) for ev, _ in rows])
    everyone = np.arange(len(y))
    for _ in range(s.trees):
        p = 1.0 / (1.0 + np.exp(-z))
        g, h = p - y, p * (1 - p)
        if weight is not None:
            g, h = weight * g, weight * h
        tree = _grow(binned, g, h, everyone, s.depth, s, cuts, names)
        trees.append(tree)
        # the tree's values on the fitting rows, as scoring will compute them
        z += s.rate * np.array([tree_value(tree, ev) for ev, _ in rows])
    return {"base": round(base, 6), "rate": s.rate, "trees": trees}
