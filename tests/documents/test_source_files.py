"""References in source files and their documentation: manual pages, R help pages and roxygen blocks,
Python docstrings, CITATION files (lines from the real files in tests/data/documents)."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.latex import latex_inline
from biblio.documents.layout import flavour_of
from biblio.documents.man import man_markdown
from biblio.documents.plaintext import plain_lines
from biblio.documents.r_citation import r_citation_text, unread_calls
from biblio.documents.rd import rd_markdown
from biblio.documents.source_code import python_docstrings, roxygen_markdown
from biblio.references.finder import find_reference_sections


def test_an_mdoc_reference_block_is_one_item_in_mandocs_order() -> None:
    # real-freebsd-qsort.3: the date comes first in the source, last in print
    source = ".Sh SEE ALSO\n.Xr sort 1 ,\n.Xr radixsort 3\n.Rs\n.%A Hoare, C.A.R.\n.%D 1962\n.%T \"Quicksort\"\n" \
             ".%J \"The Computer Journal\"\n.%V 5:1\n.%P pp. 10-15\n.Re\n"
    lines = man_markdown(source).split("\n")
    assert lines[0] == "## SEE ALSO" and lines[1] == "sort(1),"
    assert lines[3] == "- Hoare, C.A.R., “Quicksort”, *The Computer Journal*, 5:1, pp. 10-15, 1962."
    assert lines[4:11] == [""] * 7  # one output line per input line


def test_an_mdoc_reference_block_left_open_is_still_a_reference() -> None:
    opened = ".Rs\n.%A Hoare, C.A.R.\n.%T \"Quicksort\"\n.%D 1962\n"
    lines = man_markdown(".Sh REFERENCES\n" + opened + opened + ".Sh HISTORY\nFirst appeared.\n").split("\n")
    assert lines[1] == lines[5] == "- Hoare, C.A.R., *Quicksort*, 1962."  # ended by the next .Rs, then by .Sh
    assert lines[9] == "## HISTORY" and lines[10] == "First appeared."
    assert man_markdown(".Sh REFERENCES\n" + opened).split("\n")[1] == "- Hoare, C.A.R., *Quicksort*, 1962."


def test_file_names_choose_the_source_readers() -> None:
    assert flavour_of(".Dd September 30, 2003\n.Dt QSORT 3\n.Os\n", "qsort.3") == "man"
    assert flavour_of("\\name{ess_bulk}\n", "ess_bulk.Rd") == "rd"
    assert flavour_of("#' @references\n#' Hand, Till (2001).\nroc_auc <- 1\n", "roc_auc.R") == "roxygen"
    assert flavour_of('"""Doc."""\n', "_entropy.py") == "python"


def test_an_rd_pages_references_section_is_a_heading_over_its_text() -> None:
    source = "\\examples{\nmu <- 1\n}\n\\references{\nPaul-Christian Bürkner (2019). Rank-normalization.\n" \
             "MCMC. \\emph{arXiv preprint} \\code{arXiv:1903.08008}.\n}\n"
    assert rd_markdown(source).split("\n") == [
        "", "", "", "## References", "Paul-Christian Bürkner (2019). Rank-normalization.",
        "MCMC. *arXiv preprint* arXiv:1903.08008.", "", ""]
    # a code section whose last line carries its closing brace stays code
    assert rd_markdown("\\examples{\nmu <- c(1,\n  2)}\n") == "\n\n\n"


def test_roxygen_tags_open_sections_and_code_is_no_text() -> None:
    source = "#' @param x A vector.\n#'\n#' @references\n#' Fawcett (2005). \"An introduction to ROC analysis\".\n" \
             "#'\n#' @export\nroc_auc <- function(data, ...) {\n"
    assert roxygen_markdown(source).split("\n") == [
        "", "", "## References", "Fawcett (2005). \"An introduction to ROC analysis\".", "", "", "", ""]


def test_a_docstrings_numpydoc_sections_are_dedented_and_the_code_blank() -> None:
    source = 'def entropy(pk):\n    """\n    Calculate the Shannon entropy.\n\n    References\n    ----------\n' \
             '    .. [1] Shannon, C.E. (1948), A Mathematical Theory of Communication.\n    """\n    return pk\n'
    assert python_docstrings(source).split("\n") == [
        "", "", "Calculate the Shannon entropy.", "", "References", "----------",
        ".. [1] Shannon, C.E. (1948), A Mathematical Theory of Communication.", "", "", ""]


def test_a_bibtex_entry_pasted_into_text_is_one_reference_after_its_lead_in() -> None:
    # real-astropy-CITATION: R's citation() layout, "A BibTeX entry for LaTeX users is" and the entry
    text = "We encourage you to cite it.\n\nA BibTeX entry for LaTeX users is\n\n@ARTICLE{2013A&A...558A..33A,\n" \
           "   author = {{Astropy Collaboration}},\n    title = \"{Astropy}\",\n     year = 2013\n}\n"
    lines = plain_lines(text)
    assert lines[4].startswith("@ARTICLE{2013A&A...558A..33A, author =") and lines[5:9] == [""] * 4
    (section,) = find_reference_sections("\n".join(lines))
    assert section.start_line == 5


def test_a_request_to_cite_leads_in_to_its_reference() -> None:
    # real-goodenough-CITATION
    text = "To reference this paper in publications, please cite:\n\nJenny Bryan, Lex Nederbragt, and Greg " \
           "Wilson: \"Good Enough Practices\nin Scientific Computing\".  In preparation, 2015,\n" \
           "http://swcarpentry.github.io/good-enough-practices-in-scientific-computing.\n"
    (section,) = find_reference_sections(text)
    assert section.start_line == 3 and section.end_line == 5


def test_a_url_keeps_its_tilde_in_latex() -> None:
    # real-goodenough-plos-thebibliography.tex
    assert latex_inline(r"\url{http://web.stanford.edu/~gentzkow/research/CodeAndData.pdf}") == \
        "http://web.stanford.edu/~gentzkow/research/CodeAndData.pdf"
    assert latex_inline(r"Shapiro~JM") == "Shapiro JM"


def test_an_r_citation_files_bibentry_calls_are_bibtex_entries_under_their_headers() -> None:
    # real-posterior-CITATION: values the file computes (year = year) are not in it
    source = 'year <- sub("-.*", "", meta$Date)\n\nbibentry(bibtype = "Article",\n' \
             '         title = "Rank-normalization, folding\nfor assessing convergence of MCMC",\n' \
             '         author = c(person("Aki", "Vehtari"),\n' \
             '                    person("Paul-Christian", "Bürkner")),\n         year = year,\n' \
             '         journal = "Bayesian Analysis",\n' \
             '         header = "To cite the MCMC convergence diagnostics:"\n)\n'
    lines = r_citation_text(source).split("\n")
    assert lines[:5] == ["", "", "To cite the MCMC convergence diagnostics:", "",
                         "@Article{entry, title = {Rank-normalization, folding for assessing convergence of MCMC}, "
                         "author = {Vehtari, Aki and Bürkner, Paul-Christian}, journal = {Bayesian Analysis}}"]
    assert flavour_of(source, "CITATION") == "rcitation"


def test_a_docstrings_link_style_labels_mark_its_entries() -> None:
    # real-tfp-calibration.py: "[1]: Author." as Markdown writes a link's label; a link definition stays one
    from biblio.references.cues import strip_marker

    assert strip_marker("[1]: Chuan Guo, Geoff Pleiss, Yu Sun, Kilian Q. Weinberger,")[1:] == ("[1]:", "1")
    assert strip_marker("[1]: https://arxiv.org/pdf/1706.04599.pdf")[1] is None


def test_a_google_style_section_is_a_heading_over_its_dedented_block() -> None:
    # optax's alias.py (google-deepmind/optax, Apache-2.0): "References:" alone on its line, then "Args:"
    source = 'def adam(learning_rate):\n  """The classic Adam optimiser.\n\n  References:\n' \
             '    [Kingma et al, 2014](https://arxiv.org/abs/1412.6980)\n\n  Args:\n' \
             '    learning_rate: this is a fixed global scaling factor.\n  """\n'
    assert python_docstrings(source).split("\n")[2:8] == [
        "", "#### References", "[Kingma et al, 2014](https://arxiv.org/abs/1412.6980)", "", "#### Args",
        "learning_rate: this is a fixed global scaling factor."]


def test_an_r_citation_call_that_gives_no_reference_is_named_not_lost() -> None:
    source = ('bibentry(bibtype = "Manual", title = "posterior: Tools for Working with Posterior Distributions",\n'
              '         author = person("Paul-Christian", "Bürkner"), year = "2023")\n'
              'bibentry(bibtype = "Manual", title = title, author = authors, year = year)\n'
              'bibentry(bibtype = "Article", title = "Cut off",\n')
    assert unread_calls(source) == [
        "line 3: a bibentry() call with no entry type or no field written out (its values are computed by R code): "
        "left out",
        "line 4: a bibentry() call that never closes: left out",
    ]
    found = read_document(source, "CITATION")
    assert [item["title"] for item in found.items] == ["posterior: Tools for Working with Posterior Distributions"]
    assert found.warnings == unread_calls(source)


def test_python_this_interpreter_cannot_parse_is_read_as_text() -> None:
    source = ('def entropy(pk):\n    """Entropy.\n\n    References\n    ----------\n'
              '    .. [1] Shannon, C. E. (1948). A mathematical theory of communication.\n'
              '       Bell System Technical Journal, 27(3), 379-423.\n    """\n    print "python 2"\n')
    assert python_docstrings(source) == source
    found = read_document(source, "entropy.py")
    assert [item["title"] for item in found.items] == ["A mathematical theory of communication"]


def test_rust_doc_comments_are_markdown_and_code_is_blank() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ("/// The Poisson distribution.\n///\n/// # References\n///\n"
              "/// [^1]: Donald E. Knuth. 1997. *The Art of Computer Programming*, vol. 2.\n"
              "///       Addison-Wesley.\npub struct Poisson;\n")
    assert flavour_of(source, "poisson.rs") == "slash"
    assert doc_markdown(source, "slash").split("\n") == [
        "The Poisson distribution.", "", "# References", "",
        "[^1]: Donald E. Knuth. 1997. *The Art of Computer Programming*, vol. 2.", "      Addison-Wesley.", "", ""]


def test_a_docblock_label_heads_its_entries_and_block_tags_end_them() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ("/**\n * K Means\n *\n * References:\n * [1] D. Sculley. (2010). Web-Scale K-Means Clustering.\n"
              " * @author Someone\n */\nclass KMeans {}\n")
    assert doc_markdown(source, "slash").split("\n") == [
        "", "K Means", "", "## References", "[1] D. Sculley. (2010). Web-Scale K-Means Clustering.", "", "", "", ""]
    found = read_document("/** References:\n * [1] D. Sculley. (2010). Web-Scale K-Means Clustering.\n"
                          " * [2] J. Zhu et al. (2006). Multi-class AdaBoost.\n */\n", "kmeans.php").items
    assert [item.get("title") for item in found] == ["Web-Scale K-Means Clustering", "Multi-class AdaBoost"]
    # a plain block comment whose label line has two stars, as some C headers write it
    assert doc_markdown("/*\n * A solver.\n *\n ** REFERENCES:\n * [1] Y. Saad, Title.\n */\nint x;\n", "slash").split(
        "\n")[3:5] == ["## REFERENCES", "[1] Y. Saad, Title."]


def test_julia_docstrings_are_read_and_documenter_citations_are_their_text() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ('"""\n    fit(x)\n\nFits.\n\n# References\n\n'
              '* [Hartigan (1975). Clustering Algorithms](@cite hartigan1975)\n"""\nfit(x) = x\n# not a docstring\n')
    assert flavour_of(source, "fit.jl") == "julia"
    lines = doc_markdown(source, "julia").split("\n")
    assert lines[1] == "    fit(x)" and lines[5] == "# References"  # the signature stays indented: code
    assert lines[7] == "* Hartigan (1975). Clustering Algorithms"
    assert lines[8:] == ["", "", "", ""]  # code and comments after the docstring are no text
    # a string that code opens is no docstring, and its closing quotes open none
    code = ('function show(io)\n    s = """\n        text\n        """\nend\n\n'
            '@doc raw"""\n    f\n\nDoc.\n"""\nf() = 1\n')
    assert doc_markdown(code, "julia").split("\n") == ["", "", "", "", "", "", "", "    f", "", "Doc.", "", "", ""]


def test_matlab_help_text_is_the_comment_lines_and_its_label_a_heading() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ("function y = remez(f)\n%REMEZ   Best approximation.\n%   Reference:\n"
              "%   [1] R. Pachon and L. N. Trefethen, \"Barycentric-Remez algorithms\", BIT 49 (2009).\n"
              "y = f;\n")
    assert flavour_of(source, "remez.m") == "matlab"
    assert doc_markdown(source, "matlab").split("\n") == [
        "", "REMEZ   Best approximation.", "## Reference",
        "  [1] R. Pachon and L. N. Trefethen, \"Barycentric-Remez algorithms\", BIT 49 (2009).", "", ""]
    assert flavour_of("#import <Foundation/Foundation.h>\n% not matlab\n", "main.m") != "matlab"


def test_pod_is_markdown_line_for_line() -> None:
    from biblio.documents.doc_comments import pod_inline, pod_markdown

    assert pod_inline("I<Journal of Parapsychology>, I<64,> 301-316") == "*Journal of Parapsychology*, *64,* 301-316"
    assert pod_inline("L<Lehmer code|https://en.wikipedia.org/wiki/Lehmer_code> E<gt> L<Foo::Bar>") == \
        "[Lehmer code](https://en.wikipedia.org/wiki/Lehmer_code) > Foo::Bar"
    source = ("package Foo;\nmy $x = 1;\n\n=head1 REFERENCES\n\n=over 4\n\n=item [1]\n\n"
              "L<http://www.activemq.org/> -- a message queue\n\n=back\n\n=head1 SYNOPSIS\n\n  use Foo;\n\n"
              "=cut\n\n1;\n")
    assert flavour_of(source, "Foo.pm") == "pod"
    lines = pod_markdown(source).split("\n")
    assert lines[:4] == ["", "", "", "# REFERENCES"]
    assert lines[9] == "[1] <http://www.activemq.org/> -- a message queue"  # "=item [1]" joined to its paragraph
    assert lines[13] == "# SYNOPSIS" and lines[15] == ""  # a verbatim paragraph is code
    assert not any(lines[14:])


def test_fortran_comment_headers_are_markdown_their_underlines_headings_and_a_ruler_a_rule() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ("      SUBROUTINE DGESVJ( M )\n*  References\n*  ~~~~~~~~~~\n"
              "* [1] A. A. Anda and H. Park: Fast plane rotations.\n*     SIAM J., Vol. 15 (1994).\n"
              "*\n*  ====\n      INTEGER M\n*  -- LAPACK routine --\n")
    assert flavour_of(source, "dgesvj.f") == "fortran" and flavour_of(source, "dgesvj.f90") != "fortran"
    assert doc_markdown(source, "fortran").split("\n") == [
        "", "## References", "", "[1] A. A. Anda and H. Park: Fast plane rotations.", "    SIAM J., Vol. 15 (1994).",
        "", "---", "", "-- LAPACK routine --", ""]
    # Doxygen's lines: "\par" titles, "\verbatim" blocks dedented on their own, "\n" breaks, HTML-only parts out
    doxygen = ("*> \\htmlonly\n*> <a href=\"x\">[TGZ]</a>\n*> \\endhtmlonly\n*> \\verbatim\n*>     References:\n"
               "*>       K. Braman, The Multi-Shift QR, 2002. \\n\n*> \\endverbatim\n*> \\par Contributors:\n")
    assert doc_markdown(doxygen, "fortran").split("\n") == [
        "", "", "", "", "## References", "  K. Braman, The Multi-Shift QR, 2002.", "", "## Contributors", ""]
    assert flavour_of("! a free-form comment\nprogram p\nend program\n", "p.f90") == "fortran90"


def test_haddock_comments_are_markdown_and_code_is_blank() -> None:
    from biblio.documents.doc_comments import doc_markdown

    source = ("{-# LANGUAGE CPP #-}\n-- |\n-- == Implementation\n--\n-- Based on trees as described by:\n--\n"
              "--    * Stephen Adams, \\\"/Efficient sets: a balancing act/\\\",\n"
              "--     <http://www.swiss.ai.mit.edu/~adams/BB/>, @since@ <https://a.org/b label>.\n"
              "--\n-- > import Data.Map\n------\nmodule Data.Map where\nx --> y = y\n")
    assert flavour_of(source, "Map.hs") == "haskell"
    assert doc_markdown(source, "haskell").split("\n") == [
        "", "", "## Implementation", "", "Based on trees as described by:", "",
        "   * Stephen Adams, \"*Efficient sets: a balancing act*\",",
        "    <http://www.swiss.ai.mit.edu/~adams/BB/>, `since` [label](https://a.org/b).", "", "", "", "", "", ""]


def test_a_sentence_breaking_off_to_point_to_works_leads_in_to_them() -> None:
    text = ("## Implementation\n\nThe implementation uses finger trees, as described in section 4.2 of\n\n"
            "* Ralf Hinze and Ross Paterson, \"Finger trees: a simple general-purpose data structure\", "
            "Journal of Functional Programming 16:2 (2006) pp 197-217.\n\n## Usage\n\nSee the module's functions.\n")
    [section] = find_reference_sections(text)
    assert section.heading == "Implementation" and section.text.startswith("* Ralf Hinze")
    # prose that merely mentions a method's origin leads in to nothing that is not a reference
    assert find_reference_sections("## Notes\n\nThis is based on:\n\n* our own tests\n* a benchmark\n") == []


def test_see_also_works_beside_a_reference_section_are_references_and_its_links_are_not() -> None:
    text = ("### References\n\n* R. P. Brent, \"An algorithm for finding a zero of a function\", The Computer Journal, "
            "Vol 14, No. 4., 1971.\n\n### See also\n\n* [zeroin.f](http://www.netlib.org/go/zeroin.f) from Netlib\n\n"
            "Bisection.\n\n### See also\n\n* G.E. Mullges & F. Uhlig, \"Numerical Algorithms with Fortran\", Springer, "
            "1996.\n\nIllinois method.\n\n## See also\n- pip (package manager)\n- History of programming languages\n")
    sections = find_reference_sections(text)
    assert [(s.heading, s.text[:12]) for s in sections] == [
        ("References", "* R. P. Bren"), ("See also", "* G.E. Mullg")]
