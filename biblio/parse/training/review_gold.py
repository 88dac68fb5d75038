"""The model group's trees fitted with biblio's gold sets too, measured by leaving whole sets out.

``python -m biblio.parse.training.review --cross-fit 3 --extend 0 --gold`` fits the model group's
ensemble on the calibration rows (real and generated), the cross-fitted training rows and the rows of
biblio's gold sets (``training.review_gold_rows``; weighed ``--gold-weight``).  Measured by K folds
(``--gold-folds``): each fold holds out whole gold sets (``review_gold_rows.set_fold``) and a share of the real
calibration references (``calibration_fold``), and is scored by an ensemble fitted on everything else, so
that every real reference gets a score from trees that never saw it nor, for a gold reference, any
reference of its set.  The threshold rule (``pooled_threshold``): the model group's threshold flags at most
``right_rate`` of the right real references of calibration and the gold sets together, those flagged
whatever that threshold counted first (a forced check, the structured group's own flag, an exclusive
reader's flag), judged on the out-of-fold scores.  A held-out fold is flagged at the threshold the rule
gives on the OTHER folds' references; the shipped ensemble is fitted on all rows and takes the rule's
threshold on all out-of-fold scores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from biblio.parse.review.score import forced, group_of, review_score, usable, weights
from biblio.parse.training.boosting import Settings, fit_ensemble
from biblio.parse.training.review_gold_rows import GoldRow, set_fold

Row = tuple[dict[str, float], bool]
# the rank a flag whatever the model group's score takes (above every threshold), and an unflagged record
# with no score (an exclusive reader's)
FLAGGED_MARGIN = 9.0
UNSCORED_MARGIN = -1.0


@dataclass
class Entry:
    """One real reference measured: calibration or a gold set's."""

    set: str  # "calibration" or the gold set's name
    fold: int
    ev: dict[str, float] | None
    wrong: bool
    elsewhere: bool  # flagged whatever the model group's threshold
    other_margin: float  # rank of a record the model group's trees do not score (else unused)

    @property
    def scored(self) -> bool:
        """Whether the model group's trees and threshold decide it."""
        return self.ev is not None and group_of(self.ev) == "model" and not self.elsewhere


def calibration_fold(record_id: str, folds: int) -> int:
    """The fold of a real calibration reference: a hash of its id (the calibration rule takes it modulo 10)."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) // 10 % folds


def entry(name: str, fold: int, ev: dict[str, float] | None, wrong: bool, flagged: bool, structured: Any) -> Entry:
    """``flagged``: the runtime's verdict, used only where no signals were read (an exclusive reader's record)."""
    if ev is None:
        return Entry(name, fold, None, wrong, flagged, FLAGGED_MARGIN if flagged else UNSCORED_MARGIN)
    if forced(ev):
        return Entry(name, fold, ev, wrong, True, FLAGGED_MARGIN)
    if group_of(ev) == "model":
        return Entry(name, fold, ev, wrong, False, 0.0)
    margin = review_score(ev, structured["ensemble"]) - float(structured["threshold"])
    return Entry(name, fold, ev, wrong, margin >= 0, margin)


def entries_of(
    calibration: Sequence[tuple[str, Row]], gold: Sequence[GoldRow], folds: int, structured: Any
) -> list[Entry]:
    """Real calibration references (id, row) and gold references as entries, each in its fold."""
    out = [entry("calibration", calibration_fold(rid, folds), ev, w, False, structured) for rid, (ev, w) in calibration]
    out += [entry(g.set, set_fold(g.set, folds), g.ev, g.wrong, g.flagged, structured) for g in gold]
    return out


def pooled_threshold(entries: Sequence[Entry], scores: Sequence[float], right_rate: float) -> float:
    """The lowest model-group threshold that flags at most ``right_rate`` of the right ``entries``, those
    flagged whatever it is counted first; ``scores``: the model group's score per entry."""
    right = [(e, s) for e, s in zip(entries, scores, strict=True) if not e.wrong]
    budget = int(right_rate * len(right)) - sum(e.elsewhere for e, _ in right)
    ranked = sorted((s for e, s in right if e.scored), reverse=True)
    if budget < 0:
        return 1.0
    return ranked[budget] + 1e-6 if budget < len(ranked) else 0.0


def fitting_rows(
    fixed: Sequence[Row], entries: Sequence[Entry], gold_weight: float, leave_out: int | None, group: str = "model"
) -> tuple[list[Row], list[float]]:
    """A group's rows to fit on and their weights: ``fixed`` (generated and cross-fitted rows,
    weight 1), then the entries' rows of the group outside fold ``leave_out`` (gold ones ``gold_weight``;
    none when it is 0)."""
    rows = [(usable(ev), w) for ev, w in fixed if group_of(ev) == group]
    weights = [1.0] * len(rows)
    for e in entries:
        if e.ev is None or group_of(e.ev) != group or e.fold == leave_out:
            continue
        weight = 1.0 if e.set == "calibration" else gold_weight
        if weight > 0:
            rows.append((usable(e.ev), e.wrong))
            weights.append(weight)
    return rows, weights


def _structured(e: Entry) -> bool:
    """A structured reader's record that its group's trees and threshold decide (no forced check)."""
    return e.ev is not None and group_of(e.ev) == "structured" and e.other_margin != FLAGGED_MARGIN


def group_threshold(entries: Sequence[Entry], scores: Sequence[float], right_rate: float) -> float:
    """The lowest structured-group threshold that flags at most ``right_rate`` of the group's right
    ``entries`` (those a forced check flags counted first); ``scores``: the group's score per entry."""
    mine = [e for e in entries if e.ev is not None and group_of(e.ev) == "structured" and not e.wrong]
    budget = int(right_rate * len(mine)) - sum(not _structured(e) for e in mine)
    ranked = sorted((s for e, s in zip(entries, scores, strict=True) if _structured(e) and not e.wrong), reverse=True)
    if budget < 0:
        return 1.0
    return ranked[budget] + 1e-6 if budget < len(ranked) else 0.0


def _out_of_fold(
    fixed: Sequence[Row],
    entries: Sequence[Entry],
    folds: int,
    gold_weight: float,
    settings: Settings,
    group: str,
    scored: Callable[[Entry], bool],
) -> list[float]:
    """Each ``scored`` entry's score by the ``group`` trees fitted without its fold (0 for the others)."""
    scores = [0.0] * len(entries)
    for k in range(folds):
        rows, weights = fitting_rows(fixed, entries, gold_weight, k, group)
        fitted = fit_ensemble(rows, settings, weights=weights)
        for i, e in enumerate(entries):
            if e.fold == k and scored(e):
                scores[i] = review_score(e.ev or {}, fitted)
    return scores


def fit_structured(
    fixed: Sequence[Row],
    entries: list[Entry],
    folds: int,
    gold_weight: float,
    right_rate: float,
    trees: int | None = None,
) -> tuple[dict[str, Any], list[Entry]]:
    """The structured group's trees fitted on its rows of ``fixed``, calibration and the gold sets (weighed
    ``gold_weight``), measured as the model group's are: each fold's records scored by trees fitted without
    it and flagged at the threshold ``group_threshold`` gives on the other folds.  Returns the shipped group
    (fitted on all rows, the rule's threshold on all out-of-fold scores) and the entries with their
    structured records' held-out margins, which the model group's threshold then counts first."""
    settings = Settings() if trees is None else Settings(trees=trees)
    scores = _out_of_fold(fixed, entries, folds, gold_weight, settings, "structured", _structured)
    measured = list(entries)
    for k in range(folds):
        others = [i for i, e in enumerate(entries) if e.fold != k]
        t = group_threshold([entries[i] for i in others], [scores[i] for i in others], right_rate)
        for i, e in enumerate(entries):
            if e.fold == k and _structured(e):
                measured[i] = replace(e, elsewhere=scores[i] >= t, other_margin=scores[i] - t)
    rows, weights = fitting_rows(fixed, entries, gold_weight, None, "structured")
    ensemble = fit_ensemble(rows, settings, weights=weights)
    return {"threshold": round(group_threshold(entries, scores, right_rate), 6), "ensemble": ensemble}, measured


@dataclass
class GoldFit:
    ensemble: dict[str, Any]
    threshold: float
    entries: list[Entry]
    out_of_fold: list[float]  # the model group's score per entry from the fold that left it out
    fold_thresholds: list[float]  # per fold, the rule's threshold on the other folds' entries
    held_out: list[bool]  # flagged at its fold's threshold


def fit_with_gold(
    fixed: Sequence[Row],
    entries: list[Entry],
    folds: int,
    gold_weight: float,
    right_rate: float,
    trees: int | None = None,
) -> GoldFit:
    """Out-of-fold scores by ``folds`` fits, each held-out fold flagged at its own threshold, and the
    ensemble fitted on all rows with the rule's threshold on all out-of-fold scores."""
    settings = Settings() if trees is None else Settings(trees=trees)
    scores = _out_of_fold(
        fixed, entries, folds, gold_weight, settings, "model", lambda e: e.ev is not None and group_of(e.ev) == "model"
    )
    thresholds = []
    for k in range(folds):
        others = [i for i, e in enumerate(entries) if e.fold != k]
        thresholds.append(pooled_threshold([entries[i] for i in others], [scores[i] for i in others], right_rate))
    held_out = [e.elsewhere or (e.scored and scores[i] >= thresholds[e.fold]) for i, e in enumerate(entries)]
    rows, weights = fitting_rows(fixed, entries, gold_weight, None)
    ensemble = fit_ensemble(rows, settings, weights=weights)
    threshold = pooled_threshold(entries, scores, right_rate)
    return GoldFit(ensemble, threshold, entries, scores, thresholds, held_out)


def margins(fit: GoldFit) -> list[float]:
    """Each entry's rank for the trade-off: a model-group record's out-of-fold score less its fold's
    threshold, any other its own margin (``Entry.other_margin``)."""
    return [
        fit.out_of_fold[i] - fit.fold_thresholds[e.fold] if e.scored else e.other_margin
        for i, e in enumerate(fit.entries)
    ]


def shipped_margin(e: Entry) -> float:
    """The entry's rank under the shipped weights (its score less its group's shipped threshold)."""
    if e.ev is None or e.elsewhere or not e.scored:
        return e.other_margin
    return review_score(e.ev) - float(weights()["groups"]["model"]["threshold"])


def share(flags: Sequence[bool], wrong: Sequence[bool]) -> str:
    """``wrong flagged / right flagged`` as percentages."""
    fw = [f for f, w in zip(flags, wrong, strict=True) if w]
    fr = [f for f, w in zip(flags, wrong, strict=True) if not w]
    return f"{100 * sum(fw) / max(1, len(fw)):.1f} % / {100 * sum(fr) / max(1, len(fr)):.1f} %"


def report(fit: GoldFit, shipped: Sequence[Entry] | None = None) -> None:
    """Held-out figures per gold set and in all, against the shipped weights on the same references
    (``shipped``: the entries as the shipped structured group ranks them, where it was refitted)."""
    from biblio.parse.training.review import flagged_at_rates

    ranks, before = margins(fit), [shipped_margin(e) for e in (shipped or fit.entries)]
    print("\n| held-out set | fold | n | wrong | shipped: wrong / right flagged | held out: wrong / right flagged |")
    print("|---|---|---|---|---|---|")
    names = dict.fromkeys(e.set for e in fit.entries)
    parts = [(name, [i for i, e in enumerate(fit.entries) if e.set == name]) for name in names]
    gold = [i for i, e in enumerate(fit.entries) if e.set != "calibration"]
    calibration = [i for i, e in enumerate(fit.entries) if e.set == "calibration"]
    for name, idx in [*parts, ("gold sets, all", gold)]:
        wrong = [fit.entries[i].wrong for i in idx]
        fold = str(fit.entries[idx[0]].fold) if name in names and name != "calibration" else "all"
        print(
            f"| {name} | {fold} | {len(idx)} | {sum(wrong)} | {share([before[i] >= 0 for i in idx], wrong)} | "
            f"{share([fit.held_out[i] for i in idx], wrong)} |"
        )
    for name, idx in (("calibration (real; shipped in-sample)", calibration), ("gold sets", gold)):
        wrong = [fit.entries[i].wrong for i in idx]
        print(
            f"{name}, wrong flagged at 5 / 10 / 15 % of the right flagged: shipped "
            f"{flagged_at_rates([before[i] for i in idx], wrong)}, held out "
            f"{flagged_at_rates([ranks[i] for i in idx], wrong)}"
        )
    print(
        "thresholds per fold (rule on the other folds): "
        + ", ".join(f"{t:.4f}" for t in fit.fold_thresholds)
        + f"; on all: {fit.threshold:.4f}"
    )
