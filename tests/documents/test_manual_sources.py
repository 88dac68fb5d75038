"""Manuals and papers in the typesetters' own sources: troff with the ms and me macros, Texinfo and DocBook
(lines from the real files in tests/data/documents, see PROVENANCE)."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.docbook import docbook_html, is_docbook
from biblio.documents.layout import flavour_of, layout
from biblio.documents.man import is_man, man_markdown
from biblio.documents.texinfo import is_texinfo, texinfo_markdown


def test_an_ms_heading_is_the_line_after_its_macro_and_ip_labels_open_entries() -> None:
    # real-freebsd-jail-paper.ms
    source = (".bp\n.SH\nNotes & References\n.IP \\s-2[LOTTERY1]\\s+2 .5i\nDavid Petrou and John Milford. "
              "Proportional-Share Scheduling:\nImplementation and Evaluation, December 1997.\n.nf\n"
              "\\s-2\\fChttp://www.cs.cmu.edu/~dpetrou/papers/freebsd_lottery_writeup98.ps\\fP\\s+2\n")
    assert man_markdown(source).split("\n") == [
        "", "## Notes & References", "- [LOTTERY1]", "David Petrou and John Milford. Proportional-Share Scheduling:",
        "Implementation and Evaluation, December 1997.",  # .nf breaks the line, not the entry
        "http://www.cs.cmu.edu/~dpetrou/papers/freebsd_lottery_writeup98.ps", ""]


def test_an_ms_paragraph_opened_by_a_label_is_one_entry() -> None:
    # real-freebsd-timecounter.ms: ".LP" then "[DMK2001]" alone on its line, the entry on the lines after it
    source = ('.SH\nReferences\n.LP\n[DMK2001]\n"Accuracy Evaluation of a Cesium Fountain Primary Frequency '
              'Standard at NIST."\nD. M. Meekhof, S. R. Jefferts, M. Stephanovic, and T. E. Parker\n.LP\n'
              '[PHK2001]\n"Monitoring Natural Gas Usage"\n')
    lines = man_markdown(source).split("\n")
    assert lines[:4] == ["## References", "", "- [DMK2001]", '"Accuracy Evaluation of a Cesium Fountain Primary '
                         'Frequency Standard at NIST."'] and lines[6] == "- [PHK2001]"
    items = read_document(source + ".LP\n[X]\nA. Author. Title. Journal 1, 2 (2001).\n", "paper.ms").items
    assert [item["custom"]["biblio"]["source"][:9] for item in items] == ["[DMK2001]", "[PHK2001]", "[X] A. Au"]


def test_a_man_pages_bare_sh_heads_its_section_with_one_line() -> None:
    # C-Kermit's manual page: ".SH" then "Downloading Files", its paragraph on the next line with no .PP
    source = ".TH KERMIT 1\n.SH\nDownloading Files\nLet's say you have C-Kermit for Unix.\n"
    assert man_markdown(source).split("\n") == ["", "## Downloading Files", "Let's say you have C-Kermit for Unix.", ""]


def test_me_headings_and_macro_definitions() -> None:
    # real-freebsd-devfs-paper.me: a macro defined for bullets is no text; .sh 1 "References" a heading
    source = '.de bu\n.ip \\0\\s-2\\(bu\\s+2\n..\n.sh 1 "References"\n.lp\n[Pike2000]\nRob Pike:\n'
    assert man_markdown(source).split("\n") == ["", "", "", "## References", "", "- [Pike2000]", "Rob Pike:", ""]
    assert is_man(source * 2, "paper.me") and flavour_of(source * 2, "paper.me") == "man"
    assert is_man(".TL\nJails\n.NH\nIntroduction\n.PP\nText.\n.PP\nMore.\n", "")  # an ms paper without extension


def test_texinfo_lists_and_inline_commands_become_markdown_line_for_line() -> None:
    # real-gsl-sum.texi
    source = ("@node Series Acceleration References\n@section References and Further Reading\n\n"
              "The algorithms used by these functions are described in the following papers,\n\n"
              "@itemize @w{}\n@item\nT. Fessler, W.F. Ford, D.A. Smith,\n"
              "@sc{hurry}: An acceleration algorithm for scalar sequences and series\n"
              "@cite{ACM Transactions on Mathematical Software}, 9(3):346--354, 1983.\n@end itemize\n"
              "@itemize @w{}\n@item\nD. Levin, Development, @cite{Intern.@: J.@: Computer Math.} B3:371--388, 1973.\n"
              "@end itemize\n@tex\n\\beforedisplay\n@end tex\n@c a comment\n"
              "Herbert H. H. Homeier, @uref{http://arxiv.org/abs/math/0005209}.\n")
    lines = texinfo_markdown(source).split("\n")
    assert len(lines) == len(source.split("\n"))
    assert lines[:9] == [
        "", "## References and Further Reading", "", "The algorithms used by these functions are described in the "
        "following papers,", "", "", "", "- T. Fessler, W.F. Ford, D.A. Smith,",
        "HURRY: An acceleration algorithm for scalar sequences and series"]
    assert lines[9] == "*ACM Transactions on Mathematical Software*, 9(3):346–354, 1983."
    assert lines[13] == "- D. Levin, Development, *Intern. J. Computer Math.* B3:371–388, 1973."
    assert lines[15:18] == ["", "", ""]  # TeX and a comment are no text
    assert lines[19] == "Herbert H. H. Homeier, <http://arxiv.org/abs/math/0005209>."
    assert is_texinfo(source, "sum.texi") and is_texinfo("\\input texinfo @c -*-texinfo-*-\n", "manual")
    assert flavour_of(source, "sum.texi") == "texinfo"


def test_texinfo_prose_between_one_item_lists_is_no_reference() -> None:
    items = read_document((_DOCUMENTS / "real-gsl-randist.texi").read_text(encoding="utf-8"), "randist.texi").items
    assert [item["title"] for item in items][:2] == ["Non-Uniform Random Variate Generation",
                                                     "The Art of Computer Programming: Seminumerical Algorithms"]
    assert len(items) == 7


def test_an_entry_broken_after_its_names_and_year_is_one_reference() -> None:
    # real-r-intro-references.texi: "John M.@: Chambers (1998)" on a line, the title on the next
    items = read_document((_DOCUMENTS / "real-r-intro-references.texi").read_text(encoding="utf-8"), "R-intro").items
    assert len(items) == 9 and items[3]["title"] == "Programming with Data"
    assert items[3]["custom"]["biblio"]["source"].startswith("John M. Chambers (1998) *Programming with Data*.")


def test_docbook_divisions_nest_their_headings_and_entities_of_the_dtd_go() -> None:
    # real-freebsd-handbook-bibliography.xml
    source = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<appendix xmlns="http://docbook.org/ns/docbook" '
              'xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0">\n<title>Bibliography</title>\n'
              '<para>a good book on &unix; system administration</para>\n<sect1><title>Programmers\' Guides</title>\n'
              '<itemizedlist><listitem><para>Spinellis, Diomidis.  <link xlink:href="http://www.spinellis.gr/'
              'codereading/"><emphasis>Code Reading</emphasis></link>. Addison-Wesley, 2003.</para></listitem>\n'
              '<listitem><para>Jolitz, William.  <quote>Porting UNIX to the 386</quote>.</para></listitem>'
              '</itemizedlist></sect1></appendix>\n')
    assert is_docbook(source) and flavour_of(source, "chapter.xml") == "html"
    html = docbook_html(source)
    assert "<h1>Bibliography</h1>" in html and "<h2>Programmers' Guides</h2>" in html and "&unix;" not in html
    assert '<li><p>Spinellis, Diomidis.  <a href="http://www.spinellis.gr/codereading/"><em>Code Reading</em></a>' \
        in html and "“Porting UNIX to the 386”" in html
    assert "## Programmers' Guides" in layout(source, "chapter.xml").lines
    assert not is_docbook("<html><body><p>x</p></body></html>")


def test_a_structured_docbook_entry_is_punctuated_as_docbooks_stylesheets_print_it() -> None:
    # <biblioentry> holds its parts as elements with no punctuation between them (<bibliomixed> writes its own)
    source = ('<?xml version="1.0"?>\n<article xmlns="http://docbook.org/ns/docbook"><title>Notes</title><para>x</para>\n'
              '<bibliography><title>Bibliography</title>\n<biblioentry xml:id="knuth">\n  <authorgroup>\n'
              '    <author><personname><firstname>Donald</firstname><surname>Knuth</surname></personname></author>\n'
              '    <author><personname><firstname>Ronald</firstname><surname>Graham</surname></personname></author>\n'
              '  </authorgroup>\n  <title>Concrete Mathematics</title>\n'
              '  <publisher><publishername>Addison-Wesley</publishername></publisher>\n  <pubdate>1994</pubdate>\n'
              '</biblioentry>\n<bibliomixed><bibliomset relation="article"><surname>Walsh</surname>, '
              '<firstname>Norman</firstname>. <title>Introduction to SGML</title>.</bibliomset> 1998.</bibliomixed>\n'
              '</bibliography></article>\n')
    items = read_document(source, "article.xml").items
    assert [item["custom"]["biblio"]["source"] for item in items] == [
        "Donald Knuth, Ronald Graham. *Concrete Mathematics*. Addison-Wesley. 1994.",
        "Walsh, Norman. *Introduction to SGML*. 1998."]
    assert items[0]["author"] == [{"family": "Knuth", "given": "Donald"}, {"family": "Graham", "given": "Ronald"}]
    assert items[0]["title"] == "Concrete Mathematics" and items[0]["publisher"] == "Addison-Wesley"


def test_a_hanging_entry_docutils_made_a_definition_list_is_one_paragraph() -> None:
    # real-linux-sched-deadline-docutils.html: the entry's first line the term, its other lines the definition
    html = ("<html><body><p>References:</p><blockquote><dl class=\"simple\">\n<dt>1 - C. L. Liu and J. W. Layland. "
            "Scheduling algorithms for multiprogram-</dt>\n<dd><p>ming in a hard-real-time environment. Journal of "
            "the Association for\nComputing Machinery, 20(1), 1973.</p>\n</dd>\n<dt>3 - L. Abeni. Server Mechanisms "
            "for Multimedia Applications. ReTiS Lab</dt>\n<dd><p>Technical Report. <a href=\"http://disi.unitn.it/"
            "~abeni/tr-98-01.pdf\">http://disi.unitn.it/~abeni/tr-98-01.pdf</a></p>\n</dd></dl></blockquote>"
            "<dl><dt>Runtime</dt><dd><p>The time a task runs.</p></dd></dl></body></html>")
    lines = [line for line in layout(html, "page.html").lines if line.strip()]
    assert lines[1] == ("1 - C. L. Liu and J. W. Layland. Scheduling algorithms for multiprogramming in a "
                        "hard-real-time environment. Journal of the Association for Computing Machinery, 20(1), 1973.")
    assert lines[2].startswith("3 - L. Abeni. Server Mechanisms for Multimedia Applications. ReTiS Lab Technical")
    assert lines[3:] == ["Runtime", "The time a task runs."]  # a glossary's term and definition stay apart


_DOCUMENTS = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "documents"


def test_a_run_of_comments_before_no_docbook_root_is_read_in_linear_time() -> None:
    # a hostile XML head (thousands of comments, then no DocBook root) once backtracked for minutes: each
    # comment's body could be read across the next ones
    import signal

    def _too_slow(signum: int, frame: object) -> None:
        raise TimeoutError("is_docbook backtracked")

    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(10)
    try:
        assert not is_docbook("<?xml version='1.0'?>" + "<!-- a -- b -->" * 3000 + "<!DOCTYPE html>")
        assert is_docbook("<?xml version='1.0'?><!-- one -->\n<!-- two -->\n<book><para>x</para></book>")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_an_entity_only_the_dtd_defines_is_kept_as_written_in_a_title() -> None:
    source = ('<?xml version="1.0"?>\n<book xmlns="http://docbook.org/ns/docbook"><title>B</title>\n'
              "<bibliography><title>References</title>\n<bibliomixed>Stevens, W. Richard. <citetitle>&unix; Network "
              "Programming</citetitle>. Prentice Hall, 1990.</bibliomixed>\n</bibliography></book>\n")
    items = read_document(source, "refs.xml").items
    assert [r["title"] for r in items] == ["&unix; Network Programming"]
