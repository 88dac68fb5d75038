"""Reference lists a reader finds at once but the layout hid: a Sphinx citation whose text starts below its label
and whose lines end in a ``|br|`` substitution, notes that are each a bare address, a list's number glued to the
link that is the entry, Word's italics closed and reopened inside words, a converted wiki page's notes after its
category links, and a note whose linked title reads like a sentence; the examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.markdown import markdown_lines


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_RST = """.. |br| raw:: html

   <br/>

Bibliography
------------

.. [Knuth84]
    Knuth, D. E., |br|
    *Literate programming*, |br|
    `The Computer Journal 27, 97–111 (1984) <https://doi.org/10.1093/comjnl/27.2.97>`__.

.. [Wirth71] Wirth, N., |br|
    *Program development by stepwise refinement*, |br|
    `Commun. ACM 14, 221–227 (1971) <https://doi.org/10.1145/362575.362577>`__.
"""


def test_a_citation_whose_text_starts_below_its_label_is_an_entry() -> None:
    found = _sources(_RST, "refs.rst")
    assert [source.split(",")[0] for source in found] == ["Knuth", "Wirth"]


def test_a_line_break_substitution_leaves_no_bars_in_the_entry() -> None:
    items = read_document(_RST, "refs.rst").items
    assert all("|br|" not in item["custom"]["biblio"]["source"] for item in items)
    assert items[0]["title"] == "Literate programming"


_ORG = """* Compilers
  The driver is described in its manual[fn:1] and the pass pipeline elsewhere[fn:2].

* Footnotes

[fn:1] https://gcc.gnu.org/onlinedocs/gccint/

[fn:2] https://llvm.org/docs/WritingAnLLVMPass.html
"""


def test_notes_that_are_each_a_bare_address_are_the_pages_cited() -> None:
    assert _sources(_ORG, "notes.org") == ["https://gcc.gnu.org/onlinedocs/gccint/",
                                           "https://llvm.org/docs/WritingAnLLVMPass.html"]


_GLUED = """## Derivation

The constraint normalises the embedding.

## 参考文献
<span id="ref1">[1][Matrix calculus notes](https://example.org/matrix-calculus)</span><br>
<span id="ref2">[2][Frobenius norm](https://en.wikipedia.org/wiki/Frobenius_norm)</span>
"""


def test_a_number_glued_to_the_link_that_is_the_entry_is_its_marker() -> None:
    items = read_document(_GLUED, "notes.md").items
    assert [item.get("title") for item in items] == ["Matrix calculus notes", "Frobenius norm"]


def test_italics_reopened_inside_words_are_one_run() -> None:
    line = "Groningen. (2026). _S__chriftelijke Vaardigheden_ _1__.__3 College 1_ (Slides)."
    assert markdown_lines(line) == ["Groningen. (2026). _Schriftelijke Vaardigheden 1.3 College 1_ (Slides)."]
    # a name's double underscore outside italics, and an address's, stay
    assert markdown_lines("Call foo__bar in https://x.org/a__b.") == ["Call foo__bar in https://x.org/a__b."]


_WIKI = """## 出典

## 関連項目

  - [Xlib](https://ja.wikipedia.org/wiki/Xlib "wikilink")

## 外部リンク

  - [X.Org Foundation](http://www.x.org/)

[Category:UNIX](https://ja.wikipedia.org/wiki/Category:UNIX "wikilink")

1.  [Announcement: Modification to the base license.](http://www.example.org/forum/003945.html) 02 Feb 2004
2.  [Re: X is painful](http://lists.example.org/debian-user/msg00637.html) 15 Nov 1996
3.  [An LBX Postmortem](http://example.org/talks/lbxpost/paper.html) 2001-1-24
"""


def test_a_converted_wiki_page_s_notes_after_its_categories_are_its_notes() -> None:
    items = read_document(_WIKI, "article.md").items
    assert [item["custom"]["biblio"]["section"] for item in items] == ["出典"] * 3
    assert items[1]["custom"]["biblio"]["source"].startswith("[Re: X is painful]")  # a linked title is no sentence
