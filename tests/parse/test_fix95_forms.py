"""Forms typed by hand, each with the fields it must give: a GOST web document closing on the standard notes
("Загл. с экрана", "Назва з екрана", "Электрон. дан.", an address "свободный"), none of them its maker; a subtitle
in a GOST entry that names theses without being a thesis statement; translations in brackets that open on a word
which also opens descriptions ("[Internet addiction …]", "[Working memory …]"), beside descriptions whose last word
is the work's kind."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

WEB_NOTES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Russian web document closing on 'Загл. с экрана': no publisher",
        "Иванов И. И. Цифровая экономика России [Электронный ресурс]. — URL: http://example.ru/economy "
        "(дата обращения: 01.02.2020). — Загл. с экрана.",
        {"publisher": None, "URL": "http://example.ru/economy", "title": "Цифровая экономика России"},
    ),
    (
        "Ukrainian web document closing on 'Назва з екрана': no publisher",
        "Петренко О. В. Освіта в Україні [Електронний ресурс]. — Режим доступу: https://osvita.ua/news "
        "(дата звернення: 12.03.2021). — Назва з екрана.",
        {"publisher": None, "URL": "https://osvita.ua/news"},
    ),
    (
        "'Электрон. дан.' after the medium and an address 'свободный': no publisher, the address without its comma",
        "О порядке ведения реестра [Электронный ресурс]. — Электрон. дан. — Режим доступа: http://kodeks.ru, "
        "свободный. — Загл. с экрана.",
        {"publisher": None, "URL": "http://kodeks.ru"},
    ),
]

THESES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A subtitle about thesis writing after an unspaced colon: a book, its title whole",
        "Smith J. Making Sense: Thesis Writing for Beginners / J. Smith. — London : Sage, 2010. — 200 p.",
        {"type": "book", "title": "Making Sense: Thesis Writing for Beginners", "genre": None},
    ),
]

TRANSLATIONS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A translation opening on 'Internet': to the note",
        "Kowalska A. Uzależnienie od internetu wśród młodzieży [Internet addiction among adolescents]. "
        "Psychiatria Polska. 2015;49(3):575-86.",
        {"title": "Uzależnienie od internetu wśród młodzieży"},
    ),
    (
        "A translation opening on 'Working': to the note",
        "Nowak B. Pamięć robocza u dzieci z dysleksją [Working memory in children with dyslexia]. "
        "Psychologia Rozwojowa. 2018;23(2):45-60.",
        {"title": "Pamięć robocza u dzieci z dysleksją"},
    ),
    (
        "A description whose last word is the work's kind stays no translation",
        "Kowalski J. Dziennik żywieniowy dla pacjentów [Mobile app]. Kraków: MedSoft; 2022.",
        {"title": "Dziennik żywieniowy dla pacjentów [Mobile app]", "note": None},
    ),
]

ALL = WEB_NOTES + THESES + TRANSLATIONS


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
