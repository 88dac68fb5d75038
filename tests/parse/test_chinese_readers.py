"""The Chinese readers: GB/T 7714 type codes and 《》/〈〉 title marks, read through parse_reference."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.readers import cjk
from biblio.records.model import biblio_data


def fields(text: str) -> dict:
    item = parse_reference(text)
    assert biblio_data(item)["reader"] == "chinese"
    assert biblio_data(item)["source"] == text  # nothing the user gave is lost
    values = {k: v for k, v in item.items() if k != "custom"}
    # every field carries a confidence, as the model's records do
    assert set(biblio_data(item)["field_confidence"]) == set(values) - {"id", "type"}
    return values


def test_gbt7714_journal_article() -> None:
    assert fields("张三, 李四. 数字图书馆研究[J]. 图书情报工作, 2020, 12(3): 45-67.") == {
        "type": "article-journal", "title": "数字图书馆研究", "author": [{"family": "张三"}, {"family": "李四"}],
        "container-title": "图书情报工作", "issued": {"date-parts": [[2020]]}, "volume": "12", "issue": "3",
        "page": "45-67",
    }


def test_gbt7714_book_with_edition() -> None:
    got = fields("库恩. 科学革命的结构[M]. 4版. 北京: 北京大学出版社, 2012.")
    assert got["type"] == "book" and got["edition"] == "4"
    assert (got["publisher-place"], got["publisher"]) == ("北京", "北京大学出版社")


def test_gbt7714_part_of_a_book_names_its_container_and_responsible_party() -> None:
    got = fields("陈晋镳, 张惠民, 朱士兴, 等. 蓟县震旦亚界研究[M]//中国地质科学院天津地质矿产研究所. 中国震旦亚界. "
                 "天津: 天津科学技术出版社, 1980: 56-114.")
    assert got["type"] == "chapter" and got["container-title"] == "中国震旦亚界"
    assert got["editor"] == [{"literal": "中国地质科学院天津地质矿产研究所"}]
    assert len(got["author"]) == 3 and got["page"] == "56-114"


@pytest.mark.parametrize(
    ("text", "csl_type"),
    [
        ("马欢. 人类活动影响下海河流域典型区水循环变化分析[D]. 北京: 清华大学, 2011.", "thesis"),
        ("丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).", "article-newspaper"),
        ("王明. 会议论文集[C]. 北京: 科学出版社, 2011.", "paper-conference"),
    ],
)
def test_gbt7714_type_codes(text: str, csl_type: str) -> None:
    assert fields(text)["type"] == csl_type


def test_gbt7714_online_resource_dates_and_address() -> None:
    got = fields("中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[R/OL]. (2012-01-16)[2013-03-26]. "
                 "http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf.")
    assert got["author"] == [{"literal": "中国互联网络信息中心"}]
    assert got["issued"] == {"date-parts": [[2012, 1, 16]]} and got["accessed"] == {"date-parts": [[2013, 3, 26]]}
    assert got["URL"].endswith("P020120709345264469680.pdf")


def test_gbt7714_latin_names_and_doi() -> None:
    got = fields("KANAMORI H. Shaking without quaking[J]. Science, 1998, 279(5359): 2063-2064. "
                 "DOI:10.1126/science.279.5359.2063.")
    assert got["author"] == [{"family": "KANAMORI", "given": "H"}]
    assert got["DOI"] == "10.1126/science.279.5359.2063" and got["issue"] == "5359"


def test_title_marks_article_in_journal() -> None:
    assert fields("徐信義：〈張炎的詞學批評〉，《幼獅學誌》第14期（1977年2月），頁172-194。") == {
        "type": "article-journal", "author": [{"family": "徐信義"}], "title": "張炎的詞學批評",
        "container-title": "幼獅學誌", "issue": "14", "issued": {"date-parts": [[1977]]}, "page": "172-194",
    }


def test_title_marks_book_keeps_the_cited_page_out_of_page() -> None:
    got = fields("明‧郝敬：《尚書辨解》（臺北：藝文印書館，1969年，百部叢書集成影印湖北叢書本），卷3，頁2 上。")
    assert got["author"] == [{"family": "郝敬"}] and got["title"] == "尚書辨解"
    assert (got["publisher-place"], got["publisher"], got["issued"]) == ("臺北", "藝文印書館", {"date-parts": [[1969]]})
    assert "page" not in got and "百部叢書集成影印湖北叢書本" in got["note"]


def test_title_marks_thesis_and_chapter() -> None:
    thesis = fields("孔仲溫：《類篇研究》（臺北：政治大學中國文學研究所博士論文，1985年，○○○先生指導）。")
    assert thesis["type"] == "thesis" and thesis["publisher"] == "政治大學中國文學研究所"
    chapter = fields("林文月：〈八十自述〉，收錄於臺灣大學中國文學系主編：《林文月先生學術成就與薪傳國際學術研討會》"
                     "（臺北：臺灣大學中國文學系，2014年5月），頁1-16。")
    assert chapter["type"] == "chapter" and chapter["editor"] == [{"literal": "臺灣大學中國文學系"}]
    assert chapter["container-title"] == "林文月先生學術成就與薪傳國際學術研討會"


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2020). A title [Computer software]. Zenodo.",
        "贾东琴 and 柯平, “面向数字素养的高校图书馆数字服务体系研究,” in 中国图书馆学会年会论文集"
        ", 北京: 国家图书馆出版社, 2011.",
        "Doe, J. 2019. On [M] and [J] as labels. Journal of Tests 3: 1-2.",
    ],
)
def test_not_my_style(text: str) -> None:
    assert cjk.read(text) is None
