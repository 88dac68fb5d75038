"""Real documents, round docs47 (tests/data/documents/PROVENANCE.md): LaTeX2HTML's ``thebibliography`` (a term
holding only the entry's number, its definition the entry) and pandoc's fenced div of citeproc's references."""

from __future__ import annotations

from biblio.api import read_document

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
