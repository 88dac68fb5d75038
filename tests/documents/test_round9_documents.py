"""Documents of round 9 (PROVENANCE.md): an Italian "Per approfondire" page as Markdown converted from a word
processor and as the HTML MkDocs Material builds from it."""

from __future__ import annotations

from biblio.api import read_document

ENTRY = ("Maurizio Napolitano, Quale licenza per gli opendata? (la storia infinita), blogpost (maggio 2019); "
         "disponibile qui: ")


def test_a_back_to_top_link_after_the_list_is_no_part_of_the_last_reference() -> None:
    html = ("<html><body><main><article><h2>References</h2><ul>"
            "<li><p>Hilborn, R., &amp; Mangel, M. (1997). <em>The Ecological Detective</em>. Princeton "
            "University Press.</p></li>"
            "<li><p>Sugita, S. (2007). Theory of quantitative reconstruction. <em>The Holocene</em>, 17(2), "
            "229-241.</p></li></ul></article>"
            '<a href="#" class="md-top md-icon">Torna su</a></main></body></html>')
    found = read_document(html, "page.html")
    assert len(found.items) == 2
    assert "Torna" not in found.items[-1]["custom"]["biblio"]["source"]


def test_an_address_shown_shortened_keeps_the_whole_address_of_its_link() -> None:
    link = ('[<span class="underline">https://medium.com/open-data-stories/quale-licenza-per-gli-opendata-ea18a5ed592'
            '</span>](https://medium.com/open-data-stories/quale-licenza-per-gli-opendata-ea18a5ed592d).')
    found = read_document(f"# Per approfondire\n\n  - {ENTRY}{link}\n", "page.md")
    assert found.items[0]["URL"] == "https://medium.com/open-data-stories/quale-licenza-per-gli-opendata-ea18a5ed592d"


def test_a_placeholder_link_inside_a_reference_keeps_its_words() -> None:
    html = ("<html><body><h2>References</h2><ul>"
            '<li>Hilborn, R., &amp; Mangel, M. (1997). <a href="#">The Ecological Detective</a>. Princeton '
            "University Press.</li>"
            "<li>Sugita, S. (2007). Theory of quantitative reconstruction. <em>The Holocene</em>, 17(2), "
            "229-241.</li></ul></body></html>")
    found = read_document(html, "page.html")
    assert "Ecological Detective" in found.items[0]["custom"]["biblio"]["source"]
