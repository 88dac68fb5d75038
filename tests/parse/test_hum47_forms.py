"""Forms of humanities lists in Turkish, Hungarian, Finnish and Romanian (``humanities_real14.jsonl``): a
Romanian review heading's ``Name, Title, Town, Editura X, 2019`` read whole as names, APA's reprint
year after the first one in brackets (``([1996], 2003)``), an English translation in brackets after a title in
another language, Turkish theses closing on ``Yüksek Lisans Tezi, School, Town.``, Turkish editions and volumes
(``6.Baskı``, ``1. bs.``, ``C. II``). The examples are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Ion Popescu, Satul și sărbătorile lui, București, Editura Humanitas, 2015, 312 p.",
        {"title": "Satul și sărbătorile lui", "publisher": "Editura Humanitas", "publisher-place": "București"},
    ),
    (
        "Maria Ionescu, Casa țărănească din Maramureș, Cluj-Napoca, Editura Dacia, 2010, 180 p.",
        {"title": "Casa țărănească din Maramureș", "publisher": "Editura Dacia", "publisher-place": "Cluj-Napoca"},
    ),
    (
        "Smith, J. ([1975], 2004). The quiet shore: Essays on coastal towns. London: Verso.",
        {"title": "The quiet shore: Essays on coastal towns", "publisher": "Verso"},
    ),
    (
        "Kovács, P. (2011). A magyar népzene története [A history of Hungarian folk music]. Zenetudomány, 12(1), "
        "33–50.",
        {"title": "A magyar népzene története", "container-title": "Zenetudomány", "volume": "12"},
    ),
    (
        "Virtanen, L. (2008). Kansanlaulun vaiheet. In M. Lehto (Ed.), Säveltäjä ja yleisö [The composer and the "
        "audience: Essays] (pp. 10–30). Helsinki: Otava.",
        {"title": "Kansanlaulun vaiheet", "container-title": "Säveltäjä ja yleisö", "publisher": "Otava"},
    ),
    (
        "Yılmaz, Ayşe. 2017. “Osmanlı’da Kahve Kültürü”. Yüksek Lisans Tezi, Ege Üniversitesi Sosyal Bilimler "
        "Enstitüsü, İzmir.",
        {"type": "thesis", "genre": "Yüksek Lisans Tezi", "publisher": "Ege Üniversitesi Sosyal Bilimler Enstitüsü",
         "publisher-place": "İzmir"},
    ),
    (
        "Şahin, Mert. 2009. “Kıyı Kentlerinde Ticaret”. Doktora Tezi, Ankara Üniversitesi, Tarih Bölümü, Ankara.",
        {"type": "thesis", "genre": "Doktora Tezi", "publisher": "Ankara Üniversitesi, Tarih Bölümü",
         "publisher-place": "Ankara"},
    ),
    (
        "Kaya, Mehmet. 2010. Osmanlı İktisat Tarihi. 3.Baskı. İstanbul: İletişim Yayınları.",
        {"title": "Osmanlı İktisat Tarihi", "edition": "3", "publisher-place": "İstanbul"},
    ),
    (
        "Öztürk, Ali. 2012. Karadeniz Kıyılarında Ticaret. C. II. Ankara: Türk Tarih Kurumu.",
        {"title": "Karadeniz Kıyılarında Ticaret", "volume": "II", "publisher-place": "Ankara"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Smith, J. ([1975], 2004). The quiet shore: Essays on coastal towns. London: Verso.", 2004),
        ("Doe, A. ([1988] 2001). Hearing history: Music and memory. Chicago: Lake Press.", 2001),
    ],
)
def test_reprint_year_after_bracketed_first_year(text: str, year: int) -> None:
    assert parse_reference(text)["issued"]["date-parts"][0][0] == year


def test_english_bracket_after_english_title_stays() -> None:
    item = parse_reference(
        "Lee, K. (2019). Quantum dots in silicon [Invited talk at the spring meeting]. Optica, 6(2), 1–9."
    )
    assert "Invited" in item.get("title", "") or "Invited" in item.get("genre", "")


def test_held_forms_of_review_headings_are_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    source = "Ana Pop, Drumul vechi. O istorie a satului, Iași, Editura Polirom, 2019."
    read = {"title": "Drumul vechi", "container-title": "O istorie a satului, Iași, Editura Polirom"}
    assert "container:holds-imprint" in held_form_signals(read, source)
    assert "container:holds-imprint" not in held_form_signals({"title": "Drumul vechi"}, source)
    source = "Ana Pop, Dances and Their Background, in “Acta Ethnographica” vol. 65, 2020, p. 39–64"
    assert "title:closes-on-in" in held_form_signals({"title": "Dances and Their Background, in “"}, source)
    assert "title:closes-on-in" not in held_form_signals({"title": "Dances and Their Background"}, source)
    source = "Ana Pop, Emil Ene (edit.), Culese din sat, Sibiu, 2022."
    assert "value:holds-role-phrase" in held_form_signals({"title": "Emil Ene (edit.), Culese din sat"}, source)
