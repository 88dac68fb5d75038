"""A held-out corpus for the Zotero fidelity benchmark: generated CSL items of every CSL type.

render-dev/items.json is the corpus the exports were tuned on; this one is not. It draws records
with biblio's synthetic record generator (biblio/parse/training/records.py: web pages, news,
magazines, blog posts, reports, datasets, software, theses, conference papers, films, podcasts,
articles, books, chapters, encyclopedia entries, preprints, posts, videos, talks, classics), then
gives each CSL type the generator has no kind for (bills, cases, patents, maps, interviews, letters,
standards, …) records of a kindred kind retyped, with that type's own variables added.

    python benchmarks/zotero_corpus.py --count 300 --seed 8 -o /tmp/generated.json
    python benchmarks/zotero_fidelity.py --generated 300    # the same, measured
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

from biblio.formats.variables import TYPES
from biblio.parse.training.records import RecordSynth

# CSL type -> (the generator kind its records are drawn from, variables of the type's own).
_RETYPED: dict[str, tuple[str, dict[str, str]]] = {
    "bill": ("report", {"number": "H.R. {n}", "container-title": "Congressional Record", "authority": "Congress"}),
    "legal_case": ("report", {"number": "No. {n}-{m}", "authority": "Supreme Court", "container-title": "U.S."}),
    "legislation": ("report", {"number": "Act {n}", "container-title": "Statutes at Large"}),
    "regulation": ("report", {"number": "{n} CFR {m}"}),
    "treaty": ("report", {"number": "UNTS {n}"}),
    "hearing": ("report", {"number": "{n}", "publisher": "Government Publishing Office"}),
    "patent": ("report", {"number": "US{n}{m}B2", "authority": "United States"}),
    "standard": ("report", {"number": "ISO {n}:{m}", "publisher": "ISO", "version": "{m}"}),
    "map": ("book", {"genre": "Map", "scale": "1:{n}000"}),
    "interview": ("news", {"medium": "Telephone"}),
    "personal_communication": ("blog", {"genre": "Letter"}),
    "graphic": ("webpage", {"medium": "Oil on canvas", "dimensions": "{n} × {m} cm"}),
    "figure": ("webpage", {}),
    "document": ("report", {}),
    "pamphlet": ("book", {}),
    "periodical": ("book", {}),
    "collection": ("book", {}),
    "musical_score": ("book", {"genre": "Score"}),
    "review": ("journal_article", {"reviewed-title": "A reviewed work"}),
    "review-book": ("journal_article", {"reviewed-title": "A reviewed book"}),
    "event": ("presentation", {}),
    "performance": ("presentation", {"medium": "Theatre"}),
    "song": ("podcast", {"medium": "Audio CD"}),
    "classic": ("classic", {}),
}


def _retyped(synth: RecordSynth, rng: random.Random, csl_type: str) -> dict[str, Any]:
    kind, own = _RETYPED[csl_type]
    record = dict(getattr(synth, kind)())
    record["type"] = csl_type
    n, m = rng.randint(10, 9999), rng.randint(1, 99)
    for variable, template in own.items():
        if rng.random() < 0.8:
            record[variable] = template.format(n=n, m=m)
    return {k: v for k, v in record.items() if v not in (None, "", [])}


def generate(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` items: about three quarters from the generator's own kinds, the rest spread over the
    CSL types it has no kind for, so that every CSL type appears."""
    rng = random.Random(seed)
    synth = RecordSynth(rng)
    retyped = sorted(_RETYPED)
    kinds = [None] * (count - count // 4) + [retyped[i % len(retyped)] for i in range(count // 4)]
    items: list[dict[str, Any]] = []
    titles: set[str] = set()
    for kind in kinds:
        # Titles unique (without markup): the Zotero harness matches imported items by title.
        while True:
            item = synth.record() if kind is None else _retyped(synth, rng, kind)
            title = re.sub(r"<[^>]+>", "", str(item.get("title"))).casefold()
            if title not in titles:
                break
        titles.add(title)
        items.append(item)
    for index, item in enumerate(items, 1):
        item["id"] = f"g{index:03d}"
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    items = generate(args.count, args.seed)
    args.output.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    types = sorted({str(i["type"]) for i in items})
    print(f"{len(items)} items of {len(types)} CSL types; types with none: {sorted(TYPES - set(types)) or 'none'}")


if __name__ == "__main__":
    main()
