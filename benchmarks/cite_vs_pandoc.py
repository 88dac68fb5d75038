"""``biblio cite`` against ``pandoc --citeproc`` on a generated paper of N citations.

The paper cites the items of ../shared/render-dev/items.json (or, without ../shared, the items
of tests/data/papers) in every pandoc form: ``[@a]``, ``[@a; @b]``, ``[see @a, p. 33]``,
``[@a, chap. 2]``, narrative ``@a`` and ``@a [p. 4]``, ``[-@a]``.  Each citation stands in its
own paragraph so that pandoc's output can be read back citation by citation.  Measured:
the whole process (start-up included) of both tools, and how many citations and
bibliography entries each gives exactly as citeproc-js does (needs Node and the npm package
``citeproc``: NODE_PATH=/path/to/node_modules).

    NODE_PATH=/work/citeproc-js/node_modules python benchmarks/cite_vs_pandoc.py --citations 500
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_paper_expected import run_citeproc_js  # noqa: E402

from biblio import api  # noqa: E402
from biblio.csl.locale import _locales_dir  # noqa: E402
from biblio.papers.cite import cite_document, citeproc_clusters, style_class  # noqa: E402
from biblio.papers.pandoc_syntax import parse  # noqa: E402
from biblio.records.model import plain  # noqa: E402
from biblio.styles import style_path, style_xml  # noqa: E402

STYLES = ("apa", "chicago-notes-bibliography", "ieee")
LOCATORS = ["p. 33", "pp. 12-15", "chap. 2", "sec. 4", "para. 7", "fig. 3", "vol. 2"]


def load_items(path: str | None = None) -> list[dict]:
    shared = Path(path) if path else ROOT.parent / "shared" / "render-dev" / "items.json"
    if shared.is_file():
        items: list[dict] = json.loads(shared.read_text(encoding="utf-8"))
        return items
    data = ROOT / "tests" / "data" / "papers"
    return [plain(i) for f in ("coastal.bib", "software.json", "archives.ris") for i in api.load([str(data / f)])]


def make_paper(keys: list[str], n: int, seed: int = 9) -> str:
    rng = random.Random(seed)
    paras = ["# A generated paper", ""]
    for k in range(n):
        form = rng.randrange(7)
        a = rng.choice(keys)
        if form == 0:
            cite = f"[@{a}]"
        elif form == 1:
            cite = "[" + "; ".join("@" + x for x in rng.sample(keys, rng.randint(2, 4))) + "]"
        elif form == 2:
            cite = f"[see @{a}, {rng.choice(LOCATORS)}]"
        elif form == 3:
            cite = f"[@{a}, {rng.choice(LOCATORS)}]"
        elif form == 4:
            cite = f"@{a}"
        elif form == 5:
            cite = f"@{a} [{rng.choice(LOCATORS)}]"
        else:
            cite = f"[-@{a}]"
        paras.append(f"C{k} {cite}")
        paras.append("")
    paras += ["REFS", "", "::: {#refs}", ":::", ""]
    return "\n".join(paras)


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def paragraphs(text: str) -> list[str]:
    return [norm(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def read_pandoc(out: str, n: int, note: bool) -> tuple[list[str], list[str]]:
    """Each citation's text (a note's text in note styles, with the author for a narrative one) and the entries."""
    paras = paragraphs(out)
    cites = {}
    marks = {}
    refs_at = paras.index("REFS")
    for p in paras[:refs_at]:
        m = re.match(r"C(\d+) ?(.*)$", p)
        if m:
            cites[int(m.group(1))] = m.group(2)
    rest = paras[refs_at + 1:]
    notes: dict[int, str] = {}
    if note:
        while rest and re.match(r"\[(\d+)\] ", rest[-1]):
            m = re.match(r"\[(\d+)\] (.*)$", rest.pop())
            assert m is not None
            notes[int(m.group(1))] = m.group(2)
        for i, text in cites.items():
            mm = re.match(r"(.*?)\[(\d+)\]$", text)
            if mm:
                marks[i] = (mm.group(1), notes.get(int(mm.group(2)), ""))
        cites = {i: marks[i][1] for i in marks}
    return [cites.get(i, "") for i in range(n)], rest


def timed(cmd: list[str], env: dict[str, str] | None = None, runs: int = 3) -> tuple[float, float, str]:
    """Median wall-clock and CPU seconds (user + system) of the whole process, and its output.
    On a shared machine the CPU time is the steadier figure."""
    walls, cpus = [], []
    out = ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        out = res.stdout
    return statistics.median(walls), statistics.median(cpus), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--citations", type=int, default=500)
    ap.add_argument("--styles", nargs="+", default=list(STYLES))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--items", help="CSL-JSON items to cite (default: ../shared/render-dev/items.json)")
    args = ap.parse_args()
    items = load_items(args.items)
    keys = [str(i["id"]) for i in items]
    text = make_paper(keys, args.citations)
    has_pandoc = shutil.which("pandoc") is not None
    has_node = shutil.which("node") is not None
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paper = Path(tmp) / "paper.md"
        refs = Path(tmp) / "refs.json"
        paper.write_text(text, encoding="utf-8")
        refs.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        for style in args.styles:
            kind = style_class(style_xml(style))
            n_clusters = len(parse(text).clusters)
            ours_cmd = [sys.executable, "-m", "biblio", "cite", str(paper), "-b", str(refs), "--style", style,
                        "--format", "text"]
            t_biblio, c_biblio, _out = timed(ours_cmd, env, args.runs)
            rendered = cite_document(text, api.load([str(refs)]), style, "text")
            ours = [norm(p.text) for p in rendered.placed]
            our_bib = [norm(e) for e in rendered.bibliography]
            row = {"style": style, "citations": n_clusters, "biblio_s": round(t_biblio, 2),
                   "biblio_cpu_s": round(c_biblio, 2)}
            theirs: list[str] = []
            their_bib: list[str] = []
            if has_pandoc:
                pandoc_cmd = ["pandoc", "--citeproc", "--csl", str(style_path(style)), "--bibliography", str(refs),
                              "-t", "plain", "--wrap=none", str(paper)]
                t_pandoc, c_pandoc, out = timed(pandoc_cmd, runs=args.runs)
                theirs, their_bib = read_pandoc(out, n_clusters, kind == "note")
                row["pandoc_s"] = round(t_pandoc, 2)
                row["pandoc_cpu_s"] = round(c_pandoc, 2)
            if has_node and os.environ.get("NODE_PATH"):
                _used, clusters, _w = citeproc_clusters(parse(text), set(keys), kind)
                job = {"style": str(style_path(style)), "locales": _locales_dir(), "lang": None,
                       "items": items, "clusters": clusters}
                expected = run_citeproc_js(job, "text")
                exp = [norm(c) for c in expected["citations"]]
                exp_bib = [norm(e) for e in expected["bibliography"]]
                row["biblio_cites_same"] = _share(ours, exp)
                row["biblio_bib_same"] = _entries(our_bib, exp_bib)
                row["biblio_order_same"] = _share(our_bib, exp_bib)
                if theirs:
                    row["pandoc_cites_same"] = _share(theirs, exp)
                    row["pandoc_bib_same"] = _entries(their_bib, exp_bib)
                    row["pandoc_order_same"] = _share(their_bib, exp_bib)
            rows.append(row)
            print(json.dumps(row), flush=True)
    print("\n| style | citations | CPU s: biblio cite / pandoc --citeproc (wall s) | identical to citeproc-js, "
          "biblio: citations / entries / order | pandoc: citations / entries / order |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['style']} | {r['citations']} | {r['biblio_cpu_s']} / {r.get('pandoc_cpu_s', '–')} "
              f"({r['biblio_s']} / {r.get('pandoc_s', '–')}) | "
              f"{r.get('biblio_cites_same', '–')} / {r.get('biblio_bib_same', '–')} / "
              f"{r.get('biblio_order_same', '–')} | {r.get('pandoc_cites_same', '–')} / "
              f"{r.get('pandoc_bib_same', '–')} / {r.get('pandoc_order_same', '–')} |")


def _entries(got: list[str], expected: list[str]) -> str:
    """Share of citeproc-js's entries that the tool prints too, wherever it puts them."""
    if not expected:
        return "–"
    left = list(got)
    same = 0
    for e in expected:
        if e in left:
            left.remove(e)
            same += 1
    return f"{100 * same / len(expected):.1f} %"


def _share(got: list[str], expected: list[str]) -> str:
    """Share of positions where the tool prints what citeproc-js prints (so order counts)."""
    if not expected:
        return "–"
    same = sum(1 for a, b in zip(got, expected, strict=False) if a == b)
    return f"{100 * same / len(expected):.1f} %"


if __name__ == "__main__":
    main()
