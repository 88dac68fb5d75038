"""Real documents, found and split: record count per document, markup left in fields, field F1.

    python benchmarks/documents_real.py [--gold tests/data/documents/gold.jsonl] [--errors 5]

Reads each document of the gold file (tests/data/documents, see PROVENANCE) as `biblio export` does
(with the exact records a file carries: JATS tags, BibTeX blocks, a citation manager's fields),
compares the number of records with the references a careful reader counts, checks that no field
holds Markdown or HTML markup, and scores the records, aligned to the gold references in order, with
the shared parser evaluator (../shared/tools/parse_eval/evaluate.py: same fields, normalisation and
micro F1 as the parser's figures). Without ../shared only the counts and the markup check are shown.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from biblio.api import Source, records_from
from biblio.documents.reader import read_input
from biblio.errors import BiblioError
from biblio.formats.problems import Collector
from biblio.references.guard import markup_left

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "documents" / "gold.jsonl"
EVALUATOR = ROOT.parent / "shared" / "tools" / "parse_eval" / "evaluate.py"


def load_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold references by document, in document order."""
    documents: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            documents.setdefault(record["file"], []).append(record)
    return documents


def evaluator() -> ModuleType | None:
    if not EVALUATOR.is_file():
        return None
    spec = importlib.util.spec_from_file_location("parse_eval_evaluate", EVALUATOR)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", type=int, default=0, help="show up to N mismatches per field")
    args = parser.parse_args()
    documents = load_gold(args.gold)
    scorer = evaluator()
    fields = scorer.TABLE_FIELDS if scorer else []
    all_gold: list[dict[str, Any]] = []
    all_found: list[dict[str, Any]] = []
    exact = 0
    print("| document | kind | references | records | markup in fields | field micro F1 |")
    print("|---|---|---:|---:|---|---:|")
    for name, gold in documents.items():
        try:
            found, records = read_input(str(args.gold.parent / name))
            items = records_from(Source(found.name, found.text, records), notice=Collector())
        except BiblioError:  # a refused file or nothing found counts as no record, not a crash of the run
            items = []
        left = [m for item in items for m in markup_left(item)]
        exact += len(items) == len(gold)
        aligned = [items[k] if k < len(items) else {} for k in range(len(gold))]
        all_gold += gold
        all_found += aligned
        f1 = ""
        if scorer:
            f1 = f"{scorer.score(gold, aligned, fields)['micro']['f1']:.3f}"
        kind = Path(name).suffix.lstrip(".")
        print(f"| {name} | {kind} | {len(gold)} | {len(items)} | {'yes: ' + left[0] if left else 'no'} | {f1} |")
    print(f"\n{exact} of {len(documents)} documents give exactly their references; "
          f"{len(all_found) and sum(1 for i in all_found if i)} records for {len(all_gold)} references.")
    if scorer is None:
        print(f"(no evaluator at {EVALUATOR}: field F1 not computed)", file=sys.stderr)
        return
    result = scorer.score(all_gold, all_found, fields, show_errors=args.errors)
    soft = scorer.score(all_gold, all_found, fields, soft=True)
    micro = result["micro"]
    print(f"field micro F1 over all documents: {micro['f1']:.3f} (P {micro['precision']:.3f}, "
          f"R {micro['recall']:.3f}, {micro['support']} gold fields); soft-match {soft['micro']['f1']:.3f}")
    counts = Counter({f: result["fields"][f]["f1"] for f in fields})
    print("per field: " + ", ".join(f"{f} {v:.2f}" for f, v in counts.items()))
    for field, errors in result.get("errors", {}).items():
        for text, want, got in errors:
            print(f"  [{field}] gold={want!r} found={got!r} :: {text[:100]}")


if __name__ == "__main__":
    main()
