# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""Typst sources read as the Markdown they stand for; a caption line over an entry that names its work again; books
named by their titles in Chinese book marks among links; Harvard's ``Body Year, *Title*`` as Australian guides write
it; two blank lines closing a tight list before a page's card. The examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.layout import flavour_of
from biblio.documents.typst import typst_markdown
from biblio.references.cues import is_reference
from biblio.references.splitter import split_references


def _read(text: str, name: str) -> list[tuple[str | None, str]]:
    return [(item["custom"]["biblio"].get("section"), item["custom"]["biblio"]["source"])
            for item in read_document(text, name).items]


_TYPST = """#set page(numbering: "1")
#figure(
  image("plot.png", width: 80%),
  caption: [Ein *Diagramm*],
)

= Einleitung

Text mit einem Zitat.

== Quellen <sec.quellen>

#set text(size: 9pt)

+ Knuth, D. E. (1997). _The Art of Computer Programming_. 3rd ed.,
  Addison-Wesley.

+ Wirth, N. (1976). _Algorithmen und Datenstrukturen_. Teubner.

// ein Kommentar
== Anhang
"""


def test_a_typst_source_is_read_as_the_markdown_it_stands_for() -> None:
    assert flavour_of(_TYPST, "arbeit.typ") == "typst"
    lines = typst_markdown(_TYPST).split("\n")
    assert len(lines) == len(_TYPST.split("\n"))  # line for line
    assert lines[:5] == ["", "", "", "", ""]  # code, over the lines of its call
    assert lines[6] == "# Einleitung" and lines[10] == "## Quellen" and lines[12] == ""
    assert lines[14].startswith("1. Knuth") and lines[19] == "" and lines[20] == "## Anhang"
    assert typst_markdown("Ein *starkes* Wort, 2 * 3 * 4.") == "Ein **starkes** Wort, 2 * 3 * 4."
    found = _read(_TYPST, "arbeit.typ")
    assert [section for section, _ in found] == ["Quellen", "Quellen"]
    assert found[0][1].startswith("Knuth") and found[1][1].startswith("Wirth")


def test_a_caption_line_over_an_entry_naming_its_work_again_is_its_label() -> None:
    # (the hard breaks' two trailing spaces, and a blank line of spaces, as the list is written)
    section = ("1. Programación en C  \n    Pérez, L. _Programación en C: una introducción_. Anaya, Madrid.\n    \n"
               "2. Bases de Datos Relacionales  \n"
               "    Gómez, R., & Díaz, P. _Bases de Datos Relacionales_. 2ª edición. Alfaomega, México.\n")
    refs = split_references(section)
    assert [r.text[:6] for r in refs] == ["Pérez,", "Gómez,"]
    assert [r.group for r in refs] == ["Programación en C", "Bases de Datos Relacionales"]
    # a first line the entry does not name again stays the entry's (names over a title, a title over its imprint)
    kept = split_references("1. Martín, José Luis  \n    _Historia de la imprenta_. Cátedra, Madrid.\n")
    assert kept[0].text.startswith("Martín, José Luis") and kept[0].group is None


def test_books_named_by_their_titles_in_book_marks_stand_among_links() -> None:
    page = """## 小结
本文介绍了一些例子。

## 参考资料
- [NumPy 文档](https://numpy.org/doc/){: rel="nofollow"}
- 《利用 Python 进行数据分析》
- 《流畅的 Python》
"""
    found = _read(page, "post.md")
    assert [section for section, _ in found] == ["参考资料"] * 3
    assert found[1][1] == "《利用 Python 进行数据分析》"


def test_a_body_then_its_year_then_an_italic_title_is_a_reference() -> None:
    assert is_reference("Australian Bureau of Statistics 2021, *Census of Population and Housing*, ABS, Canberra.")
    assert is_reference("Department of Health and Aged Care 2022, *Annual Report 2021–22*")
    assert not is_reference("During March 2023, *Nature* reported the find.")
    assert not is_reference("In 2023, *Nature* reported the find.")


def test_two_blank_lines_close_a_tight_list_before_a_card() -> None:
    page = """## 参考资料
- Australian Bureau of Statistics 2021, *Census of Population and Housing*
- Department of Health 2022, *Annual Report 2021–22*


[Partner offerSave on travel insuranceSee pricing](https://partner.example/offer)

Partner links may earn us a commission.
"""
    found = _read(page, "wiki.md")
    assert len(found) == 2 and found[1][1] == "Department of Health 2022, *Annual Report 2021–22*"
