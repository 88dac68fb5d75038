"""Real documents, round docs48 (tests/data/documents/PROVENANCE.md): a footnote citing two works one after the
other, and a page's own "cite us" BibTeX block before its footnoted references."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.references.notes import note_citations


def _sources(text: str, name: str = "page.md") -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


@pytest.mark.parametrize(("note", "works"), [
    # two works in a row, each with names, a quoted title and a year
    ('Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361, 2020. Hoffmann et al., '
     '"Training Compute-Optimal Large Language Models" (Chinchilla), arXiv:2203.15556, 2022.', ["Kaplan", "Hoffmann"]),
    ('Mary Smith, "First Title," Journal 1 (1990): 2. Peter Jones, "Second," Journal 2 (1991): 3.',
     ["Mary Smith", "Peter Jones"]),
    # "See also" before the second, a full stop inside the first one's title
    ('Smith, J. "Reading Capital. A Study." Journal of Things 3 (2020): 1-4. See also Jones, K., "Other Work," '
     'Review 5 (2019): 7.', ["Smith", "Jones"]),
    ('Smith, J., "Reading Capital", Verso, 2020; Jones, K., "Other Work", Review 5, 2019.', ["Smith", "Jones"]),
    # one work whose title holds a full stop, or with its book's editor after the title
    ('Smith, J. 2020. "Title. Subtitle Here." In Jones, K., ed., *Book Title*. London: Verso.', ["Smith"]),
    ("Smith, John. *Reading Capital. Politics and Things*. London: Verso, 2020.", ["Smith"]),
])
def test_a_note_citing_works_in_a_row_gives_each(note: str, works: list[str]) -> None:
    found = note_citations(note)
    assert [w for w, text in zip(works, found, strict=True) if text.startswith(w)] == works


def test_a_footnote_citing_two_works_gives_two_records() -> None:
    text = ("Text.[^10]\n\n[^10]: Kaplan et al., \"Scaling Laws for Neural Language Models\", arXiv:2001.08361, 2020. "
            "Hoffmann et al., \"Training Compute-Optimal Large Language Models\" (Chinchilla), arXiv:2203.15556, "
            "2022. 见《Transformer 列传》§3.2。\n")
    sources = _sources(text)
    assert [s[:8] for s in sources] == ["Kaplan e", "Hoffmann"]


_BIBTEX = ("```bibtex\n@misc{asura2025,\n  title        = {ASURA: Asymptotically Universal Recursive Architecture},\n"
           "  author       = {Neel Gupta},\n  year         = {2025},\n}\n```\n")
_NOTES = ("[^1]: Vaswani et al. “Attention Is All You Need.” 2017. [link](https://arxiv.org/abs/1706.03762)\n\n"
          "[^2]: Ioffe & Szegedy. “Batch Normalization.” 2015. [link](https://proceedings.mlr.press/v37/ioffe15.html)\n")


def test_a_page_s_own_cite_us_block_before_its_references_is_no_reference() -> None:
    text = f"If you find this work useful, you can cite us by:\n\n{_BIBTEX}\n# References\n\n{_NOTES}"
    assert [s[:7] for s in _sources(text)] == ["Vaswani", "Ioffe &"]


def test_a_cite_section_of_its_own_keeps_its_entry() -> None:
    # under a heading of its own ("Citing"), the block is what the README lists: read as before
    text = f"## Citing\n\nIf you find this work useful, please cite:\n\n{_BIBTEX}\n# References\n\n{_NOTES}"
    assert [s[:7] for s in _sources(text)] == ["@misc{a", "Vaswani", "Ioffe &"]


def test_hard_breaks_inside_one_entry_keep_its_imprint() -> None:
    # an mdBook page: names, title and imprint on lines of their own, ended by two-space hard breaks
    text = ("# Bibliography\n\n**Smith, J.**  \n*A Study of Things*  \nMIT Press, 2020.\n\n"
            "**Jones, K.**  \n*Another Study*  \nVerso, 2019.\n")
    assert _sources(text, "book.md") == ["Smith, J. *A Study of Things*. MIT Press, 2020.",
                                        "Jones, K. *Another Study*. Verso, 2019."]
