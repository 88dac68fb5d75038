"""Forms of the labelled data's calibration split, typed by hand, each with the fields it must give: every case
was read wrong before the convention it names was taught; a table, so that a new form costs one line."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "PDF text's spaces moved before the marks: the journal's name keeps them as written",
        "K. Tanaka, Ann . Phys.12 ,301 ( 1961)",
        {"container-title": "Ann . Phys.", "volume": "12", "page": "301"},
    ),
    (
        "a title's comma spaced as the text wrote it, ' , '",
        "Moreau, J. 1984. Notes on the genera Festuca , Poa , and Lolium. Botanical Review 50: 11-19.",
        {"title": "Notes on the genera Festuca , Poa , and Lolium", "container-title": "Botanical Review"},
    ),
    (
        "a bracket opened with a space inside a title keeps it, 'Sp ( 2n)'",
        "Lee, K. H., Characters of the symplectic group Sp ( 2n) and their branching rules, "
        "J. Algebra 84 (1983) 410-432.",
        {"title": "Characters of the symplectic group Sp ( 2n) and their branching rules"},
    ),
    (
        "ScienceDirect's copied form: the journal set after the title with no mark, read into the title",
        "R. Osei, K. Mensah, P. Addo, et al. Household water treatment and childhood diarrhoea in rural districts "
        "Trop. Med. Int. Health, 19 (2014), pp. 88-97",
        {
            "title": "Household water treatment and childhood diarrhoea in rural districts",
            "container-title": "Trop. Med. Int. Health",
            "volume": "19",
            "page": "88-97",
        },
    ),
    (
        "the run-on journal's first word, an abbreviation, read into the title ('Build. | Environ.')",
        "M. Rossi, et al. Thermal comfort of elderly residents in summer heatwaves Build. Environ., 95 (2016), "
        "pp. 23-31",
        {"title": "Thermal comfort of elderly residents in summer heatwaves", "container-title": "Build. Environ."},
    ),
    (
        "a journal read into the title, and the lone number after it, the volume, read as a page",
        "K. Boateng, A. Owusu Malaria prevalence among schoolchildren in rural clinics Lancet, 381 (2013), pp. 55-61",
        {
            "title": "Malaria prevalence among schoolchildren in rural clinics",
            "container-title": "Lancet",
            "volume": "381",
        },
    ),
    (
        "Vancouver's title run into a journal named in full before the year",
        "Ortega L, Vidal M. Embryo transfer outcomes in an egg donation programme Human Reproduction 1998; 13:2201-6.",
        {"title": "Embryo transfer outcomes in an egg donation programme", "container-title": "Human Reproduction"},
    ),
    (
        "a talk's names closing on an initial: the last family name and the bare year read into the meeting",
        "Marc Lenoir, P. Dubreuil 2014 ECPR general conference, Glasgow, September 3-6. The politics of austerity "
        "in France",
        {
            "author": [{"family": "Lenoir", "given": "Marc"}, {"family": "Dubreuil", "given": "P."}],
            "container-title": "ECPR general conference",
            "issued": {"date-parts": [[2014]]},
        },
    ),
    (
        "an initials-first list, then a title whose head has no initial and closes on a colon",
        "[15] K. Tanaka, M. Ito, H.R. Saito, Gibbs Sampler: Inference for Sparse Topic Models, 2020 arXiv preprint "
        "arXiv:2001.04567.",
        {
            "author": [
                {"family": "Tanaka", "given": "K."},
                {"family": "Ito", "given": "M."},
                {"family": "Saito", "given": "H.R."},
            ],
            "title": "Gibbs Sampler: Inference for Sparse Topic Models",
        },
    ),
    (
        "one author given name first, a plain title of capitalised words, then the imprint: no title read before",
        "Rudolf Wittkower, Baroque Sculpture, London: Phaidon 1958",
        {"author": [{"family": "Wittkower", "given": "Rudolf"}], "title": "Baroque Sculpture", "publisher": "Phaidon"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_core23_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def test_a_journal_set_off_by_a_comma_inside_the_title_span_is_no_run_on_journal() -> None:
    """The model read ``…, Revue de l’Histoire des | Finances`` as one title: the comma, not the lower-case word,
    sets the journal off, so the run-on mend leaves the words to the title (a reading the flag then judges)."""
    from biblio.parse.mends.run_on_journals import journal_run_into_title

    from .span_cases import spans_of

    text = "Jean Dupont, Les impôts du royaume, Revue de l’Histoire des Finances, 12, 1990, 45-67."
    spans = spans_of(
        text,
        ("author", "Jean Dupont,"),
        ("title", "Les impôts du royaume, Revue de l’Histoire des Finances,"),
        ("volume", "12,"),
        ("date", "1990,"),
        ("pages", "45-67."),
    )
    assert journal_run_into_title(spans, text) == spans
