"""The normalisers alone, on gold labels: the ceiling of the whole parser.

Feeds the GOLD segments of ../shared/training (each a labelled span, as the
sequence model would produce them) through ``biblio.parse.assemble`` and scores
the records against the gold ``fields`` with ../shared/tools/parse_eval/evaluate.py.
A record is DEV when ``int(sha1(id), 16) % 10 == 0``; rules are developed on the
training part only, and both parts are printed apart.

    python benchmarks/normalisers_gold.py [--sources anystyle-core ...] [--errors 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
TRAINING = SHARED / "training"
EVALUATE = SHARED / "tools" / "parse_eval" / "evaluate.py"

from biblio.parse.assemble import assemble  # noqa: E402
from biblio.parse.spans import Span  # noqa: E402
from biblio.parse.training.data import is_dev  # noqa: E402  (the one dev rule)

SOURCES = ("anystyle-core", "anystyle-good", "anystyle-bad", "anystyle-ugly", "grobid-citation-train-minus-eval")
FIELDS = ("author", "editor", "title", "container-title", "issued", "volume", "issue", "page", "publisher",
          "publisher-place", "DOI", "URL", "edition")
# GROBID labels outside biblio's label set, as the sequence model is trained to read them
GROBID_LABELS = {"institution": "note", "report": "genre", "idno": "note", "biblscope": "volume"}




def gold_spans(record: dict) -> list[Span]:
    """The record's segments as spans with offsets into its text."""
    text = record["text"]
    spans: list[Span] = []
    pos = 0
    for label, seg in record["segments"]:
        seg = seg.strip()
        if not seg:
            continue
        start = text.find(seg, pos)
        if start < 0:  # spacing differs: fall back to the running position
            start = pos
        end = start + len(seg)
        spans.append(Span(GROBID_LABELS.get(label, label), text[start:end], start, end))
        pos = end
    return spans


def run(source: str, split: str, errors: int, tmp: Path) -> dict:
    records = [json.loads(line) for line in (TRAINING / f"{source}.jsonl").open(encoding="utf-8")]
    records = [r for r in records if is_dev(r["id"]) == (split == "dev")]
    gold = tmp / f"{source}-{split}.gold.jsonl"
    pred = tmp / f"{source}-{split}.pred.jsonl"
    out = tmp / f"{source}-{split}.json"
    with gold.open("w", encoding="utf-8") as g, pred.open("w", encoding="utf-8") as p:
        for r in records:
            g.write(json.dumps({"id": r["id"], "text": r["text"], "fields": r["fields"]}, ensure_ascii=False) + "\n")
            p.write(json.dumps(assemble(gold_spans(r), r["text"]), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(EVALUATE), "--gold", str(gold), "--pred", str(pred), "--json", str(out),
           "--fields", ",".join(FIELDS), "--errors", str(errors), "--name", f"normalisers-on-gold {split}"]
    report = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if errors:
        print(report)
    res: dict = json.loads(out.read_text(encoding="utf-8"))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", nargs="*", default=list(SOURCES))
    ap.add_argument("--splits", nargs="*", default=["train", "dev"])
    ap.add_argument("--errors", type=int, default=0, help="show up to N mismatches per field (training part)")
    a = ap.parse_args()
    if not TRAINING.exists():
        raise SystemExit(f"needs {TRAINING}")
    short = {"author": "auth", "editor": "edit", "title": "title", "container-title": "cont", "issued": "year",
             "volume": "vol", "issue": "iss", "page": "page", "publisher": "publ", "publisher-place": "place",
             "DOI": "DOI", "URL": "URL", "edition": "edn"}
    head = f"{'source':34} {'split':5} {'n':>5} {'micro':>6} {'exact':>6} " + " ".join(f"{short[f]:>5}" for f in FIELDS)
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for source in a.sources:
            for split in a.splits:
                res = run(source, split, a.errors if split == "train" else 0, Path(d))
                per = " ".join(
                    f"{res['fields'][f]['f1']:5.3f}" if res["fields"][f]["support"] else f"{'-':>5}" for f in FIELDS
                )
                rows.append(f"{source:34} {split:5} {res['n']:5d} {res['micro']['f1']:6.4f} "
                            f"{res['exact_ref']:6.3f} {per}")
    print(head)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
