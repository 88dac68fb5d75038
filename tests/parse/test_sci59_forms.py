"""Forms of tests/data/parse/physcs_real21.jsonl: biblatex's back-references in words closing the reference
(``… 2012 (cit. on p. 9).``, ``(cit. on pp. 3, 14)``, ``… 2016. Cited on pages 3 and 5.``); biblatex's proceedings
in italics with their editors, a series' volume, the series and the publisher after them (``In: *…*. Ed. by A.
Lang. Vol. 12. Leibniz International Proceedings in Informatics (LIPIcs). Schloss Dagstuhl, 2019,``) and a book's
``*Title*. Vol. 2. Series. Publisher``; INSPIRE's e-locator after the bracketed year (``Sci. Adv. 7 (2021)
eabc1234``); the ACM's issue named in brackets after the volume (``Proc. ACM Program. Lang., 7(ICFP), August
2023.``). The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.input_text import tidy_input
from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[Kel12] Anna Keller. *Sheaves in Logic*. Cambridge University Press, 2012 (cit. on p. 9).",
        {"title": "Sheaves in Logic", "publisher": "Cambridge University Press", "page": None},
    ),
    (
        "[HM19] Tom Hale and Rita Moss. “Typed effects revisited”. In: *Journal of Functional Programming* 29.4 "
        "(2019), pp. 12–40. DOI: 10.1017/S0000000000000001 (cit. on pp. 3, 14).",
        {
            "container-title": "Journal of Functional Programming",
            "page": "12-40",
            "DOI": "10.1017/S0000000000000001",
            "publisher": None,
            "publisher-place": None,
        },
    ),
    (
        "[Ord08] Lena Ord. “Linear types for resources”. In: *Proceedings of the Workshop on Types*. Ed. by Paul "
        "Kern. ACM, 2008, pp. 77–90 (cit. on p. 21).",
        {"page": "77-90", "publisher": "ACM", "publisher-place": None},
    ),
    (
        "[KL19] Ann Kay and Bo Lind. “Cut elimination for graded modalities”. In: *4th International Conference on "
        "Formal Structures for Computation and Deduction (FSCD 2019)*. Ed. by Herman Geuvers. Vol. 131. Leibniz "
        "International Proceedings in Informatics (LIPIcs). Schloss Dagstuhl–Leibniz-Zentrum fuer Informatik, 2019, "
        "7:1–7:18.",
        {
            "container-title": "4th International Conference on Formal Structures for Computation and Deduction "
            "(FSCD 2019)",
            "editor": [{"family": "Geuvers", "given": "Herman"}],
            "volume": "131",
            "collection-title": "Leibniz International Proceedings in Informatics (LIPIcs)",
            "publisher": "Schloss Dagstuhl–Leibniz-Zentrum fuer Informatik",
        },
    ),
    (
        "[Ves21] Ida Vesti. *Sheaves and Stacks*. Vol. 3. Encyclopedia of Mathematics and its Applications. "
        "Cambridge University Press, 2021.",
        {
            "title": "Sheaves and Stacks",
            "volume": "3",
            "collection-title": "Encyclopedia of Mathematics and its Applications",
            "container-title": None,
            "publisher": "Cambridge University Press",
        },
    ),
    (
        "[12] A.B. Cole and D. Fry, Learning phase diagrams from spectra, Sci. Adv. 7 (2021) eabc1234 [2101.01234].",
        {"container-title": "Sci. Adv.", "volume": "7", "page": "eabc1234"},
    ),
    (
        "[8] Mia Roth and Ken Abe. Gradual typing for effect handlers. Proc. ACM Program. Lang., 7(ICFP), August 2023.",
        {"volume": "7", "issue": "ICFP", "issued": {"date-parts": [[2023, 8]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("A. Lee. *Title*. Press, 2016. Cited on pages 3 and 5.", "A. Lee. *Title*. Press, 2016."),
        ("A. Lee. *Title*. Press, 2016 (cited on page 4).", "A. Lee. *Title*. Press, 2016."),
        ("A. Lee. *Title*. Press, 2016 (cit. on pp. 4–6)", "A. Lee. *Title*. Press, 2016"),
    ],
)
def test_back_reference_words_dropped(text: str, tidied: str) -> None:
    assert tidy_input(text) == tidied


@pytest.mark.parametrize(
    "text",
    [
        # a report on a page of a work, not a back-reference closing the list's entry
        "A. Lee, Comment on p. 4 of the report (2010).",
        "A. Lee. Notes cited on p. 4 of Smith, 2010.",
    ],
)
def test_words_about_a_page_inside_the_reference_stay(text: str) -> None:
    assert tidy_input(text) == text
