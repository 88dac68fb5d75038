"""Fast A/B of the labeller's features: short trainings on the real training split only.

    nice -n 10 python benchmarks/labeller_ab.py base end+part end+part+wide --iterations 60

A variant computes the named groups of sequence features (``position.GROUPS``: ``end``,
``part``, ``wide``; ``base`` none of them) for the run; nothing is written to the package.
For each, a CRF is trained on the real training references (no generated ones; dev and calibration held out, as in
``biblio.parse.training.train``) with the shipped parameters but fewer iterations, and
measured on the real dev split: token accuracy per source, and the model alone's micro F1
per source (its reading turned into a record, no structured reader).  Variants are
compared with each other at the same iteration count, not with the shipped model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from biblio.parse.features import position, sequence_features  # noqa: E402
from biblio.parse.training.data import is_calibration, is_dev, labelled_tokens, source_of  # noqa: E402
from biblio.parse.training.train import DEFAULT_DATA, PARAMS, dev_counts, real_records  # noqa: E402

GROUPS = ("end", "part", "wide")


def install(names: list[str]) -> None:
    """Compute only the named groups of sequence features (for this process)."""
    position.GROUPS = tuple(names)


def model_alone_f1(model: Path, dev: list[dict[str, Any]]) -> dict[str, float]:
    import importlib.util

    from biblio.parse.chooser import model_item
    from biblio.parse.citation_label import split_label
    from biblio.parse.model.labeller import Labeller

    spec = importlib.util.spec_from_file_location("evaluate", ROOT.parent / "shared/tools/parse_eval/evaluate.py")
    assert spec and spec.loader
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    from benchmarks.parse_eval import FIELDS

    labeller = Labeller(model)
    by: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for rec in dev:
        label = split_label(rec["text"])
        body = rec["text"][label.end:] if label else rec["text"]
        golds, preds = by.setdefault(source_of(rec), ([], []))
        golds.append(rec)
        preds.append(model_item(body, labeller.read(body)))
    return {src: float(ev.score(g, p, FIELDS)["micro"]["f1"]) for src, (g, p) in by.items()}


def token_accuracy(model: Path, dev: list[dict[str, Any]]) -> dict[str, float]:
    return {src: right / total for src, (right, total, _, _) in dev_counts(model, dev).items()}


def run(variant: str, iterations: int, data: Path, workdir: Path) -> dict[str, Any]:
    names = [n for n in variant.split("+") if n != "base"]
    install(names)
    started = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(dict(PARAMS, max_iterations=iterations))
    dev: list[dict[str, Any]] = []
    for rec in real_records(data):
        if is_dev(rec.get("id", "")):
            dev.append(rec)
        elif not is_calibration(rec.get("id", "")):
            pair = labelled_tokens(rec)
            if pair is not None:
                trainer.append(sequence_features(pair[0]), pair[1])
    model = workdir / f"ab-{variant}-{iterations}.crfsuite"
    trainer.train(str(model))
    trained = time.time() - started
    result = {"variant": variant, "iterations": iterations, "train_s": round(trained),
              "size_mb": round(model.stat().st_size / 1e6, 1), "token_accuracy": token_accuracy(model, dev),
              "model_f1": model_alone_f1(model, dev)}
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="+", help="base, or groups joined by + (" + ", ".join(GROUPS) + ")")
    ap.add_argument("--iterations", type=int, default=60)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/biblio-ab"))
    ap.add_argument("--log", type=Path, help="append each result as a JSON line")
    a = ap.parse_args()
    a.workdir.mkdir(parents=True, exist_ok=True)
    for variant in a.variants:
        res = run(variant, a.iterations, a.data, a.workdir)
        acc, f1 = res["token_accuracy"], res["model_f1"]
        print(f"{variant:20s} it={a.iterations} {res['train_s']}s {res['size_mb']}MB | tokens "
              + " ".join(f"{s}={acc[s]:.4f}" for s in sorted(acc)) + " | model F1 "
              + " ".join(f"{s}={f1[s]:.3f}" for s in sorted(f1)), flush=True)
        if a.log:
            with open(a.log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
