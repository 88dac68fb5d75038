"""Labels a reference list sets before its entries, as translations and managers write them (an author-year label
translated into Chinese: 等人, 和, a full-width comma; a BibTeX key with a colon), and a page named by its linked
title with its full date after the link; written for these tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "label", "families"),
    [
        ("[Hinton等人，2006] Geoffrey E. Hinton, Simon Osindero, and Yee-Whye Teh. A fast learning algorithm for deep "
         "belief nets. Neural Computation, 18(7):1527–1554, 2006.", "Hinton等人，2006", ["Hinton", "Osindero", "Teh"]),
        ("[Blei和Lafferty，2006] David M. Blei and John D. Lafferty. Dynamic topic models. In ICML, 2006.",
         "Blei和Lafferty，2006", ["Blei", "Lafferty"]),
        ("[Mikolov等人, 2013] Tomas Mikolov, Kai Chen, Greg Corrado, and Jeffrey Dean. Efficient estimation of word "
         "representations in vector space. arXiv preprint arXiv:1301.3781, 2013.", "Mikolov等人, 2013",
         ["Mikolov", "Chen", "Corrado", "Dean"]),
    ],
)
def test_an_author_year_label_translated_into_chinese(text: str, label: str, families: list[str]) -> None:
    item = parse_reference(text)
    assert item["custom"]["biblio"]["label"] == label
    assert [name.get("family") for name in item["author"]] == families


@pytest.mark.parametrize(
    ("text", "label", "family"),
    [
        ("vaswani2017attention: Vaswani, A., et al. (2017). *Attention Is All You Need*. NeurIPS 2017.",
         "vaswani2017attention", "Vaswani"),
        ("lecun1998gradient: LeCun, Y., Bottou, L., Bengio, Y., & Haffner, P. (1998). *Gradient-based learning "
         "applied to document recognition*. Proceedings of the IEEE, 86(11), 2278-2324.", "lecun1998gradient", "LeCun"),
    ],
)
def test_a_bibtex_key_and_colon_before_the_entry(text: str, label: str, family: str) -> None:
    item = parse_reference(text)
    assert item["custom"]["biblio"]["label"] == label
    assert item["author"][0]["family"] == family
    assert "given" in item["author"][0]


def test_a_lower_case_word_and_year_before_another_name_is_no_key() -> None:
    item = parse_reference("smith2020: Jones, A. (2020). *A title of the work*. Publisher.")
    assert item["custom"]["biblio"].get("label") != "smith2020"


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("[Re: Patch for the lexer](https://lists.example.org/dev/2003/msg00412.html) 12 Mar 2003",
         "Re: Patch for the lexer", [2003, 3, 12]),
        ("[A retrospective of the module system](https://example.org/talks/modules.html) 2009-6-30",
         "A retrospective of the module system", [2009, 6, 30]),
    ],
)
def test_a_full_date_after_a_linked_title(text: str, title: str, date: list[int]) -> None:
    item = parse_reference(text)
    assert item["title"] == title
    assert item["issued"]["date-parts"][0] == date

