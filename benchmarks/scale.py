"""Big inputs: time, peak memory and references per second of whole ``biblio export`` runs.

Generates (deterministically, in a temporary folder) a Markdown document of
100,000 APA references and a 40,000-entry .bib, RIS and CSL-JSON file, then
converts each to CSL-JSON and BibTeX with ``--jobs 1`` and ``--jobs 2``, and
the document to APA. Each run is its own process; its peak memory is the
process's maximum resident set size.

    python benchmarks/scale.py [--references 100000] [--entries 40000] [--jobs 1 2] [--quick] [--concurrent K]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORDS = ("river stone light paper signal garden winter market theory method model system network policy "
          "health climate reading learning water city history language memory trust data").split()
_FAMILIES = ("Abbott Baker Castro Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Larsen "
             "Moreau Novak Okafor Petrov Quinn Rossi Sato Tanaka Umar Varga Weber Xu Yilmaz Zhou").split()
_JOURNALS = ("Journal of Applied Studies", "Review of Modern Methods", "Urban Research Quarterly",
             "Annals of Data Science", "Climate and Society")


def _work(rng: random.Random, i: int) -> dict[str, object]:
    authors = [(rng.choice(_FAMILIES), f"{chr(65 + rng.randrange(26))}.") for _ in range(rng.randint(1, 3))]
    words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 8))]
    return {"authors": authors, "year": 1980 + rng.randrange(45), "title": " ".join(words).capitalize() + f" {i}",
            "journal": rng.choice(_JOURNALS), "volume": rng.randint(1, 60), "issue": rng.randint(1, 12),
            "first": (first := rng.randint(1, 900)), "last": first + rng.randint(2, 30), "doi": f"10.5555/gen.{i}"}


def _apa_names(authors: list[tuple[str, str]]) -> str:
    names = [f"{family}, {given}" for family, given in authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]


def markdown_document(n: int, rng: random.Random) -> str:
    lines = ["# A generated article", "", "Some body text citing nothing in particular.", "", "## References", ""]
    for i in range(n):
        w = _work(rng, i)
        lines.append(f"{_apa_names(w['authors'])} ({w['year']}). {w['title']}. *{w['journal']}*, *{w['volume']}*"
                     f"({w['issue']}), {w['first']}–{w['last']}. https://doi.org/{w['doi']}")
        lines.append("")
    return "\n".join(lines)


def bib_file(n: int, rng: random.Random) -> str:
    out = []
    for i in range(n):
        w = _work(rng, i)
        names = " and ".join(f"{family}, {given}" for family, given in w["authors"])  # type: ignore[attr-defined]
        out.append(f"@article{{key{i},\n  author = {{{names}}},\n  title = {{{w['title']}}},\n"
                   f"  journal = {{{w['journal']}}},\n  year = {{{w['year']}}},\n  volume = {{{w['volume']}}},\n"
                   f"  number = {{{w['issue']}}},\n  pages = {{{w['first']}--{w['last']}}},\n"
                   f"  doi = {{{w['doi']}}},\n}}\n")
    return "\n".join(out)


def ris_file(n: int, rng: random.Random) -> str:
    out = []
    for i in range(n):
        w = _work(rng, i)
        lines = ["TY  - JOUR", *(f"AU  - {family}, {given}" for family, given in w["authors"]),  # type: ignore[attr-defined]
                 f"TI  - {w['title']}", f"T2  - {w['journal']}", f"PY  - {w['year']}", f"VL  - {w['volume']}",
                 f"IS  - {w['issue']}", f"SP  - {w['first']}", f"EP  - {w['last']}", f"DO  - {w['doi']}", "ER  - "]
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"


def csl_json_file(n: int, rng: random.Random) -> str:
    items = []
    for i in range(n):
        w = _work(rng, i)
        items.append({"id": f"key{i}", "type": "article-journal",
                      "author": [{"family": f, "given": g} for f, g in w["authors"]],  # type: ignore[attr-defined]
                      "title": w["title"], "container-title": w["journal"], "issued": {"date-parts": [[w["year"]]]},
                      "volume": str(w["volume"]), "issue": str(w["issue"]), "page": f"{w['first']}-{w['last']}",
                      "DOI": w["doi"]})
    return json.dumps(items, indent=1)


def run(args: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """Wall time (s), CPU time (s), peak resident memory (MB) and exit status of one ``biblio`` process.

    On a shared machine the CPU time (user + system, of the process and the
    workers it started) is the steadier measure; the wall time is what a user waits.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "biblio", *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        print(f"  failed ({proc.returncode}): {err.strip()[-300:]}", file=sys.stderr)
    return elapsed, cpu, usage.ru_maxrss / 1024, proc.returncode


def write_inputs(folder: Path, refs: int, entries: int, kinds: list[str]) -> dict[str, int]:
    """Write the generated inputs into ``folder``; how many references each holds."""
    makers = {
        "md": ("refs.md", markdown_document, refs, 1), "bib": ("refs.bib", bib_file, entries, 2),
        "ris": ("refs.ris", ris_file, entries, 3), "json": ("refs.json", csl_json_file, entries, 4),
    }
    counts: dict[str, int] = {}
    for kind in kinds:
        name, make, n, seed = makers[kind]
        (folder / name).write_text(make(n, random.Random(seed)), encoding="utf-8")
        counts[name] = n
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--references", type=int, default=100_000, help="references in the Markdown document")
    parser.add_argument("--entries", type=int, default=40_000, help="entries in the .bib, RIS and CSL-JSON files")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    parser.add_argument("--inputs", nargs="+", default=["md", "bib", "ris", "json"], help="which inputs to run")
    parser.add_argument("--concurrent", type=int, default=1, metavar="K",
                        help="run K exports at once (CPU time and peak stay each run's own; wall times overlap)")
    parser.add_argument("--write-to", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    refs, entries = (opts.references // 10, opts.entries // 10) if opts.quick else (opts.references, opts.entries)
    if opts.write_to:
        write_inputs(opts.write_to, refs, entries, opts.inputs)
        return
    with tempfile.TemporaryDirectory(prefix="biblio-scale-") as tmp:
        folder = Path(tmp)
        # The inputs are generated in a process of their own: a child forked from a parent holding
        # them would report the parent's memory as part of its peak (Linux keeps it across exec).
        subprocess.run([sys.executable, __file__, "--write-to", str(folder), "--references", str(refs),
                        "--entries", str(entries), "--inputs", *opts.inputs], check=True)
        sizes = {"refs.md": refs, "refs.bib": entries, "refs.ris": entries, "refs.json": entries}
        inputs = {name: n for name, n in sizes.items() if (folder / name).exists()}
        print(f"{'input':10} {'size MB':>8} {'to':10} {'jobs':>4} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} "
              f"{'refs/s':>8} {'refs/CPU s':>10}")
        plans = [(name, to, jobs) for name in inputs for to in ("csl-json", "bibtex") for jobs in opts.jobs]
        if "refs.md" in inputs:
            plans.append(("refs.md", "apa", 1))

        def measured(plan: tuple[str, str, int]) -> tuple[float, float, float, int]:
            name, to, jobs = plan
            return run(["export", name, "--to", to, "--jobs", str(jobs), "-q", "-o", f"out.{name}.{to}.{jobs}"],
                       folder)

        # Runs at once (--concurrent) each keep their own CPU time and peak; only their wall times overlap.
        with ThreadPoolExecutor(max_workers=opts.concurrent) as pool:
            for (name, to, jobs), (elapsed, cpu, peak, code) in zip(plans, pool.map(measured, plans), strict=True):
                n, size = inputs[name], (folder / name).stat().st_size / 1e6
                rate, cpu_rate = (n / elapsed, n / cpu) if code == 0 else (0, 0)
                print(f"{name:10} {size:8.1f} {to:10} {jobs:4} {elapsed:8.1f} {cpu:8.1f} {peak:8.0f} {rate:8.0f} "
                      f"{cpu_rate:10.0f}", flush=True)


if __name__ == "__main__":
    main()
