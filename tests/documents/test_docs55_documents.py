# ruff: noqa: E501, W291  (the documents' lines are kept as they are written, hard breaks too)
"""Round docs55: a heading glossed in parentheses, keyed entries, notes that are links, remarks nested under
entries, a footer of italic lines, prose notes citing author-date, group names over nested items."""

from __future__ import annotations

from biblio.api import read_document
from biblio.references.finder import is_reference_heading


def _items(text: str, name: str = "notes.md") -> list[dict]:
    return read_document(text, name).items


def _sources(items: list[dict]) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in items]


def test_a_heading_glossed_in_parentheses_names_references_by_either_name() -> None:
    assert is_reference_heading("参考文献与历史源流（References）")
    assert is_reference_heading("Literatur (References)")
    assert is_reference_heading("References (selected)")
    assert not is_reference_heading("Installation (Linux)")


_KEYED = """## 参考文献与历史源流（References）

* **[Barnes et al. 02]** Barnes, J. and Hutchens, J., *"Scripting for undefined circumstances,"* in *AI Game Programming Wisdom*, edited by Steve Rabin. Charles River Media, 2002.
* **[Orkin 02]** Orkin, J., *"A general purpose trigger system,"* in *AI Game Programming Wisdom*, edited by Steve Rabin. Charles River Media, 2002.
* **[Tozour 02]** Tozour, P., *"The perils of AI scripting,"* in *AI Game Programming Wisdom*, edited by Steve Rabin. Charles River Media, 2002.
"""


def test_entries_opening_on_a_bold_key_of_several_words_are_references() -> None:
    items = _items(_KEYED)
    assert [item["title"] for item in items] == [
        "Scripting for undefined circumstances", "A general purpose trigger system", "The perils of AI scripting"]
    assert items[0]["issued"] == {"date-parts": [[2002]]}


_LINK_NOTES = """## Useful Links

The recorded practice session can be found [[here](https://youtu.be/wIPJ4U4K0nU)]  
Solution Writeup [[here](https://0xabe.io/ctf/exploit/2016/04/24/BlazeCTF-dmail.html)]  

-----

## Endnotes
[Understanding glibc malloc](https://sploitfun.wordpress.com/2015/02/10/understanding-glibc-malloc/)  
[Finding the Magic Gadget Shell](https://0xabe.io/howto/exploit/2016/03/30/Radare2-of-the-Lost-Magic-Gadget.html)  
"""


def test_notes_that_are_each_a_link_to_a_page_are_the_pages_cited() -> None:
    items = _items(_LINK_NOTES)
    assert [item["title"] for item in items] == ["Understanding glibc malloc", "Finding the Magic Gadget Shell"]
    assert items[1]["URL"] == "https://0xabe.io/howto/exploit/2016/03/30/Radare2-of-the-Lost-Magic-Gadget.html"


_NESTED_REMARKS = """### Bibliografía

- Martin, R. C. (2017). *Clean Architecture: A Craftsman's Guide to Software Structure and Design*. Prentice Hall.
  - *Dependency Rule*: "Source code dependencies must point only inward, toward higher-level policies."
- Fowler, M. (2018). *Refactoring: Improving the Design of Existing Code* (2nd ed.). Addison-Wesley.
  - Capítulo 2: Fundamentos para toma de decisiones de refactoring basadas en evidencia.
- Newman, S. (2021). *Building Microservices* (2nd ed.). O'Reilly Media.

---

*Documento generado para: Delivery 4 – Architecture Strategy & DevEx*
*Universidad Galileo – Postgrado en Diseño y Desarrollo de Software*
*Branch: `feature/adr-001-clean-architecture` | Fecha: 2026-03-30*
"""


def test_a_remark_nested_under_an_entry_is_its_annotation_and_an_italic_footer_no_entry() -> None:
    items = _items(_NESTED_REMARKS)
    assert [item["title"] for item in items] == [
        "Clean Architecture: A Craftsman's Guide to Software Structure and Design",
        "Refactoring: Improving the Design of Existing Code", "Building Microservices"]
    assert "Dependency Rule" in items[0]["custom"]["biblio"]["annotation"]  # kept, out of the reference
    assert items[1]["custom"]["biblio"]["annotation"].startswith("Capítulo 2")
    assert "annotation" not in items[2]["custom"]["biblio"]


_NESTED_WORKS = """### 参考文献
* 公式ドキュメント
  * texdoc jlreq-ja
  * https://github.com/abenori/jlreq/blob/master/README-ja.md
* その他コンテンツ
  * http://abenori.blogspot.com/2018/08/jlreq-declarepagestyle-declarepagestyle.html
  * https://aznote.jakou.com/linux/latex_novel.html
"""


def test_an_item_naming_the_group_of_its_sub_items_is_no_entry() -> None:
    items = _items(_NESTED_WORKS)
    assert _sources(items) == ["texdoc jlreq-ja", "https://github.com/abenori/jlreq/blob/master/README-ja.md",
                               "http://abenori.blogspot.com/2018/08/jlreq-declarepagestyle-declarepagestyle.html",
                               "https://aznote.jakou.com/linux/latex_novel.html"]
    assert [item["custom"]["biblio"].get("group") for item in items] == ["公式ドキュメント"] * 2 + ["その他コンテンツ"] * 2


_PROSE_NOTES = """## Endnotes

<sup>1</sup> The information asymmetry regarding workers’ effort is commonly referred to as ex post information asymmetry because it arises after the employment contract is established.

<sup>5</sup> In particular, in the gig economy context, Amazon Mechanical Turk monitors workers’ time spent on tasks (Liang et al. 2023); Uber monitors drivers’ driving behavior and trajectory (Liu et al. 2021); and Upwork monitors workers’ working hours, computer screenshots, and keystrokes (Kuhn and Maleki 2017)

## References

Abadie A (2005) Semiparametric difference-in-differences estimators. Rev. Econom. Stud. 72(1):1–19.

Greene W (2012) Econometric Analysis, 7th ed. (Prentice Hall, Upper Saddle River, NJ).
"""


def test_a_note_of_sentences_citing_works_author_date_is_no_reference() -> None:
    items = _items(_PROSE_NOTES)
    assert [item["title"] for item in items] == ["Semiparametric difference-in-differences estimators",
                                                 "Econometric Analysis"]


def test_a_note_citing_a_book_with_its_publisher_and_year_in_parentheses_stays_a_reference() -> None:
    text = """## Notes

1. Thomas A. Powell, “Chapter 5: HTML and Images,” in HTML: The Complete Reference, 3rd ed. (New York: Osborne/McGraw-Hill, 2001), 184.
2. John Smith, A Study of Sources (Springer, 2020).
"""
    assert len(_items(text)) == 2


_JSX_PAGE = """const CustomPage = () => {
    return (
        <Box>
            <>
                <section id="discussion" className="level2" data-number={6}>
                    <p>
                        The extent to which this behavior is connected to underlying privacy practices is an
                        opportunity for future work.
                    </p>
                </section>
                <div id="quarto-appendix" className="default">
                    <section className="quarto-appendix-contents" role="doc-bibliography" id="quarto-bibliography">
                        <h2 className="anchored quarto-appendix-heading">7 References</h2>
                        <div id="refs" className="references csl-bib-body hanging-indent" data-entry-spacing={0} role="list">
                            <div id="ref-GoogleGenAI" className="csl-entry" role="listitem">
                                Google. 2024.{" "}
                                <span>
                “Generative AI in Search: Let Google Do the Searching for You.”
              </span>{" "}
                                <a href="https://blog.google/products/search/generative-ai-google-search-may-2024/">
                                    https://blog.google/products/search/generative-ai-google-search-may-2024/
                                </a>
                                .
                            </div>
                        </div>
                    </section>
                </div>
                {/* /content */}
            </>
        </Box>
    );
};
"""


def test_a_react_component_s_markup_is_read_as_html() -> None:
    items = _items(_JSX_PAGE, "page.jsx")
    assert len(items) == 1 and items[0]["title"] == "Generative AI in Search: Let Google Do the Searching for You"
    assert items[0]["URL"] == "https://blog.google/products/search/generative-ai-google-search-may-2024/"
    assert items[0]["custom"]["biblio"]["section"] == "7 References"
