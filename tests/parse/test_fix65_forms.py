"""A site's name before a page's title, an edition spelled out after a title's comma, a one-word journal after a
title holding commas, and the abbreviated ``At. Data Nucl. Data Tables``: each read as the sets store it."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.normalisers.names import names_from_span
from tests.parse.form_cases import assert_read_as

# a README's list of links: the site the address points to (its domain, or its name as one word) is the
# container, the link's words the page's title; a person's name stays the author's
SITE_THEN_PAGE = [
    (
        "Wikipedia, [UTF-8](https://en.wikipedia.org/wiki/UTF-8)",
        {"container-title": "Wikipedia", "title": "UTF-8", "author": None},
    ),
    (
        "2ality.com, [JavaScript has a Unicode problem](https://2ality.com/2013/09/javascript-unicode.html)",
        {"container-title": "2ality.com", "title": "JavaScript has a Unicode problem", "author": None},
    ),
    (
        "GitHub, [Unicode support in Rust](https://github.com/rust-lang/rfcs/issues/1234)",
        {"container-title": "GitHub", "title": "Unicode support in Rust"},
    ),
    (
        "Wikipedia, UTF-16. https://en.wikipedia.org/wiki/UTF-16",
        {"container-title": "Wikipedia", "title": "UTF-16"},
    ),
    (
        "[1] Wikipedia, https://en.wikipedia.org/wiki/Otsu's_Method",
        {"container-title": "Wikipedia", "title": None},
    ),
    (
        "Mathias Bynens, [JavaScript has a Unicode problem](https://mathiasbynens.be/notes/javascript-unicode)",
        {"author": [{"family": "Bynens", "given": "Mathias"}], "title": "JavaScript has a Unicode problem"},
    ),
]


# an edition written out in words (or as an ordinal with a capital "Edition") after the title's comma, in APA's
# order: the edition apart, as the sets store ", Third Edition" and "(Second Edition)"; after a colon it stays
EDITION_IN_TITLE = [
    (
        "Chung, K. L. (2001). A Course in Probability Theory, Third Edition. Academic Press.",
        {"title": "A Course in Probability Theory", "edition": "3"},
    ),
    (
        "Kernighan, B. W., & Ritchie, D. M. (1988). The C Programming Language, Second edition. Prentice Hall.",
        {"title": "The C Programming Language", "edition": "2"},
    ),
    (
        "Schneier, B. (1996). Applied Cryptography, Second Edition. John Wiley & Sons.",
        {"title": "Applied Cryptography", "edition": "2"},
    ),
    (
        "Hastie, T., Tibshirani, R., & Friedman, J. (2009). The Elements of Statistical Learning: Data Mining, "
        "Inference, and Prediction, Second Edition. Springer.",
        {"title": "The Elements of Statistical Learning: Data Mining, Inference, and Prediction", "edition": "2"},
    ),
    (
        "Sutton, R. S. and Barto, A. G. (2018). Reinforcement Learning: An Introduction, 2nd Edition. MIT Press.",
        {"title": "Reinforcement Learning: An Introduction", "edition": "2"},
    ),
    (
        "Nauert, Charles G. (2006). *Humanism and the Culture of Renaissance Europe: Second Edition*. Cambridge: "
        "Cambridge University Press.",
        {"title": "Humanism and the Culture of Renaissance Europe: Second Edition", "edition": None},
    ),
]


# APS's title holding commas before a journal named by one word: the last comma parts them
ONE_WORD_JOURNAL = [
    (
        "[26] N. Hörnedal, N. Carabba, K. Takahashi, and A. del Campo, Geometric Operator Quantum Speed Limit, "
        "Wegner Hamiltonian Flow and Operator Growth, Quantum 7, 1055 (2023).",
        {
            "title": "Geometric Operator Quantum Speed Limit, Wegner Hamiltonian Flow and Operator Growth",
            "container-title": "Quantum",
            "volume": "7",
            "page": "1055",
        },
    ),
    (
        "[5] A. B. Smith and C. D. Jones, Thermodynamics of Quantum Measurement, Entanglement and Decoherence, "
        "Entropy 25, 1234 (2023).",
        {"title": "Thermodynamics of Quantum Measurement, Entanglement and Decoherence", "container-title": "Entropy"},
    ),
    (
        "[11] K. Funo, N. Shiraishi, and K. Saito, Speed Limit for Open Quantum Systems, Decoherence and "
        "Dissipation, Physics 3, 12 (2021).",
        {"title": "Speed Limit for Open Quantum Systems, Decoherence and Dissipation", "container-title": "Physics"},
    ),
    (
        # the title's first part after the list closed by its "and" is no third person's name
        "[12] C. Lu and X. Tang, Krylov Complexity, Operator Growth and Quantum Chaos, Quantum 6, 738 (2022).",
        {
            "author": [{"family": "Lu", "given": "C."}, {"family": "Tang", "given": "X."}],
            "title": "Krylov Complexity, Operator Growth and Quantum Chaos",
            "container-title": "Quantum",
        },
    ),
    (
        "[3] A. Smith and B. Jones, Speed Limits, Flows and Growth, Quantum 5, 402 (2021).",
        {
            "author": [{"family": "Smith", "given": "A."}, {"family": "Jones", "given": "B."}],
            "title": "Speed Limits, Flows and Growth",
        },
    ),
    (
        "[10] M. Y. Kim, Topological Phases, Edge States and Transport, Nature 592, 45 (2021).",
        {"title": "Topological Phases, Edge States and Transport", "container-title": "Nature"},
    ),
]


# "At. Data Nucl. Data Tables": after a title's comma (its own full stops are no sentence's), and alone after the
# names in the Elsevier order (volume, bracketed year, page)
AT_DATA = [
    (
        "[15] I. Angeli and K. Marinova, Table of experimental nuclear ground state charge radii: An update, At. Data "
        "Nucl. Data Tables 99, 69 (2013).",
        {
            "title": "Table of experimental nuclear ground state charge radii: An update",
            "container-title": "At. Data Nucl. Data Tables",
            "volume": "99",
            "page": "69",
        },
    ),
    (
        "I. Angeli, K.P. Marinova, At. Data Nucl. Data Tables 99 (2013) 69.",
        {"title": None, "container-title": "At. Data Nucl. Data Tables", "volume": "99", "page": "69"},
    ),
    (
        "P. Möller, A.J. Sierk, T. Ichikawa, H. Sagawa, At. Data Nucl. Data Tables 109–110 (2016) 1.",
        {"title": None, "container-title": "At. Data Nucl. Data Tables", "volume": "109-110", "page": "1"},
    ),
    (
        "[3] A. Sobiczewski, Radiochim. Acta 99, 395 (2011).",
        {"title": None, "container-title": "Radiochim. Acta", "volume": "99", "page": "395"},
    ),
]


# a body's capitals before an organisation's word open a list of bodies too: no given name and family name
BODY_IN_LIST = [
    (
        "SIL International, NRSI: Unicode Character Encoding Model. "
        "https://scripts.sil.org/cms/scripts/page.php?id=IWS-Chapter03",
        {
            "author": [{"literal": "SIL International"}, {"literal": "NRSI"}],
            "title": "Unicode Character Encoding Model",
        },
    ),
    (
        "SIL International, NRSI: Unicode Character Encoding Model",
        {"author": [{"literal": "SIL International"}, {"literal": "NRSI"}]},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [*SITE_THEN_PAGE, *EDITION_IN_TITLE, *ONE_WORD_JOURNAL, *AT_DATA, *BODY_IN_LIST]
)
def test_form_read_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("SIL International, NRSI:", [{"literal": "SIL International"}, {"literal": "NRSI"}]),
        ("IBM Research, J. Smith", [{"literal": "IBM Research"}, {"family": "Smith", "given": "J."}]),
        ("JRR Tolkien, CS Lewis", [{"family": "Tolkien", "given": "JRR"}, {"family": "Lewis", "given": "CS"}]),
    ],
)
def test_capitals_body_among_names(span: str, expected: list[dict[str, str]]) -> None:
    assert names_from_span(span) == expected
