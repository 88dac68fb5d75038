"""Layouts of real documents read unseen: journal pages with a bar of service links after each reference,
notes that point at a section of a short-cited work, a thesis's running heads, an e-mail's quoted list,
pandoc's bracketed spans and lists of given-first full names."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.inline import markdown_inline
from biblio.documents.layout import layout
from biblio.documents.link_bars import drop_link_bars, is_link_bar, without_link_bar
from biblio.documents.plaintext import plain_lines
from biblio.references.cues import is_reference, starts_reference
from biblio.references.finder import find_reference_sections
from biblio.references.guard import markup_left
from biblio.references.notes import note_citations, short_note
from biblio.references.splitter import split_references

_BAR = (
    "[PubMed Abstract](https://pubmed.ncbi.nlm.nih.gov/1/) | [CrossRef Full Text](https://doi.org/10.1/a(1)2) "
    "| [Google Scholar](https://scholar.google.com/scholar?q=x)"
)


def test_a_row_of_service_links_is_a_link_bar_and_a_reference_linked_whole_is_not() -> None:
    assert is_link_bar(_BAR)
    assert is_link_bar("[Google Scholar](http://scholar.google.com/scholar_lookup?title=x)")
    assert is_link_bar("CrossRef Full Text | Google Scholar")  # copied from the page as text
    assert not is_link_bar("Google Scholar")  # one bare word may be a heading
    assert not is_link_bar("[Dijkstra, A note on two problems (1959)](https://doi.org/10.1007/BF01386390)")
    assert not is_link_bar("Smith, J. (2020). Title. Journal, 1, 2.")


def test_a_bar_after_a_reference_on_its_line_is_cut_off() -> None:
    line = "Smith, J. (2020). A title. Journal 1, 2–3. doi: 10.1/x " + _BAR
    assert without_link_bar(line) == "Smith, J. (2020). A title. Journal 1, 2–3. doi: 10.1/x"
    assert (
        without_link_bar("Smith, J. (2020). [A title](https://example.org/a).")
        == "Smith, J. (2020). [A title](https://example.org/a)."
    )
    assert drop_link_bars(["A", _BAR, ""]) == ["A", "", ""]


def test_a_lone_link_to_the_work_after_a_reference_is_the_user_s_and_kept() -> None:
    line = "Smith, J. (2020). A title. Journal 1, 2–3. [PDF](https://example.org/smith2020.pdf)"
    assert without_link_bar(line) == line
    assert without_link_bar(line + " | [Google Scholar](https://scholar.google.com/x)") == line[: line.index(" [PDF]")]
    lone = "Smith, J. (2020). A title. Journal 1, 2–3. [Google Scholar](https://scholar.google.com/x)"
    assert without_link_bar(lone) == "Smith, J. (2020). A title. Journal 1, 2–3."


def test_journal_page_references_each_followed_by_its_bar_give_one_record_each() -> None:
    text = (
        "## References\n\n"
        "Andres, M., Seron, X., and Olivier, E. (2007). Contribution of hand motor circuits to counting. "
        "_J. Cogn. Neurosci._ 19, 563–576. doi: 10.1162/jocn.2007.19.4.563\n\n" + _BAR + "\n\n"
        "Brown, J. R. (2012). _Platonism, Naturalism and Mathematical Knowledge._ New York, NY: Routledge.\n\n"
        "Butterworth, B. (1999). _The Mathematical Brain._ London, UK: MacMillan.\n\n"
        "[Google Scholar](http://scholar.google.com/scholar_lookup?title=The+Mathematical+Brain)\n"
    )
    assert layout(text, "page.md").lines[4] == ""
    items = read_document(text, "page.md").items
    assert [i["author"][0]["family"] for i in items] == ["Andres", "Brown", "Butterworth"]
    assert "publisher" not in items[0] and items[2]["publisher"] == "MacMillan"


def test_a_note_pointing_at_a_section_of_a_short_cited_work_is_a_short_note() -> None:
    note = (
        "See for example, the section “External Representations and Formal Reasoning” in "
        "[Rumelhart et al. (1986)](https://www.example.org/articles/10.3389/x/full#B67)."
    )
    (cited,) = note_citations(note)
    assert cited == "Rumelhart et al. (1986)."
    assert short_note(cited) is not None
    # a link on a work's title (no fragment into the citing page) stays the work's address
    assert "](https://example.org/work)" in note_citations("See [Smith et al. (1986)](https://example.org/work).")[0]


def test_initials_a_family_name_and_a_quoted_title_make_a_reference_without_a_year() -> None:
    assert is_reference(
        'Y. Shiozawa, "Subtropical Convex Geometry as the Ricardian Theory of International '
        'Trade," draft paper in his ResearchGate page'
    )
    assert is_reference("J. Smith and K. Lee, “A note on the colouring of graphs,” unpublished manuscript.")
    assert not is_reference('I think, "this is fine," he said')


def test_a_list_of_given_first_full_names_starts_a_reference() -> None:
    assert starts_reference("Leonardo Enzo Brito da Silva, Islam Elnabarawy, and")
    assert not starts_reference("Theory Neural Network Models for Engineering Applications. Neural")
    refs = split_references(
        "J. Binney and S. Tremaine. Galactic Dynamics: Second Edition. Princeton University Press,\n"
        "2008. URL http://adsabs.harvard.edu/abs/\n2008gady.book.....B.\n"
        "Leonardo Enzo Brito da Silva, Islam Elnabarawy, and\nDonald C. Wunsch. A Survey of Adaptive Resonance "
        "Theory Neural Network Models. Neural Networks, 120:167–203,\n2019.\n"
    )
    assert [r.text[:12] for r in refs] == ["J. Binney an", "Leonardo Enz"]


def test_a_chapter_title_beside_a_page_number_is_a_running_head() -> None:
    lines = [
        "Bibliography",
        "",
        "Astropy Collaboration. Astropy. A&A, 558, 2013.",
        "",
        "3",
        "4 BIBLIOGRAPHY",
        "",
        "Gaia Collaboration. The Gaia mission. A&A, 595, 2016.",
    ]
    out = plain_lines("\n".join(lines))
    assert out[5] == "" and out[0] == "Bibliography" and out[7].startswith("Gaia")
    # a reference's own line that ends in a number is no running head
    assert plain_lines("Routledge.\nRoutledge 2004")[1] == "Routledge 2004"


_MAIL = """From: A <a@example.org>
Subject: Re: references

thanks, that helps.

On Mon, 13 Mar 2023 at 17:55, Sasha Petrenko wrote:
> Here is the list as it stands:
>
> Binney, J., & Tremaine, S. (2008). Galactic Dynamics: Second Edition.
> Princeton University Press.
> http://adsabs.harvard.edu/abs/2008gady.book.....B
>
> Grossberg, S. (1980). How Does a Brain Build a Cognitive Code ?
> Psychological Review, 87(1), 1–51.
> https://doi.org/10.1037/0033-295X.87.1.1
>
> Smith, A. (2020). Fidgit: An ungodly union of GitHub and figshare. In
> GitHub repository. GitHub. https://github.com/arfon/fidgit
>
> Let me know if anything is missing.

Best,
Maya
"""


def test_an_e_mail_s_quoted_list_between_prose_is_found_and_each_wrapped_reference_kept_whole() -> None:
    lines = plain_lines(_MAIL)
    assert lines[5] == "" and lines[8].startswith("Binney")  # the attribution line is no text
    (section,) = find_reference_sections("\n".join(lines))
    assert section.text.startswith("Binney") and section.text.rstrip().endswith("fidgit")
    items = read_document(_MAIL, "reply.txt").items
    assert [i["author"][0]["family"] for i in items] == ["Binney", "Grossberg", "Smith"]
    source = items[0]["custom"]["biblio"]["source"]
    assert "Princeton University Press." in source and source.endswith("2008gady.book.....B")


def test_pandoc_s_bracketed_spans_are_their_text() -> None:
    assert markdown_inline("(2016). [The Gaia\n    mission]{.nocase}. *A&A*") == "(2016). The Gaia\n    mission. *A&A*"
    assert markdown_inline('[x]{#id .c key="v"} and [a link](https://a.org)') == "x and [a link](https://a.org)"
    assert markup_left({"title": "The Gaia mission]{.nocase"}) == ["title: The Gaia mission]{.nocase"]
