"""The needs-review ensemble: plain-Python scoring of fitted trees, and the fit itself."""

from __future__ import annotations

import pytest

from biblio.parse.review.trees import ensemble_score, tree_value


def test_a_tree_goes_left_at_or_below_its_threshold() -> None:
    tree = ["a", 0.5, ["b", 0.0, -1.0, 2.0], 3.0]
    assert tree_value(tree, {}) == -1.0  # absent signals are 0
    assert tree_value(tree, {"a": 0.5, "b": 1.0}) == 2.0
    assert tree_value(tree, {"a": 0.51}) == 3.0
    assert tree_value(1.5, {"a": 9.0}) == 1.5


def test_the_score_is_the_sigmoid_of_base_plus_rate_times_the_trees() -> None:
    ensemble = {"base": 0.0, "rate": 0.5, "trees": [["a", 0.5, -2.0, 2.0], 1.0]}
    assert ensemble_score({}, ensemble) == pytest.approx(1 / (1 + 2.718281828**0.5), rel=1e-6)
    assert ensemble_score({"a": 1.0}, ensemble) > 0.8


def test_the_fit_learns_an_interaction_and_is_deterministic() -> None:
    pytest.importorskip("numpy")
    from biblio.parse.training.boosting import Settings, fit_ensemble

    # wrong exactly when both signals fire: a sum of weights cannot say that, two levels of a tree can
    rows = [
        ({"a": float(a), "b": float(b), "c": float(i % 3)}, bool(a and b))
        for i in range(240)
        for a, b in [((i // 2) % 2, i % 2)]
    ]
    settings = Settings(trees=30, rate=0.3, depth=2, min_weight=1.0)
    ensemble = fit_ensemble(rows, settings)
    assert ensemble == fit_ensemble(rows, settings)
    both = ensemble_score({"a": 1.0, "b": 1.0}, ensemble)
    assert both > 0.9
    assert (
        max(ensemble_score({"a": 1.0}, ensemble), ensemble_score({"b": 1.0}, ensemble), ensemble_score({}, ensemble))
        < 0.1
    )


def test_the_compiled_ensemble_sums_exactly_what_walking_the_trees_sums() -> None:
    import math
    import random

    from biblio.parse.review.score import weights
    from biblio.parse.review.trees import features

    rng = random.Random(7)
    for group in weights()["groups"].values():
        ensemble = group["ensemble"]
        names = sorted(features(ensemble))
        for _ in range(200):
            ev = {n: rng.choice([0.0, rng.random(), 1.0]) for n in names if rng.random() < 0.5}
            z = ensemble["base"] + ensemble["rate"] * sum(tree_value(t, ev) for t in ensemble["trees"])
            assert ensemble_score(ev, ensemble) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_the_shipped_python_trees_are_those_of_weights_json() -> None:
    # regenerated with weights.json by ``python -m biblio.parse.training.review``; a stale copy is not used
    from biblio.parse.review.score import GROUPS, shipped_sums, weights
    from biblio.parse.review.trees import compiled, features

    sums = shipped_sums()
    assert set(sums) == set(GROUPS)
    for name in GROUPS:
        ensemble = weights()["groups"][name]["ensemble"]
        ev = {feature: 0.5 for feature in sorted(features(ensemble))[::2]}
        assert sums[name](ev) == compiled(ensemble)(ev)
