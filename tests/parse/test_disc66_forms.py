"""Forms of nursing, midwifery and occupational-psychology lists in Vancouver and BMC house forms: a title in another
language closed by its English translation in square brackets, however short (``Stres zawodowy [Occupational
stress].``, ``Psychologia społeczna [Social psychology].``), an encyclopaedia entry and its translation before the
book's name with no ``In:`` (``Stres [Stress]. Encyklopedia Pedagogiczna. T. 5. Warszawa: …``), the Polish volume
``T. 3.`` closing a book's name, a suffix between the family name and the initials (``Costa Jr. PT, Terracciano
A``), BMC's EndNote numbers after the journal's name (``Journal 2016, 16(05):330–333.``, ``Journal
2007(05):1169–1171.``), and Elsevier's imprints ``Cambridge Adult Education, New York, NY.`` and ``In: Paine, W.S.
(Ed), Book: Subtitle. Sage, Beverley Hills, CA, pp. 61–79.``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

TRANSLATED_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Nowak J. Stres zawodowy [Occupational stress]. In: Kowalski A, editor. Psychologia pracy. Warszawa: "
        "Wydawnictwo Naukowe PWN; 2004. p. 112–130.",
        {"title": "Stres zawodowy", "container-title": "Psychologia pracy", "publisher-place": "Warszawa"},
    ),
    (
        "Zielinski M. Psychologia rozwojowa [Developmental psychology]. Krakow: Wydawnictwo Literackie; 2008.",
        {"title": "Psychologia rozwojowa", "publisher": "Wydawnictwo Literackie", "issued": {"date-parts": [[2008]]}},
    ),
    (
        "Kaczmarek JF. Depresja [Depression]. Encyklopedia Pedagogiczna XX Wieku. T. 2. Warszawa: Wydawnictwo "
        "Akademickie Żak; 2003. p. 611–619.",
        {
            "type": "chapter",
            "title": "Depresja",
            "container-title": "Encyklopedia Pedagogiczna XX Wieku",
            "volume": "2",
        },
    ),
    (
        "Nowak J, Lis P. Motywacja i emocje [Motivation and emotion]. In: Kowalski A, editor. Psychologia ogólna. "
        "T. 3. Gdańsk: Gdańskie Wydawnictwo Psychologiczne; 2006. p. 45–80.",
        {"title": "Motywacja i emocje", "container-title": "Psychologia ogólna", "volume": "3"},
    ),
]

NAME_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Brown Jr. KL, Adams R, Chen Y. Social support and resilience in older adults: a cohort study. J Gerontol. "
        "2012;67:410–418.",
        {
            "author": [
                {"family": "Brown", "given": "KL", "suffix": "Jr."},
                {"family": "Adams", "given": "R"},
                {"family": "Chen", "given": "Y."},
            ],
            "title": "Social support and resilience in older adults: a cohort study",
        },
    ),
]

BMC_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Ma Y: Stress of nurses. Journal of Nursing Administration 2016, 16(05):330–333.",
        {
            "container-title": "Journal of Nursing Administration",
            "issued": {"date-parts": [[2016]]},
            "volume": "16",
            "issue": "05",
            "page": "330-333",
        },
    ),
    (
        "Li X, Zhao Y: Coping styles of medical students. Journal of Clinical Psychology Studies 2011(03):88–92.",
        {
            "container-title": "Journal of Clinical Psychology Studies",
            "issued": {"date-parts": [[2011]]},
            "issue": "03",
        },
    ),
]


# Elsevier's imprint after a book: a house with no word of a house's in it before its town and state, and a house
# read into the book's name before the place
ELSEVIER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Harding, P.J., 2010. Teaching Clinical Reasoning. Boston Nursing Education, New York, NY.",
        {"publisher": "Boston Nursing Education", "publisher-place": "New York, NY"},
    ),
    (
        "Kemp, L., 1994. Stress in caring professions. In: Ward, T.J. (Ed), Work and Health: Essays on the Helping "
        "Professions. Sage, Newbury Park, CA, pp. 88–104.",
        {
            "container-title": "Work and Health: Essays on the Helping Professions",
            "publisher": "Sage",
            "publisher-place": "Newbury Park, CA",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSLATED_FORMS + NAME_FORMS + BMC_FORMS + ELSEVIER_FORMS)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
