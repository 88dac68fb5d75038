"""Records stream from input to output: the same text as the whole-list writers, in any number of processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio import api
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


@pytest.mark.parametrize("to", api.STREAMED_FORMATS)
def test_streamed_output_equals_the_whole_list_output(to: str) -> None:
    parts: list[str] = []
    assert api.write_stream(api.stream([]), to, parts.append) == 11
    assert "".join(parts) == api.export(api.load([]), to)


def test_an_empty_stream_is_an_empty_array() -> None:
    parts: list[str] = []
    assert api.write_stream(iter([]), "csl-json", parts.append) == 0 and parts == ["[]\n"]


def test_jobs_keep_the_order_and_the_records(tmp_path: Path, small_parallel_batches: int) -> None:
    refs = [f"Author{i}, A. ({1990 + i % 30}). Title number {i}. *Journal*, *{i}*(2), 1–9."
            for i in range(small_parallel_batches + 24)]
    doc = tmp_path / "refs.md"
    doc.write_text("# References\n\n" + "\n\n".join(refs) + "\n", encoding="utf-8")
    one = run_cli("export", str(doc), "--jobs", "1", "-q")
    two = run_cli("export", str(doc), "--jobs", "2", "-q")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count('"title": "Title number') == len(refs)


def test_a_bad_second_input_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    out = tmp_path / "out.json"
    run = run_cli("export", "-", str(bad), "-o", str(out), stdin=b"Smith, J. (2020). *A book*. Press.\n")
    assert run.returncode == 6 and not out.exists() and run.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]
