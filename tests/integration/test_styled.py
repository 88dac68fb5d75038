"""Formatted references through the CLI: engines, markups, locales, order."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


def export(*args: str) -> str:
    run = run_cli("export", *args)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_apa_bibliography_is_in_the_styles_order() -> None:
    lines = export("--to", "apa").splitlines()
    assert len(lines) == 11
    authors = [line.split(". (")[0] for line in lines]
    # apa.csl sorts by author, then date (a literal name sorts as written, as in citeproc-js)
    assert authors == sorted(authors)
    assert authors[:3] == ["Al Jazeera", "Al Jazeera", "Amnesty International"]
    guardian = [line for line in lines if line.startswith("The Guardian")]
    assert [g.split("(")[1][:4] for g in guardian] == ["2024", "2025", "2026"]


def test_markups() -> None:
    html = export("--to", "chicago", "--format", "html")
    assert html.startswith('<div class="csl-bib-body">\n  <div class="csl-entry">') and html.count("csl-entry") == 11
    latex = export("--to", "apa", "--format", "latex")
    assert r"\emph{Human rights in Pakistan}" in latex and "<i>" not in latex
    rtf = export("--to", "apa", "--format", "rtf")
    assert rtf.startswith("{\\rtf1") and rtf.rstrip().endswith("}") and rtf.count("\\par}") == 11
    markdown = export("--to", "apa", "--format", "markdown")
    assert "*Human rights in Pakistan*" in markdown


def test_locale_changes_terms_and_dates() -> None:
    german = export("--to", "chicago-notes", "--locale", "de-DE")
    assert "Januar 2026" in german and "„" in german


def test_citeproc_py_engine_stays_available() -> None:
    text = export("--to", "apa", "--engine", "citeproc-py")
    assert "Human Rights Watch. (2024, July 31). Pakistan: Respect rights" in text


@pytest.mark.parametrize("style", ["mla", "ieee", "harvard", "modern-language-association"])
def test_other_styles_render_every_reference(style: str) -> None:
    out = export("--to", "csl", "--style", style)
    assert len([line for line in out.splitlines() if line.strip()]) == 11


def test_numeric_labels_stand_apart_from_entries_outside_html() -> None:
    for style, first in (("ieee", "[1] "), ("nature", "1. ")):
        for markup in ("text", "markdown"):
            out = export("--to", "csl", "--style", style, "--format", markup)
            assert out.startswith(first) and not out.startswith(first + " "), out[:40]
