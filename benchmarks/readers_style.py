"""Does the APA reader say "not my style" where it would read wrong?

For every reference of ../shared/training the APA rules find a date anchor in,
the reading is compared with the gold fields (evaluate.py's normalisation, the
13 scored fields): right or wrong.  The table shows how many of each the
reader keeps or refuses (``readers.apa.read`` returns None), and the mean
confidence of the kept ones.  DEV records (``int(sha1(id), 16) % 10 == 0``)
are printed apart.

    python benchmarks/readers_style.py [--sources anystyle-core ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from benchmarks.normalisers_gold import FIELDS, SOURCES, TRAINING, is_dev  # noqa: E402
from biblio.parse.readers.apa import parse_apa, read  # noqa: E402


def _evaluator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("evaluate", SHARED / "tools" / "parse_eval" / "evaluate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", nargs="*", default=list(SOURCES))
    a = ap.parse_args()
    ev = _evaluator()
    print(f"{'source':34} {'split':5} {'anchored':>8} {'right kept':>10} {'right refused':>13} "
          f"{'wrong kept':>10} {'wrong refused':>13} {'conf right':>10} {'conf wrong':>10}")
    for source in a.sources:
        rows: dict[str, Counter[str]] = {"train": Counter(), "dev": Counter()}
        conf: dict[str, dict[str, list[float]]] = {s: {"right": [], "wrong": []} for s in rows}
        for line in (TRAINING / f"{source}.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            split = "dev" if is_dev(r["id"]) else "train"
            item = parse_apa(r["text"])
            if item is None:
                continue
            right = all(ev.field_value(r["fields"], f) == ev.field_value(item, f) for f in FIELDS)
            reading = read(r["text"])
            kind = "right" if right else "wrong"
            rows[split]["anchored"] += 1
            rows[split][f"{kind} {'refused' if reading is None else 'kept'}"] += 1
            if reading is not None:
                conf[split][kind].append(reading.confidence)
        for split, c in rows.items():
            mean = {k: (sum(v) / len(v) if v else 0.0) for k, v in conf[split].items()}
            print(f"{source:34} {split:5} {c['anchored']:8d} {c['right kept']:10d} {c['right refused']:13d} "
                  f"{c['wrong kept']:10d} {c['wrong refused']:13d} {mean['right']:10.3f} {mean['wrong']:10.3f}")


if __name__ == "__main__":
    main()
