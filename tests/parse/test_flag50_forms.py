"""Needs-review, round flag50: a body's word in capitals and its acronym (``RIPE NCC``, ``EPOCH AI``, ``CIDOC CRM``)
read as Vancouver's ``FAMILY INITIALS`` flags the record where the word stands in the host of the record's link
(``review/misplaced.py``, ``name:acronym-as-initials``); a family name's first word read as the given name's last (a
Flemish particle written as one word, a word no given-name list knows before a Spanish first surname or an accented
patronymic) flags it too (``review/held_forms.py``, ``name:family-word-in-given``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import family_word_in_given
from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.misplaced import misplaced_signals

from .form_cases import needs_review

SILENT_WRONGS = [
    "RIPE NCC (2024), RIPE Atlas, https://atlas.ripe.net/ (accessed on 30 July 2024). [32]",
    "[17] EPOCH AI. *SWE-bench verified evaluation methodology*. 2026. Disponível em: "
    "https://epoch.ai/benchmarks/swe-bench-verified. Acesso em: 06 ago. 2026.",
    "CIDOC CRM. 2021. « CRMgeo ». Modèle. http://www.cidoc-crm.org/crmgeo/home-5.",
]

# Vancouver's family name in capitals and its initials, a link to the journal's site; a family name in capitals with
# no link
LOOK_ALIKES = [
    "SMITH JA. A study of hospital admissions. J Med. 2001;3:4-5. https://www.jmed.org/articles/3/4",
    "KOWALCZYK AB. Ocena stanu zdrowia. Warszawa: PZWL; 2019.",
]


@pytest.mark.parametrize("text", SILENT_WRONGS)
def test_body_acronym_read_as_initials_is_flagged(text: str) -> None:
    item = parse_reference(text)
    assert misplaced_signals(item, text).get("name:acronym-as-initials")
    assert needs_review(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_vancouver_capitals_stay_quiet(text: str) -> None:
    assert not misplaced_signals(parse_reference(text), text).get("name:acronym-as-initials")


FAMILY_IN_GIVEN = [
    "On data physicalization, see Pierre Dragicevic, Yvonne Jansen, and Andrew Vande Moere, “Data Physicalization,” in "
    "the Springer Handbook of Human Computer Interaction, ed. Jean Vanderdonckt (Cham: Springer, 2021).",
    "Peña, Gilberto Anguiano, y Catalina Naumis Peña. 2015. «Extracción de candidatos a términos de un corpus de la "
    "lengua general». *Investigación Bibliotecológica: archivonomía, bibliotecología e información* 29 (67): 19-45.",
    "[2] Claire Kearney-Volpe, Chancey Fleet, Keita Ohshiro, Veronica Alfaro Arias, and Amy Hurst. Making the elusive "
    "more tangible: remote tools & techniques for teaching tactile graphics. In Proceedings of ASSETS '23, 2023.",
]


@pytest.mark.parametrize("text", FAMILY_IN_GIVEN)
def test_family_word_read_into_given_is_flagged(text: str) -> None:
    assert held_form_signals(parse_reference(text), text).get("name:family-word-in-given")
    assert needs_review(text)


# a second given name before a Spanish surname, a middle name before another surname, the particle after initials
@pytest.mark.parametrize(
    ("given", "family"),
    [
        ("María Dolores", "Sáez"),
        ("Juan Pablo", "Alperin"),
        ("Susan Moller", "Okin"),
        ("A. Mena", "López"),
        ("Andrew", "Vande Moere"),
    ],
)
def test_names_of_legitimate_forms_stay_quiet(given: str, family: str) -> None:
    assert not family_word_in_given(given, family)


@pytest.mark.parametrize(("given", "family"), [("Andrew Vande", "Moere"), ("Miguel Ángel Conde", "González")])
def test_family_word_in_given(given: str, family: str) -> None:
    assert family_word_in_given(given, family)
