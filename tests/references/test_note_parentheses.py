"""Notes of prose that cite works in parentheses, as a note style (Chicago's) prints a citation inside a note
with words of its own (round 5, the GuIT guide rendered by pandoc): each work a reference, its cited page the
locator, the prose no part of it."""

from __future__ import annotations

from biblio.api import document_records
from biblio.references.cues import authorish_start
from biblio.references.notes import cited_page, note_citations

NOTE = ("L'argomento è trattato in molte guide di base, come (Leslie Lamport, *LaTeX: a document preparation "
        "system*, 2ª ed. (Reading, Mass.: Addison-Wesley, 1994), 71--72; Lorenzo Pantieri, *L'arte di scrivere "
        "con LaTeX*, 2ª ed. (2018), 123--125, <http://www.lorenzopantieri.net/LaTeX.html>; Gruppo utilizzatori "
        "italiani di TeX, *Introduzione all'arte della composizione tipografica con LaTeX* (2017), 178--179).")


def test_the_works_in_parentheses_of_a_note_of_prose() -> None:
    works = note_citations(NOTE)
    assert [w.split(",")[0] for w in works] == [
        "Leslie Lamport", "Lorenzo Pantieri", "Gruppo utilizzatori italiani di TeX"]
    assert not any("argomento" in w for w in works)


def test_a_citation_in_the_middle_of_a_sentence() -> None:
    note = ("Tuttavia, vedendo che nel capitolo 3 viene definito 'editore' la \"persona responsabile\" (UNI ISO 690, "
            "*Documentazione -- Riferimenti bibliografici*, norma (Milano: Ente Nazionale Italiano di Unificazione, "
            "2007), 3, <http://www.uni.com/>), per poi utilizzare il medesimo termine nel capitolo 7.")
    assert note_citations(note) == ["UNI ISO 690, *Documentazione -- Riferimenti bibliografici*, norma (Milano: Ente "
                                    "Nazionale Italiano di Unificazione, 2007), 3, <http://www.uni.com/>."]


def test_a_full_note_s_imprint_in_parentheses_is_no_citation_of_its_own() -> None:
    note = ("Leslie Lamport, *LaTeX: a document preparation system*, 2ª ed. (Reading, Mass.: Addison-Wesley, 1994), "
            "71–72.")
    assert note_citations(note) == [note]


def test_the_cited_page_before_the_work_s_address_and_a_markdown_range() -> None:
    assert cited_page("Lorenzo Pantieri, *L'arte* (2018), 123--125, <http://www.lorenzopantieri.net/LaTeX.html>.") == (
        "Lorenzo Pantieri, *L'arte* (2018), <http://www.lorenzopantieri.net/LaTeX.html>.", "123--125")


def test_a_title_then_its_edition_starts_a_reference_but_a_journal_then_its_volume_does_not() -> None:
    assert authorish_start("*Il Vocabolario Treccani*, 2ª ed. (Roma: Istituto della Enciclopedia italiana, 1997), 800.")
    assert authorish_start("*The Chicago Manual of Style*, 17th ed. (Chicago: University of Chicago Press, 2017).")
    assert not authorish_start("*Journal of Physics*, 5(3), 2018.")


def test_an_apa_footnote_keeps_its_article_pages_after_the_issue() -> None:
    # the bracket before the range is the issue's, not the publication facts': the range is the article's pages
    text = "Rasch, B., & Born, J. (2013). About sleep's role in memory. *Physiological Reviews*, 93(2), 681–766."
    assert cited_page(text) == (text, None)
    assert cited_page("Susan Satterfield, “Livy,” *Classical Philology* 111, no. 2 (April 2016): 170.") == (
        "Susan Satterfield, “Livy,” *Classical Philology* 111, no. 2 (April 2016).",
        "170",
    )


def test_an_apa_footnote_in_a_markdown_post_is_read_with_its_pages() -> None:
    doc = (
        "# Sleep\n\nSleep helps memory.[^1]\n\n"
        "[^1]: Rasch, B., & Born, J. (2013). About sleep's role in memory. *Physiological Reviews*, 93(2), 681–766.\n"
    )
    (item,) = document_records(doc, "post.md")
    assert item["page"] == "681-766" and "locator" not in item["custom"]["biblio"]


def test_a_footnote_closed_by_its_address_gets_no_stop_after_it() -> None:
    text = (
        "Walker, M. P., & Stickgold, R. (2006). Sleep, memory, and plasticity. *Annual Review of Psychology*, 57, "
        "139–166. https://doi.org/10.1146/annurev.psych.56.091103.070307"
    )
    assert note_citations(text) == [text]
