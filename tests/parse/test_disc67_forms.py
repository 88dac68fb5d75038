"""Forms of sport-science lists in the NSCA's numbered house form: an edition in brackets as a sentence of its own
after a book's title (``Family, J. Title of the Book. (2nd ed.). Place, ST: Publisher, 1988.``), which no reader
may take for the title with the names run on to it, and a title in capitals whose last words hold a publisher's
word (``… in the Bench Press Exercise. Med Sci Sports Exerc 16: 376–381, 1984.``), which goes on up to its stop
before the journal, and a chapter's book before its editors inverted with their role (``In: Strength and Power in
Sport. Komi, PV, ed. Oxford, …``), whose words are no names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

EDITION_SENTENCE_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hall, P. Handbook of Muscle Testing for the Clinic. (3rd ed.). Baltimore, MD: Williams & Wilkins, 1993.",
        {
            "author": [{"family": "Hall", "given": "P."}],
            "title": "Handbook of Muscle Testing for the Clinic",
            "edition": "3",
            "publisher": "Williams & Wilkins",
        },
    ),
    (
        "4. Smith, A. Handbook of Exercise Testing. (3rd ed.). Philadelphia, PA: Lea & Febiger, 1991.",
        {"author": [{"family": "Smith", "given": "A."}], "title": "Handbook of Exercise Testing", "edition": "3"},
    ),
    (
        "Smith, A. History of the Modern World. Vol. 2. London: Penguin, 1990.",
        {"author": [{"family": "Smith", "given": "A."}], "title": "History of the Modern World"},
    ),
]

TITLE_END_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "12. Smith, J and Jones, T. Kinematic Factors in the Bench Press Exercise. Med Sci Sports Exerc 16: 376–381, "
        "1984.",
        {"title": "Kinematic Factors in the Bench Press Exercise", "container-title": "Med Sci Sports Exerc"},
    ),
    (
        "Smith J, Jones T. Kinematic Factors in the Bench Press Exercise. Med Sci Sports Exerc. 1984;16:376–381.",
        {
            "title": "Kinematic Factors in the Bench Press Exercise",
            "container-title": "Med Sci Sports Exerc",
            "volume": "16",
        },
    ),
]

CHAPTER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "5. Lund, PV. Elastic energy in jumping. In: Strength and Power in Sport. Lund, PV, ed. Oxford, United "
        "Kingdom: Blackwell Science, 2003. pp. 184–202.",
        {
            "type": "chapter",
            "container-title": "Strength and Power in Sport",
            "editor": [{"family": "Lund", "given": "PV"}],
            "page": "184-202",
        },
    ),
    (
        "Berg, K. Sprint mechanics. In: Speed and Agility in Team Sports. Hale, D and Moore, T, eds. Champaign, IL: "
        "Human Kinetics, 2012. pp. 40–58.",
        {
            "container-title": "Speed and Agility in Team Sports",
            "editor": [{"family": "Hale", "given": "D"}, {"family": "Moore", "given": "T"}],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDITION_SENTENCE_FORMS + TITLE_END_FORMS + CHAPTER_FORMS)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
