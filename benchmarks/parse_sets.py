#!/usr/bin/env python3
"""Measure the reference parser on biblio's own gold sets (tests/data/parse/*.jsonl).

    python benchmarks/parse_sets.py [--root DIR] [--cmd CMD] [--set NAME ...] [--wrong N] [--json OUT]

Each set is scored with the shared evaluator (../shared/tools/parse_eval/evaluate.py,
read in place; the run is skipped with a message when it is absent) running CMD
(default ``python -m biblio parse --lines``) with PYTHONPATH set to ROOT (default:
this checkout), so another checkout of biblio can be measured on the same gold.

Printed per set: strict micro F1, per-field F1, the exact-reference rate and the
flag rates: the share of wrong references that carry ``needs-review`` in
``custom.biblio.flags`` (it should be high) and the share of exact references
that carry it (it should be low).  A reference is wrong when any scored field
differs from the gold or is present where the gold has none.  ``--wrong N``
lists up to N wrong references per set with the differing fields.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "data" / "parse"
EVALUATOR = REPO.parent / "shared" / "tools" / "parse_eval" / "evaluate.py"
DEFAULT_CMD = "python -m biblio parse --lines"


def load_evaluator(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("parse_eval_evaluate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[Any]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) if line.strip() else {} for line in fh]


def has_review_flag(item: dict[str, Any]) -> bool:
    custom = item.get("custom")
    flags = custom.get("biblio", {}).get("flags", []) if isinstance(custom, dict) else []
    return "needs-review" in flags


def differing_fields(ev: ModuleType, gold: dict[str, Any], pred: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """Scored fields whose normalised values differ, as {field: (gold, predicted)}."""
    out = {}
    for field in fields:
        g, p = ev.field_value(gold, field), ev.field_value(pred, field)
        if g != p:
            out[field] = (g, p)
    return out


def run_set(ev: ModuleType, gold_path: Path, cmd: str, root: Path, wrong_shown: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(root))
    with tempfile.TemporaryDirectory() as tmp:
        pred_path, json_path = Path(tmp) / "pred.jsonl", Path(tmp) / "result.json"
        args = [sys.executable, str(EVALUATOR), "--gold", str(gold_path), "--cmd", cmd, "--name", gold_path.stem,
                "--save-pred", str(pred_path), "--json", str(json_path)]
        proc = subprocess.run(args, cwd=root, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"evaluator failed on {gold_path.name}:\n{proc.stderr[-2000:]}")
        result = json.loads(json_path.read_text(encoding="utf-8"))
        gold = read_jsonl(gold_path)
        preds = ev.align_predictions(gold, pred_path.read_text(encoding="utf-8").splitlines())
    fields = list(result["fields"])
    wrong: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    exact_flagged = wrong_flagged = 0
    by_style: dict[str, list[int]] = {}
    for g, p in zip(gold, preds, strict=True):
        diff = differing_fields(ev, g["fields"], p, fields)
        flagged = has_review_flag(p)
        # ids are "<style>-<n>": exact references per style
        style = by_style.setdefault(g["id"].rsplit("-", 1)[0], [0, 0])
        style[0] += not diff
        style[1] += 1
        if diff:
            wrong.append((g, p, diff))
            wrong_flagged += flagged
        else:
            exact_flagged += flagged
    n_exact = len(gold) - len(wrong)
    result["flag_rate_wrong"] = wrong_flagged / len(wrong) if wrong else None
    result["flag_rate_exact"] = exact_flagged / n_exact if n_exact else None
    result["n_wrong"] = len(wrong)
    result["exact_by_style"] = by_style
    result["wrong_examples"] = [
        {"id": g["id"], "text": g["text"], "flagged": has_review_flag(p),
         "diff": {f: [gv, pv] for f, (gv, pv) in d.items()}}
        for g, p, d in wrong[:wrong_shown]]
    return result


def pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def print_set(name: str, res: dict[str, Any]) -> None:
    print(f"== {name} (n={res['n']})")
    print(f"   micro F1 {res['micro']['f1']:.3f} | exact refs {res['exact_ref_strict']:.3f} | "
          f"needs-review on wrong {pct(res['flag_rate_wrong'])} % ({res['n_wrong']} wrong) | "
          f"on exact {pct(res['flag_rate_exact'])} %")
    cells = [f"{f} {r['f1']:.2f}/{r['support']}" for f, r in res["fields"].items() if r["support"] or r["fp"]]
    print("   F1/support: " + ", ".join(cells))
    styles = res["exact_by_style"]
    if len(styles) > 1:
        print("   exact by style: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in styles.items()))
    for ex in res["wrong_examples"]:
        print(f"   - {ex['id']}{' [flagged]' if ex['flagged'] else ''}: {ex['text'][:140]}")
        for f, (gv, pv) in ex["diff"].items():
            print(f"       {f}: gold={gv!r} got={pv!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=REPO, help="checkout of biblio to measure (default: this one)")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help="parser command: stdin lines -> CSL-JSON lines")
    ap.add_argument("--set", action="append", dest="sets", help="set name (file stem); default: all")
    ap.add_argument("--wrong", type=int, default=0, help="list up to N wrong references per set")
    ap.add_argument("--json", type=Path, help="write all results as JSON here")
    a = ap.parse_args(argv)
    if not EVALUATOR.exists():
        print(f"skipped: the shared evaluator {EVALUATOR} is absent (development data beside the project)")
        return 0
    ev = load_evaluator(EVALUATOR)
    paths = sorted(GOLD_DIR.glob("*.jsonl"))
    if a.sets:
        paths = [p for p in paths if p.stem in a.sets]
    commit = subprocess.run(["git", "-C", str(a.root), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"parser: {shlex.quote(a.cmd)} in {a.root} (commit {commit or 'unknown'})")
    results = {}
    for path in paths:
        results[path.stem] = run_set(ev, path, a.cmd, a.root.resolve(), a.wrong)
        print_set(path.stem, results[path.stem])
    if a.json:
        report = {"commit": commit, "sets": results}
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
