"""Forms found among the references biblio misread in the calibration and training parts of the labelled
reference lists (AnyStyle's and GROBID's kinds): physics lists that cite a book by its editors after
``in:`` with no chapter title (``R.K. Gupta, in: C. Beck (Ed.), Book, …``); the editors glued to ``In`` by
PDF text (``In :Grigelionis ,B .``, ``InC. B. Jones, …, editors``); a name glued to the word before it
(``andM .Siegel``, ``ThomasC .Marshall``, the list's ``10T .Seki``). The examples are written for these
tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.numbers import marked_numbers
from biblio.parse.normalisers.names import names_from_span

from .test_assemble import spans_of


def _families(record: dict[str, Any], role: str = "author") -> list[str]:
    return [str(n.get("family", n.get("literal"))) for n in record.get(role, [])]


def test_editors_after_in_with_no_chapter_title() -> None:
    # Elsevier's physics lists name the book and its editors, not the chapter: the role closes the editors
    record = parse_reference(
        "P. Moller, in: J.H. Hamilton (Ed.), Nuclear Shapes and Nuclear Structure at Low Excitation Energies, "
        "Plenum Press, New York, 1992, p. 259."
    )
    assert _families(record) == ["Moller"]
    assert _families(record, "editor") == ["Hamilton"]
    assert record["title"] == "Nuclear Shapes and Nuclear Structure at Low Excitation Energies"
    assert "container-title" not in record
    record = parse_reference(
        "A. Bohr, et al., in: W. Greiner, H. Stöcker, A. Gallmann (Eds.), Hot and Dense Nuclear Matter, "
        "Plenum, New York, 1994, p. 11."
    )
    assert _families(record) == ["Bohr"]
    assert _families(record, "editor") == ["Greiner", "Stöcker", "Gallmann"]
    assert record["title"] == "Hot and Dense Nuclear Matter"


def test_lncs_editors_after_in_with_no_chapter_title() -> None:
    # Springer's "Name, A.: In: Editor, B. (ed.) Book": the LNCS reader needs a title and leaves it
    record = parse_reference(
        "Weinberg, S.: In: Gribov, V. (ed.) Gauge Theories of the Weak Interactions. Nauka, Moscow (1972)"
    )
    assert _families(record) == ["Weinberg"]
    assert _families(record, "editor") == ["Gribov"]
    assert record["title"] == "Gauge Theories of the Weak Interactions"


def test_chapter_with_a_title_keeps_its_book_as_container() -> None:
    record = parse_reference(
        "Kowalski, R., Logic for data description, in: H. Gallaire and J. Minker (eds.), Logic and Data Bases, "
        "Plenum Press, New York, 1978."
    )
    assert record["title"] == "Logic for data description"
    assert record["container-title"] == "Logic and Data Bases"
    assert _families(record, "editor") == ["Gallaire", "Minker"]


def test_in_glued_to_the_editors() -> None:
    assert _families({"editor": names_from_span("In :Grigelionis ,B .et al .( eds.)")}, "editor") == ["Grigelionis"]
    assert _families({"editor": names_from_span("InC. B. Jones, R. C. Shaw, and T. Denvir, editors")}, "editor") == [
        "Jones",
        "Shaw",
        "Denvir",
    ]
    record = parse_reference(
        "Streater, R.: Entropy and the central limit theorem .In :Albeverio ,S .,Fenstad ,J .( eds.)Stochastic "
        "Processes in Physics ,pp .17 -40.Springer ,Berlin (1986)"
    )
    assert _families(record, "editor") == ["Albeverio", "Fenstad"]


def test_name_glued_to_the_word_before_it() -> None:
    assert names_from_span("P. Petrov, D. Soper, andM .Sato")[-1] == {"family": "Sato", "given": "M."}
    assert names_from_span("J. L. Hirshfield, and ThomasC .Marshall")[-1] == {
        "family": "Marshall",
        "given": "Thomas C.",
    }
    assert names_from_span("10T .Seki ,J .Matsuo")[0] == {"family": "Seki", "given": "T."}
    # a family name glued to its given name's initial in an inverted list stays whole (as GROBID labels it)
    assert names_from_span("Abel T., PallaF .")[-1]["family"] == "PallaF"


def test_chinese_marked_pages() -> None:
    # "第32页" (page 32), "第791-795页": the pages, their marks out of the journal's name, wherever the model put them
    text = "王小明, 2012, '城市绿地系统规划研究', 城市规划学刊, 第56-61页."
    spans = spans_of(
        text,
        [
            ("author", "王小明,"),
            ("date", "2012,"),
            ("title", "'城市绿地系统规划研究',"),
            ("journal", "城市规划学刊, 第56-61页."),
        ],
    )
    out = [(s.label, s.text) for s in marked_numbers(spans, text)]
    assert out[-2:] == [("journal", "城市规划学刊, "), ("pages", "56-61")]
    text = "赵丽, 2015, '乡村旅游发展模式探讨', 农业经济, 第18页."
    spans = spans_of(
        text,
        [
            ("author", "赵丽,"),
            ("date", "2015,"),
            ("title", "'乡村旅游发展模式探讨',"),
            ("journal", "农业经济, 第18页."),
        ],
    )
    assert [(s.label, s.text) for s in marked_numbers(spans, text)][-1] == ("pages", "18")
    # a bare count of pages ("320页", a book's length) is no page
    text = "李明, 2010, 中国园林史, 北京: 中国建筑工业出版社, 320页."
    spans = spans_of(
        text,
        [
            ("author", "李明,"),
            ("date", "2010,"),
            ("title", "中国园林史,"),
            ("publisher", "北京: 中国建筑工业出版社, 320页."),
        ],
    )
    assert marked_numbers(spans, text) == spans


def test_quoted_title_spaced_by_pdf_text() -> None:
    # IEEE-like physics lists extracted from PDFs: 'Hughes," Title ,"Journal' — the straight quote after the
    # names opens the title, the one after its comma closes it; no words of the title become a name
    record = parse_reference(
        'A. B. Khanikaev, S. H. Mousavi, and G. Shvets," Photonic topological insulators ,"Nat. Mater. 12, '
        "233- 239(2013 )."
    )
    assert _families(record) == ["Khanikaev", "Mousavi", "Shvets"]
    assert record["title"] == "Photonic topological insulators"


def test_role_spaced_by_pdf_text() -> None:
    # "In Book ,ed .Name ,pp .27 -66.": the book, then its editor after the spaced role word
    record = parse_reference(
        'Smith, J. R. (1999). "Naming the new elements." In ChemicalHistory ,ed .Mary Jones ,pp .41 -58.'
        "Dordrecht :Kluwer Academic ."
    )
    assert record["container-title"] == "ChemicalHistory"
    assert _families(record, "editor") == ["Jones"]
    assert names_from_span("ed .S .A .Klioner ,P .K. Seidelmann, &M . H. Soffel")[-1] == {
        "family": "Soffel",
        "given": "M. H.",
    }


def test_japanese_marked_volume_and_issue() -> None:
    # Japanese "第58巻, 第3号" (volume 58, issue 3) and Chinese "第100輯" (volume 100), as Chinese 第3卷 第2期
    text = "山田太郎, 2010, '地域経済の構造分析', 経済学研究, 第58巻, 第3号, 99-114頁."
    spans = spans_of(
        text,
        [
            ("author", "山田太郎,"),
            ("date", "2010,"),
            ("title", "'地域経済の構造分析',"),
            ("journal", "経済学研究, 第58巻, 第3号, 99-114頁."),
        ],
    )
    out = [(s.label, s.text) for s in marked_numbers(spans, text)]
    assert ("volume", "58") in out and ("issue", "3") in out and ("pages", "99-114") in out
    assert out[3] == ("journal", "経済学研究, ")
    # the bare "45巻 1号": the marks are no part of the numbers
    text = "佐藤花子, 宇宙開発の法的課題 法学論集 45巻 1号 (大学学会, 2009)."
    spans = spans_of(
        text,
        [("author", "佐藤花子,"), ("title", "宇宙開発の法的課題"), ("journal", "法学論集"), ("volume", "45巻 1号")],
    )
    out = [(s.label, s.text) for s in marked_numbers(spans, text)]
    assert out[-2:] == [("volume", "45"), ("issue", "1")]


def test_title_colon_after_initials_is_no_imprint() -> None:
    # natbib's "Names. Title: Subtitle, Year." after names closing on an initial: the colon is the title's,
    # not a DIN imprint's "Place: Publisher Year"
    record = parse_reference(
        "Kaplan, J., McCandlish, S., and Henighan, T. Scaling laws: Neural language models and data, 2020."
    )
    assert record["title"] == "Scaling laws: Neural language models and data"
    assert "publisher" not in record and "publisher-place" not in record
