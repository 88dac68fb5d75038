"""Instructions a reference in a long run: parse the first W speed references, then count N more (callgrind).

    python benchmarks/parse_speed.py --n 1300 --write /tmp/refs1300.txt
    PY=$(python -c "import sys;print(sys.executable)")
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        $PY benchmarks/parse_steady.py /tmp/refs1300.txt 1000 300

Instrumentation is switched on (``callgrind_control -i on``) only once the first W references are parsed, so the
count leaves out start-up and most first compilations of the patterns, which a short run is mostly made of; divide
the ``refs`` valgrind prints by N.  Outside valgrind the two ``callgrind_control`` calls do nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biblio.parse import parse_reference  # noqa: E402 (the checkout's own biblio)


def main() -> None:
    path, warm, counted = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    texts = Path(path).read_text(encoding="utf-8").splitlines()
    for text in texts[:warm]:
        parse_reference(text)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=False)
    for text in texts[warm : warm + counted]:
        parse_reference(text)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=False)


if __name__ == "__main__":
    main()
