"""How well ``biblio check``'s render-back separates right parses from wrong ones, on labelled data.

For the APA-style references of ../shared/training (those with a parenthesised
year after the authors, as in benchmarks/parse_apa.py), each reference is parsed,
rendered back in APA and compared with its text as ``biblio check`` does. A parse
counts as right when its main fields (title, container-title, year, volume,
issue, page, DOI) equal the gold ones; render-back should pass right parses and
flag wrong ones.

    python benchmarks/check_renderback.py [--source anystyle|grobid] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.parse_apa import TRAINING, select  # noqa: E402
from biblio.check.renderback import render_one, reproduces  # noqa: E402
from biblio.parse import parse_reference  # noqa: E402

FIELDS = ("title", "container-title", "volume", "issue", "page", "DOI")


def _fold(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold().replace("–", "-")
    return re.sub(r"[\W_]+", " ", text).strip()


def _year(item: dict[str, Any]) -> Any:
    try:
        return item["issued"]["date-parts"][0][0]
    except (KeyError, IndexError, TypeError):
        return None


def parsed_right(item: dict[str, Any], gold: dict[str, Any]) -> bool:
    if _year(gold) is not None and str(_year(item)) != str(_year(gold)):
        return False
    return all(_fold(item.get(f, "")) == _fold(gold[f]) for f in FIELDS if f in gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", help="only training files whose name starts with this (anystyle, grobid)")
    ap.add_argument("--limit", type=int, default=0)
    opts = ap.parse_args()
    paths = sorted(os.path.join(TRAINING, n) for n in os.listdir(TRAINING)
                   if n.endswith(".jsonl") and (not opts.source or n.startswith(opts.source)))
    refs = select(paths)[: opts.limit or None]
    counts = {(right, flagged): 0 for right in (True, False) for flagged in (True, False)}
    for n, ref in enumerate(refs):
        item = parse_reference(ref["text"])
        item["id"] = f"r{n}"
        rendered = render_one(item, "apa")
        flagged = rendered is None or not reproduces(rendered, ref["text"])
        counts[(parsed_right(item, ref["fields"]), flagged)] += 1
    right = counts[(True, True)] + counts[(True, False)]
    wrong = counts[(False, True)] + counts[(False, False)]
    print(f"references: {len(refs)}; parsed right: {right}; parsed wrong: {wrong}")
    print(f"right parses flagged by render-back (false alarms): {counts[(True, True)]} "
          f"({counts[(True, True)] / max(right, 1):.1%})")
    print(f"wrong parses flagged by render-back (caught): {counts[(False, True)]} "
          f"({counts[(False, True)] / max(wrong, 1):.1%})")


if __name__ == "__main__":
    main()
