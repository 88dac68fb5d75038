"""Forms of natural-science and mathematics reference lists (``natsci_real.jsonl``, ``math_real.jsonl``):
the year that is the volume of JHEP, JCAP and J. Stat. Mech., and MDPI's ``Family, I.;`` names that end
at the last initials. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.initial_names import initials_end_names
from biblio.parse.mends.year_volumes import year_is_volume

from .test_assemble import spans_of


def test_year_after_journal_is_the_volume_when_the_bracketed_year_repeats_it() -> None:
    text = "Ortiz, A. Bootstrapping the modular bound. J. High Energ. Phys. 2019, 142 (2019)."
    spans = spans_of(
        text,
        [
            ("author", "Ortiz, A."),
            ("title", "Bootstrapping the modular bound."),
            ("journal", "J. High Energ. Phys."),
            ("date", "2019,"),
            ("pages", "142"),
            ("date", "(2019)."),
        ],
    )
    mended = year_is_volume(spans, text)
    assert [(s.label, s.text) for s in mended[3:]] == [("volume", "2019,"), ("pages", "142"), ("date", "(2019).")]


def test_year_before_a_different_bracketed_year_stays_a_date() -> None:
    text = "Ortiz, A. Bootstrapping. J. Phys. 2019, 142 (2020)."
    spans = spans_of(
        text,
        [
            ("author", "Ortiz, A."),
            ("title", "Bootstrapping."),
            ("journal", "J. Phys."),
            ("date", "2019,"),
            ("pages", "142"),
            ("date", "(2020)."),
        ],
    )
    assert year_is_volume(spans, text) == spans


def test_journal_year_article_number_reads_whole() -> None:
    item = parse_reference(
        "12. Lind, K. & Ruiz, M. Crossing probabilities on the triangular lattice. "
        "J. Stat. Mech.: Theory Exp. 2016, P07021 (2016)."
    )
    assert item.get("volume") == "2016"
    assert item.get("page") == "P07021"
    assert item["issued"]["date-parts"][0][0] == 2016


def test_semicolon_names_end_at_the_last_initials() -> None:
    text = "Moreau, L.; Tanaka, H.Y.; Okafor, C. Cells, clusters, and schedulers. *Cloud* **2019**, *7*, 11–20."
    spans = spans_of(
        text,
        [
            ("author", "Moreau, L.; Tanaka, H.Y.; Okafor, C. Cells,"),
            ("title", "clusters, and schedulers."),
            ("journal", "Cloud"),
            ("date", "2019**,"),
            ("volume", "7*,"),
            ("pages", "11–20."),
        ],
    )
    mended = initials_end_names(spans, text)
    assert [(s.label, s.text) for s in mended[:2]] == [
        ("author", "Moreau, L.; Tanaka, H.Y.; Okafor, C."),
        ("title", "Cells, clusters, and schedulers."),
    ]


def test_names_with_full_given_names_are_left_alone() -> None:
    text = "MOREAU, Lucie; TANAKA, Hiro. Cells and clusters. Paris: Seuil, 2019."
    spans = spans_of(text, [("author", "MOREAU, Lucie; TANAKA, Hiro. Cells"), ("title", "and clusters.")])
    assert initials_end_names(spans, text) == spans


def test_mdpi_title_opening_with_a_comma_word_is_not_a_name() -> None:
    item = parse_reference(
        "7. Moreau, L.; Tanaka, H.Y.; Okafor, C. Borg, omega, and kubernetes. *Queue* **2016**, *14*, 70–93."
    )
    assert [a["family"] for a in item["author"]] == ["Moreau", "Tanaka", "Okafor"]
    assert item.get("title") == "Borg, omega, and kubernetes"
