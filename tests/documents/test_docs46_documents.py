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


def test_a_comment_in_chinese_after_a_footnoted_reference_is_its_annotation() -> None:
    text = ("正文。[^1][^2]\n\n---\n\n"
            '[^1]: Vaswani et al., "Attention Is All You Need", arXiv:1706.03762, 2017-06-12. '
            "https://arxiv.org/abs/1706.03762 。O(n²) 复杂度详见该论文 §3.2。\n"
            '[^2]: Gu, Dao, "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", arXiv:2312.00752, '
            "2023-12-01. Mamba 在语言建模上与同等 Transformer 持平，推理吞吐量快约 5×。https://arxiv.org/abs/2312.00752\n")
    items = read_document(text, "post.md").items
    assert [item["URL"] for item in items] == ["https://arxiv.org/abs/1706.03762", "https://arxiv.org/abs/2312.00752"]
    assert [item["custom"]["biblio"]["annotation"] for item in items] == [
        "O(n²) 复杂度详见该论文 §3.2。", "Mamba 在语言建模上与同等 Transformer 持平，推理吞吐量快约 5×。"]
    assert "container-title" not in items[0] and "volume" not in items[0]


def test_a_reference_in_chinese_keeps_its_words() -> None:
    # the reference's own script from its start: no comment to take off
    text = ("# 参考文献\n\n1. 张三. 深度学习导论[M]. 北京: 清华大学出版社, 2019.\n"
            "2. 李四. 机器学习[J]. 计算机学报, 2020, 43(1): 1-10.\n")
    items = read_document(text, "refs.md").items
    assert [item["custom"]["biblio"].get("annotation") for item in items] == [None, None]
