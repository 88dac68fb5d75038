"""Formatted output keeps every reference's text, and markup from the data stays inert."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli import main
from biblio.csl.formatters import escape_markdown
from biblio.formats import styled
from biblio.parse import parse_reference
from biblio.records.keys import with_ids

UNPARSED = "Human Rights Watch. (20244). *Pakistan: <script>alert(1)</script> rights & wrongs*. <https://hrw.org/a_b>"
PARSED = "Smith, J. (2020). Title here. *Journal*, *3*(2), 4–5. https://doi.org/10.1000/x_y"
# What each format makes of the unparsed reference's text: the whole of it, escaped, after "[?]".
EXPECTED = {
    "text": "[?] " + UNPARSED,
    "html": "[?] Human Rights Watch. (20244). *Pakistan: &#60;script&#62;alert(1)&#60;/script&#62; rights &#38; "
            "wrongs*. &#60;https://hrw.org/a_b&#62;",
    "markdown": "[?] Human Rights Watch. (20244). \\*Pakistan: &lt;script>alert(1)&lt;/script> rights & wrongs\\*. "
                "<https://hrw.org/a_b>",
    "latex": "[?] Human Rights Watch. (20244). *Pakistan: \\textless{}script\\textgreater{}alert(1)"
             "\\textless{}/script\\textgreater{} rights \\& wrongs*. \\textless{}https://hrw.org/a\\_b\\textgreater{}",
    "rtf": "[?] Human Rights Watch. (20244). *Pakistan: <script>alert(1)</script> rights & wrongs*. "
           "<https://hrw.org/a_b>",
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    # parsed as given (a document reader would already drop the HTML tags as markup)
    return with_ids([parse_reference(UNPARSED), parse_reference(PARSED)])


@pytest.mark.parametrize("output_format", styled.OUTPUT_FORMATS)
@pytest.mark.parametrize("style", ["apa", "ieee"])
def test_an_unparsed_reference_keeps_its_text(items: list[dict], output_format: str, style: str) -> None:
    assert {"unparsed", "unparsed-remainder", "needs-review"} & set(items[0]["custom"]["biblio"]["flags"])
    out = styled.render(items, style, output_format)
    assert EXPECTED[output_format] in out
    assert "Title here" in out  # the parsed reference is rendered by the style as before
    assert "<script>" not in out or output_format in ("text", "latex", "rtf")


def test_markdown_urls_are_autolinks_without_escapes(items: list[dict]) -> None:
    out = styled.render(items, "apa", "markdown")
    assert "<https://doi.org/10.1000/x_y>" in out and "\\_" not in out


@pytest.mark.parametrize(("data", "escaped"), [
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("[click](https://evil.example)", "[click\\](<https://evil.example>)"),
    ("snake_case _emphasis_ *bold*", "snake_case \\_emphasis\\_ \\*bold\\*"),
    ("&amp; stays text", "&amp;amp; stays text"),
    ("see https://x.org/a_(b)_c). End", "see <https://x.org/a_(b)_c>). End"),
])
def test_markdown_escaping(data: str, escaped: str) -> None:
    assert escape_markdown(data) == escaped


def test_html_output_of_a_title_with_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "refs.json"
    data.write_text('[{"id": "a", "type": "book", "title": "<script>alert(1)</script>", "issued": '
                    '{"date-parts": [[2020]]}, "author": [{"family": "O\'Neil", "given": "A."}]}]', encoding="utf-8")
    for markup in ("html", "markdown"):
        assert main(["export", str(data), "--to", "apa", "--format", markup, "-q"]) == 0
        out = capsys.readouterr().out
        assert "<script>" not in out and "alert(1)" in out


def test_a_scheme_alone_is_no_autolink() -> None:
    # found by the atheris target benchmarks/fuzz/fuzz.py markdown
    assert escape_markdown("see https://. <b>") == "see https://. &lt;b>"
