"""The ``biblio`` program's entry point.

``biblio parse --lines`` (with or without ``--plain``) is answered here, without the
command-line framework: its start-up is part of its speed when it parses a file of
references (benchmarks/parse_speed.py), and typer with what it loads, and the
document and export modules the other commands need, take longer to import than
the parser itself.  Every other command line, help and usage errors included,
goes to :mod:`biblio.cli`, which defines the same command for them.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

# The argument lists answered here (in any order): the parse command's plain streaming forms.
_LINES_FORMS = ({"--lines"}, {"--lines", "--plain"})


def parse_lines_command(argv: list[str]) -> int | None:
    """Run ``parse --lines [--plain]`` and return its exit code; None when ``argv`` is another command."""
    if argv[:1] != ["parse"] or len(set(argv[1:])) != len(argv) - 1 or set(argv[1:]) not in _LINES_FORMS:
        return None
    from biblio.errors import BiblioError, ExitCode

    try:
        from biblio.documents.reader import read_lines
        from biblio.formats.csljson import dumps_line
        from biblio.parse import parse_reference
        from biblio.records.keys import KeyRegistry

        plain = "--plain" in argv
        keys = KeyRegistry()
        write = sys.stdout.write
        for line in read_lines("-"):
            write(dumps_line(keys.add(parse_reference(line.rstrip("\r\n"))), plain_records=plain) + "\n")
        sys.stdout.flush()
    except BiblioError as exc:
        sys.stderr.write(f"biblio: error: {exc.message}\n")
        return int(exc.code)
    except BrokenPipeError:
        # A closed pipe (``biblio parse --lines | head``) is not an error of biblio's.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (``main`` tells them apart)
        return int(ExitCode.INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback
        sys.stderr.write(f"biblio: error: internal error: {type(exc).__name__}: {exc}\n")
        return int(ExitCode.INTERNAL)
    return int(ExitCode.OK)


_TERMINATED: list[int] = []  # the signal that ended the run, once it came


def _on_sigterm(main_pid: int) -> None:
    """SIGTERM ends biblio as Ctrl-C does (a temporary output file removed) with exit code 143; a
    worker process of ``--jobs`` ends at once, as by default, for its parent is the one that cleans up."""

    def terminate(signum: int, _frame: FrameType | None) -> None:
        if os.getpid() != main_pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        from biblio.errors import Terminated

        _TERMINATED.append(signum)
        raise Terminated

    signal.signal(signal.SIGTERM, terminate)


def main() -> None:
    _on_sigterm(os.getpid())
    code = parse_lines_command(sys.argv[1:])
    if code is None:
        from biblio.cli import main as cli_main

        code = cli_main()
    if _TERMINATED:  # however the interruption surfaced (typer reports any as 130)
        from biblio.errors import ExitCode

        code = int(ExitCode.TERMINATED)
    sys.exit(code)
