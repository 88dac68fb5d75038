"""Forms of hand-written reference lists met in realworld45: a Japanese APA-like list's access note
(``アクセス日: 2025 年 1 月 4 日.``) and its journals' ``巻, 号, pages`` parted by commas (``66, 550, 193-200``);
SIST 02's unmarked book and article (``著者. 書名. 出版社, 2010.``, ``著者. 論文名. 誌名. 2019, vol.42, no.3,
pp.55-67.``) and its bracketed access note ``(参照2024-12-14)``; an Italian web list's date before the address with
no access word (``Autore, *Titolo*, 19 marzo 2016. https://…``); a Dutch particle in a name in natural order
(``Marco te Brömmelstroet``); Harvard's ``‘Chapter’, Book title, ed. Names`` before the imprint; a citing page's
``bibcode: 2016AGUFM.S13A2518S`` closing the reference."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.normalisers.dates import loose_date
from biblio.parse.normalisers.pages import number_is_issue

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "山田太郎, 佐藤花子. (2010). _地方都市の人口移動に関する研究_. 都市計画論文集, 45, 120-126. "
        "アクセス日: 2024 年 3 月 9 日. https://www.example.jp/article/45_120",
        {"container-title": "都市計画論文集",
         "volume": "45", "page": "120-126", "accessed": {"date-parts": [[2024, 3, 9]]}, "publisher": None,
         "publisher-place": None},
    ),
    (
        "北村一郎. (2015). _港湾都市の再生_. 国土交通省. アクセス日: 2023 年 11 月 2 日. https://www.example.go.jp/p.html",
        {"title": "港湾都市の再生", "accessed": {"date-parts": [[2023, 11, 2]]},
         "publisher-place": None},
    ),
    (
        "Tanaka, H., & Mori, K. (2004). Housing on small islands. Journal of Island Studies, 59, 581, 77-84.",
        {"container-title": "Journal of Island Studies", "volume": "59", "issue": "581", "page": "77-84"},
    ),
    (
        "鈴木花子. 日本の島々ー暮らしと交通ー. 岩波書店, 2018.",
        {"author": [{"family": "鈴木花子"}], "title": "日本の島々ー暮らしと交通ー", "publisher": "岩波書店",
         "issued": {"date-parts": [[2018]]}},
    ),
    (
        "中村健. 小学校における読書指導の実践. 読書科学. 2021, vol.63, no.2, pp.101-110.",
        {"author": [{"family": "中村健"}], "title": "小学校における読書指導の実践", "container-title": "読書科学",
         "volume": "63", "issue": "2", "page": "101-110", "issued": {"date-parts": [[2021]]}},
    ),
    (
        "国立国会図書館. “資料の探し方”. リサーチ・ナビ. 2020. https://www.example.jp/navi, (参照2023-05-01).",
        {"author": [{"literal": "国立国会図書館"}], "accessed": {"date-parts": [[2023, 5, 1]]}},
    ),
    (
        "Ferrovie Locali, *Le automotrici diesel della linea per Lecco: ATR 115 / ATR 125*, 3 maggio 2018. "
        "https://ferrovielocali.example.it/2018/05/03/atr/",
        {"issued": {"date-parts": [[2018, 5, 3]]}, "accessed": None},
    ),
    (
        "Hoek, Marijke, Jan te Velde and Anna Visser (2016). ‘Cycling streets in Dutch towns’, Streets for people: "
        "design and policy, ed. Paul Jansen and Eva Smit. Rotterdam: nai010.",
        {"author": [{"family": "Hoek", "given": "Marijke"},
                    {"family": "Velde", "non-dropping-particle": "te", "given": "Jan"},
                    {"family": "Visser", "given": "Anna"}],
         "title": "Cycling streets in Dutch towns", "container-title": "Streets for people: design and policy",
         "editor": [{"family": "Jansen", "given": "Paul"}, {"family": "Smit", "given": "Eva"}]},
    ),
    (
        "Kim, J., & Lee, S. (2019). Slow slip beneath the northern Hikurangi margin observed with seafloor geodesy. "
        "In AGU Fall Meeting Abstracts (Vol. 2019, pp. T21B-0310), bibcode: 2019AGUFM.T21B0310K",
        {"container-title": "AGU Fall Meeting Abstracts", "page": "T21B-0310", "publisher": None,
         "publisher-place": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw66_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2025 年 1 月 4 日", [2025, 1, 4]),
        ("2019年12月", [2019, 12]),
        ("2024 年 01 月 12 日", [2024, 1, 12]),
    ],
)
def test_cjk_dates(text: str, parts: list[int]) -> None:
    assert loose_date(text) == {"date-parts": [parts]}


@pytest.mark.parametrize(
    ("number", "pages", "issue"),
    [
        ("550", "193-200", True),  # past the range's end: no page of a list
        ("4", "57-75", True),
        ("2019", "193-200", False),  # a year
        ("150", "193-200", True),
        ("12345", "1-2", False),
    ],
)
def test_number_is_issue(number: str, pages: str, issue: bool) -> None:
    assert number_is_issue(number, pages) is issue
