"""How much of each export Zotero keeps: every format, imported through Zotero's own translators.

Exports CSL items (by default ../shared/render-dev/items.json plus tests/data/adversarial.json) with
``biblio export --to FORMAT --for zotero``, imports each file with ../shared/tools/zotero_import
(Zotero's BibTeX, RIS and CSL JSON translators; set up once with ``zimport --setup``), and reports
the share of source fields Zotero then cites right (roundtrip.py, judged on Zotero's CSL-JSON of
each imported item) and the items Zotero dropped.

    python benchmarks/zotero_fidelity.py                  # --for zotero, the four formats
    python benchmarks/zotero_fidelity.py --no-zotero      # the default (LaTeX / plain) exports
    python benchmarks/zotero_fidelity.py --examples 20    # and the first losses of each format
    python benchmarks/zotero_fidelity.py --generated 300  # a held-out corpus of every CSL type instead
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.zotero_corpus import generate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools" / "zotero_import"
FORMATS = {"ris": ("ris", "ris"), "csl-json": ("json", "csljson"), "bibtex": ("bib", "bibtex"),
           "biblatex": ("bib", "bibtex")}


def _run(args: list[str], **kwargs: object) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
    return str(done.stdout)


def measure(items: Path, to: str, for_zotero: bool, work: Path, examples: int) -> dict[str, object]:
    ext, translator = FORMATS[to]
    export = work / f"{to}.{ext}"
    _run([sys.executable, "-m", "biblio", "export", str(items), "--to", to, "-o", str(export),
          *(["--for", "zotero"] if for_zotero else [])],
         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    report, views = work / f"{to}.fidelity.json", work / f"{to}.all.json"
    _run([sys.executable, str(TOOLS / "fidelity.py"), str(items), str(export), "--translator", translator,
          "--json", str(report), "--quiet"])
    views.write_text(_run(["node", str(TOOLS / "zotero_run.js"), "--translator", translator, "--view", "all",
                           str(export)]), encoding="utf-8")
    out = _run([sys.executable, str(TOOLS / "roundtrip.py"), str(items), str(report), str(views),
                "--examples", "100000"])
    match = re.search(r"CSL round trip: (\d+)/(\d+)", out)
    if not match:
        sys.exit(f"unexpected roundtrip.py output:\n{out}")
    dropped = [i["id"] for i in json.loads(report.read_text())["items"] if i["zotero_type"] is None]
    losses = [line.strip() for line in out.splitlines()[1:] if line.strip().startswith("real:")]
    by_field = Counter(line.split()[2] for line in losses if len(line.split()) > 2)
    # lost (nowhere), moved (in another field), extra (only in Extra), changed (another value), ...
    by_status = Counter(line.split()[3].rstrip(":") for line in losses if len(line.split()) > 3)
    return {"format": to, "ok": int(match.group(1)), "total": int(match.group(2)), "dropped": dropped,
            "losses": losses[:examples], "by_field": by_field, "by_status": by_status}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", nargs="*", type=Path,
                        default=[SHARED / "render-dev" / "items.json", ROOT / "tests" / "data" / "adversarial.json"])
    parser.add_argument("--to", nargs="*", default=list(FORMATS), choices=list(FORMATS))
    parser.add_argument("--no-zotero", action="store_true", help="measure the default exports instead")
    parser.add_argument("--examples", type=int, default=0, help="show the first N losses of each format")
    parser.add_argument("--generated", type=int, metavar="N",
                        help="measure N generated items of every CSL type (benchmarks/zotero_corpus.py) instead")
    parser.add_argument("--seed", type=int, default=8, help="the seed of --generated")
    args = parser.parse_args()
    if not (TOOLS / "fidelity.py").exists():
        sys.exit(f"needs {TOOLS} (and `zimport --setup`, see its README)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        items: list[dict[str, object]] = []
        for path in args.items:
            items += json.loads(path.read_text(encoding="utf-8"))
        if args.generated:
            items = generate(args.generated, args.seed)
        source = work / "items.json"
        source.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} items; export {'without' if args.no_zotero else 'with'} --for zotero")
        print(f"{'format':10} {'fields Zotero cites right':>28} {'items dropped':>14}")
        for to in args.to:
            result = measure(source, to, not args.no_zotero, work, args.examples)
            ok, total, dropped = result["ok"], result["total"], result["dropped"]
            share = 100.0 * ok / total  # type: ignore[operator]
            print(f"{to:10} {ok:>12}/{total} ({share:5.1f} %) {len(dropped):>14}")  # type: ignore[arg-type]
            by_field = result["by_field"]
            print("    lost, by Zotero field: " + (", ".join(f"{f} {n}" for f, n in by_field.most_common())  # type: ignore[attr-defined]
                                                   or "none"))
            for line in result["losses"]:  # type: ignore[attr-defined]
                print("    " + line)


if __name__ == "__main__":
    main()
