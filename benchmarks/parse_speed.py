"""Whole-process parsing speed: N distinct real references through ``python -m biblio parse --lines``.

    python benchmarks/parse_speed.py            # 10,000 references
    python benchmarks/parse_speed.py --n 1000

The references are the first N distinct texts of ../shared/training in a fixed
order (by a hash of their ids).  Wall time includes start-up; CPU time is the
child's user + system time, which is what one core spends whatever else the
machine is running; peak memory is the child's maximum resident set.  Output is
written per record as it is parsed (it streams), so memory stays flat as N grows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def references(n: int) -> list[str]:
    records = []
    for path in sorted((SHARED / "training").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    records.sort(key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
    seen: dict[str, None] = {}
    for r in records:
        text = " ".join(r["text"].split())
        if text:
            seen.setdefault(text, None)
        if len(seen) == n:
            break
    return list(seen)


def run(texts: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident MB of one parse process."""
    with tempfile.TemporaryFile() as fh:
        fh.write("".join(t + "\n" for t in texts).encode())
        fh.seek(0)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "biblio", "parse", "--lines"], stdin=fh,
                                stdout=subprocess.PIPE, env=env)
        assert proc.stdout
        lines = sum(1 for _ in proc.stdout)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    if status != 0 or lines != len(texts):
        raise SystemExit(f"parse failed: status {status}, {lines} lines for {len(texts)} references")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, usage.ru_utime + usage.ru_stime, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    a = ap.parse_args()
    texts = references(a.n)
    print(f"{len(texts)} distinct references, load average {os.getloadavg()[0]:.1f}")
    print("| references | wall s | refs/s (wall) | CPU s | refs/s (CPU) | peak MB |")
    print("|---|---|---|---|---|---|")
    for n in sorted({min(1000, len(texts)), len(texts)}):
        wall, cpu, peak = run(texts[:n])
        print(f"| {n} | {wall:.2f} | {n / wall:.0f} | {cpu:.2f} | {n / cpu:.0f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
