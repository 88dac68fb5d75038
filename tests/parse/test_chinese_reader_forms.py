"""Forms of Chinese reference lists the Chinese readers read: numbered GB/T 7714 lists with full-width
punctuation, the author-year form, translators and editions, numbered standards and patents, and the
mainland norm's notes with 《》 titles and the imprint outside parentheses."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.normalisers.identifiers import url_value
from biblio.records.model import biblio_data


def fields(text: str) -> dict[str, Any]:
    item = parse_reference(text)
    assert biblio_data(item)["reader"] == "chinese"
    return {k: v for k, v in item.items() if k not in ("custom", "id")}


def year(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


def test_numbered_list_with_full_width_punctuation() -> None:
    got = fields(
        "[3] 王五，赵六. 城市水系研究[J/OL]. 地理学报，2019，74（6）：1100-1115[2020-02-01]. http://example.org/a."
    )
    assert got["author"] == [{"family": "王五"}, {"family": "赵六"}]
    assert (got["container-title"], got["volume"], got["issue"], got["page"]) == ("地理学报", "74", "6", "1100-1115")
    assert got["issued"] == year(2019) and got["accessed"] == year(2020, 2, 1)
    assert got["URL"] == "http://example.org/a"


def test_author_year_form_puts_the_year_after_the_names() -> None:
    got = fields("李明, 王芳, 2015. 湿地植物调查[J]. 生态学报, 35(8): 200-210.")
    assert got["author"] == [{"family": "李明"}, {"family": "王芳"}] and got["issued"] == year(2015)
    assert (got["container-title"], got["volume"], got["issue"], got["page"]) == ("生态学报", "35", "8", "200-210")
    chapter = fields("赵强, 2009. 流域管理[M]//孙红. 水资源论文集. 南京: 河海大学出版社: 12-20.")
    assert chapter["type"] == "chapter" and chapter["editor"] == [{"family": "孙红"}]
    assert (chapter["container-title"], chapter["publisher-place"], chapter["publisher"]) == (
        "水资源论文集",
        "南京",
        "河海大学出版社",
    )
    assert chapter["page"] == "12-20" and chapter["issued"] == year(2009)


def test_author_year_form_with_et_al_and_a_year_less_journal() -> None:
    got = fields("Green A B, White C, et al., 2011. Soil carbon[J]. Geoderma(4): 5-9.")
    assert [n["family"] for n in got["author"]] == ["Green", "White"]
    assert (got["container-title"], got["issue"], got["page"], got["issued"]) == ("Geoderma", "4", "5-9", year(2011))


def test_translators_and_edition_after_the_type_code() -> None:
    got = fields("希尔. 统计学习[M]. 张三，李四，译. 3 版. 北京：科学出版社，2018：45.")
    assert got["author"] == [{"family": "希尔"}] and got["translator"] == [{"family": "张三"}, {"family": "李四"}]
    assert (got["edition"], got["publisher-place"], got["publisher"], got["page"]) == ("3", "北京", "科学出版社", "45")
    latin = fields("SMITH J A Jr. Graph theory[M]. 2nd ed. Boston：Academic Press，c1999.")
    assert latin["author"] == [{"family": "SMITH", "given": "J A", "suffix": "Jr"}]
    assert (latin["edition"], latin["publisher"], latin["issued"]) == ("2", "Academic Press", year(1999))
    woodblock = fields("刘向. 说苑[M]. 刻本. 杭州：某书坊，1790.")
    assert woodblock["edition"] == "刻本" and woodblock["publisher-place"] == "杭州"


def test_a_standards_or_patents_number_is_no_part_of_its_title() -> None:
    std = fields("国家标准化管理委员会. 信息技术 术语：GB/T 5271—2000[S]. 北京：中国标准出版社，2001.")
    assert (std["title"], std["number"]) == ("信息技术 术语", "GB/T 5271—2000")
    patent = fields("王强. 一种节水阀门：CN201234567U[P]. 2010-05-06.")
    assert (patent["title"], patent["number"], patent["issued"]) == ("一种节水阀门", "CN201234567U", year(2010, 5, 6))
    book = fields("张华. 年鉴：2003[M]. 北京：统计出版社，2003.")
    assert book["title"] == "年鉴：2003" and "number" not in book


def test_container_segments_edition_and_a_meeting_with_its_year() -> None:
    got = fields("孔明. 论治水[M]//孔明. 全集：第2册. 修订版. 成都：巴蜀书社，2010：5-9.")
    assert (got["container-title"], got["edition"], got["page"]) == ("全集：第2册", "修订版", "5-9")
    assert got["editor"] == [{"family": "孔明"}]
    meeting = fields("钱进，孙立. 遥感监测[C]//全国第十届遥感会议，2019：33.")
    assert (meeting["container-title"], meeting["issued"], meeting["page"]) == ("全国第十届遥感会议", year(2019), "33")


def test_name_lists_others_and_a_companys_legal_form() -> None:
    assert fields("박민수，others. 도서관 연구[M]. 서울：출판사，2001.")["author"] == [{"family": "박민수"}]
    got = fields("Example Press, Inc. About us[EB/OL]. [2012-03-27]. http://example.com/about.")
    assert got["author"] == [{"literal": "Example Press, Inc"}] and got["accessed"] == year(2012, 3, 27)


def test_the_dois_own_link_is_no_url() -> None:
    got = fields(
        "Lee K. A pipeline[J/OL]. GigaScience，2020，9：giaa001. https://doi.org/10.1093/gigascience/giaa001. "
        "DOI:10.1093/gigascience/giaa001."
    )
    assert got["DOI"] == "10.1093/gigascience/giaa001" and "URL" not in got and got["page"] == "giaa001"


def test_norm_notes_book_with_the_imprint_outside_parentheses() -> None:
    got = fields("刘洋：《城市化与环境》，商务印书馆2005年版，第12页。")
    assert (got["title"], got["publisher"], got["page"]) == ("城市化与环境", "商务印书馆", "12")
    assert got["issued"] == year(2005)
    placed = fields("郑红主编：《文学词典》，北京：中华书局1990年版。")
    assert placed["editor"] == [{"family": "郑红"}] and "author" not in placed
    assert (placed["publisher-place"], placed["publisher"]) == ("北京", "中华书局")
    translated = fields("周敏，王伟等译：《技术史》，上海译文出版社1999年版。")
    assert translated["author"] == [{"family": "周敏"}] and translated["translator"] == [{"family": "王伟"}]


def test_norm_notes_article_chapter_thesis_and_newspaper() -> None:
    article = fields("陈静：《乡村治理研究》，载《社会学研究》2011年第4期，第50–66页。")
    assert article["type"] == "article-journal" and article["container-title"] == "社会学研究"
    assert (article["issue"], article["issued"], article["page"]) == ("4", year(2011), "50-66")
    chapter = fields("吴刚：《制度变迁》，载李华主编：《中国经济论丛》，人民出版社，2003年版，第7–9页。")
    assert chapter["type"] == "chapter" and chapter["container-title"] == "中国经济论丛"
    assert (chapter["publisher"], chapter["issued"], chapter["page"]) == ("人民出版社", year(2003), "7-9")
    thesis = fields("孙丽：《社区研究》，北京大学2012年硕士学位论文。")
    assert (thesis["type"], thesis["publisher"], thesis["genre"]) == ("thesis", "北京大学", "硕士学位论文")
    news = fields("林涛：《新闻评论》，载《光明日报》，2015年3月2日，第5版。")
    assert news["type"] == "article-newspaper" and news["issued"] == year(2015, 3, 2) and news["page"] == "5"


def test_norm_notes_web_document_without_author() -> None:
    got = fields("《国家规划纲要》，https://www.example.gov.cn/a.html，访问时间：2021年5月1日。")
    assert got["title"] == "国家规划纲要" and "author" not in got and got["type"] == "webpage"
    assert got["URL"] == "https://www.example.gov.cn/a.html" and got["accessed"] == year(2021, 5, 1)
    assert "issued" not in got


def test_a_url_ends_at_full_width_punctuation() -> None:
    assert url_value("见 https://a.org/x?y=1，访问时间：2020年1月1日。") == "https://a.org/x?y=1"
    assert url_value("https://zh.wikipedia.org/wiki/长江。") == "https://zh.wikipedia.org/wiki/长江"


def test_initials_first_latin_names_end_at_the_full_stop_that_closes_the_list() -> None:
    got = fields("[7] R. T. Cole, M. Diaz, et al. Coastal erosion models[J]. Marine Geology, 2004, 210(3): 1-20.")
    assert got["author"] == [{"family": "Cole", "given": "R. T."}, {"family": "Diaz", "given": "M."}]
    assert got["title"] == "Coastal erosion models" and got["container-title"] == "Marine Geology"
    jr = fields("[8] P. K. Lowe Jr. Signal theory[M]. 3rd ed. Boston: Ginn, 1990.")
    assert jr["author"] == [{"family": "Lowe", "given": "P. K.", "suffix": "Jr"}] and jr["edition"] == "3"
    part = fields("[9] A. Ray. Soils[M]//B. C. Dunn Jr, E. Dunn. Field methods. Leeds: Maney, 1999: 3-9.")
    assert part["editor"] == [{"family": "Dunn", "given": "B. C.", "suffix": "Jr"}, {"family": "Dunn", "given": "E."}]
    assert part["container-title"] == "Field methods" and part["page"] == "3-9"


def test_a_standards_designation_in_the_names_place_and_a_patents_country() -> None:
    std = fields("[2] GB/T 7714.1—2015. 信息与文献: 第 1 部分 总则[S]. 北京: 中国标准出版社, 2015: 4.")
    assert "author" not in std and std["number"] == "GB/T 7714.1—2015"
    assert std["title"] == "信息与文献: 第 1 部分 总则" and std["publisher"] == "中国标准出版社"
    patent = fields("[5] 周涛. 一种节能灯[P]. 中国专利: 201010123456.7, 2011-03-04.")
    assert (patent["number"], patent["issued"]) == ("201010123456.7", year(2011, 3, 4))


def test_an_address_then_its_date_and_a_site_with_its_date() -> None:
    page = fields("[4] K. Moor. Open data[EB/OL]. http://example.org/open.html, 2010-06-01.")
    assert page["URL"] == "http://example.org/open.html" and page["issued"] == year(2010, 6, 1)
    site = fields("[6] 钱明. 教学改革的思考[EB/OL]. 中国教育网, 2007-09-10.")
    assert site["container-title"] == "中国教育网" and site["issued"] == year(2007, 9, 10)
    news = fields("[3] 高远. 城市新貌[N]. 光明日报, 2001, 5(8): 3.")
    assert (news["container-title"], news["issued"], news["page"]) == ("光明日报", year(2001), "3")


def test_law_notes_quote_an_articles_title() -> None:
    article = fields("赵明：“程序正义论”，《法学研究》，2001年第3期。")
    assert (article["title"], article["container-title"], article["issue"]) == ("程序正义论", "法学研究", "3")
    chapter = fields("钱伟：“合同解释”，孙立主编：《民法论丛》第2卷，法律出版社，1999年版。")
    assert chapter["type"] == "chapter" and chapter["container-title"] == "民法论丛" and chapter["volume"] == "2"
    news = fields("冯雪：“司法公开”，《人民法院报》2010年6月1日，第5版。")
    assert news["type"] == "article-newspaper" and news["issued"] == year(2010, 6, 1) and news["page"] == "5"
    thesis = fields("韩梅：“行政诉讼研究”，北京大学博士学位论文，2012年。")
    assert (thesis["type"], thesis["publisher"], thesis["issued"]) == ("thesis", "北京大学", year(2012))


def test_japanese_article_book_chapter_and_thesis() -> None:
    article = fields("山田太郎・鈴木花子（2010）「日本語の語順について」『国語学』12(3): 45-67.")
    assert article["author"] == [{"family": "山田太郎"}, {"family": "鈴木花子"}] and article["issued"] == year(2010)
    assert (article["title"], article["container-title"]) == ("日本語の語順について", "国語学")
    assert (article["volume"], article["issue"], article["page"]) == ("12", "3", "45-67")
    book = fields("中山眞彦（1995）『物語構造論』東京: 岩波書店.")
    assert (book["type"], book["publisher-place"], book["publisher"]) == ("book", "東京", "岩波書店")
    chapter = fields("田中花子（2005）「助詞の研究」山田太郎・木村一（編）『日本語文法論』12-30. 東京: ひつじ書房.")
    assert chapter["type"] == "chapter" and chapter["editor"] == [{"family": "山田太郎"}, {"family": "木村一"}]
    assert (chapter["container-title"], chapter["page"], chapter["publisher"]) == (
        "日本語文法論",
        "12-30",
        "ひつじ書房",
    )
    thesis = fields("林次郎（1999）「方言の音韻」博士論文, 東北大学")
    assert (thesis["type"], thesis["genre"], thesis["publisher"]) == ("thesis", "博士論文", "東北大学")


def test_japanese_volume_and_issue_words_and_a_katakana_name() -> None:
    got = fields("斎藤兆史（2000）「英語教育の課題」『英語青年』第146巻第3号, pp. 10-12.")
    assert (got["volume"], got["issue"], got["page"]) == ("146", "3", "10-12")
    foreign = fields("ロナルド・ドーア（1987）『イギリスの工場』東京: 筑摩書房.")
    assert len(foreign["author"]) == 1  # a katakana name keeps its middle dot
    editors = fields("佐藤一郎編（2001）『言語学論集』東京: くろしお出版.")
    assert editors["editor"] == [{"family": "佐藤一郎"}] and "author" not in editors
