"""Forms of physics, meteorology and statistics reference lists (``sci_real7.jsonl``): the APS's
``Names, Title, Journal **vol** , page (year).`` as a PDF extraction gives it, with a journal opening with a
clause that ends on a link word (``Review of Scientific Instruments``) or with a lower-case brand (``npj Quantum
Information``). The examples are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.link_words import title_ends_on_link_word
from biblio.parse.mends.titles_journal_abbrev import brand_head_before_journal
from biblio.parse.spans import Span

from .test_assemble import spans_of
from .test_mends_humanities import labelled

Mend = Callable[[list[Span], str], list[Span]]

# (mend, text, the model's spans, the title and the journal after the mend)
SPAN_CASES: list[tuple[Mend, str, list[tuple[str, str]], str, str]] = [
    (
        title_ends_on_link_word,
        "7 A. Lee and B. Roe, Pulsed spin echoes in dilute solids, Review of Scientific Instruments **31** , 12 "
        "(1960).",
        [
            ("citation-number", "7"),
            ("author", "A. Lee and B. Roe,"),
            ("title", "Pulsed spin echoes in dilute solids, Review of"),
            ("journal", "Scientific Instruments"),
            ("volume", "**31** ,"),
            ("pages", "12"),
            ("date", "(1960)."),
        ],
        "Pulsed spin echoes in dilute solids",
        "Review of Scientific Instruments",
    ),
    (
        brand_head_before_journal,
        "C. Park and D. Ward, Error budgets of coupled resonators, npj Quantum Information 5, 44 (2019).",
        [
            ("author", "C. Park and D. Ward,"),
            ("title", "Error budgets of coupled resonators, npj Quantum"),
            ("journal", "Information"),
            ("volume", "5,"),
            ("pages", "44"),
            ("date", "(2019)."),
        ],
        "Error budgets of coupled resonators",
        "npj Quantum Information",
    ),
]


@pytest.mark.parametrize(("mend", "text", "read", "title", "journal"), SPAN_CASES)
def test_the_journal_opens_after_the_title_comma(
    mend: Mend, text: str, read: list[tuple[str, str]], title: str, journal: str
) -> None:
    mended = labelled(mend(spans_of(text, read), text))
    assert ("title", title) in mended
    assert ("journal", journal) in mended


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "160 S. Meiboom and D. Gill, Modified spin-echo method for measuring nuclear relaxation times, "
            "Review of Scientific Instruments **29** , 688 (1954).",
            "Modified spin-echo method for measuring nuclear relaxation times",
            "Review of Scientific Instruments",
        ),
        (
            "41 J. M. Gambetta, J. M. Chow, and M. Steffen, Building logical qubits in a superconducting quantum "
            "computing system, npj Quantum Information **3** , 2 (2017).",
            "Building logical qubits in a superconducting quantum computing system",
            "npj Quantum Information",
        ),
    ],
)
def test_physics_journal_after_the_title(text: str, title: str, journal: str) -> None:
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == journal


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "A. Gelman, J.B. Carlin, H.S. Stern, and D.B. Rubin. Bayesian Data Analysis, Second Edition. Chapman and "
            "Hall/CRC, Boca Raton, FL, 2004.",
            "edition",
            "2",
        ),
        (
            "A. Gelman, J.B. Carlin, H.S. Stern, and D.B. Rubin. Bayesian Data Analysis, Second Edition. Chapman and "
            "Hall/CRC, Boca Raton, FL, 2004.",
            "publisher",
            "Chapman and Hall/CRC",
        ),
        (
            "77 Y.-H. Lin, L. B. Nguyen, N. Grabon, J. San Miguel, N. Pankratova, and V. E. Manucharyan, Demonstration "
            "of protection of a superconducting qubit from energy decay, Phys. Rev. Lett. **120** , 150503 (2018).",
            "author",
            [
                {"family": "Lin", "given": "Y.-H."},
                {"family": "Nguyen", "given": "L. B."},
                {"family": "Grabon", "given": "N."},
                {"family": "San Miguel", "given": "J."},
                {"family": "Pankratova", "given": "N."},
                {"family": "Manucharyan", "given": "V. E."},
            ],
        ),
        (
            "M. Plummer, N. Best, K. Cowles and K. Vines. coda: Output Analysis and Diagnostics for MCMC. R package "
            "version 0.13-3, 2008. URL http://CRAN.R-project.org/package=coda.",
            "title",
            "coda: Output Analysis and Diagnostics for MCMC",
        ),
        (
            "D. van den Bekerom, E. Pannier, A Discrete Integral Transform for Rapid Spectral Synthesis, Journal of "
            "Quantitative Spectroscopy and Radiative Transfer (2021), submitted.",
            "title",
            "A Discrete Integral Transform for Rapid Spectral Synthesis",
        ),
        (
            "L. S. Rothman, I. E. Gordon, J. Tennyson, HITEMP, the high-temperature molecular spectroscopic database, "
            "Journal of Quantitative Spectroscopy and Radiative Transfer 111 (15) (2010) 2139–2150.",
            "title",
            "HITEMP, the high-temperature molecular spectroscopic database",
        ),
        (
            'Rochette, Scott M., and Patrick S. Market. "A primer on the ageostrophic wind." Natl. Weather Dig. 30 '
            "(2006): 17-28.",
            "container-title",
            "Natl. Weather Dig.",
        ),
        (
            "Bunkers, M. J., 2002: A new hodograph technique. Preprints, 21st Conf. on Severe Local Storms, "
            "San Antonio, TX, Amer. Meteor. Soc., 75–78.",
            "container-title",
            "21st Conf. on Severe Local Storms",
        ),
        (
            "Bunkers, M. J., 2002: A new hodograph technique. Preprints, 21st Conf. on Severe Local Storms, "
            "San Antonio, TX, Amer. Meteor. Soc., 75–78.",
            "publisher-place",
            "San Antonio, TX",
        ),
        (
            "12 R. de Sousa, J. D. Delgado, and S. Das Sarma, Silicon quantum computation based on magnetic dipolar "
            "coupling, Phys. Rev. A **70** , 052304 (2004).",
            "title",
            "Silicon quantum computation based on magnetic dipolar coupling",
        ),
    ],
)
def test_statistics_and_physics_fields(text: str, field: str, value: object) -> None:
    assert parse_reference(text)[field] == value
