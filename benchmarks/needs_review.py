#!/usr/bin/env python3
"""Calibrate and measure the needs-review flag on the real dev split.

    python benchmarks/needs_review.py          # flag rates of the parser as it is
    python benchmarks/needs_review.py --fit    # refit the weights and threshold of biblio/parse/plausibility.py

The dev split is one record in ten of each file of ../shared/training
(``int(sha1(id), 16) % 10 == 0``; the model never trains on it).  A reference is
wrong when any scored field differs from the gold or is present where the gold
has none (../shared/tools/parse_eval/evaluate.py's normalisation).  The flag
should mark >= 80 % of the wrong references and <= 10 % of the right ones.

``--fit`` fits a logistic model of "wrong" on ``plausibility.evidence`` (model
confidence and marginals, length, reader, flags, structural checks) over the dev
split, prints two-fold figures (fit on one half of dev, measured on the other),
the trade-off curve, and the weights and threshold to paste into
``biblio/parse/plausibility.py``; the threshold keeps the right references
flagged at ``--right-rate`` (default 0.10).  Needs numpy (benchmark only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse_eval as pe  # noqa: E402 - the dev split and evaluator loader live there

from biblio.parse.chooser import choose  # noqa: E402
from biblio.parse.citation_label import keep_label, split_label  # noqa: E402
from biblio.parse.model.labeller import default_labeller  # noqa: E402
from biblio.parse.plausibility import NEEDS_REVIEW_AT, REVIEW_WEIGHTS, evidence  # noqa: E402


def collect(data: Path) -> list[dict[str, Any]]:
    """Per dev reference: source, wrong or not, flagged or not, and the evidence."""
    ev_tool = pe.load_tool("evaluate")
    dev, _train = pe.split(data)
    rows = []
    labeller = default_labeller()
    for src in pe.SOURCES:
        for rec in dev[src]:
            text = rec["text"]
            label = split_label(text)
            body = text[label.end:] if label else text
            item = choose(body)
            if label:
                keep_label(item, label, text)
            reading = labeller.read(body)
            wrong = any(ev_tool.field_value(rec["fields"], f) != ev_tool.field_value(item, f) for f in pe.FIELDS)
            flags = item.get("custom", {}).get("biblio", {}).get("flags", [])
            rows.append({"id": rec["id"], "src": src, "wrong": wrong, "flagged": "needs-review" in flags,
                         "ev": evidence(item, reading.marginals)})
    return rows


def rates(rows: list[dict[str, Any]]) -> tuple[float, float, int, int]:
    wrong = [r for r in rows if r["wrong"]]
    right = [r for r in rows if not r["wrong"]]
    return (sum(r["flagged"] for r in wrong) / max(1, len(wrong)),
            sum(r["flagged"] for r in right) / max(1, len(right)), len(wrong), len(right))


def fit(rows: list[dict[str, Any]], names: list[str], l2: float = 1.0, steps: int = 4000) -> Any:
    import numpy as np

    x = np.array([[1.0] + [r["ev"][n] for n in names] for r in rows])
    y = np.array([float(r["wrong"]) for r in rows])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (p - y) / len(y)
        g[1:] += l2 * w[1:] / len(y)
        w -= 0.5 * g
    return w


def scores(w: Any, rows: list[dict[str, Any]], names: list[str]) -> Any:
    import numpy as np

    x = np.array([[1.0] + [r["ev"][n] for n in names] for r in rows])
    return 1 / (1 + np.exp(-(x @ w)))


def threshold_at(s: Any, rows: list[dict[str, Any]], right_rate: float) -> float:
    right = sorted(float(v) for v, r in zip(s, rows, strict=True) if not r["wrong"])
    return right[min(len(right) - 1, int((1 - right_rate) * len(right)))]


def flagged_at(s: Any, rows: list[dict[str, Any]], t: float) -> tuple[float, float]:
    wrong = [float(v) >= t for v, r in zip(s, rows, strict=True) if r["wrong"]]
    right = [float(v) >= t for v, r in zip(s, rows, strict=True) if not r["wrong"]]
    return sum(wrong) / max(1, len(wrong)), sum(right) / max(1, len(right))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=pe.SHARED / "training")
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--right-rate", type=float, default=0.10)
    a = ap.parse_args()
    rows = collect(a.data)
    print("| dev source | n | wrong | wrong flagged | right flagged |")
    print("|---|---|---|---|---|")
    for src in pe.SOURCES:
        fw, fr, nw, _nr = rates([r for r in rows if r["src"] == src])
        print(f"| {src} | {sum(r['src'] == src for r in rows)} | {nw} | {fw:.3f} | {fr:.3f} |")
    fw, fr, nw, nr = rates(rows)
    print(f"| all | {nw + nr} | {nw} | **{fw:.3f}** | **{fr:.3f}** |")
    print(f"(weights in use: {len(REVIEW_WEIGHTS)}, threshold {NEEDS_REVIEW_AT})")
    if not a.fit:
        return
    names = sorted({n for r in rows for n in r["ev"]})
    for r in rows:
        r["ev"] = {n: r["ev"].get(n, 0.0) for n in names}
    half = [int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 20 < 10 for r in rows]
    for name, fit_on in (("fit on half A, measured on B", True), ("fit on half B, measured on A", False)):
        train = [r for r, h in zip(rows, half, strict=True) if h == fit_on]
        test = [r for r, h in zip(rows, half, strict=True) if h != fit_on]
        w = fit(train, names)
        t = threshold_at(scores(w, train, names), train, a.right_rate)
        fw, fr = flagged_at(scores(w, test, names), test, t)
        print(f"{name}: wrong flagged {fw:.3f}, right flagged {fr:.3f}")
    w = fit(rows, names)
    s = scores(w, rows, names)
    print("\nright flagged  wrong flagged  threshold")
    for q in (0.05, 0.10, 0.15, 0.20, 0.30):
        t = threshold_at(s, rows, q)
        fw, fr = flagged_at(s, rows, t)
        print(f"{fr:13.3f}  {fw:13.3f}  {t:.4f}")
    t = threshold_at(s, rows, a.right_rate)
    weights = {"bias": round(float(w[0]), 4)} | {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)}
    print("\nREVIEW_WEIGHTS: dict[str, float] = " + json.dumps(weights, indent=4).replace("\n}", ",\n}"))
    print(f"NEEDS_REVIEW_AT = {t:.4f}")


if __name__ == "__main__":
    main()
