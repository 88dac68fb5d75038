#!/usr/bin/env python3
"""Measure the needs-review flag on the real dev split, per source.

    python benchmarks/needs_review.py                    # flag rates of the parser as it is
    python benchmarks/needs_review.py --trade-off        # also: the trade-off on dev and on the gold sets
    python -m biblio.parse.training.review               # refit its weights on the calibration split

The dev split is one record in ten of each file of ../shared/training
(``int(sha1(id), 16) % 10 == 0``; neither the model nor the needs-review score
is fitted on it).  A reference is wrong when any scored field differs from the
gold or is present where the gold has none (../shared/tools/parse_eval/evaluate.py's
normalisation).  The flag should mark >= 80 % of the wrong references and
<= 10 % of the right ones.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse_eval as pe  # noqa: E402 - the dev split and evaluator loader live there

from biblio.parse import read_reference  # noqa: E402
from biblio.parse.review.score import weights  # noqa: E402
from biblio.parse.training.review import flagged_at_rates  # noqa: E402


def collect(data: Path) -> list[dict[str, Any]]:
    """Per dev reference: source, wrong or not, flagged or not, and its score less its threshold."""
    dev, _train = pe.split(data)
    return collect_sets({src: dev[src] for src in pe.SOURCES})


def collect_sets(sets: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    ev_tool = pe.load_tool("evaluate")
    groups = weights()["groups"]
    rows = []
    for src, records in sets.items():
        for rec in records:
            # the parser's entry as users meet it: input tidying, citation labels, exclusive readers
            item = read_reference(rec["text"])
            wrong = any(ev_tool.field_value(rec["fields"], f) != ev_tool.field_value(item, f) for f in pe.FIELDS)
            data = item.get("custom", {}).get("biblio", {})
            flagged = "needs-review" in data.get("flags", [])
            margin = float(data.get("review_score", 0.0)) - groups[group_of_record(data)]["threshold"]
            # flagged whatever its score (score.FORCED): above every threshold
            rows.append({"id": rec["id"], "src": src, "wrong": wrong, "flagged": flagged,
                         "margin": 9.0 if flagged and margin < 0 else margin})
    return rows


def group_of_record(data: dict[str, Any]) -> str:
    return "model" if data.get("reader", "model") == "model" else "structured"


def trade_off(rows: list[dict[str, Any]]) -> str:
    """Share of wrong references flagged when 5, 10 and 15 % of the right ones are, all records
    ranked by their score less their group's threshold (a ROC read at three points)."""
    return flagged_at_rates([r["margin"] for r in rows], [r["wrong"] for r in rows])


def rates(rows: list[dict[str, Any]]) -> tuple[float, float, int, int]:
    wrong = [r for r in rows if r["wrong"]]
    right = [r for r in rows if not r["wrong"]]
    return (sum(r["flagged"] for r in wrong) / max(1, len(wrong)),
            sum(r["flagged"] for r in right) / max(1, len(right)), len(wrong), len(right))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=pe.SHARED / "training")
    ap.add_argument("--trade-off", action="store_true", help="also the trade-off on dev and the gold sets")
    a = ap.parse_args()
    rows = collect(a.data)
    print("| dev source | n | wrong | wrong flagged | right flagged |")
    print("|---|---|---|---|---|")
    for src in pe.SOURCES:
        fw, fr, nw, _nr = rates([r for r in rows if r["src"] == src])
        print(f"| {src} | {sum(r['src'] == src for r in rows)} | {nw} | {fw:.3f} | {fr:.3f} |")
    fw, fr, nw, nr = rates(rows)
    print(f"| all | {nw + nr} | {nw} | **{fw:.3f}** | **{fr:.3f}** |")
    groups = weights()["groups"]
    print("(thresholds: " + ", ".join(f"{g} {v['threshold']:.4f}" for g, v in groups.items()) + ")")
    if not a.trade_off:
        return
    gold = collect_sets(pe.gold_sets())
    print("\n| set | n | wrong | flagged: wrong / right | wrong flagged at 5 / 10 / 15 % right flagged |")
    print("|---|---|---|---|---|")
    names = dict.fromkeys(r["src"] for r in gold)
    named = [("dev, all", rows)] + [(s, [r for r in gold if r["src"] == s]) for s in names]
    for name, part in named + [("gold sets, all", gold)]:
        fw, fr, nw, nr = rates(part)
        print(f"| {name} | {nw + nr} | {nw} | {fw:.3f} / {fr:.3f} | {trade_off(part)} |")


if __name__ == "__main__":
    main()
