"""Needs-review signals of a record at odds with itself or with its source's marks
(``review/consistency.py``), each on real references read right and wrong."""

from __future__ import annotations

from typing import Any

from biblio.parse.review.consistency import consistency_signals, span_overrun


def rec(**fields: Any) -> dict[str, Any]:
    return {"type": "book", **fields}


def test_a_page_range_without_a_container() -> None:
    # a journal read as the title's end: the range's container is lost
    lost = rec(
        title="Rapid purification of recombinant baculo virus using fluorescence-activated cell sorting BioTech",
        page="274-277",
    )
    assert consistency_signals(lost, "") == {"consist:pages-without-container": 1.0}
    kept = rec(type="chapter", title="Paleolithic Calendar", **{"container-title": "Encyclopedia of Human Evolution"})
    assert consistency_signals({**kept, "page": "419-420"}, "") == {}
    assert consistency_signals(rec(title="Linear Networks and Systems", page="123"), "") == {}


def test_a_value_run_on_past_the_italics_that_open_it() -> None:
    source = "Mobbs, R. 1997. *Glossary of Computing Terms* ~ online. Available from http://www.le.ac.uk/cc/iss/glossary/ccgl.html."
    assert span_overrun(rec(title="Glossary of Computing Terms ~ online"), source)
    assert not span_overrun(rec(title="Glossary of Computing Terms"), source)
    source = "Knibbe, B. (2008) *PAST4-Personal Analysis System for Tree-Ring Research Version 4.5* SCIEM. http://www.sciem.com/."
    assert span_overrun(rec(title="PAST4-Personal Analysis System for Tree-Ring Research Version 4.5 SCIEM"), source)


def test_a_subtitle_or_a_quoted_phrase_opening_a_title_is_no_overrun() -> None:
    source = "LUCKESI, C. **Avaliação da aprendizagem:** componente do ato pedagógico. São Paulo: Cortez, 2011"
    assert not span_overrun(rec(title="Avaliação da aprendizagem: componente do ato pedagógico"), source)
    source = (
        "BARON-YELLES N., « Etat composé » ou décomposé ? La réforme des autonomies espagnoles, "
        "L'Espace politique, vol. 2, no. 11, 2010"
    )
    title = "« Etat composé » ou décomposé ? La réforme des autonomies espagnoles"
    assert not span_overrun(rec(title=title), source)
    # the italics are the container; the title before them only opens with the same words
    source = (
        "Caplow, Theodore, Louis Hicks, and Ben Wattenberg. 2000. “The First Measured Century: Middletown.” "
        "*The First Measured Century*. PBS."
    )
    item = rec(title="The First Measured Century: Middletown", **{"container-title": "The First Measured Century"})
    assert not span_overrun(item, source)


def test_a_persons_name_holding_a_titles_short_word() -> None:
    wrong = rec(author=[{"family": "Mind", "given": "Bring Change to"}])
    assert consistency_signals(wrong, "Bring Change to Mind (2023). Public service announcements.") == {
        "consist:name-function-word": 1.0
    }
    # particles and organisations written whole are no sign
    assert consistency_signals(rec(author=[{"family": "de Groot", "given": "A. M. B."}]), "") == {}
    assert consistency_signals(rec(author=[{"literal": "Bring Change to Mind"}]), "") == {}
