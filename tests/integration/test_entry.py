"""``biblio parse --lines`` answered without the command-line framework (biblio.entry) gives
exactly what the typer command (biblio.cli) gives: records, errors and exit codes."""

from __future__ import annotations

import pytest

from biblio.entry import parse_lines_command
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

INPUTS = {
    "references": (
        "Smith, J. (2020). *A book*. Press.\n"
        "\n"
        "%%% ??? garbage ###\n"
        "Doe, J., & Roe, R. (2019). Title of article. *Journal*, *3*(2), 1\u20139. https://doi.org/10.1000/abc\n"
        "Smith, J. (2020). *A book*. Press.\r\n"
        "[4] A. Author and B. Writer, \u201cA paper,\u201d IEEE Trans. Things, vol. 3, no. 2, pp. 1\u20139, 2019."
    ).encode(),
    "binary": b"%PDF-1.4\n\x00\x01binary",
    "bad UTF-16": b"\xff\xfe\x00",
    "empty": b"",
}


FORMS = [("parse", "--lines"), ("parse", "--lines", "--plain"), ("parse", "--plain", "--lines")]


@pytest.mark.parametrize("args", FORMS)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_same_as_the_typer_command(args: tuple[str, ...], name: str) -> None:
    fast = run_cli(*args, stdin=INPUTS[name])
    typer = run_cli(*args, stdin=INPUTS[name], framework=True)
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr)
    assert fast.stdout.count("\n") == {"references": 6, "empty": 0}.get(name, 0)
    assert fast.returncode == (0 if name in ("references", "empty") else 4)


@pytest.mark.parametrize("argv", [[], ["parse"], ["parse", "--lines", "--report"], ["parse", "--lines", "--lines"],
                                  ["parse", "--lines", "A reference"], ["parse", "--help"], ["export", "--lines"]])
def test_other_command_lines_go_to_the_framework(argv: list[str]) -> None:
    assert parse_lines_command(argv) is None
