"""The command line on real inputs: outputs, exit codes and one-line errors.

Run in-process (``biblio.cli.main``); tests/integration/test_end_to_end.py starts real processes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.errors import ExitCode
from tests.conftest import CliRun, run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


def biblio(*args: str, stdin: bytes = b"") -> CliRun:
    return run_cli(*args, stdin=stdin)


def assert_one_line_error(run: CliRun, code: int) -> str:
    err = run.stderr
    assert run.returncode == code, err
    assert err.startswith("biblio: error: "), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


APA_LIST = (
    "Smith, J. A., & Jones, B. (2020). A study of things. *Journal of Studies*, *12*(3), 45–67. "
    "https://doi.org/10.1000/xyz123\n"
    "World Health Organization. (2019). *Global report on health* (Report No. 7). WHO Press.\n"
)


def test_reads_standard_input() -> None:
    run = biblio("export", "-", "--plain", stdin=APA_LIST.encode())
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)
    assert [i["title"] for i in items] == ["A study of things", "Global report on health"]
    assert all("custom" not in i for i in items)


def test_bibtex_and_biblatex_on_the_sample() -> None:
    for dialect in ("bibtex", "biblatex"):
        run = biblio("export", "--to", dialect)
        assert run.returncode == 0, run.stderr
        text = run.stdout
        assert text.count("\n@") + text.startswith("@") == 11
        assert "{{Human Rights Watch}}" in text


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "refs.bib"
    run = biblio("export", "--to", "bibtex", "-o", str(out))
    assert run.returncode == 0 and run.stdout == ""
    assert out.read_text(encoding="utf-8").count("@") >= 11
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]


def test_unwritable_output_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "refs.json"
    assert_one_line_error(biblio("export", "-o", str(out)), ExitCode.OUTPUT)
    assert not out.exists()


@pytest.mark.parametrize("args, code", [
    (("export", "no-such-file.md"), ExitCode.NOT_FOUND),
    (("export", "--to", "docx"), ExitCode.USAGE),
    (("export", "--to", "csl", "--style", "no-such-style"), ExitCode.USAGE),
    (("export", "--to", "csl"), ExitCode.USAGE),
    (("export", "--to", "apa", "--format", "pdf"), ExitCode.USAGE),
    (("export", "--to", "bibtex", "--format", "html"), ExitCode.USAGE),
    (("export", "--to", "apa", "--locale", "xx-YY"), ExitCode.USAGE),
    (("export", "--bogus-option"), ExitCode.USAGE),
])
def test_errors_are_one_line_with_their_exit_code(args: tuple[str, ...], code: int) -> None:
    assert_one_line_error(biblio(*args), code)


@pytest.mark.parametrize("data, code", [
    (b"", ExitCode.NO_REFERENCES),
    (b"   \n\n  \n", ExitCode.NO_REFERENCES),
    (b"Just a paragraph of prose with no references at all.\n\nAnother one.\n", ExitCode.NO_REFERENCES),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x00", ExitCode.UNDECODABLE),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), ExitCode.UNDECODABLE),
    (b"\x00\x01\x02\x03" * 100, ExitCode.UNDECODABLE),
])
def test_bad_standard_input(data: bytes, code: int) -> None:
    assert_one_line_error(biblio("export", "-", stdin=data), code)


def test_malformed_structured_inputs(tmp_path: Path) -> None:
    bib = tmp_path / "broken.bib"
    bib.write_text("@article{key,\n  title = {Unclosed\n", encoding="utf-8")
    assert_one_line_error(biblio("export", str(bib)), ExitCode.MALFORMED)
    js = tmp_path / "broken.json"
    js.write_text('[{"type": "book", "title": "x"', encoding="utf-8")
    assert_one_line_error(biblio("export", str(js)), ExitCode.MALFORMED)


def test_structured_inputs_round_trip(tmp_path: Path) -> None:
    items = [{"id": "doe2020", "type": "book", "title": "A book", "author": [{"family": "Doe", "given": "Jane"}],
              "issued": {"date-parts": [[2020]]}, "publisher": "Press"}]
    js = tmp_path / "in.json"
    js.write_text(json.dumps(items), encoding="utf-8")
    bib = tmp_path / "out.bib"
    assert biblio("export", str(js), "--to", "biblatex", "-o", str(bib)).returncode == 0
    run = biblio("export", str(bib), "--plain")
    assert run.returncode == 0, run.stderr
    back = json.loads(run.stdout)
    assert back[0]["title"] == "A book" and back[0]["author"] == items[0]["author"]
    assert back[0]["issued"] == items[0]["issued"] and back[0]["type"] == "book"


def test_parse_lines_gives_one_record_per_line() -> None:
    lines = [
        "Smith, J. (2020). *A book*. Press.",
        "",
        "%%% ??? garbage ###",
        "Doe, J., & Roe, R. (2019). Title of article. *Journal*, *3*(2), 1–9. https://doi.org/10.1000/abc",
    ]
    run = biblio("parse", "--lines", stdin=("\n".join(lines) + "\n").encode())
    assert run.returncode == 0, run.stderr
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(out) == len(lines)
    for line, item in zip(lines, out, strict=True):
        assert item["type"] and item["custom"]["biblio"]["source"] == line
    assert out[0]["title"] == "A book"
    assert out[2]["custom"]["biblio"]["flags"]
    assert out[3]["DOI"] == "10.1000/abc"


def test_no_traceback_on_a_directory(tmp_path: Path) -> None:
    assert_one_line_error(biblio("export", str(tmp_path)), ExitCode.NOT_FOUND)


def test_styles_lists_short_names() -> None:
    run = biblio("styles")
    assert run.returncode == 0
    assert "chicago-notes" in run.stdout and "chicago-notes-bibliography" in run.stdout


def test_parse_lines_splits_at_line_feeds_only() -> None:
    data = "Smith, J. (2020). *A book*. Press.\r\nline two\u2028still two\x0cand more\n\nfour".encode()
    run = biblio("parse", "--lines", stdin=data)
    assert run.returncode == 0, run.stderr
    sources = [json.loads(line)["custom"]["biblio"]["source"] for line in run.stdout.splitlines()]
    assert sources == ["Smith, J. (2020). *A book*. Press.", "line two still two and more", "", "four"]


def test_parse_lines_refuses_binary_input() -> None:
    assert_one_line_error(biblio("parse", "--lines", stdin=b"%PDF-1.4\n\x00\x01binary"), ExitCode.UNDECODABLE)


def test_unusable_style_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csl"
    broken.write_text("<style><bibliography><layout>", encoding="utf-8")
    assert "not a usable CSL style" in assert_one_line_error(biblio("export", "--style", str(broken)), ExitCode.USAGE)
    citations_only = tmp_path / "cites.csl"
    citations_only.write_text('<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" '
                              'version="1.0"><info><title>x</title></info><citation><layout><text variable="title"/>'
                              "</layout></citation></style>", encoding="utf-8")
    # a style that formats citations only prints each item's first and subsequent citation
    run = biblio("export", "-", "--style", str(citations_only), stdin=APA_LIST.encode())
    assert run.returncode == 0, run.stderr
    assert [line.split("\t")[1:] for line in run.stdout.splitlines()] == [
        ["A study of things", "A study of things"], ["Global report on health", "Global report on health"]]


def test_uncertain_references_are_named_on_stderr(tmp_path: Path) -> None:
    doc = tmp_path / "paper.md"
    doc.write_text("Text.\n\nReferences\n\n[1] see above ;; 12 -- ?? and the rest of it 17, 3 ff.\n"
                   "[2] Doe, J. (2021). *A book*. Press.\n", encoding="utf-8")
    run = biblio("export", str(doc), "--to", "apa", "--quiet")
    assert run.returncode == 0
    warnings = run.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("biblio: warning: line 5: ")
    assert "see above" in warnings[0]
