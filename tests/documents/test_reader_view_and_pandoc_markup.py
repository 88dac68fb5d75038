# ruff: noqa: E501  (the page as Readability and pandoc print it, one element a line)
"""A Wikipedia article as a reader view keeps it (Readability: its classes gone) and as pandoc converts that page
to reStructuredText and AsciiDoc: the reference list found under its heading with the section's edit link,
every note's back-links ("^", "^ a b") dropped, a note that only points elsewhere kept out as an aside."""

from __future__ import annotations

from biblio.api import Source, read_document, records_from
from biblio.documents.inline import html_inline_to_markdown
from biblio.formats.problems import Collector

READER_HTML = """<div id="readability-page-1" class="page"><div>
<p>Mozilla is a free-software community.<sup id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup></p>
<h2><span id="References">References</span><span><span>[</span><a href="http://fakehost/w/index.php?title=Mozilla&amp;action=edit&amp;section=35" title="Edit section: References">edit</a><span>]</span></span>
</h2>
<div><ol>
<li id="cite_note-1"><span><b><a href="#cite_ref-1">^</a></b></span> <span>For exceptions, see "Values" section below</span></li>
<li id="cite_note-2"><span><b><a href="#cite_ref-2">^</a></b></span> <span><cite><a rel="nofollow" href="https://www.mozilla.org/foundation/moco/">"About the Mozilla Corporation"</a>. Mozilla Foundation.</cite></span></li>
<li id="cite_note-8"><span><b><a href="#cite_ref-8">^</a></b></span> <span><cite>Zawinski, Jamie (1996). <a rel="nofollow" href="http://www.jwz.org/gruntle/nscpdorm.html">"nscp dorm"</a><span>. Retrieved <span>2007-10-12</span></span>.</cite></span></li>
<li id="cite_note-manifesto-40"><span>^ <a href="#cite_ref-manifesto_40-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-manifesto_40-1"><sup><i><b>b</b></i></sup></a></span> <span><cite><a rel="nofollow" href="http://www.mozilla.org/about/manifesto/">"Mozilla Manifesto"</a>. Mozilla.org<span>. Retrieved <span>2012-03-21</span></span>.</cite></span></li>
</ol></div></div></div>
"""

PANDOC_RST = """      .. rubric:: References[\\ `edit <http://fakehost/w/index.php?title=Mozilla&action=edit&section=35>`__\\ ]
         :name: referencesedit

      .. container::

         #. `^ <#cite_ref-1>`__ For exceptions, see "Values" section
            below
         #. `^ <#cite_ref-2>`__ `"About the Mozilla
            Corporation" <https://www.mozilla.org/foundation/moco/>`__.
            Mozilla Foundation.
         #. `^ <#cite_ref-8>`__ Zawinski, Jamie (1996). `"nscp
            dorm" <http://www.jwz.org/gruntle/nscpdorm.html>`__.
            Retrieved 2007-10-12.
         #. ^ `a <#cite_ref-manifesto_40-0>`__
            `b <#cite_ref-manifesto_40-1>`__ `"Mozilla
            Manifesto" <http://www.mozilla.org/about/manifesto/>`__.
            Mozilla.org. Retrieved 2012-03-21.
"""

PANDOC_ADOC = """== [#References]#References#[http://fakehost/w/index.php?title=Mozilla&action=edit&section=35[edit]]

. [#cite_note-1]#*link:#cite_ref-1[^]* For exceptions, see "Values"
section below#
. [#cite_note-2]#*link:#cite_ref-2[^]*
https://www.mozilla.org/foundation/moco/["About the Mozilla
Corporation"]. Mozilla Foundation. #
. [#cite_note-8]#*link:#cite_ref-8[^]* Zawinski, Jamie (1996).
http://www.jwz.org/gruntle/nscpdorm.html["nscp dorm"]. Retrieved
2007-10-12. #
. [#cite_note-manifesto-40]#^ link:#cite_ref-manifesto_40-0[^*_a_*^]
link:#cite_ref-manifesto_40-1[^*_b_*^]
http://www.mozilla.org/about/manifesto/["Mozilla Manifesto"].
Mozilla.org. Retrieved 2012-03-21. #
"""


def _read(text: str, name: str) -> tuple[list[str], list[str], Collector]:
    notice = Collector()
    items = records_from(Source(name, text), notice=notice)
    return ([item["custom"]["biblio"]["source"] for item in items], [item["custom"]["biblio"]["section"]
                                                                     for item in items], notice)


def test_a_cite_that_holds_a_whole_reference_is_no_title_in_italics() -> None:
    # its class gone, a <cite> around a linked quoted title, or around words outside its link, is the citation
    assert html_inline_to_markdown('<cite><a href="https://x.org/">"About"</a>. Mozilla Foundation.</cite>') == \
        '["About"](https://x.org/). Mozilla Foundation.'
    assert html_inline_to_markdown('<cite>Zawinski, Jamie (1996). <a href="http://j.org/">"nscp dorm"</a>.</cite>') \
        == 'Zawinski, Jamie (1996). ["nscp dorm"](http://j.org/).'
    # a title in <cite> stays a title
    assert html_inline_to_markdown('<cite><a href="https://b.org/">The Book</a></cite>') == \
        "*[The Book](https://b.org/)*"


def test_a_reader_view_of_an_article_gives_its_references_and_sets_its_pointer_aside() -> None:
    sources, sections, _ = _read(READER_HTML, "article.html")
    assert sources == [
        '["About the Mozilla Corporation"](https://www.mozilla.org/foundation/moco/). Mozilla Foundation.',
        'Zawinski, Jamie (1996). ["nscp dorm"](http://www.jwz.org/gruntle/nscpdorm.html). Retrieved 2007-10-12.',
        '["Mozilla Manifesto"](http://www.mozilla.org/about/manifesto/). Mozilla.org. Retrieved 2012-03-21.']
    assert set(sections) == {"References"}  # the edit link is no part of the heading
    left_out = read_document(READER_HTML, "article.html").left_out("article.html")  # said on stderr
    assert left_out == ['biblio: note: article.html: line 6: not a reference, left out: "For exceptions, see '
                        '"Values" section below"']


def test_pandoc_rst_of_the_page_a_tight_list_of_wrapped_items() -> None:
    sources, sections, _ = _read(PANDOC_RST, "article.rst")
    assert [s[:30] for s in sources] == ['["About the Mozilla Corporatio', 'Zawinski, Jamie (1996). ["nscp',
                                         '["Mozilla Manifesto"](http://w']
    assert set(sections) == {"References"}


def test_pandoc_asciidoc_of_the_page_id_spans_and_links_over_lines() -> None:
    sources, sections, _ = _read(PANDOC_ADOC, "article.adoc")
    assert sources[0] == '["About the Mozilla Corporation"](https://www.mozilla.org/foundation/moco/). Mozilla Foundation.'
    assert sources[1].startswith('Zawinski, Jamie (1996). ["nscp dorm"](http://www.jwz.org/gruntle/nscpdorm.html).')
    assert sources[2].startswith('["Mozilla Manifesto"](http://www.mozilla.org/about/manifesto/). Mozilla.org.')
    assert set(sections) == {"References"}


def test_a_document_record_keeps_the_url_of_a_link_in_a_reader_view() -> None:
    items = read_document(READER_HTML, "article.html").items
    assert items[1]["URL"] == "http://www.jwz.org/gruntle/nscpdorm.html"


PANDOC_PLAIN = """References[edit]

1.  ^ For exceptions, see "Values" section below
2.  ^ "Introduction to Mozilla Source Code". Mozilla. Retrieved
    2012-08-18. "However, mozilla.org wants to emphasize that these
    milestones are being produced for testing purposes only."
3.  ^ ^(a) ^(b) "Mozilla Manifesto". Mozilla.org. Retrieved 2012-03-21.
"""


def test_pandoc_plain_text_back_letters_and_a_quotation_after_the_date_read() -> None:
    items = read_document(PANDOC_PLAIN, "article.txt").items
    assert [item["title"] for item in items] == ["Introduction to Mozilla Source Code", "Mozilla Manifesto"]
    assert items[0]["custom"]["biblio"]["annotation"].startswith('"However, mozilla.org wants')
    assert items[1]["custom"]["biblio"]["source"].startswith('"Mozilla Manifesto"')


def test_org_em_dashes_between_words() -> None:
    text = ("* References\n\n1. [[http://gigaom.com/x/][\"Mozilla will add H.264 to Firefox --- Tech News\"]].\n"
            "   gigaom.com. Retrieved 2014-04-05.\n2. Doe, J. (2020). /Title/. Press.\n")
    items = read_document(text, "page.org").items
    assert items[0]["title"] == "Mozilla will add H.264 to Firefox — Tech News"
