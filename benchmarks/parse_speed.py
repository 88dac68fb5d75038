"""Whole-process parsing speed: N distinct real references through ``python -m biblio parse --lines``.

    python benchmarks/parse_speed.py            # 10,000 references
    python benchmarks/parse_speed.py --n 1000
    python benchmarks/parse_speed.py --stages   # also where the time goes, stage by stage (in-process)
    python benchmarks/parse_speed.py --n 200 --write refs.txt   # the references only, one a line

The references are the first N distinct texts of ../shared/training in a fixed
order (by a hash of their ids).  Wall time includes start-up; CPU time is the
child's user + system time, which is what one core spends whatever else the
machine is running; peak memory is the child's maximum resident set.  Output is
written per record as it is parsed (it streams), so memory stays flat as N grows.

On the shared 2-core machine this was last measured on (round speed18, load average 8 to 11 from other jobs):
393 and 417 references per CPU second for 10,000, against 319 and 380 for the tree before run in turn with it
(CPU time of identical runs varies by 10-20 % with the machine's load), peak 128 MB.  Counted instructions do
not vary: ``python benchmarks/parse_speed.py --n 300 --write refs.txt``, byte-compile ``biblio`` (``python -c
"import compileall; compileall.compile_dir('biblio', quiet=1)"``), then ``valgrind --tool=callgrind
--callgrind-out-file=/dev/null PYTHON -m biblio parse --lines < refs.txt`` (PYTHON the
interpreter itself, not a pyenv shim): 7.11 billion for 300 references on that machine (7.56 before the round),
0.88 billion for start-up (``echo x`` as the input; the parser's patterns are compiled at their first use), and
10.81 million a reference from the 1,001st to the 1,300th (11.79 before; ``benchmarks/parse_steady.py``).
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
        # (run from this checkout: ``python -m`` puts the working directory first on the path)
        proc = subprocess.Popen(
            [sys.executable, "-m", "biblio", "parse", "--lines"], stdin=fh, stdout=subprocess.PIPE, env=env, cwd=ROOT
        )
        assert proc.stdout
        lines = sum(1 for _ in proc.stdout)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    if status != 0 or lines != len(texts):
        raise SystemExit(f"parse failed: status {status}, {lines} lines for {len(texts)} references")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, usage.ru_utime + usage.ru_stime, peak


def stages(texts: list[str]) -> None:
    """CPU time per reference of each stage of the parse, in this process (the first N texts).

    Each stage's function is wrapped with a timer where the pipeline calls it; the CRF is the
    labeller's time less tokens, features and spans (pycrfsuite: attribute look-up, Viterbi,
    marginals)."""
    import biblio.parse.chooser as chooser
    import biblio.parse.model.labeller as labeller
    from biblio.formats.csljson import dumps_line
    from biblio.parse import parse_reference
    from biblio.records.keys import KeyRegistry

    spent: dict[str, float] = dict.fromkeys(
        ["labeller", "tokens", "features", "spans", "assemble", "tidy", "structured readers", "review"], 0.0
    )

    def timed(module: object, name: str, stage: str) -> None:
        fn = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - t0

        setattr(module, name, wrapper)

    for module, name, stage in [
        (labeller, "tokenize", "tokens"),
        (labeller, "sequence_features", "features"),
        (labeller, "spans_of", "spans"),
        (chooser, "mend", "assemble"),
        (chooser, "assemble_mended", "assemble"),
        (chooser, "mended_reading", "review"),
        (chooser, "tidy", "tidy"),
        (chooser, "readings", "structured readers"),
        (chooser, "signals", "review"),
        (chooser, "needs_review", "review"),
    ]:
        timed(module, name, stage)
    reader = labeller.default_labeller()
    timed(reader, "read", "labeller")
    keys = KeyRegistry()
    total = parse = output = 0.0
    t_all = time.process_time()
    for text in texts:
        t0 = time.process_time()
        item = parse_reference(text)
        t1 = time.process_time()
        dumps_line(keys.add(item))
        t2 = time.process_time()
        parse += t1 - t0
        output += t2 - t1
    total = time.process_time() - t_all
    labelled = spent.pop("labeller")
    rows = {
        "tokens": spent["tokens"],
        "features": spent["features"],
        "CRF (pycrfsuite)": labelled - spent["tokens"] - spent["features"] - spent["spans"],
        "spans": spent["spans"],
        "assemble (normalisers)": spent["assemble"],
        "tidy": spent["tidy"],
        "structured readers": spent["structured readers"],
        "review flag (signals and score)": spent["review"],
        "rest of the parse": parse
        - labelled
        - spent["assemble"]
        - spent["tidy"]
        - spent["structured readers"]
        - spent["review"],
        "key and JSON line": output,
    }
    print(f"\nwhere the time goes ({len(texts)} references, in-process, start-up excluded)")
    print("| stage | µs per reference | share |")
    print("|---|---|---|")
    for stage, seconds in rows.items():
        print(f"| {stage} | {seconds / len(texts) * 1e6:.0f} | {seconds / total:.0%} |")
    print(f"| total | {total / len(texts) * 1e6:.0f} | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--stages", action="store_true", help="also time each stage in-process")
    ap.add_argument("--write", type=Path, help="only write the references to this file, one a line")
    a = ap.parse_args()
    texts = references(a.n)
    if a.write:
        a.write.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
        return
    print(f"{len(texts)} distinct references, load average {os.getloadavg()[0]:.1f}")
    print("| references | wall s | refs/s (wall) | CPU s | refs/s (CPU) | peak MB |")
    print("|---|---|---|---|---|---|")
    for n in sorted({min(1000, len(texts)), len(texts)}):
        wall, cpu, peak = run(texts[:n])
        print(f"| {n} | {wall:.2f} | {n / wall:.0f} | {cpu:.2f} | {n / cpu:.0f} | {peak:.0f} |")
    if a.stages:
        sys.path.insert(0, str(ROOT))
        stages(texts)


if __name__ == "__main__":
    main()
