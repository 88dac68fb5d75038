#!/usr/bin/env python3
"""Measure the needs-review flag on the real dev split, per source.

    python benchmarks/needs_review.py                    # flag rates of the parser as it is
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

from biblio.parse.chooser import choose  # noqa: E402
from biblio.parse.citation_label import keep_label, split_label  # noqa: E402
from biblio.parse.review.score import weights  # noqa: E402


def collect(data: Path) -> list[dict[str, Any]]:
    """Per dev reference: source, wrong or not, flagged or not."""
    ev_tool = pe.load_tool("evaluate")
    dev, _train = pe.split(data)
    rows = []
    for src in pe.SOURCES:
        for rec in dev[src]:
            text = rec["text"]
            label = split_label(text)
            body = text[label.end:] if label else text
            item = choose(body)
            if label:
                keep_label(item, label, text)
            wrong = any(ev_tool.field_value(rec["fields"], f) != ev_tool.field_value(item, f) for f in pe.FIELDS)
            flags = item.get("custom", {}).get("biblio", {}).get("flags", [])
            rows.append({"id": rec["id"], "src": src, "wrong": wrong, "flagged": "needs-review" in flags})
    return rows


def rates(rows: list[dict[str, Any]]) -> tuple[float, float, int, int]:
    wrong = [r for r in rows if r["wrong"]]
    right = [r for r in rows if not r["wrong"]]
    return (sum(r["flagged"] for r in wrong) / max(1, len(wrong)),
            sum(r["flagged"] for r in right) / max(1, len(right)), len(wrong), len(right))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=pe.SHARED / "training")
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


if __name__ == "__main__":
    main()
