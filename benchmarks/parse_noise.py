#!/usr/bin/env python3
"""The parser on text as PDFs and web pages produce it: biblio's gold sets, clean and noised.

    PYTHONPATH=$PWD python benchmarks/parse_noise.py [--seed 16] [--set NAME ...]

Each kind of noise (words hyphenated across a line break, ligatures, HTML entities,
odd spaces, soft hyphens, spaces around punctuation, and all of them at once) is put
into the text of every reference of tests/data/parse/*.jsonl, seeded, outside links
and DOIs; the gold fields stay as they are.  Printed per kind: strict micro F1 and
exact references with the input tidying step (``biblio.parse.input_text``) off
(``before``, the text read as given) and on (``after``), in process, scored with the
shared evaluator (../shared/tools/parse_eval/evaluate.py, read in place).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_sets import EVALUATOR, GOLD_DIR, load_evaluator  # noqa: E402

import biblio.parse as parse  # noqa: E402
from biblio.parse.review.signals import SCORED  # noqa: E402

_LINK = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)\S+", re.I)
_LONG_WORD = re.compile(r"\b[a-z]{8,}\b")


def outside_links(text: str, noise: Callable[[str], str]) -> str:
    parts, at = [], 0
    for m in _LINK.finditer(text):
        parts += [noise(text[at : m.start()]), m.group()]
        at = m.end()
    return "".join(parts + [noise(text[at:])])


def broken_words(rng: random.Random, mark: Callable[[], str]) -> Callable[[str], str]:
    """Up to two lower-case words of eight letters or more broken at a ``mark``."""

    def noise(text: str) -> str:
        spots = list(_LONG_WORD.finditer(text))
        for m in sorted(rng.sample(spots, min(2, len(spots))), key=lambda m: -m.start()):
            cut = m.start() + rng.randint(3, len(m.group()) - 3)
            text = text[:cut] + mark() + text[cut:]
        return text

    return noise


def noises(rng: random.Random) -> dict[str, Callable[[str], str]]:
    odd = ["\u00a0", "\u2009", "\u202f", "\u3000", "\u00a0\u200b"]
    entities = {"&": "&amp;", "\u2013": "&#8211;", "\u2019": "&#8217;", "\u00e9": "&eacute;", "'": "&#39;"}
    # in the order "all at once" applies them: the text's spacing first, HTML escaping last
    return {
        "spaced punctuation": lambda t: re.sub(
            r"([(\[])(?=\S)", r"\1 ", re.sub(r"(?<=\S)([,;:.)\]])(?=\s|$)", r" \1", t)
        ),
        "hyphenated": broken_words(rng, lambda: "- "),
        "soft hyphens": broken_words(rng, lambda: rng.choice(["\u00ad", "\u00ad "])),
        "ligatures": lambda t: (
            t.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")
        ),
        "odd spaces": lambda t: re.sub(" ", lambda m: rng.choice(odd) if rng.random() < 0.4 else " ", t),
        "entities": lambda t: re.sub("[&\u2013\u2019\u00e9']", lambda m: entities[m.group()], t).replace(
            " ", "&nbsp;", 2
        ),
    }


def noised_sets(gold: list[dict[str, Any]], seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    kinds = noises(rng)
    out = {"clean": [g["text"] for g in gold]}
    for name, noise in kinds.items():
        out[name] = [outside_links(g["text"], noise) for g in gold]
    every = list(kinds.values())
    out["all at once"] = [outside_links(g["text"], lambda t: _all(t, every)) for g in gold]
    return out


def _all(text: str, every: list[Callable[[str], str]]) -> str:
    for noise in every:
        text = noise(text)
    return text


def measure(ev: Any, gold: list[dict[str, Any]], texts: list[str]) -> tuple[float, int]:
    preds = [dict(parse.parse_reference(t)) for t in texts]
    res = ev.score(gold, preds, list(SCORED))
    exact = sum(ev.score([g], [p], list(SCORED))["exact_ref_strict"] == 1.0 for g, p in zip(gold, preds, strict=True))
    return res["micro"]["f1"], exact


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--set", action="append", dest="sets", help="gold set name (file stem); default: all")
    a = ap.parse_args(argv)
    if not EVALUATOR.exists():
        print(f"skipped: the shared evaluator {EVALUATOR} is absent (development data beside the project)")
        return 0
    ev = load_evaluator(EVALUATOR)
    gold = []
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        if not a.sets or path.stem in a.sets:
            gold += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    tidy = parse.tidy_input
    print(f"{len(gold)} references of tests/data/parse, seed {a.seed}; strict micro F1 (exact references)")
    print(f"{'noise':<20} {'before':>16} {'after':>16}")
    for name, texts in noised_sets(gold, a.seed).items():
        parse.tidy_input = lambda text: text  # type: ignore[attr-defined]  # the step off: text as given
        before = measure(ev, gold, texts)
        parse.tidy_input = tidy  # type: ignore[attr-defined]
        after = measure(ev, gold, texts)
        print(f"{name:<20} {before[0]:.3f} ({before[1]:>4}) {after[0]:.3f} ({after[1]:>4})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
