"""Real documents, round docs46 (tests/data/documents/PROVENANCE.md): an RFC's list labelled by author and year
("[Appelman, et. al., 1995]", "[ABA, 1989]") across a page break, and a blog's link titled "… (pdf)"."""

from __future__ import annotations

from biblio.api import read_document

RFC_LIST = """9.  References

   The following references may not be available in all countries.

   [Appelman, et. al., 1995] Appelman, Heller, Ehrman, White, and
   McAuliffe, "The Law and The Internet", USENIX 1995 Technical
   Conference on UNIX and Advanced Computing, New Orleans, LA, January
   16-20, 1995.

   [ABA, 1989] American Bar Association, Section of Science and
   Technology, "Guide to the Prosecution of Telecommunication Fraud by
   the Use of Computer Crime Statutes", American Bar Association, 1989.

   [Aucoin, 1989] R. Aucoin, "Computer Viruses: Checklist for Recovery",
   Computers in  Libraries, Vol. 9, No. 2, Pg. 4, February 1989.



Fraser, Ed.                Informational                       [Page 64]

RFC 2196              Site Security Handbook              September 1997


   [Wood, et.al., 1987] C. Wood, W. Banks, S. Guarro, A. Garcia, V.
   Hampel, and H. Sartorio, "Computer Security:  A Comprehensive
   Controls Checklist", John Wiley and Sons, Interscience Publication,
   1987.

   [Wrobel, 1993] L. Wrobel, "Writing Disaster Recovery Plans for
   Telecommunications Networks and LANS", Artech House, 1993.

Security Considerations

   This entire document discusses security issues.
"""


def test_author_year_labels_of_many_words_keep_their_entries() -> None:
    items = read_document(RFC_LIST, "rfc.txt").items
    sources = [item["custom"]["biblio"]["source"] for item in items]
    assert [source.split("]")[0] + "]" for source in sources] == [
        "[Appelman, et. al., 1995]", "[ABA, 1989]", "[Aucoin, 1989]", "[Wood, et.al., 1987]", "[Wrobel, 1993]"]
    assert items[0]["title"] == "The Law and The Internet"
    assert items[1]["citation-label"] == "ABA, 1989"
    assert [name.get("family") for name in items[3]["author"]][:2] == ["Wood", "Banks"]


def test_a_linked_title_loses_the_file_format_it_names() -> None:
    text = ('<p>Text.<sup id="fnref:OW14"><a href="#fn:OW14">1</a></sup></p>\n<div class="footnotes" '
            'role="doc-endnotes">\n  <ol>\n    <li role="doc-endnote">\n      <p><a href="https://ocaml.org/meetings/'
            'ocaml/2014/ocaml2014_1.pdf">Multicore OCaml (pdf)</a>&nbsp;<a href="#fnref:OW14" class="reversefootnote" '
            'role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n')
    items = read_document(text, "post.html").items
    assert [item["title"] for item in items] == ["Multicore OCaml"]
    assert items[0]["URL"] == "https://ocaml.org/meetings/ocaml/2014/ocaml2014_1.pdf"
