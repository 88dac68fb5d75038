# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""A Pluto notebook's Markdown cells (``md\"\"\"…\"\"\"``); the heading a LaTeX source gives its bibliography
(``\\renewcommand{\\refname}{…}``); a list marked as references in HTML under a heading of the text. The examples are
written for these tests."""

from __future__ import annotations

from biblio.api import read_document


def _read(text: str, name: str) -> list[tuple[str | None, str]]:
    return [(item["custom"]["biblio"].get("section"), item["custom"]["biblio"]["source"])
            for item in read_document(text, name).items]


_PLUTO = '''### A Pluto.jl notebook ###
# v0.19.0

using Markdown
using InteractiveUtils

# ╔═╡ 0a1b2c3d-0000-4000-8000-000000000001
md"""## Einleitung

Ein Text mit einem Zitat [1].
"""

# ╔═╡ 0a1b2c3d-0000-4000-8000-000000000002
x = 1 + 1

# ╔═╡ 0a1b2c3d-0000-4000-8000-000000000003
md"""## Quellen

[1] Knuth, D. E. 1997: The Art of Computer Programming, Addison-Wesley, Reading.\\

[2] Wirth, N. 1976: Algorithms + Data Structures = Programs, Prentice-Hall, Englewood Cliffs.
"""

# ╔═╡ 0a1b2c3d-0000-4000-8000-000000000004
md"""## Anhang"""

# ╔═╡ Cell order:
# ╟─0a1b2c3d-0000-4000-8000-000000000001
'''


def test_a_pluto_notebook_s_markdown_cells_are_read() -> None:
    found = _read(_PLUTO, "notizen.jl")
    assert [section for section, _ in found] == ["Quellen", "Quellen"]
    assert found[0][1].startswith("Knuth") and found[1][1].startswith("Wirth")


_RENAMED = r"""\documentclass{article}
\renewcommand{\refname}{Referencias}
\begin{document}
Texto \cite{k}.
\begin{thebibliography}{9}
\bibitem{k} D.~E. Knuth, \emph{The Art of Computer Programming}, Addison-Wesley, 1997.
\end{thebibliography}
\end{document}
"""


def test_the_bibliography_takes_the_name_the_source_gives_it() -> None:
    assert [section for section, _ in _read(_RENAMED, "nota.tex")] == ["Referencias"]
    book = _RENAMED.replace("{article}", "{book}").replace("refname}{Referencias", "bibname}{Literatur")
    assert [section for section, _ in _read(book, "buch.tex")] == ["Literatur"]
    # a name LaTeX would have to typeset (an accent command) is not read: the class's heading stands
    accented = _RENAMED.replace("{Referencias}", "{Bibliograf\\'{\\i}a}")
    assert [section for section, _ in _read(accented, "nota.tex")] == ["References"]


_UNDER_TEXT_HEADING = """<html><body>
<h2 id="divisibilidade">Divisibilidade</h2>
<p><strong>Definição 1</strong>. <em>Dizemos que d divide n se existir q tal que n = dq.</em></p>
<h2 class="unnumbered" id="exemplos">Exemplos</h2>
<div id="refs" class="references csl-bib-body hanging-indent" role="list">
<div id="ref-a" class="csl-entry" role="listitem">
Hefez, Abramo. 2016. <em>Aritmética</em>. Rio de Janeiro: SBM.
</div>
<div id="ref-b" class="csl-entry" role="listitem">
Lang, Serge. 1987. <em>Undergraduate Algebra</em>. New York: Springer.
</div>
</div>
</body></html>
"""


def test_a_marked_list_under_a_heading_of_the_text_is_a_reference_list_of_its_own() -> None:
    found = _read(_UNDER_TEXT_HEADING, "notas.html")
    assert [section for section, _ in found] == ["References", "References"]
    assert found[0][1].startswith("Hefez") and found[1][1].startswith("Lang")
    # under a heading that names it, the list keeps that heading
    named = _UNDER_TEXT_HEADING.replace(">Exemplos<", ">Bibliografia<")
    assert [section for section, _ in _read(named, "notas.html")] == ["Bibliografia", "Bibliografia"]


def test_a_backslash_closing_each_entry_s_paragraph_is_no_text() -> None:
    text = ("# Notizen\n\n## Quellen\n\n[1] Knuth, D. E. 1997: The Art of Computer Programming, Addison-Wesley, Reading.\\\n\n"
            "[2] Smith, B. M. 2001: Constructing phase transitions, Theoretical Computer Science, 265 (1), pp. 265-283, "
            "https://doi.org/10.1016/S0304-3975(01)00166-9\\\n")
    items = read_document(text, "notizen.md").items
    sources = [item["custom"]["biblio"]["source"] for item in items]
    assert sources[0].endswith("Reading.") and sources[1].endswith("(01)00166-9")
    assert items[1]["DOI"] == "10.1016/S0304-3975(01)00166-9"
