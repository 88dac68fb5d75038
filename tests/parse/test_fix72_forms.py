"""Forms read since round fix72: an imprint bracket with a comma where the colon belongs, a publisher after a
proceedings' name, a meeting's days and town after it, a journal's name opening on its towns, editors after the
book's name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

_BRACKET_COMMA_IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Smith, John. The Book of Halifax (Halifax, Imaginary Publishing INC, 1998).",
        {"title": "The Book of Halifax", "publisher-place": "Halifax", "publisher": "Imaginary Publishing INC"},
    ),
    (
        "Smith, John. The Book of Halifax. (Halifax, Imaginary Publishing INC, 1998).",
        {"title": "The Book of Halifax", "publisher-place": "Halifax", "publisher": "Imaginary Publishing INC"},
    ),
    (
        "Brown, Anne. Coastal Lives (Halifax, Nimbus Publishing, 2003).",
        {"title": "Coastal Lives", "publisher-place": "Halifax", "publisher": "Nimbus Publishing"},
    ),
    (
        "Lee, Mark. Coastal Lives (Boston, Beacon Press, 1987), 45.",
        {"title": "Coastal Lives", "publisher-place": "Boston", "publisher": "Beacon Press", "page": "45"},
    ),
    (
        "Pollan, Michael. The Omnivore's Dilemma. New York, Penguin, 2004.",
        {"title": "The Omnivore's Dilemma", "publisher-place": "New York", "publisher": "Penguin"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BRACKET_COMMA_IMPRINTS)
def test_bracket_imprint_with_comma(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


_PROCEEDINGS_PUBLISHERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Smith, J. (2013). Patterns for agile teams. In Proceedings of the 20th Conference on Pattern Languages of "
        "Programs, The Hillside Group, p. 12.",
        {
            "container-title": "Proceedings of the 20th Conference on Pattern Languages of Programs",
            "publisher": "The Hillside Group",
            "page": "12",
        },
    ),
    (
        "Okada, M. and Iba, T. (2016), “Pattern languages for creative learning”, Proceedings of the 23rd Conference "
        "on Pattern Languages of Programs, The Hillside Group, p. 18.",
        {
            "container-title": "Proceedings of the 23rd Conference on Pattern Languages of Programs",
            "publisher": "The Hillside Group",
        },
    ),
    (
        'Kim, H. (2019), "Mining code reviews", Proceedings of the 41st International Conference on Software '
        "Engineering, IEEE Computer Society, pp. 12-21.",
        {
            "container-title": "Proceedings of the 41st International Conference on Software Engineering",
            "publisher": "IEEE Computer Society",
            "page": "12-21",
        },
    ),
    # a last part opening on a lowercase "and" is the meeting's own name
    (
        "Hopkins, A. (2019). Fairness audits. In Proceedings of the AAAI/ACM Conference on AI, Ethics, and Society, "
        "pp. 1-7.",
        {"container-title": "Proceedings of the AAAI/ACM Conference on AI, Ethics, and Society", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PROCEEDINGS_PUBLISHERS)
def test_publisher_after_proceedings_name(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


_MEETING_DAYS: list[tuple[str, dict[str, Any]]] = [
    (
        "Proctor, C. (2019), “Measuring the computational in computational participation”, Proceedings of the "
        "Thirteenth International Conference on Computer Supported Collaborative Learning, 17-21 June, Lyon.",
        {
            "container-title": "Proceedings of the Thirteenth International Conference on Computer Supported "
            "Collaborative Learning",
            "publisher-place": "Lyon",
            "page": None,
            "issued": {"date-parts": [[2019]]},
        },
    ),
    (
        "Ng, P. (2016), “Peer feedback at scale”, Proceedings of the Third ACM Conference on Learning at Scale, "
        "25-26 April, Edinburgh.",
        {
            "container-title": "Proceedings of the Third ACM Conference on Learning at Scale",
            "publisher-place": "Edinburgh",
        },
    ),
    (
        'Lee, K. (2015), "Learning analytics at scale", Proceedings of the 5th International Conference on Learning '
        "Analytics and Knowledge, 16-20 March, Poughkeepsie, NY.",
        {
            "container-title": "Proceedings of the 5th International Conference on Learning Analytics and Knowledge",
            "publisher-place": "Poughkeepsie, NY",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _MEETING_DAYS)
def test_meeting_days_and_town_after_proceedings(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


_TOWN_LIST_JOURNALS: list[tuple[str, dict[str, Any]]] = [
    (
        "[37] L. Rayleigh, On the instability of a cylinder of viscous liquid under capillary force, London, "
        "Edinburgh, Dublin Philos. Mag. J. Sci. 34, 145 (1892).",
        {"container-title": "London, Edinburgh, Dublin Philos. Mag. J. Sci.", "publisher-place": None, "volume": "34"},
    ),
    (
        "J. J. Thomson, Cathode rays, London, Edinburgh, Dublin Philos. Mag. J. Sci. 44, 293 (1897).",
        {"container-title": "London, Edinburgh, Dublin Philos. Mag. J. Sci.", "publisher-place": None, "page": "293"},
    ),
    (
        "L. Rayleigh, On the scattering of light by small particles, London, Edinburgh, Dublin Philos. Mag. J. Sci. "
        "41, 447 (1871).",
        {"container-title": "London, Edinburgh, Dublin Philos. Mag. J. Sci.", "publisher-place": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TOWN_LIST_JOURNALS)
def test_town_list_opening_journal_name(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


_EDITORS_AFTER_BOOK: list[tuple[str, dict[str, Any]]] = [
    (
        "Ferguson, H.C., Dickinson, M., Williams, R., 2000. The Hubble Deep Fields, in: The Hubble Deep Field, "
        "Arribas, S., Koekemoer, A., Whitmore, B. (eds.), Cambridge University Press, Cambridge, pp. 1–10.",
        {
            "container-title": "The Hubble Deep Field",
            "editor": [
                {"family": "Arribas", "given": "S."},
                {"family": "Koekemoer", "given": "A."},
                {"family": "Whitmore", "given": "B."},
            ],
        },
    ),
    (
        "Hu, E., 2001. Lyman-alpha emitters, in: Deep Fields, Cristiani, S., Renzini, A., Williams, R.E. (eds.), "
        "Springer, Berlin, pp. 121–125.",
        {
            "author": [{"family": "Hu", "given": "E."}],
            "container-title": "Deep Fields",
            "editor": [
                {"family": "Cristiani", "given": "S."},
                {"family": "Renzini", "given": "A."},
                {"family": "Williams", "given": "R.E."},
            ],
        },
    ),
    # editors first, as LNCS writes them, stay as they are
    (
        "Shamir, A.: Identity-based cryptosystems and signature schemes. In: Blakley, G.R., Chaum, D. (eds.) "
        "CRYPTO 1984. LNCS, vol. 196, pp. 47–53. Springer, Heidelberg (1985)",
        {
            "container-title": "CRYPTO 1984",
            "editor": [{"family": "Blakley", "given": "G.R."}, {"family": "Chaum", "given": "D."}],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _EDITORS_AFTER_BOOK)
def test_editors_after_book_name(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
