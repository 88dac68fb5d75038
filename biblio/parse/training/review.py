"""Fit the needs-review score: ``python -m biblio.parse.training.review``.

Reads the CALIBRATION split of ``../shared/training`` (``data.is_calibration``:
one record in ten, neither dev nor trained on by the sequence model) and
``--generated`` references made with a seed training never uses, parses each
reference as ``biblio.parse.read_reference`` does, and marks it wrong when any
scored field differs from the gold (``../shared/tools/parse_eval/evaluate.py``'s
normalisation).  Then:

1. the chooser picks a record (``chooser.pick``); the exactly right records of the
   model alone, of the structured readers where they read, and of the choice are printed;
2. per group of records (``review.score.GROUPS``: the model's, a structured reader's)
   a logistic model of "wrong" is fitted on ``review.signals`` of the chosen records
   (Newton's method, L2 chosen by 5-fold cross-validation), its threshold set so that
   at most ``--right-rate`` of the group's right calibration references are flagged;
3. weights and thresholds are written to
   ``biblio/parse/review/weights.json`` (read at run time, plain Python);
4. the DEV split (never fitted on) is measured and printed per source.

Run it again after every retrain of the sequence model (its marginals change).
Needs numpy (fitting only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from biblio.parse.chooser import Choice, model_item, pick, reader_may_win, structured_readings
from biblio.parse.citation_label import split_label
from biblio.parse.model import MODEL_PATH
from biblio.parse.model.labeller import Labeller, Reading
from biblio.parse.readers.base import Reading as ReaderReading
from biblio.parse.review.score import GROUPS, WEIGHTS_PATH, forced, group_of, review_score, usable
from biblio.parse.review.signals import SCORED, signals
from biblio.parse.training.data import SOURCES, is_calibration, is_dev, read_jsonl, source_of
from biblio.parse.training.train import SYNTHETIC_SEED
from biblio.records.model import Item

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
L2_GRID = (0.5, 2.0, 8.0, 32.0)
FOLDS = 5
L2_TOLERANCE = 0.03
# Generated references join the calibration split (biblio's main cases, web pages and organisations as
# authors, are rare in the labelled data); drawn with a seed the model's training never uses.
GENERATED_SEED = 1006
assert GENERATED_SEED != SYNTHETIC_SEED


def evaluator(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", shared / "tools" / "parse_eval" / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Case:
    """One labelled reference read both ways, with what each reading gets wrong."""

    id: str
    source: str
    gold: dict[str, Any]
    reading: Reading
    model: Item
    found: list[ReaderReading]
    model_wrong: bool
    reader_wrong: list[bool]


def read_cases(records: Iterable[dict[str, Any]], rule: Callable[[str], bool],
               wrong: Callable[[Item, dict[str, Any]], bool], labeller: Labeller) -> list[Case]:
    cases = []
    for rec in records:
        if not rule(rec["id"]):
            continue
        text = rec["text"]
        label = split_label(text)
        body = text[label.end:] if label else text
        reading = labeller.read(body)
        model = model_item(body, reading)
        found = structured_readings(body) if reader_may_win(reading, model) else []
        source = "generated" if str(rec.get("source", "")).startswith("synthetic") else source_of(rec)
        cases.append(Case(rec["id"], source, rec["fields"], reading, model, found,
                          wrong(model, rec["fields"]), [wrong(f.item, rec["fields"]) for f in found]))
    return cases


def choose_case(case: Case) -> tuple[Choice, bool]:
    """The chooser's pick for ``case``, and whether it is wrong."""
    choice = pick(case.reading, case.model, case.found)
    if choice.reader == "model":
        return choice, case.model_wrong
    i = next(k for k, f in enumerate(case.found) if f.item is choice.item)
    return choice, case.reader_wrong[i]


def generated(count: int, shared: Path) -> list[dict[str, Any]]:
    """``count`` generated references (seed ``GENERATED_SEED``, which the model's training never uses), their
    gold fields derived from their labelled segments as the real data's are (the shared ``cslfields``)."""
    if count <= 0:
        return []
    from biblio.parse.training.synthetic import synthetic_examples

    spec = importlib.util.spec_from_file_location("cslfields", shared / "tools" / "parse_eval" / "cslfields.py")
    assert spec and spec.loader
    cslfields = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cslfields)
    out = []
    for rec in synthetic_examples(count, GENERATED_SEED, shared):
        out.append(dict(rec, fields=cslfields.segments_to_csl(rec["segments"])))
    return out


def chooser_report(cases: list[Case]) -> None:
    read = [c for c in cases if c.found]
    chosen = [choose_case(c) for c in cases]
    by_reader = sum(ch.reader != "model" for ch, _ in chosen)
    print(f"chooser: {len(read)} of {len(cases)} references taken by a structured reader, {by_reader} chosen; "
          f"exactly right there: model {sum(not c.model_wrong for c in read)}, "
          f"reader {sum(not c.reader_wrong[0] for c in read)}, "
          f"chosen {sum(not w for (_, w), c in zip(chosen, cases, strict=True) if c.found)}")


def rows_of(cases: list[Case]) -> list[tuple[dict[str, float], bool]]:
    rows = []
    for case in cases:
        choice, is_wrong = choose_case(case)
        rows.append((signals(choice.item, case.reading, choice.other, choice.reader, choice.reader_confidence),
                     is_wrong))
    return rows


def fit_logistic(rows: list[tuple[dict[str, float], bool]], l2: float) -> dict[str, float]:
    import numpy as np

    names = sorted({k for ev, _ in rows for k in ev})
    x = np.array([[ev.get(n, 0.0) for n in names] for ev, _ in rows])
    y = np.array([float(w) for _, w in rows])
    w = np.zeros(len(names))
    penalty = np.full(len(names), l2)
    penalty[names.index("bias")] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-4 or n == "bias"}


def score_all(rows: list[tuple[dict[str, float], bool]], weights: dict[str, float]) -> list[float]:
    return [review_score(ev, weights) for ev, _ in rows]


def threshold_at(rows: list[tuple[dict[str, float], bool]], weights: dict[str, float], right_rate: float) -> float:
    """The lowest threshold that flags at most ``right_rate`` of the right references, counting
    those flagged whatever their score (``score.forced``)."""
    scores = score_all(rows, weights)
    right = [(s, forced(ev)) for s, (ev, w) in zip(scores, rows, strict=True) if not w]
    budget = int(right_rate * len(right)) - sum(forced for _, forced in right)
    free = sorted((s for s, forced in right if not forced), reverse=True)
    if budget < 0:
        return 1.0
    return free[budget] + 1e-6 if budget < len(free) else 0.0


def rates(flagged: list[bool], wrong: list[bool]) -> tuple[float, float, int, int]:
    fw = [f for f, w in zip(flagged, wrong, strict=True) if w]
    fr = [f for f, w in zip(flagged, wrong, strict=True) if not w]
    return sum(fw) / max(1, len(fw)), sum(fr) / max(1, len(fr)), len(fw), len(fr)


def flags_of(rows: list[tuple[dict[str, float], bool]], weights: dict[str, float], t: float) -> list[bool]:
    return [s >= t or forced(ev) for s, (ev, _) in
            zip(score_all(rows, weights), rows, strict=True)]


def cross_validate(rows: list[tuple[dict[str, float], bool]], l2: float, right_rate: float) -> tuple[float, float]:
    """Flag rates on each fifth of the rows with the weights and threshold fitted on the other four."""
    flagged: list[bool] = []
    wrong: list[bool] = []
    for k in range(FOLDS):
        train = [r for i, r in enumerate(rows) if i % FOLDS != k]
        test = [r for i, r in enumerate(rows) if i % FOLDS == k]
        w = fit_logistic(train, l2)
        flagged += flags_of(test, w, threshold_at(train, w, right_rate))
        wrong += [is_wrong for _, is_wrong in test]
    fw, fr, _, _ = rates(flagged, wrong)
    return fw, fr


def choose_l2(rows: list[tuple[dict[str, float], bool]], right_rate: float) -> float:
    """The strongest regularisation whose cross-validated figure is within ``L2_TOLERANCE`` of the best
    (smoother weights carry better to references unlike the calibration split)."""
    results = []
    for l2 in L2_GRID:
        fw, fr = cross_validate(rows, l2, right_rate)
        print(f"L2 {l2:5.1f}: {FOLDS}-fold on calibration, wrong flagged {fw:.3f}, right flagged {fr:.3f}")
        results.append((fw - max(0.0, fr - right_rate), l2))
    best = max(v for v, _ in results)
    return max(l2 for v, l2 in results if v >= best - L2_TOLERANCE)


def fit_groups(rows: list[tuple[dict[str, float], bool]], right_rate: float) -> dict[str, Any]:
    """Weights and threshold per group of records (``score.GROUPS``), on all calibration rows (real and
    generated alike)."""
    fitted: dict[str, Any] = {}
    for group in GROUPS:
        mine = [(usable(ev), w) for ev, w in rows if group_of(ev) == group]
        print(f"{group} records: {len(mine)}, {sum(w for _, w in mine)} wrong")
        l2 = choose_l2(mine, right_rate)
        weights = fit_logistic(mine, l2)
        fitted[group] = {"l2": l2, "threshold": round(threshold_at(mine, weights, right_rate), 6),
                         "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1])))}
    return fitted


def flagged_by(rows: list[tuple[dict[str, float], bool]], fitted: dict[str, Any]) -> list[bool]:
    out = []
    for ev, _ in rows:
        group = fitted[group_of(ev)]
        out.append(review_score(ev, group["weights"]) >= group["threshold"] or forced(ev))
    return out


def report(name: str, cases: list[Case], rows: list[tuple[dict[str, float], bool]], fitted: dict[str, Any]) -> None:
    flagged = flagged_by(rows, fitted)
    wrong = [w for _, w in rows]
    print(f"\n| {name} source | n | wrong | wrong flagged | right flagged |")
    print("|---|---|---|---|---|")
    for src in (*SOURCES, "generated"):
        idx = [i for i, c in enumerate(cases) if c.source == src]
        if not idx:
            continue
        fw, fr, nw, nr = rates([flagged[i] for i in idx], [wrong[i] for i in idx])
        print(f"| {src} | {nw + nr} | {nw} | {fw:.3f} | {fr:.3f} |")
    real = [i for i, c in enumerate(cases) if c.source != "generated"]
    fw, fr, nw, nr = rates([flagged[i] for i in real], [wrong[i] for i in real])
    print(f"| all real | {nw + nr} | {nw} | **{fw:.3f}** | **{fr:.3f}** |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (training data, evaluator)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--right-rate", type=float, default=0.10, help="share of right references flagged at most")
    ap.add_argument("--no-dev", action="store_true", help="skip measuring on the dev split")
    ap.add_argument("--model", type=Path, default=MODEL_PATH, help="the sequence model to read with")
    ap.add_argument("--generated", type=int, default=1500, help="generated references added to calibration")
    a = ap.parse_args(argv)
    started = time.time()
    ev_tool = evaluator(a.shared)

    def wrong(item: Item, gold: dict[str, Any]) -> bool:
        return any(ev_tool.field_value(gold, f) != ev_tool.field_value(item, f) for f in SCORED)

    data = a.shared / "training"
    labeller = Labeller(a.model)
    real = list(read_jsonl(sorted(data.glob("*.jsonl"))))
    cases = read_cases(real, is_calibration, wrong, labeller)
    cases += read_cases(generated(a.generated, a.shared), lambda _id: True, wrong, labeller)
    print(f"review: {len(cases)} calibration references (real and generated) read in {time.time() - started:.0f}s",
          file=sys.stderr)
    chooser_report(cases)
    rows = rows_of(cases)
    fitted = fit_groups(rows, a.right_rate)
    report("calibration", cases, rows, fitted)
    out = {
        "fitted_on": "calibration split of ../shared/training (data.is_calibration)",
        "model_size": a.model.stat().st_size,
        "right_rate": a.right_rate,
        "groups": fitted,
    }
    a.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"review: weights and thresholds written to {a.out}", file=sys.stderr)
    if a.no_dev:
        return
    dev = read_cases(real, is_dev, wrong, labeller)
    dev_rows = rows_of(dev)
    report("dev", dev, dev_rows, fitted)


if __name__ == "__main__":
    main()
