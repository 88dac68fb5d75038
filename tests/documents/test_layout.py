"""Documents made regular: Markdown through markdown-it, HTML through lxml, plain and PDF text by lines."""

from __future__ import annotations

import pytest

from biblio.documents.inline import markdown_inline
from biblio.documents.layout import flavour_of, layout
from biblio.documents.plaintext import plain_lines
from biblio.resources import sample_text


@pytest.mark.parametrize("text, name, flavour", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "page", "html"),
    ("<p>a</p>\n<ul><li>b</li></ul>\n<div>c</div>", "", "html"),
    ("plain words", "page.htm", "html"),
    ("Smith, J. (2020). *Title*. Press.", "refs.txt", "markdown"),
    ("[^1]: Smith, J. 2020. Title.", "", "markdown"),
    ("Smith, J. (2020). Title. Press.\nDoe, A. (2019). Other.", "refs.txt", "text"),
    ("anything", "notes.md", "markdown"),
])
def test_flavour(text: str, name: str, flavour: str) -> None:
    assert flavour_of(text, name) == flavour


def test_the_sample_is_read_as_markdown_line_for_line() -> None:
    text = sample_text()
    regular = layout(text, "sample.txt")
    assert regular.flavour == "markdown"
    assert len(regular.lines) == len(text.split("\n"))
    assert regular.lines[52] == (
        "Human Rights Watch. (2024, July 31). *Pakistan: Respect rights in response to Balochistan march*."
    )


def test_markdown_structure_that_is_no_text_becomes_blank_lines() -> None:
    text = (
        "## References\n\n<!-- a comment\nover two lines -->\n\n```\nSmith, J. (2020). Code. Press.\n```\n\n"
        "| a | b |\n|---|---|\n| Doe, A. (2019). X. | 1 |\n\n[ab12]: http://example.org/ab12\n\n"
        "- Roe, B. (2018). *Kept*. Press.\n"
    )
    lines = layout(text, "x.md").lines
    assert [line for line in lines if line] == ["## References", "- Roe, B. (2018). *Kept*. Press."]
    assert lines.index("- Roe, B. (2018). *Kept*. Press.") == text.split("\n").index("- Roe, B. (2018). *Kept*. Press.")


def test_footnote_definitions_stay_even_when_nothing_refers_to_them() -> None:
    text = "Text.[^1]\n\n[^1]: Used, A. 2020. One.\n\n[^9]: Unused, B. 2021. Two.\n    Continued.\n"
    lines = layout(text, "x.md").lines
    assert lines[2] == "[^1]: Used, A. 2020. One."
    assert lines[4:6] == ["[^9]: Unused, B. 2021. Two.", "    Continued."]  # its indentation kept


def test_ordered_list_numbers_and_headings_are_regular() -> None:
    lines = layout("References\n----------\n\n3. A, B. 2001. X.\n4. C, D. 2002. Y.\n", "x.md").lines
    assert lines[:5] == ["## References", "", "", "3. A, B. 2001. X.", "4. C, D. 2002. Y."]


def test_inline_html_becomes_markdown() -> None:
    text = ('<a name="x"></a><sup>3</sup> <a href="./Jane_Doe">Doe, Jane</a>. <i>Title</i> &amp; '
            '<a href="https://doi.org/10.1/x">doi</a> <a href="#cite_ref-1">^</a> [Roe](../Roe) ![logo](l.png)')
    assert markdown_inline(text) == " Doe, Jane. *Title* & [doi](https://doi.org/10.1/x)  Roe "


def test_inline_conversion_keeps_line_breaks() -> None:
    assert markdown_inline("a <!-- x\ny --> b\n<a href='u'>c\nd</a>") == "a \n b\nc\nd"


def test_html_blocks_and_what_is_left_out() -> None:
    html = """<html><head><title>T</title><script>Fake, A. (2020).</script></head><body>
<nav>Home</nav><h2>References</h2>
<ol start="5"><li>First, A. (2001). <em>One</em>.</li><li><p>Second, B. (2002). Two.</p></li></ol>
<table><tr><td>Third, C. (2003).</td></tr></table><figure><figcaption>Figure 1: x</figcaption></figure>
<pre><code>Code, D. (2004).</code></pre><p>Closing<br>words &mdash; done</p></body></html>"""
    regular = layout(html, "page.html")
    assert [line for line in regular.lines if line] == [
        "## References", "5. First, A. (2001). *One*.", "6. Second, B. (2002). Two.", "Closing", "words — done",
    ]
    assert regular.document_line(regular.lines.index("## References")) == 2


def test_pdf_text_loses_page_furniture() -> None:
    pages = ["Journal of Things 12 (2020)", "", "[1] A. Smith. Title. 2020.", "", "7", ""] * 3
    lines = plain_lines("\n".join(pages) + "\nThe ﬁnal ﬂow.")
    assert [line for line in lines if line] == ["[1] A. Smith. Title. 2020."] * 3 + ["The final flow."]


def test_long_markdown_is_parsed_in_chunks_with_the_right_lines() -> None:
    refs = [f"Author{n}, A. ({1900 + n % 100}). *Title {n}*. Press." for n in range(1500)]
    text = "# Essay\n\nBody.\n\n## References\n\n" + "\n\n".join(refs) + "\n"
    lines = layout(text, "long.md").lines
    assert lines[6] == refs[0] and lines[6 + 2 * 1499] == refs[1499]


def test_pandoc_fenced_divs_do_not_glue_to_references() -> None:
    text = "# References\n\n::: {#refs .references}\n::: {#ref-a .csl-entry}\nOke, T. R. 1982. Title.\n:::\n:::\n"
    # the references' div closing ends the list, as its HTML's does
    assert [line for line in layout(text, "x.md").lines if line] == ["# References", "Oke, T. R. 1982. Title.", "***"]


def test_html_footnote_containers_give_footnote_definitions() -> None:
    html = ('<html><body><p>Text<sup><a href="#fn1">1</a></sup></p><section class="footnotes" role="doc-endnotes">'
            '<hr><ol><li id="fn1"><p>Jane Doe, <em>A Book</em> (London: Press, 2019), 12.'
            '<a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section></body></html>')
    lines = [line for line in layout(html, "x.html").lines if line]
    assert lines == ["Text", "***", "[^1]: Jane Doe, *A Book* (London: Press, 2019), 12."]


def test_html_line_breaks_separate_lines_of_one_paragraph() -> None:
    html = ("<html><body><h2>Bibliography</h2><p>Smith, J. (2020). <i>A</i>. P.<br>Doe, A. (2019). B. Q.<br/>\n"
            "Roe, C. (2018). C. R.</p></body></html>")
    assert layout(html, "x.html").lines == [
        "## Bibliography", "", "Smith, J. (2020). *A*. P.", "Doe, A. (2019). B. Q.", "Roe, C. (2018). C. R."]


# Reproducers found by the atheris target `document` (benchmarks/fuzz/fuzz.py).
def test_a_second_body_tag_in_a_markdown_html_block_is_read() -> None:
    text = "# References\n\n<p>Smith, J. (2020). A title.</p></body><body><p>Doe, A. (2019). Another.</p>\n"
    lines = layout(text, "refs.md").lines
    assert len(lines) == 4
    assert "Smith, J. (2020). A title." in lines[2] and "Doe, A. (2019). Another." in lines[2]


def test_a_lone_carriage_return_keeps_markdown_lines_in_place() -> None:
    text = "# References\n\n<p>Smith, J. (2020).\rA title.\r</p>\n<p>Doe, A. (2019).</p>\n\ntext\r\r\r\n"
    lines = layout(text, "refs.md").lines
    assert len(lines) == len(text.split("\n"))
    assert lines[2] == "Smith, J. (2020). A title." and lines[3] == "Doe, A. (2019)."


def test_a_short_title_before_a_line_break_in_a_link_is_said_twice_and_an_address_may_hold_parentheses() -> None:
    text = ("[Tending Your Software Garden<br>Atwood, Jeff. 'Tending Your Software Garden.' Coding Horror, 2008.]"
            "(https://blog.codinghorror.com/tending/)")
    assert markdown_inline(text) == ("[Atwood, Jeff. 'Tending Your Software Garden.' Coding Horror, 2008.]"
                                     "(https://blog.codinghorror.com/tending/)")
    assert markdown_inline("[Notes<br>Lovelace, A. A. (1843). Memoirs.](https://x.org)") == (
        "[Notes Lovelace, A. A. (1843). Memoirs.](https://x.org)")  # not repeated: both stay
    assert markdown_inline("[doi:10.2168/lmcs-9(3:11)2013](http://dx.doi.org/10.2168/lmcs-9(3:11)2013). Next") == (
        "[doi:10.2168/lmcs-9(3:11)2013](http://dx.doi.org/10.2168/lmcs-9(3:11)2013). Next")
