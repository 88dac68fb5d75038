"""Retrain the shipped sequence labeller: ``python -m biblio.parse.training.train``.

Reproducible: the data, the dev split, the generated references (a fixed seed) and
the trainer's parameters are all fixed, and L-BFGS is deterministic.  Real dev
references (one in ten of each source, ``data.is_dev``) and calibration references
(another one in ten, ``data.is_calibration``) are never trained on, and generated
references are made from training records only; the token accuracy on
the real dev references is printed per source at the end, and on held-out
generated ones apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from biblio.parse.features import sequence_features
from biblio.parse.model import MODEL_PATH
from biblio.parse.training.data import is_calibration, is_dev, labelled_tokens, read_jsonl, source_of

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "training"
# Chosen once on a small grid (c1 in 0.05/0.1/0.3, c2 in 0.001/0.01/0.05) on the dev split.
PARAMS: dict[str, Any] = {
    "c1": 0.1,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}
SYNTHETIC_SEED = 6


def real_records(data_dir: Path) -> list[dict[str, Any]]:
    return list(read_jsonl(sorted(data_dir.glob("*.jsonl"))))


def synthetic_records(count: int, keep: Callable[[str], bool] | None = None) -> Iterator[dict[str, Any]]:
    if count <= 0:
        return iter(())
    try:
        from biblio.parse.training.synthetic import synthetic_examples  # type: ignore[import-not-found]
    except ImportError:
        print("train: no synthetic generator in this tree; real data only", file=sys.stderr)
        return iter(())
    return synthetic_examples(count, SYNTHETIC_SEED, keep=keep)


class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
    """Reports the loss every ten L-BFGS iterations, so that convergence can be read off the log."""

    def on_start(self, log: str) -> None:
        pass

    def on_featgen_progress(self, log: str, percent: float) -> None:
        pass

    def on_featgen_end(self, log: str) -> None:
        pass

    def on_prepared(self, log: str) -> None:
        pass

    def on_iteration(self, log: str, info: dict[str, Any]) -> None:
        if info["num"] % 10 == 0:
            print(
                f"train: iteration {info['num']} loss {info['loss']:.1f} "
                f"active features {info['active_features']} ({info['time']:.1f}s)",
                file=sys.stderr,
                flush=True,
            )


def gold_records(gold_dir: Path, held_out: frozenset[str]) -> Iterator[dict[str, Any]]:
    """biblio's gold sets as labelled references (``gold_segments``), but the sets named in ``held_out``.
    Each text is cut as the parser cuts it before the labeller reads it (tidied, its list label apart)."""
    from biblio.parse.citation_label import split_label
    from biblio.parse.input_text import tidy_input
    from biblio.parse.training.gold_segments import gold_segments

    for path in sorted(gold_dir.glob("*.jsonl")):
        if path.stem in held_out:
            continue
        for record in read_jsonl([path]):
            body = tidy_input(record["text"])
            label = split_label(body)
            if label is not None:
                body = body[label.end :].lstrip()
            segs = gold_segments({"text": body, "fields": record["fields"]})
            if segs is not None:
                yield {"id": f"gold/{record['id']}", "text": body, "segments": segs}


def train(
    data_dir: Path,
    out: Path,
    synthetic: int,
    params: dict[str, Any],
    keep: Callable[[str], bool] | None = None,
    gold: list[dict[str, Any]] | None = None,
) -> None:
    """Train on the training split (``keep``: only the real lines whose id it accepts, and generated
    references drawn from those alone; a cross-fitting fold, ``training.cross_fit``), and on ``gold``
    (labelled references of biblio's gold sets, none of them in the dev or calibration split)."""
    started = time.time()
    trainer = _Trainer(verbose=True)
    trainer.set_params(params)
    dev: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    # generated references whose ids fall in the dev rule are held out too, reported apart from the real ones
    for kind, records in (("real", real_records(data_dir)), ("synthetic", synthetic_records(synthetic, keep))):
        for record in records:
            if is_dev(record.get("id", "")):
                dev.append(record)
                continue
            if is_calibration(record.get("id", "")):
                counts[f"{kind}-calibration"] += 1  # kept for fitting the needs-review score
                continue
            if keep is not None and kind == "real" and not keep(record["id"]):
                counts[f"{kind}-other-fold"] += 1
                continue
            pair = labelled_tokens(record)
            if pair is None:
                counts[f"{kind}-skipped"] += 1
                continue
            trainer.append(sequence_features(pair[0]), pair[1])
            counts[kind] += 1
    for record in gold or ():
        pair = labelled_tokens(record)
        if pair is None:
            counts["gold-skipped"] += 1
            continue
        trainer.append(sequence_features(pair[0]), pair[1])
        counts["gold"] += 1
    print(f"train: {dict(counts)} sequences, features built in {time.time() - started:.0f}s", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    print(
        f"train: model written to {out} ({out.stat().st_size / 1e6:.1f} MB) after {time.time() - started:.0f}s",
        file=sys.stderr,
    )
    report_dev(out, dev)


def dev_counts(model: Path, dev: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    """Per source: right tokens, tokens, exactly labelled references, references."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts: dict[str, tuple[int, int, int, int]] = {}
    for record in dev:
        pair = labelled_tokens(record)
        if pair is None:
            continue
        src = "synthetic" if str(record.get("source", "")).startswith("synthetic") else source_of(record)
        pred = tagger.tag(sequence_features(pair[0]))
        hits = sum(p == g for p, g in zip(pred, pair[1], strict=True))
        right, total, exact, refs = counts.get(src, (0, 0, 0, 0))
        counts[src] = (right + hits, total + len(pred), exact + (hits == len(pred)), refs + 1)
    return counts


def report_dev(model: Path, dev: list[dict[str, Any]]) -> None:
    """Token accuracy and exact-sequence rate on the real dev references, per source."""
    for src, (right, total, exact, refs) in sorted(dev_counts(model, dev).items()):
        print(f"dev {src:14s} n={refs:5d} token accuracy {right / total:.4f} exact sequences {exact / refs:.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of labelled JSONL (../shared/training)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    ap.add_argument("--synthetic", type=int, default=4000, help="generated references to add (0: none)")
    ap.add_argument("--max-iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--gold", type=Path, help="also train on biblio's gold sets in DIR (tests/data/parse)")
    ap.add_argument("--hold", nargs="*", default=[], help="gold sets (file stems) left out of --gold")
    a = ap.parse_args(argv)
    params = dict(PARAMS, max_iterations=a.max_iterations, c1=a.c1, c2=a.c2)
    gold = list(gold_records(a.gold, frozenset(a.hold))) if a.gold else None
    train(a.data, a.out, a.synthetic, params, gold=gold)


if __name__ == "__main__":
    main()
