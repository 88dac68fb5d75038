"""Reference lists a reader finds at once but the cues missed: a Korean list whose books are slash-parted records
(``Title / Names 저 / Translator 역 / Publisher / 2015년 …``), grouped under bullets that name their kind; the
examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_KOREAN = """## 정리

본문은 여기까지.

## 참고문헌

* 도서
    * 리팩터링(2판) / 마틴 파울러 저 / 개앞맵시, 남기혁 역 / 한빛미디어 / 초판 1쇄 2020년 4월 1일
    * 테스트 주도 개발 / 켄트 벡 지음 / 김창준 옮김 / 인사이트 / 발행 2014년 02월 15일
"""


def test_korean_slash_parted_book_records_under_a_group_bullet_are_the_list() -> None:
    found = _sources(_KOREAN, "notes.md")
    assert [source.split(" / ")[0] for source in found] == ["리팩터링(2판)", "테스트 주도 개발"]


def test_the_records_read_their_parts() -> None:
    items = read_document(_KOREAN, "notes.md").items
    assert [item.get("publisher") for item in items] == ["한빛미디어", "인사이트"]
    assert [len(item.get("translator", [])) for item in items] == [2, 1]
