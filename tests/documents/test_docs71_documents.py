"""A line of inline code in triple backticks is no code fence; a Markdown file's raw LaTeX ``thebibliography`` is its
list; a link to ``www.doi.org`` gives the DOI; a Sources list's remarks after links and a last link left unclosed;
``Given Family, Title, House, Year.`` is no short note. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.api import read_document
from biblio.errors import NoReferences


def _items(text: str, name: str = "notes.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_INLINE_CODE_LINE = """# Requirements

A relative path is relative to the tool's folder, such as:
```.\\input.bin```

#### Sources

* [Arithmetic coding on Wikipedia](https://en.wikipedia.org/wiki/Arithmetic_coding)
* [Range Coding Explained](https://example.org/range-coding/)
"""


def test_triple_backticks_closing_on_their_line_are_inline_code_not_a_fence() -> None:
    items = _items(_INLINE_CODE_LINE)
    assert [item["title"] for item in items] == ["Arithmetic coding on Wikipedia", "Range Coding Explained"]
    assert items[1]["URL"] == "https://example.org/range-coding/"


def test_a_real_fence_still_hides_the_list_it_shows() -> None:
    text = """# Writing a page

```markdown
## References

- Doe, J. (2001). An example shown in code. Journal of Examples, 1(2), 3-4.
```

Nothing else here.
"""
    with pytest.raises(NoReferences):
        _items(text)


_RAW_LATEX_LIST = """\\cleardoublepage

\\bibname
\\begin{thebibliography}{9}

\\bibitem[Marlow(2003)]{marlow}
  Peter Marlow,
  Notes on the Quiet Harbour,
  Northgate Press,
  2003.

\\bibitem[Ives(2010)]{ives}
  Ruth Ives,
  A Short Guide to Essays,
  Harbourside Books,
  2010.

\\end{thebibliography}
"""


def test_a_markdown_files_raw_latex_thebibliography_is_its_list() -> None:
    items = _items(_RAW_LATEX_LIST, "bib.md")
    assert [item["author"][0]["family"] for item in items] == ["Marlow", "Ives"]
    assert items[1]["issued"] == {"date-parts": [[2010]]}


def test_a_thebibliography_shown_in_a_code_block_is_an_example_not_the_list() -> None:
    text = """# Bibliographies in LaTeX

```latex
\\begin{thebibliography}{9}
\\bibitem{knuth} Donald Knuth, The Example Book, Example Press, 1984.
\\end{thebibliography}
```

## References

- Hale, M. (2015). *Typesetting for Writers*. Lantern House.
"""
    items = _items(text, "tutorial.md")
    assert [item["title"] for item in items] == ["Typesetting for Writers"]


_RST_DOI_LINKS = """Results
-------

The method follows [1]_ and [2]_.

References
----------

.. [1]  A. B. Carter, “`A lattice method for elastic plates <https://www.doi.org/10.1234/plates.2001.17>`_,”
   J. Elast., vol. 12, no. 3, pp. 44–59, 2001.
.. [2]  C. Dunmore, “`Meshes and their limits <https://publisher.example.org/meshes>`_,”
   Comput. Mech., vol. 8, pp. 1–9, 1999.
"""


def test_a_linked_title_whose_target_is_a_www_doi_link_gives_the_doi_and_no_url() -> None:
    first, second = _items(_RST_DOI_LINKS, "methods.rst")
    assert first["title"] == "A lattice method for elastic plates"
    assert first["DOI"] == "10.1234/plates.2001.17"
    assert "URL" not in first
    # a linked title to a publisher's page stays its URL
    assert second["URL"] == "https://publisher.example.org/meshes"
    assert "DOI" not in second


_SOURCES_WITH_REMARKS = """# Compression notes

#### Sources

* [Arithmetic coding on Wikipedia](https://en.wikipedia.org/wiki/Arithmetic_coding) (used as a starting point)
* [Range Coding Explained](https://example.org/range-coding/) (2019)
* [Adaptive Models on Example Wiki](https://example.org/adaptive-models/
"""


def test_a_lowercase_remark_in_brackets_after_a_link_is_no_part_of_the_title() -> None:
    items = _items(_SOURCES_WITH_REMARKS)
    assert items[0]["title"] == "Arithmetic coding on Wikipedia"
    assert items[0]["URL"] == "https://en.wikipedia.org/wiki/Arithmetic_coding"
    # the remark is kept as the entry's annotation, not lost
    assert items[0]["custom"]["biblio"]["annotation"] == "used as a starting point"
    # a year in brackets after the link is the work's date
    assert items[1]["title"] == "Range Coding Explained"
    assert items[1]["issued"] == {"date-parts": [[2019]]}


def test_a_last_item_link_left_unclosed_is_still_a_link() -> None:
    last = _items(_SOURCES_WITH_REMARKS)[2]
    assert last["title"] == "Adaptive Models on Example Wiki"
    assert last["URL"] == "https://example.org/adaptive-models/"


def test_given_name_first_then_title_house_and_year_is_a_reference_not_a_short_note() -> None:
    text = """## Bibliography

- Peter Marlow, Coastal Survey Methods, Northgate Press, 2003.
- Ruth Ives, A Short Guide to Essays, Harbourside Books, 2010.
"""
    items = _items(text)
    assert [item["author"][0]["family"] for item in items] == ["Marlow", "Ives"]


def test_family_names_then_a_year_stay_a_short_note() -> None:
    text = """## Notes

1. Hale, Ortiz, Brandt 2014.

## Bibliography

- Hale, M., Ortiz, J., & Brandt, K. (2014). Tidal patterns of small harbours. *Coastal Letters*, 3(2), 11-19.
"""
    items = _items(text)
    assert len(items) == 1
    assert items[0]["title"] == "Tidal patterns of small harbours"


_LATEX_IN_MARKDOWN = r"""## References {.unnumbered}

Ad\'amek, R. and Vr\v{s}ka, T., 2021. Counting Shore Birds. \textit{Coastal Letters}, 4(2), pp.10--19. \url{https://doi.org/10.5555/cl.42}

Okafor, N., 2019. *River Surveys in Practice*. Lantern House.
"""


def test_latex_text_commands_in_a_markdown_reference_are_read_as_latex_prints_them() -> None:
    first, second = _items(_LATEX_IN_MARKDOWN, "draft.qmd")
    assert [a["family"] for a in first["author"]] == ["Adámek", "Vrška"]
    assert first["container-title"] == "Coastal Letters"
    assert first["DOI"] == "10.5555/cl.42"
    assert "URL" not in first
    # a plain Markdown entry beside it stays as it is
    assert second["title"] == "River Surveys in Practice"


def test_latex_shown_in_a_code_span_is_left_as_written() -> None:
    text = r"""## References

- Okafor, N. (2019). *Writing `\textit{}` by hand*. Lantern House.
"""
    assert r"\textit{}" in _items(text)[0]["custom"]["biblio"]["source"]


def test_a_bibtex_block_shown_as_code_keeps_its_latex() -> None:
    text = """# Harbour tools

## Citation

```bibtex
@misc{marlow2021harbour,
  title={Harbour Tools},
  author={Marlow, Peter},
  year={2021},
  howpublished={\\url{https://example.org/harbour-tools}}
}
```
"""
    (item,) = _items(text, "README.md")
    assert item["title"] == "Harbour Tools"
    assert item["URL"] == "https://example.org/harbour-tools"
