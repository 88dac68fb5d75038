"""Real documents, round docs47 (tests/data/documents/PROVENANCE.md): LaTeX2HTML's ``thebibliography`` (a term
holding only the entry's number, its definition the entry) and pandoc's fenced div of citeproc's references."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.errors import NoReferences

LATEX2HTML = """<H2>Bibliography</H2>
<DL COMPACT><DD><P></P><DT><A NAME="Bates1">1</A>
<DD>
Rebecca&nbsp;Anne Bates.
<BR><EM>Speaker dynamics as a source of pronunciation variability for
  continuous speech recognition models</EM>.
<BR>PhD thesis, University of Washington, 2003.

<P></P><DT><A NAME="Cohen2008">2</A>
<DD>
J.&nbsp;Cohen.
<BR>Embedded speech recognition applications in mobile phones: Status,
  trends, and challenges.
<BR>In <EM>Acoustics, Speech and Signal Processing, 2008</EM>, pages 5352-5355, 2008.

<P></P><DT><A NAME="Goodman2002">3</A>
<DD>
J.&nbsp;Goodman, G.&nbsp;Venolia, K.&nbsp;Steury, and C.&nbsp;Parker.
<BR>Language modeling for soft keyboards.
<BR><EM>Proc. AAAI 2002</EM>, 2002.
</DL>
"""


def _families(items: list[dict]) -> list[str]:
    return [item["author"][0]["family"] for item in items]


def test_latex2html_numbered_terms_label_their_entries_in_markdown() -> None:
    text = "Speech Recognition\n----------\n\n<P>\nSome text [<A\n HREF=\"#Bates1\">1</A>].\n</p>\n\n" + LATEX2HTML
    items = read_document(text, "post.md").items
    assert _families(items) == ["Bates", "Cohen", "Goodman"]
    assert items[1]["page"] == "5352-5355"


def test_latex2html_numbered_terms_label_their_entries_in_html() -> None:
    page = f"<html><body><p>Some text [1].</p>\n{LATEX2HTML}</body></html>"
    items = read_document(page, "page.html").items
    assert _families(items) == ["Bates", "Cohen", "Goodman"]


def test_a_line_break_inside_a_labelled_entry_opens_no_list_item() -> None:
    text = LATEX2HTML.replace("<BR>Language modeling for soft keyboards.", "<BR>1. principal component analysis, "
                              "2. pattern recognition for track finding.")
    items = read_document(f"<html><body>{text}</body></html>", "page.html").items
    assert _families(items) == ["Bates", "Cohen", "Goodman"]
    assert "1. principal component analysis" in items[2]["custom"]["biblio"]["source"]


def test_a_glossary_of_short_terms_is_no_label_column() -> None:
    page = ("<html><body><h2>References</h2><p>Knuth, D. E. (1997). <em>The Art of Computer Programming</em>. "
            "Addison-Wesley.</p><h2>Glossary</h2><dl><dt>TOTP</dt><dd>A time-based one-time password.</dd>"
            "</dl></body></html>")
    items = read_document(page, "page.html").items
    assert _families(items) == ["Knuth"]


PANDOC_REFS = """# Alet et al. (2020)

They extend the idea of test-time training from (Sun et al. 2019), which
they call tailoring.

::: {#refs .references .csl-bib-body .hanging-indent}
::: {#ref-Arjovsky2019 .csl-entry}
Arjovsky, Martin, Léon Bottou, Ishaan Gulrajani, and David Lopez-Paz.
2019. "Invariant Risk Minimization," July, 1--30.
<http://arxiv.org/abs/1907.02893>.
:::

::: {#ref-BarSinai2019 .csl-entry}
Bar-Sinai, Yohai, Stephan Hoyer, Jason Hickey, and Michael P. Brenner.
2019. "[Learning data-driven discretizations for partial differential
equations]{.nocase}." *Proceedings of the National Academy of Sciences
of the United States of America* 116 (31): 15344--49.
<https://doi.org/10.1073/pnas.1814058116>.
:::
:::

# Next paper

Prose about the next paper, with no reference in it at all, which goes on
for a while (Smith 2020).
"""


def test_pandocs_references_div_is_the_list_without_a_heading() -> None:
    items = read_document(PANDOC_REFS, "notes.md").items
    assert _families(items) == ["Arjovsky", "Bar-Sinai"]
    assert items[1]["DOI"] == "10.1073/pnas.1814058116"


def test_a_heading_above_the_references_div_stays_the_sections_heading() -> None:
    text = PANDOC_REFS.replace("::: {#refs", "## Works cited\n\n::: {#refs", 1)
    items = read_document(text, "notes.md").items
    assert _families(items) == ["Arjovsky", "Bar-Sinai"]
    assert items[0]["custom"]["biblio"]["section"] == "Works cited"


REDMINE = """h3. Can not use DataTable.Load( DataReader_instance )

Interesting sidenote: When I put a breakpoint at DataTable.load( reader ), I get nothing instead of this error.

h2. References

&quot;ADO.NET code samples&quot;:http://msdn.microsoft.com/en-us/library/dw70f090.aspx
&quot;Retrieving Data Using the DataReader&quot;:http://msdn.microsoft.com/en-us/library/aa720705.aspx
&quot;Transoft U/SQL Help Document&quot;:ftp://ftp2.transoft.com/pub/CDextras/USQL/documentation/Transoft_USQL_Help.pdf
"""


def test_a_wikis_escaped_link_quotes_and_a_link_a_line_are_its_references() -> None:
    items = read_document(REDMINE, "page.textile").items
    assert [item["title"] for item in items] == [
        "ADO.NET code samples", "Retrieving Data Using the DataReader", "Transoft U/SQL Help Document"]
    assert items[2]["URL"] == "ftp://ftp2.transoft.com/pub/CDextras/USQL/documentation/Transoft_USQL_Help.pdf"


def test_markdown_links_one_a_line_under_references_are_each_a_reference() -> None:
    text = ("# Log\n\nText.\n\n## References\n\n"
            "[AllScripts Tiger to MS SQL using GoDaddy Hosting](http://pcnorb.blogspot.com/2010/02/a.html)\n"
            "[ADO.NET for ADO Programmers](http://msdn.microsoft.com/en-us/library/ms973217.aspx)\n")
    items = read_document(text, "log.md").items
    assert [item["URL"] for item in items] == [
        "http://pcnorb.blogspot.com/2010/02/a.html", "http://msdn.microsoft.com/en-us/library/ms973217.aspx"]


def test_a_paragraph_of_links_in_prose_is_no_reference_list() -> None:
    text = ("# Log\n\nSee [the code](https://example.org/code) and\n[the data](https://example.org/data) for more.\n")
    with pytest.raises(NoReferences):
        read_document(text, "log.md")


def test_pandocs_escaped_citeproc_ids_label_entries_with_no_heading() -> None:
    text = ("# Notes\n\nSome text.\n\n"
            "\\[#ref-bloggs-jones\\]: Bloggs, A. J., and X. Y. Jones. 1959. \"A Title.\" *Journal of Things*\n"
            "3: 1-9.\n\n"
            "\\[#ref-chomsky-73\\]: Chomsky, N. 1973. \"Conditions on Transformations.\"\nIn *A Festschrift for "
            "Morris Halle*, edited by S. R. Anderson and P.\nKiparsky. New York: Holt, Rinehart & Winston.\n")
    items = read_document(text, "notes.md").items
    assert _families(items) == ["Bloggs", "Chomsky"]
    assert items[1]["title"] == "Conditions on Transformations"
