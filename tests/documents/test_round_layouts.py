"""Layouts of the round of real documents measured unseen (tests/data/documents, PROVENANCE): a PEP in the
old plain-text layout, AsciiDoc lists numbered alike and sub-headed lists of links, a notebook's sub-headed
links after its References cell, a bibliography with a sub-section of steps under it, a whole-link title."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.asciidoc import asciidoc_markdown
from biblio.documents.layout import flavour_of
from biblio.references.finder import is_reference_heading
from biblio.references.guard import guard
from biblio.references.splitter import split_references

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def read(name: str) -> list[dict[str, object]]:
    return read_document((DOCUMENTS / name).read_text(encoding="utf-8"), name).items


def test_a_pep_in_plain_text_is_no_markdown_and_its_footnotes_and_references_are_found() -> None:
    text = (DOCUMENTS / "real-pep0255-generators.txt").read_text(encoding="utf-8")
    assert flavour_of(text, "pep.txt") == "text"  # its "*its*" made it Markdown, where indented text is code
    assert is_reference_heading("Footnotes and References") and is_reference_heading("Normative References")
    assert not is_reference_heading("Notes and Acknowledgements")
    items = read("real-pep0255-generators.txt")
    assert items[3]["title"] == "Iteration Abstraction in Sather"
    assert items[0]["title"] == "PEP 234"  # "PEP 234, <address>": the words naming the page, not a note
    # "[6] The concept of iterators is described in PEP 234 <[1]'s address>": a note pointing again, left out
    assert len(items) == 7 and not any("iterators" in str(i["custom"]["biblio"]["source"]) for i in items)


def test_list_items_numbered_alike_are_items_even_when_one_stops_mid_sentence() -> None:
    refs = split_references("1. International Standard ISO/IEC 14882:1998(E).\n    Programming Languages - C++. "
                            "Referenced for preprocessor only\n1. IEEE 754-2008.\n    _IEEE Standard_\n")
    assert [r.text[:13] for r in refs] == ["International", "IEEE 754-2008"]
    assert asciidoc_markdown('  . "`OpenGL^R^ ES, Version 3.2`",') == "1. “OpenGLR ES, Version 3.2”,"
    items = read("real-glsl-normative-references.adoc")
    assert [i["title"] for i in items][1:3] == [
        "OpenGLR ES, Version 3.2", "The OpenGLR Graphics System: A Specification, Version 4.6 (Core Profile)"]


def test_sub_headed_lists_of_links_under_a_reference_heading_are_its_references() -> None:
    items = read("real-zalando-api-references.adoc")
    assert len(items) == 17 and items[0]["URL"] == "https://github.com/OAI/OpenAPI-Specification/"
    # the link's words whole, not cut at a colon into a title and a publisher
    assert items[5]["title"] == "RFC 7231: Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content"
    assert "publisher" not in items[5]
    notebook = read("real-engcomp-lipstick.ipynb")  # "### Recommended viewing": a sentence, then a link
    assert [i["title"] for i in notebook] == ["Limiting Lead in Lipstick and Other Cosmetics"]


def test_a_sub_section_of_steps_under_a_bibliography_ends_it() -> None:
    items = read("real-ph-tfidf-notes-bibliography.md")
    assert len(items) == 14 and not any("Install" in str(i.get("title", "")) for i in items)


def test_a_link_that_is_the_whole_reference_titles_it_only_when_its_words_hold_no_names_or_date() -> None:
    reference = "[RFC 7159: The JavaScript Object Notation (JSON) Data Interchange Format](https://tools.ietf.org/x)"
    item = guard({"title": "RFC 7159", "publisher": "The JavaScript Object Notation (JSON) Data Interchange Format"},
                 reference)
    assert item["title"] == "RFC 7159: The JavaScript Object Notation (JSON) Data Interchange Format"
    assert "publisher" not in item
    named = guard({"title": "The Pragmatic Programmer", "author": [{"family": "Hunt"}]},
                  "[Hunt, A. The Pragmatic Programmer: From Journeyman to Master](https://example.org/b)")
    assert named["title"] == "The Pragmatic Programmer"
