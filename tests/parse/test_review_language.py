"""Needs-review in the reference's language: words a style writes between fields in German, Portuguese,
Spanish or French are no lost text (``review/uncovered.py``), and the signals that are wrong on almost
every calibration reference they fire on flag whatever the score (``score.FORCED_BY_PRECISION``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED_BY_PRECISION, SURE_MIN_COUNT, forced
from biblio.parse.review.signals import uncovered_words, value_signals
from biblio.parse.review.uncovered import connecting
from biblio.parse.training.review import sure_signals


def rec(source: str, **fields: Any) -> dict[str, Any]:
    return {"type": "book", **fields, "custom": {"biblio": {"source": source}}}


@pytest.mark.parametrize("word", ["abrufbar", "unter", "zugriff", "disponível", "acesso", "consultado", "dx"])
def test_access_words_of_several_languages_connect(word: str) -> None:
    assert connecting(word)


@pytest.mark.parametrize("word", ["out", "dez", "janvier", "juni", "março", "marzo"])
def test_months_of_several_languages_connect(word: str) -> None:
    assert connecting(word)


def test_a_title_word_does_not_connect() -> None:
    assert not connecting("reprinted")
    assert not connecting("bibliotheken")


def test_a_portuguese_access_note_is_no_lost_text() -> None:
    text = "Lima, A. Leitura. Disponível em: http://example.br/a. Acesso em: 22 out. 2017."
    item = rec(
        text,
        author=[{"family": "Lima", "given": "A."}],
        title="Leitura",
        URL="http://example.br/a",
        accessed={"date-parts": [[2017, 10, 22]]},
    )
    assert uncovered_words(item, text) == []


def test_an_edition_statement_the_record_keeps_is_no_lost_text() -> None:
    text = "Roth, H. 2015. Bibliotheken. Berlin: Verlag, 3., durchgesehene und erweiterte Auflage."
    item = rec(
        text,
        author=[{"family": "Roth", "given": "H."}],
        title="Bibliotheken",
        issued={"date-parts": [[2015]]},
        publisher="Verlag",
        **{"publisher-place": "Berlin"},
    )
    # the edition's number too: a number outside a date that no field holds is lost text
    assert uncovered_words(item, text) == ["durchgesehene", "erweiterte", "auflage", "3"]
    item["edition"] = "3"
    assert uncovered_words(item, text) == []


def test_english_words_no_field_holds_still_count() -> None:
    text = "Smith, J. (2020). A title. Journal, 12. Reprinted in German, Januar 2021."
    item = rec(
        text, author=[{"family": "Smith", "given": "J."}], title="A title", volume="12", issued={"date-parts": [[2020]]}
    )
    item["container-title"] = "Journal"
    assert uncovered_words(item, text) == ["reprinted", "german", "2021"]


@pytest.mark.parametrize(
    "text",
    [
        "Schmidt, Karl; Weber, Anna. 2015. *Einführung in die Bibliothekswissenschaft*. Wiesbaden: "
        "Harrassowitz Verlag, 3., überarbeitete und erweiterte Auflage.",
        "Hoffmann, Lena. 2019. *Digitale Editionen*. Berlin: Akademie Verlag, 2., durchgesehene Auflage.",
    ],
)
def test_a_german_book_with_its_edition_statement_is_not_flagged(text: str) -> None:
    item = read_reference(text)
    assert item["edition"] in ("2", "3")
    assert "needs-review" not in item["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    "text",
    [
        # the title read into the second author's names
        "Oliveira, R. A formação docente. Educação em Revista, v. 30, n. 2, p. 11-30, jun. 2014. Disponível em: "
        "http://www.example.br/er/30/2. Acesso em: 5 mar. 2020.",
        # (García's "Disponible en: … Consultado el 3 de marzo de 2019.", once read with "3 de marzo" as the third
        # edition, is now read as Chicago's book before its links: test_fix77_forms)
    ],
)
def test_a_misread_reference_in_those_languages_is_still_flagged(text: str) -> None:
    assert "needs-review" in read_reference(text)["custom"]["biblio"].get("flags", [])


def test_a_publisher_holding_a_digit_flags_whatever_the_score() -> None:
    item = rec("", title="T", publisher="18(4): 470-488")
    ev = value_signals(item)
    assert ev["publisher:digit"] == 1.0
    assert forced(ev)
    assert not forced(value_signals(rec("", title="T", publisher="Springer")))


def test_the_sure_signals_are_those_wrong_on_nearly_every_reference_they_fire_on() -> None:
    n = SURE_MIN_COUNT
    rows = [({"bias": 1.0, "a:sure": 1.0}, True)] * n
    rows += [({"bias": 1.0, "b:unsure": 1.0}, i % 2 == 0) for i in range(2 * n)]
    rows += [({"bias": 1.0, "c:rare": 1.0}, True)] * (n - 1)
    rows += [({"bias": 1.0, "d:scaled": 0.5 if i else 1.0}, True) for i in range(n + 1)]
    assert sure_signals(rows, [True] * len(rows)) == [("a:sure", n, 1.0)]
    # generated references do not count
    assert sure_signals(rows, [False] * len(rows)) == []


def test_the_forced_signals_are_yes_or_no_signals() -> None:
    assert len(FORCED_BY_PRECISION) == 3
    assert all(":" in name for name in FORCED_BY_PRECISION)
