"""Fit the needs-review score: ``python -m biblio.parse.training.review``.

Reads the CALIBRATION split of ``../shared/training`` (``data.is_calibration``:
one record in ten, neither dev nor trained on by the sequence model) and
``--generated`` references made with a seed training never uses, parses each
reference as ``biblio.parse.read_reference`` does, and marks it wrong when any
scored field differs from the gold (``../shared/tools/parse_eval/evaluate.py``'s
normalisation).  Then:

0. a word table (``review.lexicon``) is built from the gold fields of the TRAINING split
   (never dev nor calibration) and written to ``biblio/parse/review/lexicon.json``, and a table of
   how often each mark between two words is a field boundary (``review.marks``) from its gold
   labels, written to ``biblio/parse/review/marks.json``;
1. the chooser picks a record (``chooser.pick``), whose signals are read from the reading the
   model's record is built from (``chooser.model_reading``: the spans after the mends); the
   exactly right records of the model alone, of the structured readers where they read, and of
   the choice are printed, and the yes-or-no signals wrong on most real references they fire on
   (``sure_signals``: the rule by which ``score.FORCED_BY_PRECISION`` flags whatever the score);
2. per group of records (``review.score.GROUPS``: the model's, a structured reader's)
   a boosted ensemble of small trees (``training.boosting``) is fitted on
   ``review.signals`` of the chosen records (real and generated); its threshold is set
   so that at most ``--right-rate`` of the group's right REAL calibration references
   are flagged, judged on scores from 5 folds each fitted without them (scores of the
   rows an ensemble was fitted on would be too low, the threshold with them).  ``--keep``
   groups (by default the structured readers') keep their shipped ensemble and threshold: the
   calibration references the readers take are mostly in other styles than theirs, and fitted on
   them the structured threshold flags a third of the APA gold set's exact references;
   ``--cross-fit K`` also fits on the TRAINING split read out of fold (``training.cross_fit``: K folds
   by a hash of the id, each read by a CRF trained with the shipped recipe on the other folds, cached
   under ``/tmp/biblio-cross-fit``; some 15,000 more rows), and ``--threshold-on overall`` sets the
   model group's threshold to flag ``--right-rate`` of ALL right real calibration references;
   ``--gold`` (with ``--extend 0``) fits the model group on the rows of biblio's gold sets too
   (``training.review_gold``: weighed ``--gold-weight``, measured by folds of whole sets, the threshold
   set on out-of-fold scores of calibration and the gold sets together), and the structured group so
   too unless ``--keep structured`` (``review_gold.fit_structured``: the gold sets' APA, Chicago and IEEE
   references are the readers' own styles; its threshold flags at most ``--structured-right-rate`` of its
   right real references, the model group's rule counting those first).  The shipped weights:
   ``--cross-fit 3 --extend 0 --gold --right-rate 0.09`` (benchmarks/README.md);
3. ensembles and thresholds are written to
   ``biblio/parse/review/weights.json`` (read at run time, plain Python);
4. the DEV split (never fitted on) is measured and printed per source.

Run it again after every retrain of the sequence model (its marginals change).
Deterministic (no sampling); a few minutes here (with ``--cross-fit 3`` some 25 the first time, three
fold models trained one after the other, then some 10).  Needs numpy (fitting only).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from biblio.parse.chooser import Choice, model_reading, pick, readings
from biblio.parse.citation_label import split_label
from biblio.parse.model import MODEL_PATH
from biblio.parse.model.labeller import Labeller, Reading
from biblio.parse.readers.base import Reading as ReaderReading
from biblio.parse.review import marks
from biblio.parse.review.lexicon import LEXICON_PATH, table
from biblio.parse.review.score import (
    FITTED_TREES_PATH,
    FORCED_BY_PRECISION,
    GROUPS,
    SURE_MIN_COUNT,
    SURE_WRONG_SHARE,
    WEIGHTS_PATH,
    forced,
    group_of,
    review_score,
    shipped_sums,
    usable,
    weights,
)
from biblio.parse.review.signals import SCORED, signals
from biblio.parse.review.trees import module_source
from biblio.parse.training import cross_fit, review_gold, review_lexicon, review_marks
from biblio.parse.training.boosting import Settings, fit_ensemble
from biblio.parse.training.data import SOURCES, is_calibration, is_dev, read_jsonl, source_of
from biblio.parse.training.review_gold_rows import GOLD_DIR, gold_sets, read_gold
from biblio.parse.training.train import SYNTHETIC_SEED
from biblio.records.model import Item

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
FOLDS = 5
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
    built: Reading  # the reading the model's record is built from (``chooser.model_reading``)
    model: Item
    found: list[ReaderReading]
    model_wrong: bool
    reader_wrong: list[bool]


def read_cases(
    records: Iterable[dict[str, Any]],
    rule: Callable[[str], bool],
    wrong: Callable[[Item, dict[str, Any]], bool],
    labeller: Labeller,
) -> list[Case]:
    cases = []
    for rec in records:
        if not rule(rec["id"]):
            continue
        text = rec["text"]
        label = split_label(text)
        body = text[label.end :] if label else text
        reading = labeller.read(body)
        model, built = model_reading(body, reading)
        found = readings(body, reading, model)
        source = "generated" if str(rec.get("source", "")).startswith("synthetic") else source_of(rec)
        cases.append(
            Case(
                rec["id"],
                source,
                rec["fields"],
                reading,
                built,
                model,
                found,
                wrong(model, rec["fields"]),
                [wrong(f.item, rec["fields"]) for f in found],
            )
        )
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
        try:
            fields = cslfields.segments_to_csl(rec["segments"])
        except IndexError:  # a name of no words the shared converter cannot take apart: no gold to judge by
            continue
        out.append(dict(rec, fields=fields))
    return out


def chooser_report(cases: list[Case]) -> None:
    read = [c for c in cases if c.found]
    chosen = [choose_case(c) for c in cases]
    by_reader = sum(ch.reader != "model" for ch, _ in chosen)
    print(
        f"chooser: {len(read)} of {len(cases)} references taken by a structured reader, {by_reader} chosen; "
        f"exactly right there: model {sum(not c.model_wrong for c in read)}, "
        f"reader {sum(not c.reader_wrong[0] for c in read)}, "
        f"chosen {sum(not w for (_, w), c in zip(chosen, cases, strict=True) if c.found)}"
    )


def rows_of(cases: list[Case]) -> list[tuple[dict[str, float], bool]]:
    rows = []
    for case in cases:
        choice, is_wrong = choose_case(case)
        rows.append(
            (
                signals(choice.item, case.built, choice.other, choice.reader, choice.reader_confidence, every=True),
                is_wrong,
            )
        )
    return rows


def without_signals(ev: dict[str, float], prefixes: tuple[str, ...]) -> dict[str, float]:
    """``ev`` less the signals whose names start with one of ``prefixes`` (``--without``)."""
    return {k: v for k, v in ev.items() if not k.startswith(prefixes)} if prefixes else ev


def out_of_fold(rows: list[tuple[dict[str, float], bool]], real: list[bool]) -> list[float]:
    """Each row's score from an ensemble fitted on the other folds (rows ``i % FOLDS``), for the real rows."""
    scores = [0.0] * len(rows)
    for k in range(FOLDS):
        fitted = fit_ensemble([r for i, r in enumerate(rows) if i % FOLDS != k])
        for i, (ev, _) in enumerate(rows):
            if i % FOLDS == k and real[i]:
                scores[i] = review_score(ev, fitted)
    return scores


def threshold_at(scores: list[float], rows: list[tuple[dict[str, float], bool]], right_rate: float) -> float:
    """The lowest threshold that flags at most ``right_rate`` of the right references, counting
    those flagged whatever their score (``score.forced``)."""
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


def trade_off(scores: list[float], rows: list[tuple[dict[str, float], bool]]) -> str:
    """Share of wrong references flagged when 5, 10 and 15 % of the right ones are (a ROC read at three points)."""
    marked = [9.0 if forced(ev) else s for s, (ev, _) in zip(scores, rows, strict=True)]
    return flagged_at_rates(marked, [w for _, w in rows])


def flagged_at_rates(
    marked: list[float], wrong: list[bool], right_rates: tuple[float, ...] = (0.05, 0.10, 0.15)
) -> str:
    """``a / b / c``: the share of wrong records ranked above the ``right_rates`` share of right ones."""
    right = sorted((m for m, w in zip(marked, wrong, strict=True) if not w), reverse=True)
    wrong_marks = [m for m, w in zip(marked, wrong, strict=True) if w]
    out = []
    for rate in right_rates:
        k = int(rate * len(right))
        t = right[k] if k < len(right) else -10.0
        out.append(f"{sum(m > t for m in wrong_marks) / max(1, len(wrong_marks)):.3f}")
    return " / ".join(out)


def sure_signals(rows: list[tuple[dict[str, float], bool]], real: list[bool]) -> list[tuple[str, int, float]]:
    """Yes-or-no signals that fire on at least ``SURE_MIN_COUNT`` real references of which at least
    ``SURE_WRONG_SHARE`` are wrong: name, count and share wrong (``score.FORCED_BY_PRECISION`` lists those
    the rule gave)."""
    fired: dict[str, list[bool]] = {}
    scaled: set[str] = set()
    for (ev, is_wrong), is_real in zip(rows, real, strict=True):
        if not is_real:
            continue
        for name, value in ev.items():
            if value not in (0.0, 1.0):
                scaled.add(name)
            elif value:
                fired.setdefault(name, []).append(is_wrong)
    found = [
        (name, len(wrongs), sum(wrongs) / len(wrongs))
        for name, wrongs in fired.items()
        if name not in scaled and name != "bias" and not name.startswith("reader:")
    ]
    return sorted(
        (f for f in found if f[1] >= SURE_MIN_COUNT and f[2] >= SURE_WRONG_SHARE), key=lambda f: (-f[2], -f[1])
    )


def fit_groups(
    rows: list[tuple[dict[str, float], bool]],
    real: list[bool],
    right_rate: float,
    shipped: dict[str, Any] | None = None,
    crossed: list[bool] | None = None,
    threshold_on: str = "calibration",
) -> dict[str, Any]:
    """Ensemble and threshold per group of records (``score.GROUPS``), fitted on all rows (real and
    generated calibration rows, and ``crossed``: cross-fitted training rows); ``shipped``: groups whose
    shipped ensemble and threshold stay as they are.  The threshold flags ``right_rate`` of the right
    ``real`` calibration references (``threshold_on``): scored by ensembles fitted on the other folds
    (``calibration``), with the cross-fitted references too (``all``), or by the fitted ensemble itself
    (``fitted``: where the calibration rows are a small part of what it is fitted on)."""
    fitted: dict[str, Any] = dict(shipped or {})
    crossed = crossed or [False] * len(rows)
    for group in GROUPS:
        if group in fitted:
            print(f"{group} records: the shipped ensemble and threshold kept")
            continue
        idx = [i for i, (ev, _) in enumerate(rows) if group_of(ev) == group]
        mine = [(usable(rows[i][0]), rows[i][1]) for i in idx]
        print(f"{group} records: {len(mine)}, {sum(w for _, w in mine)} wrong")
        scores = out_of_fold(mine, [real[i] or crossed[i] for i in idx])
        ensemble = fit_ensemble(mine)
        parts = {
            "calibration": [k for k, i in enumerate(idx) if real[i]],
            "cross-fitted": [k for k, i in enumerate(idx) if crossed[i]],
        }
        parts["all"] = parts["calibration"] + parts["cross-fitted"]
        thresholds = {}
        for name, part in parts.items():
            if part:
                picked = [mine[k] for k in part]
                thresholds[name] = threshold_at([scores[k] for k in part], picked, right_rate)
                print(
                    f"  {FOLDS}-fold on {name} ({len(part)}): wrong flagged at 5/10/15 % right flagged "
                    f"{trade_off([scores[k] for k in part], picked)}; threshold {thresholds[name]:.4f}"
                )
        calibration = [mine[k] for k in parts["calibration"]]
        thresholds["fitted"] = threshold_at(
            [review_score(ev, ensemble) for ev, _ in calibration], calibration, right_rate
        )
        print(f"  threshold on the fitted ensemble's own calibration scores {thresholds['fitted']:.4f}")
        fitted[group] = {"threshold": round(thresholds[threshold_on], 6), "ensemble": ensemble}
    return {group: fitted[group] for group in GROUPS}


def cross_fit_rows(
    real: list[dict[str, Any]],
    folds: int,
    wrong: Callable[[Item, dict[str, Any]], bool],
    data_dir: Path,
    synthetic: int,
    iterations: int,
) -> list[tuple[dict[str, float], bool]]:
    """The training split's references, each read by the fold model not trained on it and scored right
    or wrong (``training.cross_fit``); cached under ``cross_fit.FOLD_DIR`` while the parser is the same."""
    models = [cross_fit.fold_model(data_dir, folds, f, synthetic, iterations) for f in range(folds)]
    fingerprint = cross_fit.parser_fingerprint(models)
    cache = cross_fit.FOLD_DIR / f"rows-k{folds}-gen{synthetic}-it{iterations}.jsonl"
    cached = cross_fit.read_rows(cache, fingerprint)
    if cached is not None:
        print(f"review: {len(cached[1])} cross-fitted rows read from {cache}", file=sys.stderr)
        return cached[1]
    ids: list[str] = []
    rows: list[tuple[dict[str, float], bool]] = []
    for fold, model in enumerate(models):
        with cross_fit.tables_of(r for r in real if cross_fit.trained_on(folds, fold)(r["id"])):
            cases = read_cases(real, cross_fit.in_fold(folds, fold), wrong, Labeller(model))
            rows += rows_of(cases)
        ids += [c.id for c in cases]
        print(f"review: fold {fold} of {folds}: {len(cases)} references read by {model.name}", file=sys.stderr)
    cross_fit.write_rows(cache, fingerprint, ids, rows)
    return rows


# the signals the model group's extension trees ask about (``extend_group``): the text's marks at the
# reading's boundaries (``review.marks``)
EXTEND_WITH = ("marks:odd-boundary", "marks:odd-inside")


def extend_group(
    rows: list[tuple[dict[str, float], bool]], real: list[bool], shipped: dict[str, Any], trees: int
) -> dict[str, Any]:
    """The model group's shipped ensemble with ``trees`` more trees grown on what it leaves, asking only
    about ``EXTEND_WITH``.  The base is the shipped ensemble's first ``base_trees`` trees (a rerun grows
    the same trees again, not more); the threshold keeps the share of the group's right real calibration
    references flagged that the base flags at its own threshold, judged on scores whose new trees were
    fitted on the other folds (the base was fitted on all of them, before and after alike)."""
    n0 = int(shipped.get("base_trees", len(shipped["ensemble"]["trees"])))
    base = dict(shipped["ensemble"], trees=shipped["ensemble"]["trees"][:n0])
    base_threshold = float(shipped.get("base_threshold", shipped["threshold"]))
    mine = [(usable(ev), w) for ev, w in rows if group_of(ev) == "model"]
    mine_real = [r for (ev, _), r in zip(rows, real, strict=True) if group_of(ev) == "model"]
    settings = Settings(trees=trees)
    scores = [0.0] * len(mine)
    for k in range(FOLDS):
        fitted = fit_ensemble([r for i, r in enumerate(mine) if i % FOLDS != k], settings, base, EXTEND_WITH)
        for i, (ev, _) in enumerate(mine):
            if i % FOLDS == k:
                scores[i] = review_score(ev, fitted)
    right = [i for i, (ev, w) in enumerate(mine) if mine_real[i] and not w and not forced(ev)]
    keep = sum(review_score(mine[i][0], base) >= base_threshold for i in right)
    ranked = sorted((scores[i] for i in right), reverse=True)
    threshold = ranked[keep] + 1e-6 if keep < len(ranked) else 0.0
    kept = [k for k, r in enumerate(mine_real) if r]
    print(
        f"model records: {len(mine)}, the shipped {n0} trees and {trees} more on {', '.join(EXTEND_WITH)}; "
        f"{keep} of {len(right)} right real calibration references flagged, as the base flags them\n"
        f"  {FOLDS}-fold (new trees) on real calibration: wrong flagged at 5/10/15 % right flagged "
        f"{trade_off([scores[k] for k in kept], [mine[k] for k in kept])}"
    )
    return {
        "threshold": round(threshold, 6),
        "base_trees": n0,
        "base_threshold": base_threshold,
        "ensemble": fit_ensemble(mine, settings, base, EXTEND_WITH),
    }


def overall_threshold(
    rows: list[tuple[dict[str, float], bool]], real: list[bool], fitted: dict[str, Any], right_rate: float
) -> float:
    """The model group's threshold at which ``right_rate`` of ALL right real references are flagged, those
    the other groups' ensembles or the forced checks flag counted first, each scored by the fitted
    ensembles themselves.  With the cross-fitted rows the calibration rows are a small part of what the
    ensemble is fitted on, and its own scores flag them at the rate it flags unseen references."""
    right = [ev for (ev, w), r in zip(rows, real, strict=True) if r and not w]
    free = [ev for ev in right if group_of(ev) == "model" and not forced(ev)]
    others = [(ev, False) for ev in right if group_of(ev) != "model" or forced(ev)]
    flagged_elsewhere = sum(flagged_by(others, fitted))
    budget = int(right_rate * len(right)) - flagged_elsewhere
    ranked = sorted((review_score(ev, fitted["model"]["ensemble"]) for ev in free), reverse=True)
    if budget < 0:
        return 1.0
    return ranked[budget] + 1e-6 if budget < len(ranked) else 0.0


def flagged_by(rows: list[tuple[dict[str, float], bool]], fitted: dict[str, Any]) -> list[bool]:
    out = []
    for ev, _ in rows:
        group = fitted[group_of(ev)]
        out.append(review_score(ev, group["ensemble"]) >= group["threshold"] or forced(ev))
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
    # each record's score less its group's threshold: one ranking across both groups
    margins = []
    for i in real:
        group = fitted[group_of(rows[i][0])]
        margins.append(review_score(rows[i][0], group["ensemble"]) - group["threshold"])
    print(
        f"{name}, all real: wrong flagged at 5 / 10 / 15 % right flagged: {trade_off(margins, [rows[i] for i in real])}"
    )


def dumps(out: dict[str, Any]) -> str:
    """``weights.json``: readable settings, one line per tree."""
    shown = json.loads(json.dumps(out))
    trees = {}
    for name, group in shown["groups"].items():
        trees[name] = group["ensemble"]["trees"]
        group["ensemble"]["trees"] = f"@trees:{name}@"
    text = json.dumps(shown, indent=1)
    for name, listed in trees.items():
        text = text.replace(f'"@trees:{name}@"', "[\n" + ",\n".join(json.dumps(t) for t in listed) + "\n]")
    return text + "\n"


def gold_refit(
    folder: Path,
    folds: int,
    gold_weight: float,
    right_rate: float,
    wrong: Callable[[Item, dict[str, Any]], bool],
    cases: list[Case],
    rows: list[tuple[dict[str, float], bool]],
    fit_rows: list[tuple[dict[str, float], bool]],
    shipped: dict[str, Any],
    structured_rate: float = 0.03,
    without: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The model group refitted with the gold sets' rows (``training.review_gold``), measured by leaving
    whole sets out; the structured group as shipped, or (not in ``shipped``) refitted so too, its threshold
    flagging at most ``structured_rate`` of its right real references (``review_gold.fit_structured``)."""
    started = time.time()
    gold = read_gold(gold_sets(folder), wrong)
    for g in gold:
        if g.ev is not None:
            g.ev = without_signals(g.ev, without)
    print(f"review: {len(gold)} gold references read in {time.time() - started:.0f}s", file=sys.stderr)
    calibration = [(c.id, r) for c, r in zip(cases, rows, strict=True) if c.source != "generated"]
    fixed = [r for c, r in zip(cases, rows, strict=True) if c.source == "generated"] + fit_rows[len(rows) :]
    entries = review_gold.entries_of(calibration, gold, folds, weights()["groups"]["structured"])
    structured, measured = shipped.get("structured"), entries
    if structured is None:
        structured, measured = review_gold.fit_structured(fixed, entries, folds, gold_weight, structured_rate)
        print(f"structured group refitted with the gold sets: threshold {structured['threshold']:.4f}")
    fit = review_gold.fit_with_gold(fixed, measured, folds, gold_weight, right_rate)
    review_gold.report(fit, entries)
    return {"model": {"threshold": round(fit.threshold, 6), "ensemble": fit.ensemble}, "structured": structured}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (training data, evaluator)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument(
        "--right-rate",
        type=float,
        default=0.085,
        help="share of right calibration references flagged at most (below 10 %%: a margin for other data)",
    )
    ap.add_argument("--no-dev", action="store_true", help="skip measuring on the dev split")
    ap.add_argument("--model", type=Path, default=MODEL_PATH, help="the sequence model to read with")
    ap.add_argument(
        "--no-lexicon",
        action="store_true",
        help="keep the shipped word and mark tables (else rebuilt from the training split)",
    )
    ap.add_argument("--generated", type=int, default=4500, help="generated references added to calibration")
    ap.add_argument(
        "--extend",
        type=int,
        default=10,
        help="grow this many trees on the marks signals after the model group's shipped ones (0: refit it whole)",
    )
    ap.add_argument(
        "--keep",
        nargs="*",
        choices=GROUPS,
        default=None,
        help="groups whose shipped ensemble and threshold are kept (default: structured, none with --gold; see below)",
    )
    ap.add_argument(
        "--cross-fit",
        type=int,
        default=0,
        metavar="K",
        help="also fit on the training split read out of fold: K fold models (training.cross_fit; 0: none)",
    )
    ap.add_argument("--cross-fit-generated", type=int, default=4000, help="generated references per fold model")
    ap.add_argument("--cross-fit-iterations", type=int, default=200, help="L-BFGS iterations per fold model")
    ap.add_argument(
        "--threshold-on",
        choices=("calibration", "all", "fitted", "overall"),
        default="calibration",
        help="the right references a threshold is set on (fit_groups): real calibration ones of its group scored "
        "out of fold, with the cross-fitted ones, or scored by the fitted ensemble; overall: the model group's "
        "threshold flags the share of ALL right real calibration references (overall_threshold)",
    )
    ap.add_argument(
        "--gold",
        nargs="?",
        type=Path,
        const=GOLD_DIR,
        default=None,
        metavar="DIR",
        help="also fit the model group on biblio's gold sets (DIR: tests/data/parse), measured by leaving whole "
        "sets out (training.review_gold); needs --extend 0",
    )
    ap.add_argument("--gold-weight", type=float, default=6.0, help="each gold reference's weight in the fit")
    ap.add_argument("--gold-folds", type=int, default=6, help="folds of whole gold sets (and calibration) measured")
    ap.add_argument(
        "--structured-right-rate",
        type=float,
        default=0.03,
        help="with --gold (structured not kept): share of the structured group's right real references its "
        "refitted threshold flags at most",
    )
    ap.add_argument(
        "--without",
        nargs="*",
        default=[],
        metavar="PREFIX",
        help="leave out of every row the signals whose names start so (to measure what they add)",
    )
    a = ap.parse_args(argv)
    if a.keep is None:
        a.keep = [] if a.gold else ["structured"]
    if a.gold and (a.extend or "model" in a.keep):
        ap.error("--gold refits the model group whole: give --extend 0 and leave the model group out of --keep")
    started = time.time()
    ev_tool = evaluator(a.shared)

    def wrong(item: Item, gold: dict[str, Any]) -> bool:
        return any(ev_tool.field_value(gold, f) != ev_tool.field_value(item, f) for f in SCORED)

    data = a.shared / "training"
    labeller = Labeller(a.model)
    real = list(read_jsonl(sorted(data.glob("*.jsonl"))))
    if not a.no_lexicon:
        words = review_lexicon.write(real, LEXICON_PATH)
        table.cache_clear()
        print(f"review: word table of {words} words written to {LEXICON_PATH}", file=sys.stderr)
        keys = review_marks.write(real, marks.MARKS_PATH)
        marks.table.cache_clear()
        print(f"review: mark table of {keys} marks written to {marks.MARKS_PATH}", file=sys.stderr)
    cases = read_cases(real, is_calibration, wrong, labeller)
    cases += read_cases(generated(a.generated, a.shared), lambda _id: True, wrong, labeller)
    print(
        f"review: {len(cases)} calibration references (real and generated) read in {time.time() - started:.0f}s",
        file=sys.stderr,
    )
    chooser_report(cases)
    rows = [(without_signals(ev, tuple(a.without)), w) for ev, w in rows_of(cases)]
    sure = sure_signals(rows, [c.source != "generated" for c in cases])
    print("signals wrong on most real calibration references they fire on (score.FORCED_BY_PRECISION):")
    for name, count, share in sure:
        listed = "" if name in FORCED_BY_PRECISION else " (not listed)"
        print(f"  {name}: {count} references, {share:.0%} wrong{listed}")
    shipped = {group: weights()["groups"][group] for group in a.keep}
    is_real = [c.source != "generated" for c in cases]
    fit_rows, fit_real, crossed = rows, is_real, [False] * len(rows)
    if a.cross_fit:
        extra = cross_fit_rows(real, a.cross_fit, wrong, data, a.cross_fit_generated, a.cross_fit_iterations)
        extra = [(without_signals(ev, tuple(a.without)), w) for ev, w in extra]
        print(f"cross-fitted: {len(extra)} training references, {sum(w for _, w in extra)} wrong")
        fit_rows = rows + extra
        fit_real = is_real + [False] * len(extra)
        crossed += [True] * len(extra)
    if a.extend:
        shipped["model"] = extend_group(fit_rows, fit_real, weights()["groups"]["model"], a.extend)
    if a.gold:
        fitted = gold_refit(
            a.gold,
            a.gold_folds,
            a.gold_weight,
            a.right_rate,
            wrong,
            cases,
            rows,
            fit_rows,
            shipped,
            a.structured_right_rate,
            tuple(a.without),
        )
    else:
        fitted = fit_groups(
            fit_rows,
            fit_real,
            a.right_rate,
            shipped,
            crossed,
            "fitted" if a.threshold_on == "overall" else a.threshold_on,
        )
    if a.threshold_on == "overall" and "model" not in a.keep and not a.extend and not a.gold:
        fitted["model"]["threshold"] = round(overall_threshold(rows, is_real, fitted, a.right_rate), 6)
        print(f"model threshold on all right real calibration references: {fitted['model']['threshold']:.4f}")
    report("calibration", cases, rows, fitted)
    out = {
        "fitted_on": "calibration split of ../shared/training (data.is_calibration)"
        + (
            f" and its training split read out of fold by {a.cross_fit} fold models (training.cross_fit)"
            if a.cross_fit
            else ""
        )
        + (
            f"; the {'model group' if 'structured' in a.keep else 'model and structured groups'} also on biblio's "
            f"gold sets (weight {a.gold_weight:g}; training.review_gold)"
            if a.gold
            else ""
        ),
        "model_size": a.model.stat().st_size,
        "right_rate": a.right_rate,
        "groups": fitted,
    }
    text = dumps(out)
    a.out.write_text(text, encoding="utf-8")
    print(f"review: ensembles and thresholds written to {a.out}", file=sys.stderr)
    if a.out == WEIGHTS_PATH:
        fingerprint = hashlib.sha1(text.encode("utf-8")).hexdigest()
        FITTED_TREES_PATH.write_text(module_source(fitted, fingerprint), encoding="utf-8")
        shipped_sums.cache_clear()
        print(f"review: the same trees as Python written to {FITTED_TREES_PATH}", file=sys.stderr)
    if a.no_dev:
        return
    dev = read_cases(real, is_dev, wrong, labeller)
    dev_rows = rows_of(dev)
    report("dev", dev, dev_rows, fitted)


if __name__ == "__main__":
    main()
