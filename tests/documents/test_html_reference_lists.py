"""HTML reference lists as wikis and static sites write them: citation wrappers, styles inside references,
lists known by their markup alone, page furniture after them."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.html import html_document
from biblio.documents.inline import html_inline_to_markdown

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_a_cite_element_wrapping_a_whole_citation_is_no_emphasis() -> None:
    wrapped = '<cite class="citation book">Campbell, Jennifer (2017). <i>Web Design</i>. Cengage.</cite>'
    assert html_inline_to_markdown(wrapped) == "Campbell, Jennifer (2017). *Web Design*. Cengage."
    assert html_inline_to_markdown("<cite>Beowulf</cite>, lines 1–11") == "*Beowulf*, lines 1–11"  # a title


def test_styles_and_scripts_inside_a_reference_are_no_text() -> None:
    html = (
        '<span class="reference-text">Doe, J. (2020). <i>T</i>.<style>.mw-parser-output cite{font:x}</style>'
        "<script>var a = 1;</script></span>"
    )
    assert html_inline_to_markdown(html) == "Doe, J. (2020). *T*."


def test_a_reference_list_known_by_its_markup_stands_under_a_heading_of_its_own() -> None:
    page = """<html><body><p>Text.<sup><a href="#cite_note-1">[1]</a></sup></p>
<div class="mw-heading"></div>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="reference-text">Smith, John (2001). <i>A Book</i>. Press.</span></li>
<li id="cite_note-2"><span class="reference-text">Roe, Ann (2003). "An Article". <i>Journal</i>. 4 (2): 5.</span></li>
</ol></div>
<div class="mw-heading"></div>
<p>Wikimedia Commons has media related to books.</p>
<ul><li><a href="https://example.org/">Example site</a></li></ul>
<div class="printfooter">Retrieved from "<a href="https://en.wikipedia.org/w/index.php?oldid=1">link</a>"</div>
</body></html>"""
    lines, _ = html_document(page)
    assert lines.count("## References") == 1 and "***" in lines  # the list ends where its markup does
    found = read_document(page, "page.html")
    assert [item["author"][0]["family"] for item in found.items] == ["Smith", "Roe"]
    assert not any("Retrieved from" in line for line in lines)  # a saved page's footer is furniture


def test_a_heading_over_the_marked_list_is_kept_and_no_second_one_added() -> None:
    lines, _ = html_document((DOCUMENTS / "real-wikipedia-webdev.html").read_text(encoding="utf-8"))
    assert lines.count("## References") == 1
    found = read_document((DOCUMENTS / "real-wikipedia-webdev.html").read_text(encoding="utf-8"), "w.html")
    assert [item.get("title") for item in found.items][1:] == [
        "Web Design: Introductory",
        "Information Security Analysts, Web Developers, and Computer Network Architects",
    ]
    assert "cs1" not in found.items[0]["custom"]["biblio"]["source"]  # the <style> block left no text


def test_reader_mode_wikipedia_without_headings_gives_its_references() -> None:
    found = read_document((DOCUMENTS / "real-wikipedia-rubberduck-reader.html").read_text(encoding="utf-8"), "r.html")
    assert len(found.items) == 8
    hayes = found.items[3]
    assert hayes["container-title"] == "Press Up via Internet Archive"
    assert hayes["issued"]["date-parts"] == [[2014, 6, 25]]


def test_docutils_citation_labels_are_the_markers_of_their_entries() -> None:
    # docutils' and Sphinx's HTML: the label is a span beside the entry's paragraph, never an entry of its own
    page = ('<html><body><main><h1 class="title">Bibliography</h1>\n<div role="list" class="citation-list">\n'
            '<div class="citation" id="nash1950" role="doc-biblioentry">\n<span class="label"><span class="fn-bracket">'
            '[</span>Nash1950<span class="fn-bracket">]</span></span>\n<p>Nash, John F. "Equilibrium points in '
            'n-person games." Proceedings of the national academy of sciences 36.1 (1950): 48-49.</p>\n</div>\n'
            '<div class="citation" id="knuth" role="doc-biblioentry">\n<span class="label"><span class="fn-bracket">'
            '[</span>Knuth<span class="fn-bracket">]</span></span>\n<p>Knuth, D. E. (1984). Literate programming. '
            'The Computer Journal, 27(2), 97-111.</p>\n</div>\n</div></main></body></html>')
    items = read_document(page, "bibliography.html").items
    assert [i["custom"]["biblio"]["source"][:8] for i in items] == ["Nash, Jo", "Knuth, D"]
    assert items[0]["custom"]["biblio"]["label"] == "[Nash1950]"
    assert "label" not in items[1]["custom"]["biblio"]  # a label that is no list marker is left out


def test_sphinx_citations_in_a_definition_list_and_the_heading_s_permalink() -> None:
    page = (
        '<html><body><div class="section"><h1>References<a class="headerlink" href="#r">¶</a></h1>\n'
        '<dl class="citation">\n<dt class="label" id="gowers2016"><span class="brackets">Gowers2016</span></dt>\n'
        "<dd><p>R. J. Gowers, M. Linke, and O. Beckstein. MDAnalysis: A Python package. In Proceedings of the 15th "
        "Python in Science Conference, pages 102 – 109, 2016.</p></dd>\n</dl>\n"
        '<dl class="citation">\n<dt class="label" id="awtrey2019"><span class="brackets">Awtrey2019</span></dt>\n'
        "<dd><p>Awtrey, Nikolaus. SPIDAL Summer REU 2019. Technical report, Arizona State University, 2019.</p>"
        "</dd>\n</dl></div></body></html>"
    )
    lines, _ = html_document(page)
    assert [line for line in lines if line] == [
        "# References",
        "[Gowers2016] R. J. Gowers, M. Linke, and O. Beckstein. MDAnalysis: A Python package. In Proceedings of "
        "the 15th Python in Science Conference, pages 102 – 109, 2016.",
        "[Awtrey2019] Awtrey, Nikolaus. SPIDAL Summer REU 2019. Technical report, Arizona State University, 2019.",
    ]
    items = read_document(page, "references.html").items
    assert [i["author"][0]["family"] for i in items] == ["Gowers", "Awtrey"]  # type: ignore[index]


def test_an_attribution_citation_after_a_parsoid_reference_list_is_an_entry() -> None:
    # Parsoid's HTML (the REST API's, Kiwix's): the list's markup nested twice, then Wikipedia's {{DNB}} paragraph
    html = (
        '<section><h2 id="References">References</h2><div class="reflist"><div class="mw-references-wrap">'
        '<ol class="mw-references references"><li id="cite_note-1"><a href="#cite_ref-1">↑ </a> '
        '<span class="mw-reference-text"><a href="https://books.google.com/x">The drainage of Calcutta</a>: a paper '
        "read at the Bengal social science congress, 1871</span></li></ol></div></div>"
        "<p>This article incorporates text from a publication now in the public domain: "
        '<cite class="citation encyclopaedia cs1">"<a href="https://en.wikisource.org/wiki/DNB/Clark">Clark, William '
        '(1821-1880)</a>". <i>Dictionary of National Biography</i>. London: Smith, Elder &amp; Co. 1885–1900.</cite>'
        "</p></section>"
    )
    lines, _ = html_document(html)
    assert lines.count("***") == 1  # one end for the nested list markup
    found = read_document(html, "clark.html")
    assert [item["custom"]["biblio"]["source"][:20] for item in found.items] == [
        "[The drainage of Cal", '"[Clark, William (18']
