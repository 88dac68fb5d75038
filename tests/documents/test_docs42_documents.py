"""Real documents, round docs42 (tests/data/documents/PROVENANCE.md): a web page pasted into Markdown, Markdown
converters' escaped list labels, reStructuredText line blocks, a press page's lists under several headings, a
hand-laid bibliography ruled off entry by entry, Doxygen's bibliography page, a year in brackets opening a line."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.layout import flavour_of
from biblio.documents.markdown import markdown_lines
from biblio.documents.rst import rst_markdown
from biblio.references.cues import strip_marker
from biblio.references.splitter import split_references


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_a_web_page_pasted_into_markdown_is_read_not_refused() -> None:
    # its own <html> and <head> (lxml's fragment parser asserts on them); the page's <title> is no text
    text = ('<html lang="en-gb">\n<head><title>Footnote Test</title>\n\n</head>\n\n<body>\n'
            "A 1951 paper<details><summary>1</summary> Lowry, O. H., Rosebrough, N. J., Farr, A. L. & Randall, R. J."
            " J. Biol. Chem. 193, 265–275 (1951).</details> describing an assay.\n</body>\n</html>\n")
    lines = markdown_lines(text)
    assert any(line.strip().startswith("Lowry, O. H.") for line in lines)
    assert not any("Footnote Test" in line for line in lines)


def test_escaped_labels_of_a_markdown_converter_are_list_labels() -> None:
    # pandoc writes "[1]" opening a paragraph as "\[1\]", and "12." as "12\."
    text = ("# References\n\n\\[1\\] Smith, J. 2001. A title. Journal 3: 1-2.\n\n"
            "\\[2\\] Jones, K. 2003. Another title. Journal 4: 5-6.\n")
    assert _sources(text, "paper.md") == ["Smith, J. 2001. A title. Journal 3: 1-2.",
                                          "Jones, K. 2003. Another title. Journal 4: 5-6."]
    assert strip_marker("12\\. Smith, J. 2001.")[1:] == ("12\\.", "12")
    assert strip_marker("\\[3\\]: Smith, J. 2001.")[2] == "3"
    assert strip_marker("\\[ a bracketed aside\\] goes on")[1] is None


def test_an_rst_line_block_s_bars_are_no_text() -> None:
    text = ("References\n----------\n\n"
            "1. | *Claus Bendtsen*, *Per Grove Thomsen*,\n"
            "   | **Numerical Solution of Differential Algebraic Equations**,\n"
            "   | Technical report IMM-REP-1999-8 (1999).\n\n"
            "2. | *John C.Butcher*,\n"
            "   | **The Numerical Analysis of Ordinary Differential Equations**\n"
            "   | Wiley, Chichester (2016).\n")
    sources = _sources(text, "refs.rst")
    assert len(sources) == 2 and not any("|" in s for s in sources)
    assert sources[1].startswith("*John C.Butcher*,")
    # a grid table's rows keep their bars
    assert rst_markdown("+---+---+\n| a | b |\n+---+---+\n").split("\n")[1] == "| a | b |"


def test_a_reading_list_s_item_without_a_year_does_not_cut_its_list() -> None:
    # no reference heading: lists under "Articles" and "Books"; a book with no year inside, a web page first
    text = ("% Press\n\nHere are some books and articles that discuss the tool:\n\n# Articles\n\n"
            "- [Pandoc](http://en.wikipedia.org/wiki/Pandoc) on Wikipedia.\n\n"
            "- Phillips, Lee.  [\"Technical Writing with Pandoc and\n  Panflute\"](https://lee-phillips.org/p/).\n"
            "  *Linux Journal*, September, 2017.\n\n"
            "- Kielhorn, Axel. [\"Multi-target publishing.\"](https://www.tug.org/tb102kielhorn.pdf)\n"
            "  *TUGboat* 32, no. 3 (2011): 272.\n\n# Books\n\n"
            "- Digital Publishing Toolkit Collective,\n  [*From Print to EBooks*](http://networkcultures.org/p/)\n"
            "  (Institute of Network Cultures), ch. 6.\n\n"
            "- Grandesso, Piero (2018-03-23). [\"A pandoc-based layout workflow\"](http://pierog.it/en/).\n\n"
            "- Krewinkel, Albert (2017-12-23). [\"Extending pandoc with Lua\"](http://lua.space/general/).\n")
    sources = _sources(text, "press.md")
    assert [s.split(",")[0].split("]")[0] for s in sources] == [
        "[Pandoc", "Phillips", "Kielhorn", "Digital Publishing Toolkit Collective", "Grandesso", "Krewinkel"]


def test_a_hand_laid_list_ruled_off_entry_by_entry_goes_on_past_its_rules_and_subheadings() -> None:
    rule = '\n<hr style="clear:both;">\n\n'
    text = ("# Bibliography\n\n## Books\n\n"
            "In Christ Alone: Living the Gospel-Centered Life.  \nSinclair B. Ferguson.  \n"
            "Ligonier Ministries. 2007.  \n"
            "[Goodreads](https://www.goodreads.com/book/show/2750147)\n" + rule
            + "The Creedal Imperative.  \nCarl R. Trueman  \nCrossway, 2012.  \n"
            "[Goodreads](https://www.goodreads.com/book/show/14452976)\n" + rule
            + "The Christ Key  \nChad Bird.  \n1517 Publishing. July 30, 2021.  \n"
            "[Goodreads](https://www.goodreads.com/book/show/58373755)\n" + rule
            + "## Commentaries\n\n"
            "Genesis (Word Biblical Commentary)  \nGordon J. Wenham.  \nThomas Nelson Inc. October 9, 1987.  \n"
            "[Goodreads](https://www.goodreads.com/book/show/1813608)\n" + rule
            + "## Colophon\n\nThis page was written by hand over many years, and it is kept up to date.\n")
    sources = _sources(text, "bibliography.md")
    assert [s.split()[0] for s in sources] == ["In", "The", "The", "Genesis"]


def test_doxygen_s_bibliography_page_reads_as_its_entries() -> None:
    text = ("/** \\page ref_section Bibliography\n\n"
            "    \\anchor Bader83 Bader83:\n"
            "    <a href=\"http://dx.doi.org/10.1007/BF01418331\">\n"
            "    G. Bader and P. Deuflhard</a>,\n"
            "    Numer. Math. \\b 41 (1983) 373.\n\n"
            "    \\anchor Berntsen91 Berntsen91:\n"
            "    J. Berntsen, T. O. Espelid, and A. Genz,\n"
            "    ACM Trans. Math. Soft. \\b 17 (1991) 437.\n"
            "    \\comment\n"
            "    Title: An adaptive algorithm for the approximate calculation of multiple\n"
            "    integrals\n"
            "    \\endcomment\n\n*/\n")
    found = read_document(text, "refs.dox")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert len(sources) == 2 and not any("\\" in s or "Bader83:" in s for s in sources)
    assert sources[1].endswith("437. Title: An adaptive algorithm for the approximate calculation of multiple "
                               "integrals")
    assert found.items[0]["volume"] == "41" and found.items[0]["DOI"] == "10.1007/BF01418331"


def test_a_year_in_brackets_opening_a_line_after_a_comma_goes_on_with_the_entry() -> None:
    text = ("G. Engeln-Mullges and F. Uhlig,\nNumerical Algorithms in C,\n(1996) Springer, p. 96.\n\n"
            "R. Fletcher,\nPractical Methods of Optimization,\n(1987) John Wiley & Sons, Chichester, p. 39.\n")
    assert [r.text for r in split_references(text)] == [
        "G. Engeln-Mullges and F. Uhlig, Numerical Algorithms in C, (1996) Springer, p. 96.",
        "R. Fletcher, Practical Methods of Optimization, (1987) John Wiley & Sons, Chichester, p. 39."]
    # a bracketed number after a finished line is a list's label still
    assert len(split_references("(1) Smith, J. 2001. A title. Journal 3: 1-2.\n"
                                "(2) Jones, K. 2003. Another title. Journal 4: 5-6.\n")) == 2


def test_names_linked_to_the_paper_in_an_entry_with_no_title_stay_its_authors() -> None:
    # physics' "Names, Journal Volume (Year) Page." with the names linked to the DOI, as O2scl's page writes it
    text = ("# References\n\n[G. Bader and P. Deuflhard](http://dx.doi.org/10.1007/BF01418331),\n"
            "Numer. Math. 41 (1983) 373.\n\n[P. Wynn and R. Mead](http://dx.doi.org/10.2307/2002183),\n"
            "Math. Comp. 10 (1956) 91.\n")
    items = read_document(text, "refs.md").items
    assert [[a["family"] for a in item["author"]] for item in items] == [["Bader", "Deuflhard"], ["Wynn", "Mead"]]
    assert [item.get("title") for item in items] == [None, None]
    assert items[0]["DOI"] == "10.1007/BF01418331" and items[1]["container-title"] == "Math. Comp."
    # a linked page title that the parser read as names is the title still
    page = read_document("# References\n\n- [Wikipedia QR-Code](https://de.wikipedia.org/wiki/QR-Code) abgerufen "
                         "am 3. Mai 2020\n- [Boeing 707](https://www.boeing.com/707) abgerufen am 4. Mai 2020\n",
                         "refs.md").items
    assert [item.get("title") for item in page] == ["Wikipedia QR-Code", "Boeing 707"]


def test_a_source_sphinx_copies_beside_its_pages_is_read_as_restructuredtext() -> None:
    # "_sources/Manual.rst.txt": reStructuredText under a .txt name
    text = ("References\n----------\n\n1. *E. Hairer, G. Wanner*,\n   **Solving Ordinary Differential Equations II**,\n"
            "   Springer, Berlin (1991)\n\n   `<https://www.springer.com/gp/book/9783540604525>`_\n\n"
            "2. *John C.Butcher*,\n   **Introduction to Runge-Kutta methods**\n\n"
            "   `<https://www.math.auckland.ac.nz/~butcher/RK-methods.pdf>`_\n")
    assert flavour_of(text, "_sources/Manual.rst.txt") == "rst"
    items = read_document(text, "Manual.rst.txt").items
    assert [item.get("URL") for item in items] == ["https://www.springer.com/gp/book/9783540604525",
                                                  "https://www.math.auckland.ac.nz/~butcher/RK-methods.pdf"]
    assert [item["author"][0]["family"] for item in items] == ["Hairer", "Butcher"]
