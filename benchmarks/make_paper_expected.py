"""Make the expected outputs of tests/data/papers with citeproc-js (needs Node and the npm package citeproc).

Each paper's citations, as biblio reads them, are processed by citeproc-js in document order
with processCitationCluster (``citeproc_js_cite.js``); the final text of each citation, the
names of narrative citations in note styles and the bibliography are written to
``tests/data/papers/expected/PAPER.STYLE.FORMAT.json``.

    npm install --prefix /work/citeproc-js citeproc
    NODE_PATH=/work/citeproc-js/node_modules python benchmarks/make_paper_expected.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio import api  # noqa: E402
from biblio.csl.locale import _locales_dir  # noqa: E402
from biblio.papers.cite import citeproc_clusters, style_class  # noqa: E402
from biblio.papers.pandoc_syntax import parse  # noqa: E402
from biblio.records.model import plain  # noqa: E402
from biblio.styles import style_path, style_xml  # noqa: E402

DATA = ROOT / "tests" / "data" / "papers"
PAPERS = {"coastal": "coastal.bib", "software": "software.json", "archives": "archives.ris"}
STYLES = ("apa", "chicago-notes-bibliography", "ieee")
# a note style with ibid, and a numeric style that collapses ranges of numbers
EXTRA = (("archives", "chicago-notes-bibliography-subsequent-ibid"), ("software", "nlm-citation-sequence"),
         ("archives", "nlm-citation-sequence"))


def job_for(paper: str, bib: str, style: str) -> dict:
    """The citeproc-js job of one paper in one style: its items and its clusters."""
    items = api.load([str(DATA / bib)])
    parsed = parse((DATA / f"{paper}.md").read_text(encoding="utf-8"))
    _used, clusters, _warnings = citeproc_clusters(parsed, {str(i["id"]) for i in items},
                                                   style_class(style_xml(style)))
    return {"style": str(style_path(style)), "locales": _locales_dir(), "lang": None,
            "items": [plain(i) for i in items], "clusters": clusters}


def run_citeproc_js(job: dict, fmt: str, script: Path = ROOT / "benchmarks" / "citeproc_js_cite.js") -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(job, fh)
    try:
        out = subprocess.run(["node", str(script), fh.name, fmt], capture_output=True, text=True, check=True)
    finally:
        Path(fh.name).unlink()
    result: dict = json.loads(out.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--formats", nargs="+", default=["text", "html"])
    args = ap.parse_args()
    out_dir = DATA / "expected"
    out_dir.mkdir(exist_ok=True)
    pairs = [(paper, style) for paper in PAPERS for style in STYLES] + list(EXTRA)
    for paper, style in pairs:
        job = job_for(paper, PAPERS[paper], style)
        for fmt in args.formats:
            result = run_citeproc_js(job, fmt)
            path = out_dir / f"{paper}.{style}.{fmt}.json"
            path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(path.relative_to(ROOT), len(result["citations"]), "citations",
                  len(result["bibliography"]), "entries")


if __name__ == "__main__":
    main()
