"""Forms met in reference lists of Korean, Italian and Russian documents: a Korean book record parted by slashes
(title, names with their role words, translator, publisher, printing and date), a journal's page range read as the
year when the year follows it, and a meeting's acronym with its year's apostrophe after an italic title.  The
references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _names(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


def test_a_korean_book_record_parted_by_slashes_is_read_by_its_role_words() -> None:
    item = read_reference("알고리즘 문제 해결 전략(개정판) / 구종만, 김철수 공저 / 인사이트 / 발행 2012년 11월 01일")
    assert item["type"] == "book"
    assert item["title"] == "알고리즘 문제 해결 전략"
    assert item["edition"] == "개정판"  # the revised edition's mark after the title is the edition
    assert _names(item) == ["구종만", "김철수"]
    assert item["publisher"] == "인사이트"
    assert item["issued"] == {"date-parts": [[2012, 11, 1]]}


def test_the_translator_and_the_printing_are_their_own() -> None:
    item = read_reference(
        "클린 코드 Clean Code 2/E / 로버트 마틴 저/박재호 역 / 인사이트(insight) / 초판 3쇄 2014년 5월 2일")
    assert item["title"] == "클린 코드 Clean Code 2/E"  # the title's own unspaced slash stays
    assert item["author"] == [{"family": "마틴", "given": "로버트"}]  # a Western name in Hangul: natural order
    assert _names(item, "translator") == ["박재호"]
    assert item["publisher"] == "인사이트(insight)"
    assert item["issued"] == {"date-parts": [[2014, 5, 2]]}


def test_a_slash_record_with_no_role_word_is_not_read_as_korean() -> None:
    item = read_reference("Notes / drafts / 2019 / misc")
    assert item.get("publisher") != "drafts"


@pytest.mark.parametrize(
    ("text", "page", "year"),
    [
        ("R. Kurz, P. Lund, “Heat integration of batch plants”, Chemical Engineering Science, 41(4), 1955–1978, "
         "2011. https://doi.org/10.1016/j.ces.2011.01.001", "1955-1978", 2011),
        ("T. Mori, “Flow boiling in minichannels”, Int. J. Heat Mass Transfer, 12(3), 1901–1923, 2009. "
         "https://doi.org/10.1016/j.ijheat.2009.02.004", "1901-1923", 2009),
    ],
)
def test_pages_after_the_volume_and_issue_are_not_the_year(text: str, page: str, year: int) -> None:
    item = read_reference(text)
    assert item["page"] == page
    assert item["issued"] == {"date-parts": [[year]]}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Lund, K., Berg, T. (1986). *Pointing with a stylus on small displays: an experimental comparison of two "
         "techniques.* CHI '86.", "CHI '86"),
        ("Kato, H., Ono, R., Saito, M. (1988). *Reducing errors of touch input: an experimental evaluation of three "
         "strategies.* CHI '88.", "CHI '88"),
    ],
)
def test_a_meeting_named_with_its_year_s_apostrophe_is_the_container(text: str, venue: str) -> None:
    item = read_reference(text)
    assert item["container-title"] == venue
    assert "publisher" not in item and "page" not in item
