"""Needs-review on first readings: gold sets read with the code before their own fixes, scored by today's review.

Two steps, each run with its own tree on ``PYTHONPATH``:

    # with an older tree (``git worktree add --detach /tmp/old COMMIT``), the sets it had not yet seen:
    PYTHONPATH=/tmp/old python benchmarks/first_readings.py capture OUT.pkl SET [SET ...]
    # with today's tree, every capture at once:
    PYTHONPATH=. python benchmarks/first_readings.py score OUT.jsonl CAPTURE.pkl [CAPTURE.pkl ...]

``capture`` reads each reference of the named sets (gold from ``tests/data/parse`` beside this script) and keeps what
the chooser handed the needs-review step (the record, the reading it was built from, the reading not chosen, the
reader and its confidence) and the final record; ``score`` runs today's signals, score and forced checks on those
readings and writes one line per reference: id, exact or not against the gold, the fields that differ, the flag and
the score. (The structured readers whose style's marks the text carries keep the flag of their day.)
"""

from __future__ import annotations

import copy
import importlib.util
import json
import pickle
import sys
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "parse"
EVALUATOR = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "parse_eval" / "evaluate.py"


def capture(out: Path, sets: list[str]) -> None:
    import biblio.parse as bp
    import biblio.parse.chooser as ch

    seen: dict[str, Any] = {}
    signals, choose, exclusive = ch.signals, ch.choose, bp.exclusive_reading

    def kept_signals(item: Any, reading: Any, other: Any, reader: str, conf: Any, *a: Any, **k: Any) -> Any:
        seen["sig"] = (copy.deepcopy(item), reading, copy.deepcopy(other), reader, conf)
        return signals(item, reading, other, reader, conf, *a, **k)

    def kept_choose(body: str) -> Any:
        seen.setdefault("body", body)
        return choose(body)

    def kept_exclusive(body: str) -> Any:
        seen["body"] = body
        found = exclusive(body)
        seen["exclusive"] = found is not None
        return found

    ch.signals, ch.choose, bp.exclusive_reading = kept_signals, kept_choose, kept_exclusive  # type: ignore[assignment]
    rows = []
    for name in sets:
        for i, line in enumerate((GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()):
            if line.strip():
                gold = json.loads(line)
                seen.clear()
                final = bp.read_reference(gold["text"])
                rows.append({**seen, "final": final, "id": f"{name}/{gold.get('id', i)}"})
    out.write_bytes(pickle.dumps(rows))
    print(f"{len(rows)} references captured")


def score(out: Path, captures: list[Path]) -> None:
    from biblio.parse.review.score import needs_review
    from biblio.parse.review.signals import misread_shape, signals
    from biblio.records.model import NEEDS_REVIEW, biblio_data

    spec = importlib.util.spec_from_file_location("evaluate", EVALUATOR)
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    golds = {}
    for path in GOLD.glob("*.jsonl"):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                gold = json.loads(line)
                golds[f"{path.stem}/{gold.get('id', i)}"] = gold
    wrong = right = wrong_flagged = right_flagged = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in captures:
            for row in pickle.loads(path.read_bytes()):
                gold = golds[row["id"]]
                final = copy.deepcopy(row["final"])
                flags = biblio_data(final).get("flags", [])
                value = None
                if row.get("exclusive") or "sig" not in row:
                    flagged = NEEDS_REVIEW in flags
                else:
                    item, reading, other, reader, conf = row["sig"]
                    flagged = needs_review(item, signals(item, reading, other, reader, conf))
                    value = biblio_data(item).get("review_score")
                flagged = flagged or misread_shape(final, row.get("body", gold["text"]), not row.get("exclusive"))
                diff = {
                    f: [ev.field_value(gold["fields"], f), ev.field_value(final, f)]
                    for f in ev.DEFAULT_FIELDS
                    if ev.field_value(gold["fields"], f) != ev.field_value(final, f)
                }
                record = {k: v for k, v in final.items() if k not in ("custom", "id")}
                fh.write(
                    json.dumps(
                        {
                            "id": row["id"],
                            "text": gold["text"],
                            "exact": not diff,
                            "diff": diff,
                            "flagged": flagged,
                            "score": value,
                            "record": record,
                        },
                        ensure_ascii=False,
                        default=str,
                    )
                    + "\n"
                )
                wrong += bool(diff)
                right += not diff
                wrong_flagged += bool(diff) and flagged
                right_flagged += not diff and flagged
    print(f"wrong flagged {wrong_flagged}/{wrong}, right flagged {right_flagged}/{right}")


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[0] not in ("capture", "score"):
        sys.exit(__doc__)
    if argv[0] == "capture":
        capture(Path(argv[1]), argv[2:])
    else:
        score(Path(argv[1]), [Path(p) for p in argv[2:]])


if __name__ == "__main__":
    main(sys.argv[1:])
