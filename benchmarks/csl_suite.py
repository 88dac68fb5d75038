"""Run the CSL processor test-suite against biblio's CSL processor and print the pass count.

    python benchmarks/csl_suite.py [--show N] [--filter REGEX]

Uses ../shared/tools/render_compare/csl_suite.py (read in place) and the fixtures in
../shared/csl-test-suite/humans.  For reference: raw citeproc-py passes 457 of 845,
citeproc-js 822 through the same runner.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools" / "render_compare"


def main() -> int:
    if not TOOLS.exists():
        print(f"skipped: {TOOLS} not found (../shared is not beside the repository)")
        return 0
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(TOOLS))
    import csl_suite  # type: ignore[import-not-found]

    args = ["--suite", str(SHARED / "csl-test-suite" / "humans"), "--render", "biblio.csl:render"] + sys.argv[1:]
    return int(csl_suite.main(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
