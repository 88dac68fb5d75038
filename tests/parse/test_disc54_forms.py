"""Forms of the mixed-discipline references read wrong before (gold set ``disc_real17``): the Vancouver block's
Oxford article number and word-processor ``--`` ranges, Elsevier's Harvard thesis with its field before the
school, and the ACS's one author before a title in capitals; and a proceedings' publisher read as its editor
flagged."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # Vancouver's year;volume(issue):page with an Oxford article number or a "--" range
    (
        "Tang X, et al. A survey of generative AI for de novo drug design. Brief Bioinform. 2024;25(4):bbae338.",
        {"volume": "25", "issue": "4", "page": "bbae338"},
    ),
    (
        "Lee K, Park J. Deep learning for variant calling. Nucleic Acids Res. 2022;50(D1):gkab1112.",
        {"volume": "50", "issue": "D1", "page": "gkab1112"},
    ),
    (
        "Sellwood MA, et al. Artificial intelligence in drug discovery. Future Med Chem. 2018;10(17):2025--8.",
        {"volume": "10", "issue": "17", "page": "2025-8"},
    ),
    # Elsevier's Harvard thesis: "(Ph.D. thesis). Field, School[, Town][ (in Language)]."
    (
        "Mendes, N., 2012. Seismic Assessment of Ancient Masonry Buildings: Shaking Table Tests and Numerical "
        "Analysis (Ph.D. thesis). Civil Engineering, University of Minho.",
        {"publisher": "University of Minho", "publisher-place": None, "genre": "Ph.D. thesis"},
    ),
    (
        "Cannizzaro, F., 2010. The Seismic Behaviour of Historical Buildings: A Macro-Element Approach (Ph.D. "
        "thesis). Structural Engineering, University of Catania (in Italian).",
        {"publisher": "University of Catania", "publisher-place": None},
    ),
    (
        "Panto, B., 2007. The Seismic Modeling of Masonry Structure, an Innovative Macro-Element Approach (PhD "
        "Thesis). Structural Engineering, University of Catania, Catania (in Italian).",
        {"publisher": "University of Catania", "publisher-place": "Catania"},
    ),
    # the ACS's one author, then a title in capitals before the journal
    (
        "Schneider, G. Automating Drug Discovery. Nat. Rev. Drug Discovery 2018, 17 (2), 97−113.",
        {"author": [{"family": "Schneider", "given": "G."}], "title": "Automating Drug Discovery"},
    ),
    (
        "Smith, J. A. Automating Drug Discovery. Nat. Rev. Drug Discovery 2018, 17 (2), 97−113.",
        {"author": [{"family": "Smith", "given": "J. A."}], "title": "Automating Drug Discovery"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc54_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a name after the container, with no editor's role word in the text, read as the one editor: flagged
FLAGGED = [
    "Brenchich, G., Gambarotta, L., Lagomarsino, S., 1998. A macro-element approach to the three-dimensional seismic "
    "analysis of masonry buildings. In: Proceedings of 11th European Conference on Earthquake Engineering. A. A. "
    "Balkema, Paris, Rotterdam, p. 602.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_disc54_flagged(text: str) -> None:
    assert needs_review(text)
