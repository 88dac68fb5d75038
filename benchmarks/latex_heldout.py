"""Compile the held-out corpus (benchmarks/zotero_corpus.py) as LaTeX users get it, without --for zotero.

`--to bibtex` with pdflatex + bibtex (plainnat) and `--to biblatex` with pdflatex + biber
--validate-datamodel (style=apa), built the way tests/formats/test_latex_toolchain.py builds the
development corpus; prints every BibTeX warning, every biber warning but the missing date of an
undated work, and every LaTeX error.

    python benchmarks/latex_heldout.py --count 300 --seed 8
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from benchmarks.zotero_corpus import generate
from biblio.formats.bibtex import dumps
from tests.formats.test_latex_toolchain import _compile_biblatex, _compile_classic, _undated_keys


def _errors(folder: Path) -> list[str]:
    return re.findall(r"^! .*", (folder / "doc.log").read_text(errors="replace"), re.M)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    items = generate(args.count, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        built = _compile_classic(Path(tmp), dumps(items, "bibtex"))
        output = (built / "bibtex.out").read_text() + (built / "doc.blg").read_text()
        warnings = sorted({line for line in output.splitlines() if "Warning--" in line})
        print(f"bibtex (plainnat): {len(warnings)} warnings, {len(_errors(built))} LaTeX errors")
        for line in warnings + _errors(built):
            print("    " + line)
    with tempfile.TemporaryDirectory() as tmp:
        bib = dumps(items, "biblatex")
        built = _compile_biblatex(Path(tmp), bib)
        undated = _undated_keys(bib)
        warnings = [line for line in (built / "biber.out").read_text().splitlines()
                    if line.startswith(("WARN", "ERROR"))
                    and not any(f"Entry '{key}'" in line and "'date, year'" in line for key in undated)]
        print(f"biber --validate-datamodel (style=apa): {len(warnings)} warnings besides the missing date of "
              f"{len(undated)} undated works, {len(_errors(built))} LaTeX errors")
        for line in warnings + _errors(built):
            print("    " + line)


if __name__ == "__main__":
    main()
