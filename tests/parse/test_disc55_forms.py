"""Forms of round disc55: eLife's journal before its number (``eLife 4:e03952``) and an article's number with no
volume (``NeuroImage:116561``); JFQA's first editor's initial after the book's comma (``…, T. Fomby, and D. Terrel,
eds.``) and a working paper's issuing university (``Working Paper, Boston University (2006).``); the IEEE's book of
one word before its place (``Neuroscience. Sunderland, MA, USA:``); the ACS's bracket of symbols inside a title
(``(M = Cr, Mo, W; X = O, S, Se, Te)``) and its chapter's publisher after the book's semicolon (``In *Book*;
IntechOpen, 2017.``, ``Laboratory (LBNL): Berkeley, CA,``); the RSC's title opening on italic words (``*Ab initio*
calculations of …``); the Springer template's series in words before the publisher (``Adaptive computation and
machine learning. MIT Press, ??? (1998)``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ELIFE_NUMBERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Kell AJE, Yamins DLK, Shook EN, Norman-Haignere SV, McDermott JH. 2018. A task-optimized neural network "
        "replicates human auditory behavior. eLife 7:e31187. DOI: https://doi.org/10.7554/eLife.31187",
        {"container-title": "eLife", "volume": "7", "page": "e31187"},
    ),
    (
        "Ito T, Kulkarni KR, Schultz DH, Mill RD. 2019. Cognitive task information is transferred between brain "
        "regions via resting-state network topology. eNeuro 6:e0123. DOI: https://doi.org/10.1523/ENEURO.0123",
        {"container-title": "eNeuro", "volume": "6", "page": "e0123"},
    ),
    (
        "Nastase SA, Gazzola V, Hasson U, Keysers C. 2019. Measuring shared responses across subjects using "
        "intersubject correlation. NeuroImage:116342. DOI: https://doi.org/10.1016/j.neuroimage.2019.116342",
        {
            "container-title": "NeuroImage",
            "page": "116342",
            "title": "Measuring shared responses across subjects using intersubject correlation",
        },
    ),
]

JFQA_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Bollerslev, T.; R. F. Engle; and J. M. Wooldridge. “Beta Dynamics.” In Handbook of Financial "
        "Econometrics: Tools and Techniques, Y. Ait-Sahalia, and L. P. Hansen, eds. Amsterdam, The "
        "Netherlands: Elsevier (2010), 95–130.",
        {
            "container-title": "Handbook of Financial Econometrics: Tools and Techniques",
            "editor": [{"family": "Ait-Sahalia", "given": "Y."}, {"family": "Hansen", "given": "L. P."}],
        },
    ),
    (
        "Levi, Y., and I. Welch. “Best Practice for Cost-of-Capital Estimates.” Working Paper, Tel Aviv "
        "University (2017).",
        {"publisher": "Tel Aviv University", "genre": "Working Paper"},
    ),
    (
        "Fama, E. F. “Market Efficiency Revisited.” Discussion Paper, Yale University (2012).",
        {"publisher": "Yale University", "genre": "Discussion Paper"},
    ),
]

ONE_WORD_BOOKS: list[tuple[str, dict[str, Any]]] = [
    (
        "[7] E. R. Kandel, J. H. Schwartz, and T. M. Jessell, Neuroscience. New York, NY, USA: McGraw-Hill, 2000.",
        {"title": "Neuroscience", "publisher-place": "New York, NY, USA", "publisher": "McGraw-Hill"},
    ),
    (
        "[12] R. O. Duda, P. E. Hart, and D. G. Stork, Classification. Hoboken, NJ, USA: Wiley, 2001.",
        {"title": "Classification", "publisher-place": "Hoboken, NJ, USA", "publisher": "Wiley"},
    ),
]

ACS_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "(14) Lee, K.; Park, J. Thermal Transport in MX2 (M = Mo, W; X = S, Se) Bilayers: A Molecular Dynamics "
        "Study. Appl. Phys. Lett. 2016, 108, No. 113102.",
        {"title": "Thermal Transport in MX2 (M = Mo, W; X = S, Se) Bilayers: A Molecular Dynamics Study"},
    ),
    (
        "(9) Smith, A. B.; Jones, C. Growth of Layered Crystals. In *Crystal Growth Handbook*; IntechOpen, 2019.",
        {"container-title": "Crystal Growth Handbook", "publisher": "IntechOpen", "type": "chapter"},
    ),
    (
        "(31) Wang, L.; Chen, Y. Defects in Two-Dimensional Materials. In Handbook of 2D Materials; Elsevier, 2021.",
        {"container-title": "Handbook of 2D Materials", "publisher": "Elsevier"},
    ),
    (
        "(40) Jain, A. Materials Data on MoS2 by Materials Project. In Materials Project Database; National Renewable "
        "Energy Laboratory (NREL): Golden, CO, 2016.",
        {
            "container-title": "Materials Project Database",
            "publisher": "National Renewable Energy Laboratory (NREL)",
            "publisher-place": "Golden, CO",
        },
    ),
]

# the Springer template's book with its series in words before the publisher, and BibTeX's "???" for no address
SPRINGER_SERIES: list[tuple[str, dict[str, Any]]] = [
    (
        "[3] Bishop, C.M.: Pattern Recognition and Machine Learning. Information science and statistics. Springer, "
        "New York (2006)",
        {
            "collection-title": "Information science and statistics",
            "publisher": "Springer",
            "publisher-place": "New York",
        },
    ),
    (
        "[8] Murphy, K.P.: Machine Learning: a Probabilistic Perspective. Adaptive computation and machine learning. "
        "MIT Press, ??? (2012)",
        {
            "collection-title": "Adaptive computation and machine learning",
            "publisher": "MIT Press",
            "publisher-place": None,
        },
    ),
    (
        "[5] Smith, J.: A Book of Proofs. Cambridge Univ. Press, Cambridge (2001)",
        {"collection-title": None, "publisher": "Cambridge Univ. Press", "publisher-place": "Cambridge"},
    ),
]

# the RSC's title opening on italic words, then roman words in lower case, before the italic journal
RSC_ITALIC_OPENINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "12 A. B. Smith and C. Jones, *In situ* observation of grain growth in thin films, *Acta Mater.*, 2015, "
        "**90**, 1-10.",
        {"title": "In situ observation of grain growth in thin films", "container-title": "Acta Mater."},
    ),
    (
        "7 P. Li and Q. Wu, *Ab initio* study of lattice dynamics in layered oxides, *Phys. Chem. Chem. Phys.*, 2018, "
        "**20**, 1234-1240.",
        {
            "title": "Ab initio study of lattice dynamics in layered oxides",
            "container-title": "Phys. Chem. Chem. Phys.",
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ELIFE_NUMBERS + JFQA_FORMS + ONE_WORD_BOOKS + ACS_FORMS + RSC_ITALIC_OPENINGS + SPRINGER_SERIES,
)
def test_disc55_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
