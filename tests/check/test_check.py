"""`biblio check`: the sample passes clean; each damage to a copy of it is flagged."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from biblio.check.dates import date_flags
from biblio.check.identifiers import doi_valid, isbn_valid, issn_valid
from biblio.check.renderback import normalise, reproduces
from biblio.cli import main
from biblio.csl.formatters import escape_markdown
from tests.conftest import SAMPLE, run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

CITING = ("Reports agree (Human Rights Watch, 2024; Human Rights Watch, 2025; Amnesty International, n.d.; "
          "Al Jazeera, 2024; BBC News, 2024; The Guardian, 2024; The Guardian, 2025; "
          "United Nations Office of the High Commissioner for Human Rights, 2025; Reuters, 2026; "
          "The Guardian, 2026). Khan (2023) disagrees.\n\n")


def run_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["check", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def damaged_copy(tmp_path: Path) -> Path:
    """The sample with a broken date, a swallowed line, a wrong DOI, an uncited reference and a stray citation."""
    text = SAMPLE.read_text(encoding="utf-8")
    damages = {
        "(2024, July 31)": "(2024, Jly 31)",  # broken date
        "world-asia-68125590>\n\nThe Guardian. (2024, April 23)":  # the next reference swallowed into this one
        "world-asia-68125590> The Guardian. (2024, April 23)",
        "https://www.reuters.com/world/asia-pacific/pakistan-says-67-militants-killed-after-coordinated-attacks"
        "-balochistan-2026-01-31": "https://doi.org/10.99/reuters.2026.01.31",  # a DOI with a 2-digit registrant
        "References and Further Reading": CITING + "References and Further Reading",  # Al Jazeera 2026 uncited
    }
    for old, new in damages.items():
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = tmp_path / "damaged.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_has_eleven_clean_references(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_check(capsys, str(SAMPLE))
    assert code == 0
    refs = report["references"]
    assert len(refs) == 11 and [r["index"] for r in refs] == list(range(1, 12))
    assert all(r["flags"] == [] for r in refs)
    assert all(r["section"] == "References and Further Reading" and r["line"] for r in refs)
    assert all(r["render"]["style"] == "apa" for r in refs)  # detected, and each record reproduces its source
    assert refs[1]["details"] == ["uncertain-type"]  # shown, not a flag
    assert report["summary"]["references"] == 11 and report["summary"]["flagged"] == 0


def test_each_damage_is_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_check(capsys, str(damaged_copy(tmp_path)))
    assert code == 9
    by_line = {r["line"]: {f["flag"] for f in r["flags"]} for r in report["references"]}
    first = report["references"][0]
    assert "date-no-date" in by_line[first["line"]]
    swallowed = next(r for r in report["references"] if r["fields"]["author"][0]["literal"] == "BBC News")
    assert {"render-mismatch", "unparsed-remainder"} <= {f["flag"] for f in swallowed["flags"]}
    reuters = next(r for r in report["references"] if r["fields"]["author"][0]["literal"] == "Reuters")
    assert [f["flag"] for f in reuters["flags"]] == ["invalid-doi"]
    uncited = [r for r in report["references"] if any(f["flag"] == "never-cited" for f in r["flags"])]
    assert [r["id"] for r in uncited] == ["aljazeera2026suspected"]
    stray = [c["text"] for c in report["citations"] if c["flags"]]
    assert "Khan (2023)" in stray
    clean = [r for r in report["references"] if not r["flags"]]
    assert len(clean) == 6  # nothing else is flagged


def test_table_on_a_terminal_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(damaged_copy(tmp_path))]) == 9
    out, err = capsys.readouterr()
    assert "date-no-date" in out and "invalid-doi" in out and "Khan (2023)" in out
    assert err == "biblio: 10 references checked, 4 flagged; compared with apa\n"


def test_check_exits_9_when_a_reference_is_flagged(tmp_path: Path) -> None:
    """As the program runs it: the status of a flagged reference, the report alone on standard output (a real
    process's exit status is tested in tests/integration/test_end_to_end.py)."""
    doc = tmp_path / "paper.md"
    doc.write_text(SAMPLE.read_text(encoding="utf-8").replace("(2025, March 24)", "(2025, Mrch 24)"),
                   encoding="utf-8")
    run = run_cli("check", str(doc), "--json")
    assert run.returncode == 9, run.stderr
    flagged = [r for r in json.loads(run.stdout)["references"] if r["flags"]]
    assert len(flagged) == 1 and flagged[0]["flags"][0]["flag"] == "date-no-date"


def test_future_year_and_impossible_dates() -> None:
    item = {"issued": {"date-parts": [[2031, 2, 30]]}}
    assert {f["flag"] for f in date_flags(item, None, this_year=2026)} == {"future-year", "date-no-date"}
    assert date_flags({"issued": {"date-parts": [[2026, 2, 28]]}}, "X. (2026, February 28). T.", 2026) == []
    assert date_flags({}, "X. (n.d.-b). T.", 2026) == []
    assert [f["flag"] for f in date_flags({}, "X. (20244). T.", 2026)] == ["date-no-date"]


def test_identifier_check_digits() -> None:
    assert isbn_valid("978-0-306-40615-7") and not isbn_valid("978-0-306-40615-8")
    assert isbn_valid("0-306-40615-2") and not isbn_valid("0-306-40615-3")
    assert issn_valid("0317-8471") and issn_valid("2434-561X") and not issn_valid("0317-8472")
    assert doi_valid("10.1000/xyz.2020.45") and not doi_valid("10.99/abc") and not doi_valid("11.1000/abc")


def test_isbn_in_a_bib_file_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a, author={Smith, J.}, title={A book}, year={2020}, publisher={P},\n"
                   "  isbn={978-0-306-40615-8}}\n"
                   "@book{b, author={Smith, J.}, title={A book}, year={2020}, publisher={P}}\n", encoding="utf-8")
    code, report = run_check(capsys, str(bib))
    assert code == 9
    assert [[f["flag"] for f in r["flags"]] for r in report["references"]] == [["invalid-isbn"], ["duplicate"]]


@pytest.mark.parametrize(("source", "rendered"), [
    ("A. (2020). *Title.* <https://x.org/a_b>", "A. (2020). *Title*. https://x.org/a\\_b"),
    ("A. (2020). 'Why?'. Journal.", "A. (2020). “Why?” Journal."),
    ("A. (n.d.-a). *T*. https://x.org", "A. (n.d.). *T*. Retrieved from https://x.org"),
    ("A. (2020). Pages 4-5.", "A. (2020). Pages 4–5."),
])
def test_typography_alone_is_no_difference(source: str, rendered: str) -> None:
    assert reproduces(rendered, source), (normalise(source), normalise(rendered))


def test_a_changed_word_is_a_difference() -> None:
    assert not reproduces("A. (2020). *Title*. Journal.", "A. (2021). *Title*. Journal.")


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(list("ab1 .,;:?!*_\"'‘’“”<>-–()/") + ["https://x.org/a_b", "Retrieved ", "2020a"]),
                max_size=30).map("".join))
@example("Retrieved Retrieved https://x.org/a_b")  # a repeated "Retrieved" went in two passes
@example("_Retrieved https://x.org/a_b")  # "Retrieved" after an underscore went in the second pass
@example("<Retrieved https://x.org/a_b>")  # brackets round "Retrieved URL" went in the second pass
def test_normalise_is_idempotent_and_reflexive(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)
    assert reproduces(text, text)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=80))
def test_markdown_escaping_lets_no_raw_html_through(text: str) -> None:
    out = escape_markdown(text)
    assert "<" not in re.sub(r"<(?:https?|ftp)://[^\s<>]+>", "", out)
