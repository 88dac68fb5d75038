"""SIGTERM in the middle of an export: exit 143, and neither the output file nor its temporary
file is left behind (a real process, for a signal is what is tested)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _document(n: int) -> str:
    lines = ["# A long list", "", "## References", ""]
    for i in range(n):
        lines += [f"Author{i % 97}, A., & Writer, B. ({1950 + i % 70}). Study number {i} of reading. "
                  f"*Journal of Tests*, *{i % 40 + 1}*({i % 12 + 1}), {i % 300 + 1}\u2013{i % 300 + 9}.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_while_writing_leaves_no_file(tmp_path: Path, jobs: str) -> None:
    doc = tmp_path / "long.md"
    doc.write_text(_document(3000), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "biblio", "export", str(doc), "--to", "csl-json", "--jobs", jobs,
                             "-q", "-o", "out.json"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    # signal once the temporary output file exists: records are being written
    while not list(tmp_path.glob(".out.json.*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the export ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.md"]
