"""Layouts met in real documents: reading lists in link definitions, tables of citations, PDF labels
apart from their entries, front matter, same-author dashes, trailing links to a work's material, and
text that only looks like markup (R's "<URL: …>", "&note=" in an address, backslash escapes)."""

from __future__ import annotations

import json
from pathlib import Path

from biblio.api import read_document
from biblio.documents.citation_table import citation_columns, row_reference
from biblio.documents.inline import markdown_inline
from biblio.documents.layout import layout
from biblio.references.cues import is_reference
from biblio.references.finder import find_reference_sections
from biblio.references.notes import annotation
from biblio.references.splitter import split_references

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def read(text: str, name: str = "doc.md") -> list[dict[str, object]]:
    return read_document(text, name).items


def test_a_reading_list_of_link_definitions_gives_one_record_per_item() -> None:
    items = read((DOCUMENTS / "reading-list-link-definitions.md").read_text(encoding="utf-8"))
    assert [i["author"][0]["family"] for i in items] == ["Angrist", "Imbens", "Pearl"]  # type: ignore[index]
    assert items[0]["DOI"] == "10.1515/9781400829828" and items[0]["title"].startswith("Mostly Harmless")  # type: ignore[union-attr]
    # the definitions the prose links to ("this blog post") are link targets, not references
    assert not any("example.org" in json.dumps(i) for i in items)


def test_link_definitions_referenced_from_prose_only_are_no_reference_list() -> None:
    text = ("# Notes\n\nSee [the docs][docs] and [the paper][paper] for details, and [ab12].\n\n"
            "[docs]: https://example.org/docs \"Documentation\"\n"
            "[paper]: https://doi.org/10.5555/x \"Doe, J. (2020). A paper. Journal, 1, 1-2.\"\n"
            "[ab12]: http://example.org/ab12\n")
    assert find_reference_sections("\n".join(layout(text, "a.md").lines)) == []


def test_a_markdown_table_of_citations_gives_one_reference_per_row_and_a_data_table_none() -> None:
    found = read((DOCUMENTS / "citation-table.md").read_text(encoding="utf-8"))
    assert [i["title"] for i in found] == [
        "The CUBE Language", "A Prototype Implementation of the CUBE Language", "Programming in Three Dimensions"]
    assert [i["issued"]["date-parts"][0][0] for i in found] == [1991, 1992, 1996]  # type: ignore[index]
    assert found[2]["container-title"] == "Journal of Visual Languages and Computing"
    assert not any("Holder" in json.dumps(i) for i in found)


def test_an_html_table_of_citations_keeps_each_title_s_link_as_the_work_s_address() -> None:
    found = read((DOCUMENTS / "citation-table.html").read_text(encoding="utf-8"), "list.html")
    assert [i["URL"] for i in found] == ["https://arxiv.org/abs/2402.18381", "https://arxiv.org/abs/2309.08532",
                                         "https://arxiv.org/abs/2211.01910"]
    assert [i["custom"]["biblio"]["line"] for i in found] == [10, 11, 12]  # type: ignore[index]
    assert not any("BBOB" in json.dumps(i) for i in found)


def test_citation_columns_need_a_title_and_another_bibliographic_column() -> None:
    assert citation_columns(["ID", "Title", "Authors", "Venue", "Year"]) == {
        "title": 1, "author": 2, "venue": 3, "year": 4}
    assert citation_columns(["Benchmark", "Tasks"]) is None
    assert citation_columns(["Title", "Notes"]) is None  # a title alone: a list of things, not of works
    assert citation_columns(["Title", "Year"]) is None and citation_columns(["Title", "Link"]) is None
    assert citation_columns(["Paper", "Authors"]) == {"title": 0, "author": 1}
    row = row_reference(["x", "Programming in Three Dimensions", "Najork, M. A.", "JVLC", "1996"],
                        {"title": 1, "author": 2, "venue": 3, "year": 4})
    assert row == "Najork, M. A. (1996). Programming in Three Dimensions. *JVLC*."
    assert is_reference(row)


def test_pdf_labels_apart_from_their_entries_are_dropped_and_the_entries_split_by_their_starts() -> None:
    text = ("[1]\n\nA. Smith, “First paper,” J. Things, vol. 1, pp. 1–2, 2001.\n\n[2]\n\n"
            "B. Jones, “Second paper,” J. Things, vol. 2, 2002.\nC. Brown, “Third paper,” Proc. X, 2003.\n\n"
            "[3]\n\n[4]\n\nD. Green, “Fourth paper,” J. Y, 2004.\n")
    refs = split_references(text)
    assert [r.text.split(",")[0] for r in refs] == ["A. Smith", "B. Jones", "C. Brown", "D. Green"]
    assert all(r.number is None for r in refs)  # a label may sit beside another entry: none is trusted


def test_a_single_label_alone_on_its_line_joins_the_entry_after_it() -> None:
    refs = split_references("[1]\n\nA. Smith, “First paper,” J. Things, vol. 1, 2001.\n")
    assert [(r.number, r.text[:8]) for r in refs] == [("1", "A. Smith")]


def test_front_matter_is_no_heading_and_same_author_dashes_start_references() -> None:
    text = ("---\ntitle: Bibliography\nlayout: page\n---\n\n"
            "Getty. 2019a. « Call Numbers. » Online Display. 2019. https://example.org/a\n\n"
            "———. 2019b. « Birth. » Online Display. 2019. https://example.org/b\n\n"
            "———. 2019c. « Death. » Online Display. 2019. https://example.org/c\n")
    assert layout(text, "b.md").lines[:5] == ["", "", "", "", ""]
    found = read(text)
    assert len(found) == 3
    assert [i["issued"]["date-parts"][0][0] for i in found] == [2019, 2019, 2019]  # type: ignore[index]
    assert [i["URL"] for i in found] == [f"https://example.org/{c}" for c in "abc"]


def test_trailing_links_to_a_work_s_material_are_an_annotation() -> None:
    text, note = annotation("Doe, J. (2012). A title. *Evolution* 66, 1-2. [doi:10.1/x](https://doi.org/10.1/x). "
                            "([preprint](http://arxiv.org/abs/1), [code](https://github.com/d/x))")
    assert text.endswith("[doi:10.1/x](https://doi.org/10.1/x).")
    assert note == "([preprint](http://arxiv.org/abs/1), [code](https://github.com/d/x))"
    assert annotation("Doe, J. (2012). *A title*. [https://x.org/a](https://x.org/a)")[1] is None


def test_text_that_only_looks_like_markup_is_kept() -> None:
    # R's citation() prints "<URL: …>": no HTML tag, the address stays
    assert "https://CRAN.R-project.org/package=reprex" in markdown_inline(
        "R package version 0.3.0, <URL: https://CRAN.R-project.org/package=reprex>.")
    # "&note=" in an address is no "&not;" entity; a closed entity is decoded
    assert markdown_inline("[a](http://x.org/?a=1&note=2)") == "[a](http://x.org/?a=1&note=2)"
    assert markdown_inline("Tom &amp; Jerry") == "Tom & Jerry"
    # backslash escapes are their characters; an escaped asterisk stays escaped
    assert markdown_inline(r"http://x.org/?prev\_page=1\&b=2") == "http://x.org/?prev_page=1&b=2"
    assert markdown_inline(r"5 \* 3") == r"5 \* 3"


def test_bold_names_lose_their_marks_but_a_bold_line_stays_a_heading() -> None:
    assert markdown_inline("__Carl Boettiger__, Alan Hastings (2013). Tipping points.") == \
        "Carl Boettiger, Alan Hastings (2013). Tipping points."
    assert markdown_inline("**Books:**") == "**Books:**"


def test_a_reading_list_s_short_lists_count_once_it_is_one() -> None:
    text = ("Reading materials.\n\n**Books:**\n\n* Ritchie, S. (2020). Science fictions. Penguin.\n"
            "* Harris, R. (2017). Rigor Mortis. Basic Books.\n* Leng, G. (2020). The Matter of Facts. MIT Press.\n\n"
            "#### 2018\n\n* Fraser, H. (2018). Questionable research practices. PLOS ONE, 13(7), e0200303.\n\n"
            "#### To do\n\n* Write more\n")
    sections = find_reference_sections("\n".join(layout(text, "r.md").lines))
    assert [(s.heading, s.text.count("\n") + 1) for s in sections] == [("Books", 3), ("2018", 1)]


def test_wikipedia_edit_links_and_absolute_back_links_are_page_furniture() -> None:
    from biblio.documents.html import html_fragment_lines

    block = ('<span class="mw-editsection"><span>[</span><a href="https://en.wikipedia.org/w/index.php?'
             'action=edit">edit</a><span>]</span></span>')
    assert [line for line in html_fragment_lines(block) if line.strip()] == []
    text = '<a href="https://en.wikipedia.org/wiki/Page#cite_ref-1">^</a> Doe, J. (2001). A title.'
    assert markdown_inline(text).strip() == "Doe, J. (2001). A title."
    assert markdown_inline("[^](https://en.wikipedia.org/wiki/Page#cite_ref-2) Doe").strip() == "Doe"
    # a link to another page stays a link
    assert markdown_inline("[Doe](https://example.org/people#doe)") == "[Doe](https://example.org/people#doe)"


def test_headings_dressed_with_emoji_and_github_alerts() -> None:
    from biblio.references.finder import is_reference_heading

    assert is_reference_heading("📖 Zum Nachlesen") and is_reference_heading("👀 Quellen")
    text = ("## Further reading\n\n- Smith, J. (2020). *A book*. Press.\n\n> [!NOTE]\n>\n"
            "> - k2: learning goal one, with a comma, 2020\n")
    sections = find_reference_sections("\n".join(layout(text, "n.md").lines))
    assert [s.text.strip() for s in sections] == ["- Smith, J. (2020). *A book*. Press."]


def test_organisations_and_section_numbers_make_short_notes() -> None:
    from biblio.references.notes import short_note

    assert short_note("Oracle Corporation (2022)") is not None
    note = short_note("Ullenboom (2021, Kap. 6.4.3 und 10.7)")
    assert note is not None and (note.names, note.year) == ("Ullenboom", "2021")
    assert short_note("World Health Organization. (2019). *Guidelines*. Geneva.") is None


def test_html_notes_with_superscript_numbers_are_a_notes_section() -> None:
    found = read_document((DOCUMENTS / "real-zotero-chinese-notes.md").read_text(encoding="utf-8"), "n.md")
    assert len(found.items) == 16  # every full note cites its bibliography entry
    cited = [n["line"] for item in found.items for n in item["custom"]["biblio"].get("notes", [])]  # type: ignore[index,union-attr]
    assert len(cited) == 16 and min(cited) == 11  # all notes but "同前註" (ibid.)
    # the two 1957 entries of one work (a book, a thesis): each note cites the one it names
    james = [item for item in found.items if "James" in item["custom"]["biblio"]["source"]]  # type: ignore[index]
    assert [[n["line"] for n in i["custom"]["biblio"]["notes"]] for i in james] == [[21], [24]]  # type: ignore[index]


def test_superscript_numbered_notes_in_english_without_a_bibliography() -> None:
    text = ("# Post\n\nText.<sup>1</sup>\n\n## Notes\n\n"
            "<sup>1</sup> Ann Blair, *Too Much to Know* (New Haven: Yale University Press, 2010), 12.<br>\n"
            "<sup>2</sup> Elizabeth Eisenstein, *The Printing Revolution in Early Modern Europe* "
            "(Cambridge: Cambridge University Press, 1983), 45.<br>\n")
    items = read(text)
    assert [i["custom"]["biblio"]["section"] for i in items] == ["Notes", "Notes"]  # type: ignore[index]
    data = [i["custom"]["biblio"] for i in items]  # type: ignore[index]
    assert [(d["label"], d["locator"]) for d in data] == [("1.", "12"), ("2.", "45")]  # the cited page apart
    assert data[0]["source"].startswith("Ann Blair, *Too Much") and "<" not in data[1]["source"]


def test_web_sources_one_per_line_are_linked_titles_with_their_addresses() -> None:
    items = read((DOCUMENTS / "german-einzelnachweise.md").read_text(encoding="utf-8"))
    assert [i["title"] for i in items] == ["Wikipedia QR-Rechnung", "Wikipedia QR-Code", "SIX Style Guide QR-Rechnung"]
    assert all(str(i["URL"]).startswith("https://") and "author" not in i for i in items)
    assert [i["accessed"] for i in items] == [{"date-parts": [[2023, 1, 15]]}] * 3


def test_notes_naming_an_author_before_a_linked_title() -> None:
    items = read((DOCUMENTS / "german-wiki-footnotes.md").read_text(encoding="utf-8"))
    web = items[1:]
    assert [(i["author"], i["title"], i["container-title"]) for i in web] == [
        ([{"literal": "National Air and Space Museum"}], "Boeing 367-80 Jet Transport", "Smithsonian"),
        ([{"literal": "Boeing"}], "707 Commercial Transport", "boeing.com"),
    ]
    assert items[0]["title"] == "Inside Boeing: Building the 777"


def test_an_aside_opening_a_numbered_list_and_the_site_after_a_linked_title() -> None:
    old = read((DOCUMENTS / "french-1963-note.md").read_text(encoding="utf-8"))
    assert len(old) == 5 and not any("Séance" in str(i["custom"]) for i in old)  # "(*) Séance du …" is an aside
    blog = read((DOCUMENTS / "french-blog-zola-notes.md").read_text(encoding="utf-8"))
    assert [i.get("container-title") for i in blog] == ["stackoverflow.co", None, "gitclear.com", "dora.dev"]


def test_an_introduction_to_the_list_and_a_title_line_over_the_names_are_no_references_of_their_own() -> None:
    text = (
        "# References\n\nThis page contains a full list of references cited in the documentation, including "
        "Berry (1994). If you use the package in your research, we ask that you also cite Conlon (2020).\n\n"
        "## Berry (1994)\n\nBerry, Steven (1994). Estimating discrete-choice models. *RAND Journal of Economics, "
        "25* (2), 242-262.\n\n## Conlon (2020)\n\nConlon, Christopher (2020). Best practices. *RAND Journal of "
        "Economics, 51* (4), 1108-1161.\n\n"
        "**The crust of the Moon as seen by GRAIL.**\nWieczorek, M. A., G. A. Neumann, F. Nimmo, W. S. Kiefer,\n"
        "Williams, M. T. Zuber (2013), *Science*, 339, 671-675.\n"
    )
    items = read("\n".join(layout(text, "a.md").lines))
    assert [i["issued"]["date-parts"][0][0] for i in items] == [1994, 2020, 2013]  # type: ignore[index]
    assert items[2]["custom"]["biblio"]["source"].startswith("The crust of the Moon as seen by GRAIL. Wieczorek")  # type: ignore[index]


def test_a_paragraph_to_the_reader_and_a_sentence_closing_on_a_colon_are_no_references_anywhere() -> None:
    text = (
        "# Citing\n\nNicuşan AL, Windows-Yule CR. Positron emission particle tracking using machine learning. "
        "Review of Scientific Instruments. 2020 Jan 1;91(1):013329.\n\nBecause pept is a project bringing together "
        "the expertise of many people, it hosts several algorithms. Please check the documentation of the "
        "algorithms you are using and cite their papers.\n\nPapers presenting PEPT algorithms included in this "
        "library:\n\n- Parker DJ, Broadbent CJ. Positron emission particle tracking. Nucl Instrum Methods. "
        "1993;326(3):592-607.\n- Wiggins C, Santos R. A feature point identification method. Nucl Instrum Methods. "
        "2017;843:22-8.\n"
    )
    assert [i["author"][0]["family"] for i in read(text)] == ["Nicuşan", "Parker", "Wiggins"]  # type: ignore[index]
