"""Forms found among the references biblio misread in the calibration sample of the labelled reference
lists (AnyStyle's and GROBID's kinds): Korean and Japanese journal articles written as parts between
commas with no title marks; physics' books ``R. W. Hockney and J. W. Eastwood, Title (Publisher, Place,
Year).`` with the last family name read into the title; a book closed by its series in brackets after the
imprint's year; a physics collaboration's paper cited by its title and an identifier alone; Elsevier's
``A.B. Name, C.D. Name, J. Nutr. 113 (1983) 1895-1905.`` with the journal read among the names; a society's
annual volume's years before the marked pages; GB/T 7714's type code inside a quoted title; a German edition
with its ordinal written out (``Zehnte, unveränderte Auflage``); a language note read as the publisher;
EndNote's APA ``Paper presented at the Proceedings of …``. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.collaborations import collaboration_title_in_note
from biblio.parse.mends.journal_heads import journal_head_in_names
from biblio.parse.mends.name_ends import family_opens_book_title

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("id", "custom")}


def test_korean_comma_parts_with_volume_before_year() -> None:
    record = parse_reference("박민수, 초등학생의 독서 습관 형성 연구, 한국교육학연구, 12, 2016, pp.45-67.")
    assert _fields(record) == {
        "type": "article-journal",
        "author": [{"family": "박민수"}],
        "title": "초등학생의 독서 습관 형성 연구",
        "container-title": "한국교육학연구",
        "issued": {"date-parts": [[2016]]},
        "volume": "12",
        "page": "45-67",
    }


def test_korean_others_mark_closes_the_names() -> None:
    record = parse_reference(
        "김철수, 이영희 외 2인, 도시 열섬 현상에 관한 실측 연구, 대한건축학회논문집, 2018, 34(5), pp.21-30."
    )
    assert record["author"] == [{"family": "김철수"}, {"family": "이영희"}]
    assert record["title"] == "도시 열섬 현상에 관한 실측 연구"
    assert record["container-title"] == "대한건축학회논문집"
    assert (record["volume"], record["issue"], record["page"]) == ("34", "5", "21-30")


def test_title_keeps_its_commas_up_to_the_journal_before_the_numbers() -> None:
    record = parse_reference(
        "최지영(2019). 청소년의 진로 인식, 자기효능감, 학업 성취에 관한 분석, 교육심리연구, 33(2), 101-125."
    )
    assert record["author"] == [{"family": "최지영"}]
    assert record["title"] == "청소년의 진로 인식, 자기효능감, 학업 성취에 관한 분석"
    assert record["container-title"] == "교육심리연구"
    assert record["issued"] == {"date-parts": [[2019]]}
    assert (record["volume"], record["issue"], record["page"]) == ("33", "2", "101-125")


def test_journal_ending_in_its_volume_then_the_publisher() -> None:
    record = parse_reference("山田太郎, 2005, 古代日本の鏡の研究, 考古学雑誌 52, 吉川弘文館.")
    assert _fields(record) == {
        "type": "article-journal",
        "author": [{"family": "山田太郎"}],
        "title": "古代日本の鏡の研究",
        "container-title": "考古学雑誌",
        "issued": {"date-parts": [[2005]]},
        "volume": "52",
        "publisher": "吉川弘文館",
    }


def test_title_opening_with_a_number_and_a_society_after_the_journal() -> None:
    record = parse_reference("이수진, 2020, 19세기 조선 회화의 변화, 미술사연구 40, 한국미술사학회, pp.5-30.")
    assert record["title"] == "19세기 조선 회화의 변화"
    assert record["container-title"] == "미술사연구"
    assert (record["volume"], record["page"]) == ("40", "5-30")
    assert "publisher" not in record


def test_named_volume_and_issue_marks() -> None:
    record = parse_reference("오세훈, 공공 디자인 정책의 변화, 디자인학연구, 제16권 제1호, 2019, 163-180쪽.")
    assert record["container-title"] == "디자인학연구"
    assert (record["volume"], record["issue"], record["page"]) == ("16", "1", "163-180")


def test_a_thesis_with_a_year_alone_is_not_read_as_an_article() -> None:
    record = parse_reference(
        "이호, 단어 의미 중의성 해결을 위한 분류 정보 모형, 박사 학위 논문, 고려대학교 대학원, 1999"
    )
    assert record.get("container-title") != "고려대학교 대학원"


def test_last_family_name_leaves_the_book_title() -> None:
    text = "L. D. Landau and E. M. Lifshitz, Quantum Mechanics ( Pergamon,Oxford ,1977 )."
    spans = spans_of(
        text,
        [
            ("author", "L. D. Landau and E. M."),
            ("title", "Lifshitz, Quantum Mechanics"),
            ("publisher", "( Pergamon,"),
            ("location", "Oxford ,"),
            ("date", "1977 )."),
        ],
    )
    mended = labelled(family_opens_book_title(spans, text))
    assert mended[:2] == [("author", "L. D. Landau and E. M. Lifshitz,"), ("title", "Quantum Mechanics")]


def test_initials_closing_an_inverted_name_keep_the_title_whole() -> None:
    text = "Burns, B.; Grant, B.; Wilkes, J. Borg, Omega, and Kubernetes. Queue 2016, 14, 70-93."
    spans = spans_of(
        text,
        [
            ("author", "Burns, B.; Grant, B.; Wilkes, J."),
            ("title", "Borg, Omega, and Kubernetes."),
            ("journal", "Queue"),
        ],
    )
    assert family_opens_book_title(spans, text) == spans


def test_series_in_brackets_after_the_imprint_year() -> None:
    record = parse_reference(
        "Pierre Toubert, Les structures du Latium médiéval, Rome, 1973 "
        "(Bibliothèque des Écoles françaises d'Athènes et de Rome, 221)."
    )
    assert record["title"] == "Les structures du Latium médiéval"
    assert record["collection-title"] == "Bibliothèque des Écoles françaises d'Athènes et de Rome, 221"
    assert record["publisher-place"] == "Rome"
    assert "volume" not in record and "note" not in record


def test_series_number_after_a_space_and_no_first_word_as_volume() -> None:
    record = parse_reference("Marc Dubois, Les seigneuries rurales en Lorraine, Nancy, 1962 (Annales de l'Est 24).")
    assert record["collection-title"] == "Annales de l'Est 24"
    assert "volume" not in record


def test_a_bracket_of_link_words_is_no_series() -> None:
    text = (
        "A. Ruiz, Solitons in fibres. In: Journal of Physics Conference Series, 694 (1), pp. 012076, 2016. "
        "(Type: BibTeX)"
    )
    assert "collection-title" not in parse_reference(text)


def test_collaboration_title_and_arxiv_number() -> None:
    record = parse_reference(
        "WMAP Collaboration, Seven-year observations. V. Cosmological interpretation, arXiv:1001.4538."
    )
    assert record["title"] == "Seven-year observations. V. Cosmological interpretation"
    assert "author" not in record


def test_collaboration_title_and_conference_note_number() -> None:
    text = "LHCb collaboration, Measurement of the CKM angle gamma, LHCb-CONF-2016-001 [INSPIRE]."
    spans = spans_of(text, [("note", text)])
    assert labelled(collaboration_title_in_note(spans, text)) == [
        ("note", "LHCb collaboration,"),
        ("title", "Measurement of the CKM angle gamma"),
        ("note", "LHCb-CONF-2016-001 [INSPIRE]."),
    ]


def test_collaboration_before_its_authors_is_left_alone() -> None:
    text = "PHOBOS Collaboration, B. B. Back et al., The PHOBOS perspective, arXiv:nucl-ex/0410022."
    spans = spans_of(text, [("note", text)])
    assert collaboration_title_in_note(spans, text) == spans


def test_journal_opening_on_an_initial_after_initials_first_names() -> None:
    record = parse_reference("[4] K.L. Brown, M.N. Green, J. Nutr. 98 (1999) 120-131.")
    assert record["author"] == [{"family": "Brown", "given": "K.L."}, {"family": "Green", "given": "M.N."}]
    assert record["container-title"].rstrip(".") == "J. Nutr"
    assert (record["volume"], record["page"], record["issued"]) == ("98", "120-131", {"date-parts": [[1999]]})


def test_journal_head_with_its_volume_read_as_a_page() -> None:
    text = "[23] P.R. Hale, T.S. Moore, J. Nutr. 113 (1983) 1895-1905."
    spans = spans_of(
        text,
        [
            ("citation-number", "[23]"),
            ("author", "P.R. Hale, T.S. Moore, J. Nutr."),
            ("pages", "113"),
            ("date", "(1983)"),
            ("pages", "1895-1905."),
        ],
    )
    assert labelled(journal_head_in_names(spans, text))[1:4] == [
        ("author", "P.R. Hale, T.S. Moore"),
        ("journal", "J. Nutr."),
        ("volume", "113"),
    ]


def test_annual_volume_years_before_the_marked_pages() -> None:
    record = parse_reference(
        "P. Durand, Les fouilles de Nîmes, Revue archéologique, t. XI, 1870-1871, pp. 96-102."
    )
    assert record["page"] == "96-102"
    assert record["issued"]["date-parts"][0] == [1870]
    assert record["container-title"] == "Revue archéologique"


def test_type_code_inside_the_quoted_title_is_no_part_of_it() -> None:
    record = parse_reference("王明, '城市更新中的社区参与研究 [J],' 城市规划, Vol.40, pp.12-19, 2016.")
    assert record["title"] == "城市更新中的社区参与研究"
    assert record["container-title"] == "城市规划"
    assert (record["volume"], record["page"]) == ("40", "12-19")


def test_german_edition_with_its_ordinal_written_out() -> None:
    record = parse_reference("Meier, Eva 2010. Deutsche Grammatik. Dritte, erweiterte Auflage. München: Beck.")
    assert record["title"] == "Deutsche Grammatik"
    assert record["edition"] == "3"
    assert (record["publisher"], record["publisher-place"]) == ("Beck", "München")


def test_language_note_after_the_pages_is_no_publisher() -> None:
    record = parse_reference(
        "Ko, M.H., J.Y. Park and Y.J. Lee (2008) Feeding habits of bass in Lake Okjeong, Korea. "
        "Korean Journal of Ichthyology 20: 36-44. (in Korean with English abstract)."
    )
    assert "publisher" not in record
    assert record["container-title"] == "Korean Journal of Ichthyology"
    assert "in Korean with English abstract" in record.get("note", "")


def test_paper_presented_at_proceedings_names_the_container() -> None:
    record = parse_reference(
        "Kim, J., & Lee, H. (2012). Mobile learning in schools. Paper presented at the Proceedings of the 2012 "
        "International Conference on Education Technology."
    )
    proceedings = "Proceedings of the 2012 International Conference on Education Technology"
    assert record["container-title"] == proceedings
    assert "event-title" not in record


def test_paper_presented_at_a_meeting_names_the_event() -> None:
    record = parse_reference(
        "Smith, A. (2010). A study of games. Paper presented at the Annual Meeting of the American Educational "
        "Research Association, Denver, CO."
    )
    assert record["event-title"] == "Annual Meeting of the American Educational Research Association"
    assert "container-title" not in record
