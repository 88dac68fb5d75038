"""Formatted references as LaTeX and RTF that drop into a document.

The LaTeX test compiles ONE document with the real pdflatex, whose preamble loads only
``\\usepackage[T1]{fontenc}`` and ``\\usepackage{url}``, and reads the PDF's text back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from biblio.csl import compile_style, render
from biblio.csl.formatters import escape_latex, latex_text
from biblio.styles import style_xml

# every LaTeX special character, TeX ligatures in data, URLs with % # _ ~ and a DOI
ITEMS: list[dict[str, Any]] = [
    {"id": "a", "type": "article-journal", "title": "R&D: 50% of $ budgets, #1 priority_x ~ ^ \\ {braces} <a> | b",
     "author": [{"family": "Müller", "given": "Jörg"}, {"family": "Wójcik", "given": "Łukasz"}],
     "container-title": "Journal of Applied Economics", "volume": "12", "page": "101--120",
     "DOI": "10.1000/j.jae_2020.03", "issued": {"date-parts": [[2020, 3, 15]]}},
    {"id": "b", "type": "webpage", "title": "Pages -- and --- dashes, ``quotes'' ,,low'' !` ?` <<guillemets>>",
     "author": [{"literal": "Human Rights Watch"}], "URL": "https://example.org/a_b/~c/100%25?q=1&r=2#frag",
     "accessed": {"date-parts": [[2024, 1, 5]]}, "issued": {"date-parts": [[2023]]}},
    {"id": "c", "type": "book", "title": "Ørsted, Æther and naïve café résumés: “quotes” – en dash … ellipsis",
     "author": [{"family": "Østergaard", "given": "Søren"}], "publisher": "Harper & Row",
     "publisher-place": "New York", "issued": {"date-parts": [[1970]]}},
]
STYLES = ("apa", "chicago-author-date", "ieee", "modern-language-association")


def test_latex_escapes_specials_and_ligatures() -> None:
    assert escape_latex("a--b") == "a-{}-b"
    assert escape_latex("a---b") == "a-{}-{}-b"
    assert escape_latex("<<x>> | y") == r"\textless{}\textless{}x\textgreater{}\textgreater{} \textbar{} y"
    assert escape_latex("``a'' ,,b") == r"\textasciigrave{}\textasciigrave{}a'{}' ,{},b"
    assert escape_latex("100% & $ # _ ^ ~ \\ { }") == \
        r"100\% \& \$ \# \_ \textasciicircum{} \textasciitilde{} \textbackslash{} \{ \}"


def test_urls_become_url_commands() -> None:
    assert latex_text("See https://ex.org/a_b%20c#x.") == r"See \url{https://ex.org/a_b%20c#x}."
    assert latex_text("(https://en.wikipedia.org/wiki/A_(b))") == r"(\url{https://en.wikipedia.org/wiki/A_(b)})"
    # inside another command's argument \url cannot read % verbatim: escaped text instead
    assert latex_text("https://ex.org/a%20", nested=True) == r"https://ex.org/a\%20"
    out = render(style_xml("apa"), ITEMS, None, "latex")
    assert r"\url{https://doi.org/10.1000/j.jae_2020.03}" in out
    assert r"\url{https://example.org/a_b/~c/100%25?q=1&r=2#frag}" in out


def test_latex_compiles_with_t1_and_url_only(tmp_path: Path) -> None:
    if shutil.which("pdflatex") is None or shutil.which("pdftotext") is None:
        pytest.skip("needs pdflatex and pdftotext (Debian texlive-latex-base, poppler-utils)")
    body = []
    for style in STYLES:
        body.append(f"\\section*{{{style}}}")
        body.extend(e + "\n" for e in compile_style(style_xml(style)).bibliography(ITEMS, "latex"))
    doc = ("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n\\begin{document}\n"
           + "\n".join(body) + "\n\\end{document}\n")
    (tmp_path / "refs.tex").write_text(doc, encoding="utf-8")
    run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "refs.tex"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:]
    log = (tmp_path / "refs.log").read_text(encoding="latin-1")
    assert "Missing character" not in log
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", "refs.pdf", "-"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60).stdout
    flat = " ".join(txt.split())
    # what the data says reaches the page: no dash or quote ligature, no stray glyph
    for want in ("R&D: 50% of $ budgets, #1 priority_x ~ ^ \\ {braces} <a> | b", "--- dashes", "<<guillemets>>",
                 "!` ?`", "Østergaard", "café résumés", "101–120"):
        assert want in flat, (want, flat[:3000])
    assert "example.org/a_b/~c/100%25?q=1&r=2#frag" in flat.replace(" ", "")


def test_rtf_is_a_complete_document() -> None:
    doc = render(style_xml("apa"), ITEMS, None, "rtf")
    assert doc.startswith("{\\rtf1\\ansi") and "\\fonttbl" in doc and doc.rstrip().endswith("}")
    assert doc.count("{") == doc.count("}") + doc.count("\\{") - doc.count("\\}")
    assert doc.count("\\par}") == 3
    assert "{\\i{}Journal of Applied Economics}" in doc
    assert "M\\uc0\\u252{}ller" in doc  # ü as an RTF Unicode escape
