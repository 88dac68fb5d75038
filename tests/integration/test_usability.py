"""The command line as a user meets it: version, help, summary, file modes, inputs kept safe."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

from biblio import __version__
from biblio.errors import ExitCode
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


def test_version() -> None:
    run = run_cli("--version")
    assert run.returncode == 0 and run.stdout == f"biblio {__version__}\n"


@pytest.mark.parametrize("command", ["export", "parse", "check", "styles"])
def test_help_has_examples_and_no_type_tags(command: str) -> None:
    run = run_cli(command, "--help")
    assert run.returncode == 0
    assert "Examples" in run.stdout and f"biblio {command}" in run.stdout
    for clutter in ("<bool>", "<str>", "<list[str]>", "<path>", "[[INPUT]...]..."):
        assert clutter not in run.stdout


def test_help_lists_every_input_kind() -> None:
    text = " ".join(run_cli("export", "--help").stdout.split())
    for kind in ("document", ".bib", ".ris", "RIS", "CSL-JSON", "standard input"):
        assert kind in text


@pytest.mark.parametrize(("command", "words"), [("cite", "citations ([@key])"), ("restyle", "pandoc's [@key] syntax")])
def test_help_keeps_bracketed_syntax(command: str, words: str) -> None:
    # Rich reads [..] as markup: pandoc's citation syntax must be escaped to be shown at all.
    assert words in " ".join(run_cli(command, "--help").stdout.split())


def test_summary_line_on_stderr() -> None:
    run = run_cli("export", "--to", "bibtex")
    assert run.stderr.endswith("\nbiblio: 11 references in 1 section: 11 parsed, 0 need review\n")
    assert run_cli("export", "--to", "bibtex", "--quiet").stderr == ""


def test_summary_counts_references_that_need_review() -> None:
    refs = b"Smith, J. (2020). *A book*. Press.\n\nHuman Rights Watch. (20244). *Pakistan*. <https://www.hrw.org/a>\n"
    run = run_cli("export", "-", stdin=refs)
    assert run.stderr.splitlines()[-1] == "biblio: 2 references in 1 section: 1 parsed, 1 needs review"


def test_no_input_at_a_terminal_names_the_sample(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from biblio.cli import main

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["export", "--to", "ris"]) == 0
    assert "bundled sample article" in capsys.readouterr().err.splitlines()[0]


def test_parse_lines_stays_clean_and_reports_on_request() -> None:
    refs = b"Smith, J. (2020). *A book*. Press.\n%%% ??? garbage ###\n"
    quiet = run_cli("parse", "--lines", stdin=refs)
    assert quiet.stderr == "" and len(quiet.stdout.splitlines()) == 2
    report = run_cli("parse", "--lines", "--report", stdin=refs)
    assert report.stdout == quiet.stdout
    lines = report.stderr.splitlines()
    assert lines[0].startswith("biblio: warning: line 2: ")
    assert lines[-1] == "biblio: 2 references: 1 parsed, 1 needs review"


def test_output_file_respects_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "refs.bib"
    old = os.umask(0o022)
    try:
        assert run_cli("export", "--to", "bibtex", "-o", str(out), "-q").returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_output_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "refs.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert run_cli("export", "-o", str(out), "-q").returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text(encoding="utf-8").startswith("[")


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    doc = tmp_path / "refs.txt"
    doc.write_text("Smith, J. (2020). *A book*. Press.\n", encoding="utf-8")
    for out in (doc, tmp_path / "." / "refs.txt"):
        run = run_cli("export", str(doc), "-o", str(out))
        assert run.returncode == ExitCode.USAGE and "is also an input" in run.stderr
    assert doc.read_text(encoding="utf-8") == "Smith, J. (2020). *A book*. Press.\n"


def test_summary_counts_sections_and_files(tmp_path: Path) -> None:
    doc = tmp_path / "paper.md"
    doc.write_text("# Citations\n\nSmith, J. (2020). *A book*. Press.\n\n# Works cited\n\n"
                   "Lee, K. (2019). *Another book*. Press.\n", encoding="utf-8")
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a, author = {Doe, Jane}, title = {Third}, year = {2001}, publisher = {P}}\n",
                   encoding="utf-8")
    run = run_cli("export", str(doc), str(bib))
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines()[-1].startswith("biblio: 3 references in 2 sections and 1 file: ")


LEFT_OUT = (
    "# A paper\n\nSome text.\n\n## References\n\n"
    "Smith, J. (2020). A title of a work. Publisher.\n\n"
    "Doe, A. (2019). Another title here. *Journal of Things*, 3(2), 1-10.\n\n"
    "We thank the reviewers for their comments on an earlier version of this paper.\n"
)


@pytest.mark.parametrize("args", [("export", "--to", "bibtex"), ("export", "--quiet"), ("check", "--json")])
def test_text_the_finder_rejects_is_named_on_stderr(tmp_path: Path, args: tuple[str, ...]) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text(LEFT_OUT, encoding="utf-8")
    run = run_cli(*args, str(paper))
    assert run.returncode in (ExitCode.OK, ExitCode.FLAGGED), run.stderr  # check: whatever it flags
    note = f'biblio: note: {paper}: line 11: not a reference, left out: "We thank the reviewers for their comments'
    assert note in run.stderr
    assert "We thank" not in run.stdout  # left out of the records, and said so


def test_no_note_when_every_entry_is_a_reference() -> None:
    assert "note:" not in run_cli("export", "--quiet").stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal, quiet, total, drawn", [
    (True, False, 600, True), (True, True, 600, False), (False, False, 600, False), (True, False, 20, False),
])
def test_progress_bar_only_on_a_terminal_for_long_runs_unless_quiet(
        monkeypatch: pytest.MonkeyPatch, terminal: bool, quiet: bool, total: int, drawn: bool) -> None:
    from biblio.progress import ProgressBar

    err = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with ProgressBar(quiet) as progress:
        for done in range(total):
            progress(done, total)
    assert bool(err.getvalue()) == drawn


def test_plain_output_still_warns_of_what_needs_review() -> None:
    doubtful = "I was sceptical of all of this and will say more later."
    text = f"## References\n\nSmith, J. (2020). A title of a work. Publisher.\n\n{doubtful}\n\n" \
           "Doe, A. (2019). Another title here. Journal of Things, 3(2), 1-10.\n"
    run = run_cli("export", "-", "--plain", "--quiet", stdin=text.encode())
    assert run.returncode == 0, run.stderr
    assert "custom" not in run.stdout and doubtful[:30] in run.stdout  # --plain drops biblio's flags ...
    assert "biblio: warning: line 5:" in run.stderr and doubtful in run.stderr  # ... standard error says
