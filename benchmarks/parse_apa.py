#!/usr/bin/env python3
"""Measure the reference parser on the APA-style part of the shared training data.

    python benchmarks/parse_apa.py [--cmd CMD] [--errors N] [--limit N] [--json OUT] [--source PREFIX]

Selects, from ../shared/training/*.jsonl (read in place; AnyStyle data is
BSD-2, GROBID Apache-2.0), the references whose text has an author part
followed by a parenthesised year near the start -- ``(2011).``, ``(2011a).``,
``(2011, May 3).``, ``(n.d.).``, ``(in press).`` -- writes them to a temporary
gold JSONL and runs the shared evaluator with CMD (stdin: one reference per
line; stdout: one CSL-JSON line per reference).  ``--source anystyle`` /
``--source grobid`` keep only the training files whose name starts with that
prefix (development vs held-out check).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
TRAINING = os.path.join(SHARED, "training")
EVALUATE = os.path.join(SHARED, "tools", "parse_eval", "evaluate.py")
DEFAULT_CMD = f"cd {shlex.quote(REPO)} && {shlex.quote(sys.executable)} -m biblio parse --lines"
# an author part (no digits, at most ~300 chars) then "(2011)" / "(2011a, May)" / "(n.d.)" / "(in press)"
APA_RE = re.compile(
    r"^[^()\d]{2,300}?"
    r"\(\s*(?:(?:1[5-9]\d\d|20\d\d)[a-z]?(?:\s*,[^()]{1,40})?|n\.\s?d\.|in press)\s*\)\s*[.,:]?\s"
)


def select(paths: list[str]) -> list[dict]:
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get("text", "")
                if APA_RE.match(text):
                    out.append({"id": rec.get("id"), "text": text, "fields": rec["fields"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--cmd", default=DEFAULT_CMD, help="parser command (default: biblio.parse.parse_reference)"
    )
    ap.add_argument("--training", default=TRAINING)
    ap.add_argument(
        "--source", help="only training files whose name starts with PREFIX (e.g. anystyle, grobid)"
    )
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", help="write the evaluator's full result here")
    ap.add_argument("--save-pred", help="write the parser output here")
    ap.add_argument("--keep-gold", help="write the selected gold JSONL here (outside the repo)")
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(a.training, "*.jsonl")))
    if a.source:
        paths = [p for p in paths if os.path.basename(p).startswith(a.source)]
        if not paths:
            raise SystemExit(f"no training file starts with {a.source!r}")
    gold = select(paths)
    if a.limit:
        gold = gold[: a.limit]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        gold_path = fh.name
    try:
        if a.keep_gold:
            with open(a.keep_gold, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
        name = "biblio-apa" + (f"-{a.source}" if a.source else "")
        cmd = [sys.executable, EVALUATE, "--gold", gold_path, "--cmd", a.cmd, "--name", name]
        if a.errors:
            cmd += ["--errors", str(a.errors)]
        if a.json:
            cmd += ["--json", a.json]
        if a.save_pred:
            cmd += ["--save-pred", a.save_pred]
        sys.stderr.write(f"{len(gold)} APA-style references selected\n")
        raise SystemExit(subprocess.call(cmd))
    finally:
        os.unlink(gold_path)


if __name__ == "__main__":
    main()
