"""How often a lexicon rule for double family names in natural order would be right.

A one-line parser cannot tell ``Becky Herr Stephenson`` (family ``Herr Stephenson``) from ``Charles Sanders Peirce``
(middle name ``Sanders``). The candidate rule: the middle word is a known family word and never a given name's first
word. The labelled training split (not ``data.is_held_out``) splits natural-order names at the last word, so the
rule is measured on names the text writes inverted (``Herr Stephenson, Becky``; ``Peirce, Charles Sanders``), put
back into natural order: a double family name the rule finds is a hit, a middle name it takes into the family a
name broken. Counts are leave-one-out (the name's own family words are not counted for it).

    python benchmarks/double_family_rule.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.parse.training.data import is_held_out  # noqa: E402

TRAINING = ROOT.parent / "shared" / "training"
_PARTICLES = {"de", "di", "da", "le", "la", "van", "von", "del", "della", "des", "du", "dos", "das", "el", "al",
              "ben", "y", "e", "den", "der", "ter", "ten", "st", "lo", "san", "mac", "mc", "bin", "abu"}
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _word(t: str) -> bool:
    return len(t) > 1 and t[:1].isupper() and t.replace("-", "").isalpha()


def collect() -> tuple[Counter[str], Counter[str], list[tuple[str, str]], list[tuple[str, str]]]:
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    doubles: list[tuple[str, str]] = []
    middles: list[tuple[str, str]] = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if is_held_out(rec["id"]):
                continue
            names_text = " ".join(s for label, s in rec["segments"] if label in ("author", "editor"))
            for n in rec["fields"].get("author", []) + rec["fields"].get("editor", []):
                g, f = n.get("given", ""), n.get("family", "")
                if not g or not f:
                    continue
                gt, ft = g.split(), f.split()
                if _word(gt[0].strip(".,")):
                    given[gt[0].strip(".,").lower()] += 1
                family.update(t.strip(".,").lower() for t in ft if _word(t.strip(".,")))
                if f + "," not in names_text or ft[0] in g:
                    continue  # not written inverted: its split is the converter's guess
                if len(ft) == 2 and all(t[:1].isupper() and t.isalpha() for t in ft):
                    if ft[0].lower() not in _PARTICLES:
                        doubles.append((g, f))
                elif len(ft) == 1 and len(gt) == 2 and _word(gt[1]) and _word(f):
                    middles.append((g, f))
    return given, family, doubles, middles


def main() -> None:
    given, family, doubles, middles = collect()

    def rule(middle: str, k: int, own: int) -> bool:
        m = middle.lower()
        return family[m] - own >= k and given[m] == 0 and middle[1:].islower()

    for scope in ("any given name", "one initial"):
        print(f"-- after {scope}")
        d = [(g, f) for g, f in doubles if scope != "one initial" or _INITIAL.match(g.strip())]
        m = [(g, f) for g, f in middles if scope != "one initial" or _INITIAL.match(g.split()[0])]
        for k in (1, 2, 3, 5):
            hits = [x for x in d if rule(x[1].split()[0], k, 1)]
            broken = [x for x in m if rule(x[0].split()[1], k, 0)]
            print(f"family count >= {k}: double family names found {len(hits)} of {len(d)}; "
                  f"middle names broken {len(broken)} of {len(m)} (e.g. {broken[:3]})")


if __name__ == "__main__":
    main()
