"""A boosted ensemble of small decision trees, scored in plain Python.

The needs-review score is ``sigmoid(base + rate * sum(tree(evidence)))``.  A tree
is nested lists: ``[feature, threshold, left, right]`` goes left when the
evidence's value of ``feature`` (absent = 0) is at most ``threshold``; a bare
number is a leaf.  Trees weigh signals together (a doubtful boundary matters on
a long reference, less on a short one), which a sum of weights cannot.  Fitted
by ``biblio.parse.training.boosting`` (numpy, fitting only).
"""

from __future__ import annotations

import math
from typing import Any

Tree = Any  # float | list: [feature, threshold, left, right]


def tree_value(tree: Tree, ev: dict[str, float]) -> float:
    node = tree
    while isinstance(node, list):
        feature, threshold, left, right = node
        node = left if ev.get(feature, 0.0) <= threshold else right
    return float(node)


def ensemble_score(ev: dict[str, float], ensemble: dict[str, Any]) -> float:
    """0-1: the ensemble's probability that a record with evidence ``ev`` is wrong."""
    z = float(ensemble["base"]) + float(ensemble["rate"]) * sum(tree_value(t, ev) for t in ensemble["trees"])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
