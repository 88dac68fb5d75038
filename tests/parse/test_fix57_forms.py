"""Forms misread in real lists, round fix57: the ACS's paper cited ``In Title, 22nd … Conference; MDPI, 2018; p
48.``; a journal named in two languages joined by a slash.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim, J.; Lee, S. In Wireless Sensor Networks for Monitoring Crops, 5th International Electronic Conference "
         "on Sensors and Applications; MDPI, 2018; p 48.",
         {"title": "Wireless Sensor Networks for Monitoring Crops", "publisher": "MDPI",
          "container-title": "5th International Electronic Conference on Sensors and Applications"}),
        ("Smith, A. B.; Jones, C. In Catalytic Conversion of Biomass to Fuels, 3rd International Conference on Green "
         "Chemistry; Elsevier: Amsterdam, 2016; pp 101-105.",
         {"title": "Catalytic Conversion of Biomass to Fuels", "publisher": "Elsevier", "page": "101-105",
          "container-title": "3rd International Conference on Green Chemistry"}),
        ("Li, X.; Zhao, Y. In Deep Learning for Protein Folding, 12th Annual Symposium on Computational Biology; "
         "IEEE, 2020; p 7.",
         {"title": "Deep Learning for Protein Folding", "publisher": "IEEE",
          "container-title": "12th Annual Symposium on Computational Biology"}),
        ("Brown, T. In Novel Ligands for Copper Catalysis, 250th ACS National Meeting; American Chemical Society, "
         "2015; p 33.",
         {"title": "Novel Ligands for Copper Catalysis", "container-title": "250th ACS National Meeting",
          "publisher": "American Chemical Society", "type": "paper-conference"}),
        # a book whose title opens "In" stays a book
        ("Brown, T. In Search of Lost Time; Penguin: London, 2003.",
         {"title": "In Search of Lost Time", "publisher": "Penguin", "container-title": None}),
    ],
)  # fmt: skip
def test_an_acs_paper_cited_in_its_meeting_has_its_title_after_in(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Bock, U.; Krause, W. Comparative studies on the permeation of ketoprofen in human skin. Arzneimittel "
         "Forschung/Drug Res. 2004, 54 (9), 522−529.",
         "Comparative studies on the permeation of ketoprofen in human skin", "Arzneimittel Forschung/Drug Res."),
        ("Bock, U.; Krause, W. Comparative studies on the permeation of ketoprofen in human skin. Arzneim. "
         "Forsch./Drug Res. 2004, 54 (9), 522−529.",
         "Comparative studies on the permeation of ketoprofen in human skin", "Arzneim. Forsch./Drug Res."),
        ("Smith, J.; Doe, R. Pharmacokinetics of ibuprofen in dogs. Arzneimittel Forschung/Drug Research 1998, 48, "
         "112-118.", "Pharmacokinetics of ibuprofen in dogs", "Arzneimittel Forschung/Drug Research"),
    ],
)  # fmt: skip
def test_a_journal_named_in_two_languages_is_not_cut_at_its_slash(text: str, title: str, journal: str) -> None:
    assert_read_as(text, {"title": title, "container-title": journal})
