"""A boosted ensemble of small decision trees, scored in plain Python.

The needs-review score is ``sigmoid(base + rate * sum(tree(evidence)))``.  A tree
is nested lists: ``[feature, threshold, left, right]`` goes left when the
evidence's value of ``feature`` (absent = 0) is at most ``threshold``; a bare
number is a leaf.  Trees weigh signals together (a doubtful boundary matters on
a long reference, less on a short one), which a sum of weights cannot.  Fitted
by ``biblio.parse.training.boosting`` (numpy, fitting only).

Walking 150 trees node by node costs about 60 µs a reference; ``ensemble_score``
instead turns an ensemble once into one Python function of nested ``if``s over
local variables (each signal looked up once), which gives the same sum, tree by
tree in the same order, in a few µs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

Tree = Any  # float | list: [feature, threshold, left, right]


def tree_value(tree: Tree, ev: dict[str, float]) -> float:
    node = tree
    while isinstance(node, list):
        feature, threshold, left, right = node
        node = left if ev.get(feature, 0.0) <= threshold else right
    return float(node)


def features(ensemble: dict[str, Any]) -> set[str]:
    """The signals the ensemble's trees ask about."""
    found: set[str] = set()
    stack = list(ensemble["trees"])
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            found.add(node[0])
            stack += node[2:]
    return found


def _source(ensemble: dict[str, Any]) -> str:
    """Python source of ``_sum(ev)``: the trees' values added in order, as ``sum`` over ``tree_value`` would."""
    names = sorted(features(ensemble))
    slot = {name: f"x{i}" for i, name in enumerate(names)}
    lines = ["def _sum(ev):", "    get = ev.get"]
    lines += [f"    {slot[name]} = get({name!r}, 0.0)" for name in names]
    lines.append("    s = 0")

    def emit(node: Tree, indent: str) -> None:
        if not isinstance(node, list):
            lines.append(f"{indent}s += {float(node)!r}")
            return
        feature, threshold, left, right = node
        lines.append(f"{indent}if {slot[feature]} <= {float(threshold)!r}:")
        emit(left, indent + "    ")
        lines.append(f"{indent}else:")
        emit(right, indent + "    ")

    for tree in ensemble["trees"]:
        emit(tree, "    ")
    lines.append("    return s")
    return "\n".join(lines) + "\n"


# compiled ensembles by identity (each kept alive beside its function, so an id is never reused)
_COMPILED: dict[int, tuple[dict[str, Any], Callable[[dict[str, float]], float]]] = {}


def compiled(ensemble: dict[str, Any]) -> Callable[[dict[str, float]], float]:
    """The ensemble's summed tree values as a function of the evidence (compiled once per ensemble)."""
    hit = _COMPILED.get(id(ensemble))
    if hit is not None and hit[0] is ensemble:
        return hit[1]
    if len(_COMPILED) > 64:  # fitting makes many ensembles; none is scored again once replaced
        _COMPILED.clear()
    scope: dict[str, Any] = {}
    exec(compile(_source(ensemble), "<needs-review trees>", "exec"), scope)  # noqa: S102 - our own weights
    _COMPILED[id(ensemble)] = (ensemble, scope["_sum"])
    return scope["_sum"]  # type: ignore[no-any-return]


def ensemble_score(ev: dict[str, float], ensemble: dict[str, Any]) -> float:
    """0-1: the ensemble's probability that a record with evidence ``ev`` is wrong."""
    z = float(ensemble["base"]) + float(ensemble["rate"]) * compiled(ensemble)(ev)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
