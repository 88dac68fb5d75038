"""A few runs as a real process, where the process itself matters: pipes, exit status, start-up."""

from __future__ import annotations

import json
import subprocess
import sys


def biblio(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "biblio", *args], input=stdin, capture_output=True, timeout=120)


def test_standard_input_and_exit_status() -> None:
    run = biblio("export", "-", "--plain", "--quiet",
                 stdin=b"Smith, J. (2020). *A book*. Press.\nDoe, J. (2019). *Another book*. Press.\n")
    assert run.returncode == 0 and run.stderr == b""
    assert [i["title"] for i in json.loads(run.stdout)] == ["A book", "Another book"]


def test_a_closed_pipe_is_no_error() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "biblio", "export", "--to", "bibtex", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in proc.stderr.read()
