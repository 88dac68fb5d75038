"""Reference lists as people copy them from web pages and PDFs (the documents in tests/data/documents)."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.reader import read_text
from biblio.documents.wiki_copy import wiki_copy_lines
from biblio.references.cues import classify_block, starts_reference
from biblio.references.entries import document_entries
from biblio.references.finder import find_reference_sections
from biblio.references.notes import annotation


def sources(text: str, name: str = "page.txt") -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_a_heading_copied_with_its_edit_link_is_a_heading_without_blank_lines() -> None:
    # English Wikipedia's text as the browser copies it: one paragraph a line, "[edit]" after each heading
    text = ("Python's development practices have also been emulated by other languages.\n"
            "See also[edit]\n- Python syntax and semantics\n- pip (package manager)\nReferences[edit]\n"
            '- ^ "General Python FAQ – Python 3 documentation". docs.python.org. Retrieved 7 July 2024.\n'
            '- ^ a b "PEP 483 – The Theory of Type Hints". Python.org. Retrieved 14 June 2018.\n')
    assert [s.heading for s in find_reference_sections(text)] == ["References"]
    assert [s[:20] for s in sources(text)] == ['"General Python FAQ ', '"PEP 483 – The Theor']


def test_notes_run_together_on_one_line_are_given_a_line_each() -> None:
    line = ('1. ^ a b "DeepSeek突传消息". Sina Corporation. 1 February 2025. 2. ^ Wu, Zijing (14 March 2025). '
            '"DeepSeek focuses on research". Financial Times. 3. ^ "Hangzhou DeepSeek". Bloomberg L.P.')
    assert wiki_copy_lines([line])[0].split("\n") == [
        '1. ^ a b "DeepSeek突传消息". Sina Corporation. 1 February 2025.',
        '2. ^ Wu, Zijing (14 March 2025). "DeepSeek focuses on research". Financial Times.',
        '3. ^ "Hangzhou DeepSeek". Bloomberg L.P.']
    # a sentence that quotes two numbered notes is left alone, and so is an edit link inside prose
    assert wiki_copy_lines(["See 1. ^ here and 2. ^ there."]) == ["See 1. ^ here and 2. ^ there."]
    assert wiki_copy_lines(["[[edit](https://en.wikipedia.org/w/index.php?title=X&action=edit&section=19)]"]) == [""]


def test_a_french_wikipedia_copy_is_read_to_its_see_also() -> None:
    text = ("Histoire\n\nLe pédiatre Andreas Rett est le premier à avoir décrit ce syndrome en 196648.\n"
            "Notes et références\n\n"
            "    ↑ INSERM US14 -- TOUS DROITS RESERVES, « Orphanet: Syndrome de Rett » [archive], sur www.orpha.net "
            "(consulté le 15 février 2017)\n"
            "    ↑ « LE SYNDROME DE RETT » [archive], sur www.germaco.net (consulté le 16 février 2017).\n"
            "    ↑ https://www.ejpn-journal.com/article/S1090-3798(17)30116-2/fulltext [archive]\n"
            "    ↑ http://www.cnrs.fr/inc/communication/direct_labos/bultel.htm [archive] Elle affecte "
            "spécifiquement les filles et c’est une des principales causes de retard mental\n"
            "    ↑ Jacky Guy, Jian Gan, Jim Selfridge et Stuart Cobb, « Reversal of neurological defects in a mouse "
            "model of Rett syndrome », Science, vol. 315, 23 février 2007, p. 1143–1147\n\n"
            "Voir aussi\nArticles connexes\n\n    Troubles du spectre autistique\n\nLiens externes\n\n"
            "    Association française du syndrome de Rett [archive]\n")
    found = sources(text)
    assert len(found) == 5 and "[archive]" not in " ".join(found)
    assert found[3] == "http://www.cnrs.fr/inc/communication/direct_labos/bultel.htm"  # the quotation is an aside
    assert "Troubles" not in " ".join(found) and "Association" not in " ".join(found)


def test_an_address_followed_by_a_sentence_keeps_the_sentence_as_an_annotation() -> None:
    assert annotation("http://www.cnrs.fr/bultel.htm Elle affecte spécifiquement les filles et c’est une des "
                      "principales causes") == ("http://www.cnrs.fr/bultel.htm", "Elle affecte spécifiquement les "
                                                "filles et c’est une des principales causes")
    assert annotation("https://example.org/a Smith 2020")[1] is None


def test_guillemets_and_french_names_and_bare_addresses_make_a_list_of_references() -> None:
    block = ["↑ « LE SYNDROME DE RETT », sur www.germaco.net (consulté le 16 février 2017).",
             "↑ https://www.ejpn-journal.com/article/S1090-3798(17)30116-2/fulltext",
             "↑ Friederike Ehrhart, Nasim Bahram Sangani et Leopold M. G. Curfs, « Current developments »"]
    assert classify_block(block) == "strong"


def test_a_name_then_a_date_with_its_month_starts_a_reference() -> None:
    assert starts_reference("Mark Alexander Bain (Apr 28, 2006) An Introduction to Gambas, Linux Journal")
    assert starts_reference("Fabián Flores Vadell (Nov, 2010) How to Program with Gambas")


def test_further_reading_and_resources_is_a_reference_heading_when_its_list_is_references() -> None:
    works = ("## Further reading and resources\n\n"
             "* Dean Allemang and James Hendler, *Semantic Web for the Working Ontologist*, 2nd edn, Elsevier, 2011\n"
             "* Bob DuCharme, *Learning SPARQL*, O'Reilly, 2011\n"
             "* Also see the book's [companion website](http://freeyourmetadata.org/)\n"
             "* Richard Gartner, *Metadata: Shaping Knowledge from Antiquity to the Semantic Web*, Springer, 2016\n")
    entries = document_entries(works, "lesson.md").entries
    assert [e.kind for e in entries] == ["reference", "reference", "not-a-reference", "reference"]
    words = ("## Further Reading and Resources\n\n"
             "- Javier de la Rosa and Juan Luis Suárez look for the author of a famous novel among a few candidates\n\n"
             "- Maria Slautina and Mikhail Marusenko use pattern recognition on a set of syntactic features\n")
    assert find_reference_sections(words) == []


def test_a_pdf_bibliography_grouped_under_romance_headings() -> None:
    text = read_text("1\n\nBibliograf\u0131\u0301a\nFuentes primarias\n"
                     "Pérez Galdós, Benito. Miau. Madrid: Sucesores de Hernando,\n1907.\n\n"
                     "Fuentes secundarias\nPereira Zazo, Óscar. El analisis de la comunicación en español.\n"
                     "Iowa: Kendal Hunt, 2015.\nRodríguez Aldape, Fernando Manuel. Cuantificación del Interés\n"
                     "de sentimiento. Tesis de maestría, Universidad Autónoma de\nNuevo León, 2013.\n".encode(),
                     "thesis.txt")
    assert "Bibliografía" in text  # the dotless i and its accent, as TeX's \'{\i} prints, made "í"
    found = read_document(text, "thesis.txt")
    assert [(i["custom"]["biblio"]["section"], i["custom"]["biblio"]["source"][:9]) for i in found.items] == [
        ("Fuentes primarias", "Pérez Gal"), ("Fuentes secundarias", "Pereira Z"),
        ("Fuentes secundarias", "Rodríguez")]
    assert not found.warnings  # "Nuevo León, 2013." continues the line ending in "de"


def test_a_link_named_for_the_form_of_the_work_gives_its_address() -> None:
    # a Portuguese lesson's note: "[pdf](…)" after the reference is the work's own address, not a note "pdf"
    text = ('## Notas de fim\n\n[^4]: Evert, Stefan and Hardie, Andrew, "Twenty-first century Corpus Workbench", in '
            "*Proceedings of the Corpus Linguistics 2011 conference* (University of Birmingham, 2011). "
            "[pdf](https://perma.cc/3ZCG-3N24)\n")
    item = read_document(text, "lesson.md").items[0]
    assert item["URL"] == "https://perma.cc/3ZCG-3N24" and "note" not in item


def test_an_address_broken_over_three_lines_of_pdf_text_is_joined_whole() -> None:
    from biblio.references.splitter import _join

    lines = ["Jockers, Matthew L. “Introduction to the Syuzhet Package”,", "CRAN R Project, 2017. "
             "https://mran.microsoft.com/snapshot/", "2017-12-31/web/packages/syuzhet/vignettes/syuzhet-vignette.",
             "html"]
    assert _join(lines).endswith("https://mran.microsoft.com/snapshot/2017-12-31/web/packages/syuzhet/vignettes/"
                                 "syuzhet-vignette.html")
    # a reference ending on an address's last line is no break: the next one stays apart
    joined = _join(["Doe. https://x.org/a/", "b.html.", "Smith, J. (2020)."])
    assert joined == "Doe. https://x.org/a/b.html. Smith, J. (2020)."
