"""Needs-review, round flag50: a body's word in capitals and its acronym (``RIPE NCC``, ``EPOCH AI``, ``CIDOC CRM``)
read as Vancouver's ``FAMILY INITIALS`` flags the record where the word stands in the host of the record's link
(``review/misplaced.py``, ``name:acronym-as-initials``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
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
