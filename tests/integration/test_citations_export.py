"""`biblio export --citations`: each item's first and subsequent citation; styles without a bibliography."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio.cli import main

ITEMS: list[dict[str, Any]] = [
    {"id": "smith2020a", "type": "article-journal", "title": "Alpha", "container-title": "J",
     "author": [{"family": "Smith", "given": "Ann"}], "issued": {"date-parts": [[2020]]}},
    {"id": "smith2020b", "type": "article-journal", "title": "Beta", "container-title": "J",
     "author": [{"family": "Smith", "given": "Ann"}], "issued": {"date-parts": [[2020]]}},
    {"id": "lee2019", "type": "book", "title": "A book on law", "publisher": "Oxford University Press",
     "author": [{"family": "Lee", "given": "Kim"}], "issued": {"date-parts": [[2019]]}},
]


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    src = tmp_path / "refs.json"
    src.write_text(json.dumps(ITEMS), encoding="utf-8")
    code = main(["export", str(src), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_author_date_citations_are_disambiguated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _err = run(capsys, tmp_path, "--to", "apa", "--citations")
    assert code == 0
    assert out.splitlines() == [
        "smith2020a\t(Smith, 2020a)\t(Smith, 2020a)",
        "smith2020b\t(Smith, 2020b)\t(Smith, 2020b)",
        "lee2019\t(Lee, 2019)\t(Lee, 2019)",
    ]


def test_note_style_gives_full_then_short_notes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _err = run(capsys, tmp_path, "--to", "chicago-notes", "--citations")
    assert code == 0
    first, subsequent = out.splitlines()[2].split("\t")[1:]
    assert first == "Kim Lee, A Book on Law (Oxford University Press, 2019)."
    assert subsequent == "Lee, A Book on Law."  # a subsequent note, never "Ibid."


def test_numeric_style_numbers_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _err = run(capsys, tmp_path, "--style", "ieee", "--citations", "--format", "html")
    assert code == 0
    assert out.startswith('<table class="csl-citations">')
    assert "<tr><td>lee2019</td><td>[3]</td><td>[3]</td></tr>" in out


def test_style_without_bibliography_prints_citations(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # a law style that formats citations only: no longer refused
    code, out, err = run(capsys, tmp_path, "--style", "bluebook-inline")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[0] for r in rows] == ["smith2020a", "smith2020b", "lee2019"]
    assert rows[2][1] == "Kim Lee, A book on law (Oxford University Press) (2019)"  # as citeproc-js prints it


def test_citations_need_formatted_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, tmp_path, "--to", "bibtex", "--citations")
    assert code == 2
    assert err.startswith("biblio: error: --citations applies to formatted references")
