#!/usr/bin/env python3
"""Measure the generator of labelled training references: speed and what it produces.

    python benchmarks/synthetic_data.py [--count N] [--seed S]

Generates N examples in-process (records from ../shared read in place when present),
then prints examples per second, the number of distinct styles, and the shares of
item types and segment labels.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from biblio.parse.training.synthetic import synthetic_examples  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    start = time.perf_counter()
    cpu = time.process_time()
    styles: Counter[str] = Counter()
    types: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for ex in synthetic_examples(a.count, a.seed):
        styles[ex["source"]] += 1
        types[ex["fields"]["type"]] += 1
        labels.update({lab for lab, _t in ex["segments"]})
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{a.count} examples in {wall:.1f} s wall, {cpu:.1f} s CPU: {a.count / cpu:,.0f} examples per CPU second")
    print(f"{len(styles)} distinct styles; most used: "
          + ", ".join(f"{s.removeprefix('synthetic-')} {n}" for s, n in styles.most_common(5)))
    print("item types (share of examples):")
    print("  " + ", ".join(f"{t} {n / a.count:.1%}" for t, n in types.most_common()))
    print("labels (share of examples with at least one such segment):")
    print("  " + ", ".join(f"{lab} {n / a.count:.1%}" for lab, n in labels.most_common()))


if __name__ == "__main__":
    main()
