"""The command line on documents, in-process: standard input, the sample, --posts and --report."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from biblio.cli import main

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
REFS = (b"Smith, J. (2020). *A thing*. Press.\nDoe, A. (2019). Other. *J*, 3, 1-2. https://x.org/a/\n"
        b"Roe, B. (2018). Third. Press.\n")


def export(capsys: pytest.CaptureFixture[str], *args: str, quiet: bool = True) -> tuple[Any, str]:
    code = main(["export", "--plain", *(["--quiet"] if quiet else []), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out), err


def piped(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Standard input as a real pipe holding `data`."""
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.FileIO(read, "r")))


def test_piped_input_is_read_without_a_dash(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    piped(monkeypatch, REFS)
    items, err = export(capsys)
    # A line ending in a URL with a trailing "/" does not swallow the next reference.
    assert [i["title"] for i in items] == ["A thing", "Other", "Third"]
    # only warnings, if any, and about the terse second and third lines alone (one-word titles, which the
    # model reads otherwise than the APA reader)
    assert all(line.startswith(("biblio: warning: line 2:", "biblio: warning: line 3:")) for line in err.splitlines())


def test_a_regular_file_on_standard_input_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.txt"
    path.write_bytes(REFS)
    with path.open("rb") as handle:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(handle))
        items, _ = export(capsys)
    assert len(items) == 3


def test_no_input_and_nothing_piped_exports_the_sample_and_says_so(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with open(os.devnull, "rb") as null:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(null))
        items, err = export(capsys, quiet=False)
    assert len(items) == 11
    assert err.startswith("biblio: no input given") and "bundled sample" in err


def test_posts_are_opt_in_and_come_after_the_references(capsys: pytest.CaptureFixture[str]) -> None:
    items, _ = export(capsys)
    assert len(items) == 11 and all(i["type"] != "post" for i in items)
    main(["export", "--posts"])
    items = json.loads(capsys.readouterr().out)
    assert [i["type"] == "post" for i in items] == [False] * 11 + [True] * 4
    posts = items[11:]
    assert [p["author"] for p in posts] == [
        [{"literal": "Kiyya Baloch"}], [{"literal": "The Balochistan Post - English"}],
        [{"literal": "Amnesty International South Asia, Regional Office"}], [{"literal": "Mahrang Baloch"}],
    ]
    assert [p["custom"]["biblio"]["handle"] for p in posts] == [
        "@KiyyaBaloch", "@TBPEnglish", "@amnestysasia", "@MahrangBaloch_"]
    assert [p["issued"]["date-parts"] for p in posts] == [[[2026, 1, 31]], [[2026, 1, 31]], [[2025, 6, 8]],
                                                         [[2025, 12, 28]]]
    assert [p.get("URL") for p in posts] == ["https://t.co/yV4O8n9Yva", "https://pic.twitter.com/qDQQacbWai",
                                             None, None]
    assert posts[0]["title"].startswith("The leader of the banned Baloch Liberation Army")
    assert posts[2]["title"].startswith("Alarming reports")
    assert not any(k in p for p in posts for k in ("container-title", "publisher"))  # nothing invented


def test_report_shows_sections_and_where_each_reference_starts(capsys: pytest.CaptureFixture[str]) -> None:
    _, err = export(capsys, str(DOCUMENTS / "two-sections.md"), "-v")
    lines = [line.split("two-sections.md: ", 1)[1] for line in err.splitlines()
             if "two-sections.md: " in line and "warning" not in line]
    assert [line[:30] for line in lines] == [
        "section 'Citations' at line 6",
        "  line 8: short note: Fuegi & ",
        "  line 9: reference: Menabrea,",
        "  line 10: short note: Toole 1",
        "section 'Works cited' at line ",
        "  line 14: reference: Fuegi, J",
        "  line 15: reference: Toole, B",
        "  line 16: reference: Hollings",
    ]


def test_unmatched_short_notes_are_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    items, err = export(capsys, str(DOCUMENTS / "wikipedia-notes.html"))
    assert len(items) == 3
    assert "biblio: warning:" in err and "Thompson (2007), p. 101." in err


def test_a_pdf_without_pdftotext_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    code = main(["export", str(DOCUMENTS / "graph-colouring.pdf")])
    err = capsys.readouterr().err
    assert code == 4
    assert err.startswith("biblio: error:") and "pdftotext" in err and err.count("\n") == 1
