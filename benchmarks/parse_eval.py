"""The reference parser on the real dev split, per source, beside a plain CRF baseline.

    python benchmarks/parse_eval.py                 # all five sources
    python benchmarks/parse_eval.py --calibrate     # also: the needs-review threshold the dev split supports
    python benchmarks/parse_eval.py --errors 5      # show mismatches
    python benchmarks/parse_eval.py --chooser       # also: model alone, structured readers and the choice, in-process
    python benchmarks/parse_eval.py --split calibration --no-baseline   # the calibration split instead

The dev split is one record in ten of each file of ../shared/training (a record is
DEV when ``int(sha1(id), 16) % 10 == 0``; the model never trains on it).  biblio is
measured as a whole process with ``evaluate.py --cmd 'python -m biblio parse --lines'``
(start-up included in references/s).  Flag rates: of the references parsed wrong
(any scored field differs from gold, or is present where gold has none), the share
flagged ``needs-review``; of the exactly right ones, the same share.

The baseline is built here, not shipped: a CRF through python-crfsuite with simple
token features (the word, its lower case, shape, suffix, and the neighbouring words),
trained on the same training split with whitespace tokens, its segments turned into
fields by ../shared/tools/parse_eval/cslfields.py.  It is cached in
``~/.cache/biblio-bench``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools" / "parse_eval"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "biblio-bench"
SOURCES = ("anystyle-core", "anystyle-good", "anystyle-bad", "anystyle-ugly", "grobid")
FIELDS = ["author", "editor", "title", "container-title", "issued", "volume", "issue", "page", "publisher",
          "publisher-place", "DOI", "URL", "edition"]
CMD = "python -m biblio parse --lines"

sys.path.insert(0, str(ROOT))
from biblio.parse.training.data import is_calibration, is_dev, source_of  # noqa: E402  (the one dev rule)


def load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split(data: Path, measured: str = "dev") -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """The measured split per source (dev, or the calibration split the needs-review fit reads), and the
    records the baseline trains on (every other one)."""
    held = is_calibration if measured == "calibration" else is_dev
    dev: dict[str, list[dict[str, Any]]] = {s: [] for s in SOURCES}
    train: list[dict[str, Any]] = []
    for path in sorted(data.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    (dev[source_of(rec)] if held(rec["id"]) else train).append(rec)
    return dev, train


# ---------------------------------------------------------------- baseline

def _simple_features(words: list[str]) -> list[list[str]]:
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        f = ["w=" + low, "s3=" + low[-3:], f"title={w[:1].isupper():d}", f"upper={w.isupper():d}",
             f"digit={any(c.isdigit() for c in w):d}", "punct=" + (w[-1] if not w[-1].isalnum() else "")]
        f.append("-1w=" + words[i - 1].lower() if i else "bos")
        f.append("+1w=" + words[i + 1].lower() if i + 1 < len(words) else "eos")
        out.append(f)
    return out


def _word_labels(rec: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Whitespace words and, for each, the label of the segment its first character falls in."""
    text = rec["text"]
    char_label = [""] * len(text)
    pos = 0
    for label, seg in rec["segments"]:
        for c in seg:
            if c.isspace():
                continue
            while pos < len(text) and text[pos] != c:
                pos += 1
            if pos < len(text):
                char_label[pos] = label
                pos += 1
    words, labels, i = [], [], 0
    for w in text.split():
        i = text.index(w, i)
        words.append(w)
        labels.append(char_label[i] or "other")
        i += len(w)
    return words, labels


def baseline_model(train: list[dict[str, Any]]) -> Path:
    import pycrfsuite

    CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1("".join(r["id"] for r in train).encode()).hexdigest()[:12]
    path = CACHE / f"baseline-{key}.crfsuite"
    if path.exists():
        return path
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True})
    for rec in train:
        words, labels = _word_labels(rec)
        if words:
            trainer.append(_simple_features(words), labels)
    print(f"baseline: training on {len(train)} references ...", file=sys.stderr)
    trainer.train(str(path))
    return path


def baseline_predictions(model: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import pycrfsuite

    cslfields = load_tool("cslfields")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = []
    for rec in records:
        words = rec["text"].split()
        labels = tagger.tag(_simple_features(words)) if words else []
        segments: list[list[str]] = []
        for w, lab in zip(words, labels, strict=True):
            if segments and segments[-1][0] == lab:
                segments[-1][1] += " " + w
            else:
                segments.append([lab, w])
        out.append(cslfields.segments_to_csl(segments))
    return out


# ---------------------------------------------------------------- measuring

def evaluate(gold: Path, workdir: Path, name: str, *, cmd: str | None = None, pred: Path | None = None,
             errors: int = 0) -> dict[str, Any]:
    result = workdir / f"{name}.json"
    args = [sys.executable, str(TOOLS / "evaluate.py"), "--gold", str(gold), "--json", str(result),
            "--errors", str(errors)]
    if cmd:
        args += ["--cmd", cmd, "--save-pred", str(workdir / f"{name}.pred.jsonl")]
    else:
        args += ["--pred", str(pred)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(args, capture_output=True, text=True, env=env, check=True)
    if errors:
        print(proc.stdout)
    data: dict[str, Any] = json.loads(result.read_text())
    return data


def wrong_flags(records: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[tuple[bool, bool, float]]:
    """Per reference: (parsed wrong, flagged needs-review, confidence)."""
    ev = load_tool("evaluate")
    out = []
    for rec, pred in zip(records, preds, strict=True):
        wrong = any(ev.field_value(rec["fields"], f) != ev.field_value(pred, f) for f in FIELDS)
        data = pred.get("custom", {}).get("biblio", {})
        out.append((wrong, "needs-review" in data.get("flags", []), float(data.get("confidence", 0.0))))
    return out


def rates(marks: list[tuple[bool, bool, float]]) -> tuple[float, float]:
    wrong = [m for m in marks if m[0]]
    right = [m for m in marks if not m[0]]
    return (sum(m[1] for m in wrong) / len(wrong) if wrong else 0.0,
            sum(m[1] for m in right) / len(right) if right else 0.0)


def calibrate(marks: list[tuple[bool, bool, float]]) -> None:
    wrong = sorted(m[2] for m in marks if m[0])
    right = sorted(m[2] for m in marks if not m[0])
    print("\nthreshold  wrong flagged  right flagged")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        share_wrong = sum(c < t for c in wrong) / max(1, len(wrong))
        share_right = sum(c < t for c in right) / max(1, len(right))
        print(f"{t:9.2f}  {share_wrong:13.3f}  {share_right:13.3f}")
    # the lowest threshold that flags 80 % of the wrong references
    t80 = wrong[int(0.8 * len(wrong))] if wrong else 0.0
    print(f"80 % of wrong references lie below {t80:.4f}; right ones below it: "
          f"{sum(c < t80 for c in right) / max(1, len(right)):.3f}")
    # the threshold that best separates them (largest wrong-flagged minus right-flagged share)
    best = max((sum(c < t for c in wrong) / max(1, len(wrong)) - sum(c < t for c in right) / max(1, len(right)), t)
               for t in sorted(set(wrong)))
    print(f"best separating threshold {best[1]:.4f} (wrong flagged minus right flagged {best[0]:.3f})")


def chooser_report(sets: dict[str, list[dict[str, Any]]]) -> None:
    """Micro F1 and exact references of the model's reading, the structured readers' (where they take
    the reference as their style) and the chosen one, per set (in-process: no start-up or output cost)."""
    from biblio.parse.chooser import choose, model_item, readings
    from biblio.parse.citation_label import split_label
    from biblio.parse.model.labeller import default_labeller

    ev = load_tool("evaluate")
    print("\n| references | n | read by a structured reader (where it may win) | chosen from it | "
          "micro F1 there: model / reader / chosen | all: model / chosen | exact, all: model / chosen |")
    print("|---|---|---|---|---|---|---|")
    for name, records in sets.items():
        model, reader, chosen, gold_read, read_model, read_chosen = [], [], [], [], [], []
        for rec in records:
            label = split_label(rec["text"])
            body = rec["text"][label.end:] if label else rec["text"]
            reading = default_labeller().read(body)
            m = model_item(body, reading)
            c = choose(body)
            found = readings(body, reading, m)
            model.append(m)
            chosen.append(c)
            if found:
                gold_read.append(rec)
                reader.append(found[0].item)
                read_model.append(m)
                read_chosen.append(c)

        def f1(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> str:
            return f"{ev.score(golds, preds, FIELDS)['micro']['f1']:.3f}" if golds else "-"

        def exact(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> str:
            right = sum(all(ev.field_value(r["fields"], f) == ev.field_value(p, f) for f in FIELDS)
                        for r, p in zip(golds, preds, strict=True))
            return f"{right / max(1, len(golds)):.3f}"

        by_reader = sum(c["custom"]["biblio"].get("reader") != "model" for c in chosen)
        print(f"| {name} | {len(records)} | {len(gold_read)} | {by_reader} | {f1(gold_read, read_model)} / "
              f"{f1(gold_read, reader)} / {f1(gold_read, read_chosen)} | {f1(records, model)} / {f1(records, chosen)} "
              f"| {exact(records, model)} / {exact(records, chosen)} |")


def gold_sets() -> dict[str, list[dict[str, Any]]]:
    """biblio's own hand-checked gold sets (tests/data/parse/*.jsonl)."""
    out = {}
    for path in sorted((ROOT / "tests" / "data" / "parse").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            out["gold: " + path.stem] = [json.loads(line) for line in fh if line.strip()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "training")
    ap.add_argument("--sources", nargs="*", default=list(SOURCES))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--chooser", action="store_true")
    ap.add_argument("--split", choices=("dev", "calibration"), default="dev")
    a = ap.parse_args()
    dev, train = split(a.data, a.split)
    base = None if a.no_baseline else baseline_model(train)
    rows = []
    all_marks: list[tuple[bool, bool, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for src in a.sources:
            records = dev[src]
            gold = work / f"{src}.gold.jsonl"
            gold.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "fields": r["fields"]},
                                               ensure_ascii=False) + "\n" for r in records))
            res = evaluate(gold, work, src, cmd=CMD, errors=a.errors)
            lines = (work / f"{src}.pred.jsonl").read_text().splitlines()
            preds = [json.loads(x) if x.strip() else {} for x in lines]
            marks = wrong_flags(records, preds)
            all_marks += marks
            flagged_wrong, flagged_right = rates(marks)
            base_f1 = None
            if base is not None:
                bpred = work / f"{src}.baseline.jsonl"
                bpred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n"
                                         for p in baseline_predictions(base, records)))
                base_f1 = evaluate(gold, work, src + "-baseline", pred=bpred)["micro"]["f1"]
            rows.append((src, res, base_f1, flagged_wrong, flagged_right))
    print("| dev source | n | micro F1 | baseline CRF | exact refs | wrong flagged | right flagged | refs/s |")
    print("|---|---|---|---|---|---|---|---|")
    for src, res, base_f1, fw, fr in rows:
        b = f"{base_f1:.3f}" if base_f1 is not None else "-"
        print(f"| {src} | {res['n']} | **{res['micro']['f1']:.3f}** | {b} | {res['exact_ref_strict']:.3f} | "
              f"{fw:.2f} | {fr:.2f} | {res['refs_per_s']:.0f} |")
    print("\n| field | " + " | ".join(r[0] for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for f in FIELDS:
        cells = []
        for _src, res, *_ in rows:
            fr = res["fields"][f]
            cells.append(f"{fr['f1']:.3f}" if fr["support"] else "(none)")
        print(f"| {f} | " + " | ".join(cells) + " |")
    fw, fr = rates(all_marks)
    print(f"\nall dev: {len(all_marks)} references, {sum(m[0] for m in all_marks)} wrong; "
          f"wrong flagged {fw:.3f}, right flagged {fr:.3f}")
    if a.calibrate:
        calibrate(all_marks)
    if a.chooser:
        chooser_report({"dev: " + src: dev[src] for src in a.sources} | gold_sets())


if __name__ == "__main__":
    main()
