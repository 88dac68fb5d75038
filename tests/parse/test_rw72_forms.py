"""Forms of hand-written reference lists met in realworld50: a link list's paper named by its title and a bracket
(``Huang et al. "Title" (ICLR 2024) — arXiv:…``, ``"Title" (TACL 2025, MIT Press)``, ``"Title" (OpenAI, 2024)``,
``Name (NAACL 2025) — aclanthology.org/…``, ``Title (2025) — arXiv:…``); a title in sentence case before a
journal's short name in italics and the year (``Title. *J. Appl. Phys.* 2024. https://…``); the Swedish
``Tillgänglig: URL``; a reader's comment in italic brackets after the reference; an address listed first with the
page's title in italics and the day it was read (``URL, *Title*, 11-22-2019.``); the Korean book list's slashes
(``Title / Names 저 / Name 역 / Publisher / 초판 2쇄 2018년 11월 21일``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # names, a quoted title, a meeting and its year in brackets, an arXiv id after a dash
    (
        'Zhang et al. "Scaling Retrieval for Long-Context Question Answering" (NeurIPS 2023) — arXiv:2311.04567',
        {"author": [{"family": "Zhang"}], "title": "Scaling Retrieval for Long-Context Question Answering",
         "container-title": "NeurIPS 2023", "issued": {"date-parts": [[2023]]}, "page": None},
    ),
    # a journal, its year and its publisher in the bracket
    (
        '"Sparse Attention Patterns in Practice" (JMLR 2022, Microtome Publishing)',
        {"title": "Sparse Attention Patterns in Practice", "container-title": "JMLR 2022",
         "issued": {"date-parts": [[2022]]}, "publisher": "Microtome Publishing"},
    ),
    # a laboratory and the year after the names: the publisher
    (
        'Ortega et al. "Reward Hacking in Small Models" (DeepMind, 2023) — arXiv:2305.11223',
        {"author": [{"family": "Ortega"}], "title": "Reward Hacking in Small Models", "publisher": "DeepMind",
         "issued": {"date-parts": [[2023]]}},
    ),
    # an unquoted name, a meeting with its year, a domain's path after the dash
    (
        "RuleBench (EMNLP 2024) — aclanthology.org/2024.emnlp-main.101",
        {"title": "RuleBench", "container-title": "EMNLP 2024", "issued": {"date-parts": [[2024]]},
         "URL": "aclanthology.org/2024.emnlp-main.101", "author": None},
    ),
    # an unquoted title, the year alone, an arXiv id after the dash: no APA author before the year
    (
        "Verifier Collapse Study (2025) — arXiv:2507.01234",
        {"title": "Verifier Collapse Study", "issued": {"date-parts": [[2025]]}, "author": None,
         "publisher": None},
    ),
    # a title in sentence case, a journal's short name in italics, the year, the address
    (
        "Heat transfer enhancement in pin-fin heat sinks with porous inserts. *Int. J. Heat Mass Transf.* 2022. "
        "https://example.org/articles/pinfin",
        {"title": "Heat transfer enhancement in pin-fin heat sinks with porous inserts",
         "container-title": "Int. J. Heat Mass Transf", "issued": {"date-parts": [[2022]]}, "author": None},
    ),
    (
        "Adaptive meshing for coupled conjugate heat transfer problems. *CompFluids* 2021. "
        "https://example.org/articles/mesh",
        {"title": "Adaptive meshing for coupled conjugate heat transfer problems", "container-title": "CompFluids",
         "author": None},
    ),
    # the Swedish word announcing the address, a reader's comment in italic brackets after the reference
    (
        "Netlify (2025a) *Build Plugins.* Tillgänglig: https://docs.netlify.com/build-plugins "
        "(hämtad 3 mars 2025). *(Beskriver hur bygget kan utökas med egna steg före publicering.)*",
        {"author": [{"literal": "Netlify"}], "title": "Build Plugins", "URL": "https://docs.netlify.com/build-plugins",
         "accessed": {"date-parts": [[2025, 3, 3]]}, "container-title": None, "publisher": None},
    ),
    # the address, the page's title in italics, the day it was read (month first where the day's number shows it)
    (
        "https://docs.python.org/3/library/pathlib.html, *pathlib (Python 3.12)*, 03-14-2024.",
        {"URL": "https://docs.python.org/3/library/pathlib.html", "title": "pathlib (Python 3.12)",
         "accessed": {"date-parts": [[2024, 3, 14]]}, "page": None, "container-title": None},
    ),
    (
        "https://www.w3.org/TR/WCAG21/, *Web Content Accessibility Guidelines 2.1*, 21-05-2020.",
        {"URL": "https://www.w3.org/TR/WCAG21/", "title": "Web Content Accessibility Guidelines 2.1",
         "accessed": {"date-parts": [[2020, 5, 21]]}},
    ),
    # the Korean slash form: title, authors with their role word, translator, publisher, printing and date
    (
        "클린 코드(개정판) / 로버트 마틴 저 / 박재호 역 / 인사이트 / 초판 3쇄 2013년 12월 24일",
        {"title": "클린 코드", "edition": "개정판", "author": [{"family": "마틴", "given": "로버트"}],
         "translator": [{"family": "박재호"}], "publisher": "인사이트", "issued": {"date-parts": [[2013, 12, 24]]}},
    ),
    (
        "Refactoring / 마틴 파울러, 켄트 벡 공저 / 한빛미디어 / 발행 2020년 04월 01일",
        {"title": "Refactoring", "author": [{"family": "파울러", "given": "마틴"}, {"family": "벡", "given": "켄트"}],
         "publisher": "한빛미디어", "issued": {"date-parts": [[2020, 4, 1]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw72_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
