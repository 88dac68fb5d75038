"""The comma form with names in normal case (``Collingwood, R., and Myres, N., Roman Britain, Oxford, 1937.``),
German editions spelled out after a book's title (``Zweite, überarbeitete Ausgabe``, ``Dritte Auflage``), a US
town with its bracketed state before the publisher (``Dallas (TX): Publisher``) and a title's doubled apostrophes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, assert_read_with_families

GERMAN_EDITIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "Müller, Hans. Die Geschichte Bayerns. Zweite, überarbeitete Ausgabe. München: Beck, 1999.",
        {"title": "Die Geschichte Bayerns", "edition": "2", "collection-title": None},
    ),
    (
        "Schmidt, Karl. Grundriss der Physik. Dritte Auflage. Berlin: Springer, 1987.",
        {"title": "Grundriss der Physik", "edition": "3", "collection-title": None},
    ),
    (
        "Meier, Anna. Deutsche Grammatik. Vierte, neu bearbeitete Auflage. Leipzig: Teubner, 1910.",
        {"title": "Deutsche Grammatik", "edition": "4", "collection-title": None},
    ),
    (
        "Braun, Eva. Theorie der Musik. Zweite Ausgabe. Wien: Universal Edition, 1921.",
        {"title": "Theorie der Musik", "edition": "2", "collection-title": None},
    ),
    (
        "Weber, Max. Wirtschaft und Gesellschaft. 2., erw. Aufl. Tübingen: Mohr, 1925.",
        {"title": "Wirtschaft und Gesellschaft", "edition": "2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_EDITIONS)
def test_german_edition_spelled_out(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


NORMAL_CASE_COMMA_FORM: list[tuple[str, dict[str, Any]]] = [
    (
        "Collingwood, R., and Myres, N., Roman Britain, Oxford, 1937.",
        {"families": ["Collingwood", "Myres"], "title": "Roman Britain", "publisher-place": "Oxford"},
    ),
    (
        "Wheeler, R. E. M., & Richardson, K. M., Hill Forts, London, 1957.",
        {"families": ["Wheeler", "Richardson"], "title": "Hill Forts", "publisher-place": "London"},
    ),
    (
        "Rose, H. J., Greek Mythology, London, 1928.",
        {"families": ["Rose"], "title": "Greek Mythology", "publisher-place": "London"},
    ),
    # APA's list of names with a family of two words stays a list of names
    (
        "Fereidouni, Z., Sabet Sarvestani, R., Hariri, G., Kuhpaye, S. A., Amirkhani, M., & Najafi Kalyani, M. "
        "(2019). Moving into action.",
        {"families": ["Fereidouni", "Sabet Sarvestani", "Hariri", "Kuhpaye", "Amirkhani", "Najafi Kalyani"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NORMAL_CASE_COMMA_FORM)
def test_normal_case_comma_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


# a US town with its bracketed state before the publisher's colon, the town read as the title's last sentence
TOWN_BEFORE_REGION: list[tuple[str, dict[str, Any]]] = [
    (
        "Smith, J. Oil Towns. Dallas (TX): Southern Methodist University Press, 2001.",
        {"title": "Oil Towns", "publisher-place": "Dallas (TX)", "publisher": "Southern Methodist University Press"},
    ),
    (
        "Clark, P. Frontier Forts. Dallas (TX): Taylor Trade Publishing, 2004.",
        {"title": "Frontier Forts", "publisher-place": "Dallas (TX)", "publisher": "Taylor Trade Publishing"},
    ),
    (
        "Smith J. Oil towns. Dallas (TX): Southern Methodist University Press, 2001.",
        {"title": "Oil towns", "publisher-place": "Dallas (TX)", "publisher": "Southern Methodist University Press"},
    ),
    (
        "Jones J. Cattle drives. Dallas (TX): Texas State Historical Association, 1995.",
        {"title": "Cattle drives", "publisher-place": "Dallas (TX)", "publisher": "Texas State Historical Association"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_BEFORE_REGION)
def test_town_before_region_bracket(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a title's doubled apostrophes after a word in lower case quote a phrase: kept as written
DOUBLED_APOSTROPHES: list[tuple[str, dict[str, Any]]] = [
    (
        "Kragh, H. (1998). Comment on ''history of science''. Isis, 89(2), 300-302.",
        {"title": "Comment on ''history of science''", "container-title": "Isis"},
    ),
    (
        "Jones, A. Reply to ''the end of history''. Journal of Ideas 12 (1990): 5-9.",
        {"title": "Reply to ''the end of history''", "container-title": "Journal of Ideas"},
    ),
    (
        "Bair S, Vergne P, Kumar P, et al. Comment on ''history, origins and prediction of elastohydrodynamic "
        "friction''. Tribol Lett 2015; 58: 1–8.",
        {"title": "Comment on ''history, origins and prediction of elastohydrodynamic friction''"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_APOSTROPHES)
def test_doubled_apostrophes_kept(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
