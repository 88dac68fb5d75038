"""Forms misread in real lists, round fix61: a person's name of several given names in natural order before an
author-date year (philosophy and German studies lists), and a British journal's part with its German-style pages
after the volume; a series' number in its bracket and the German pages after it; Vancouver's journal run
into its year.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georg Christoph Lichtenberg (1994): Sudelbücher. München: Hanser.",
         {"author": [{"family": "Lichtenberg", "given": "Georg Christoph"}]}),
        ("Georg Christoph Lichtenberg (2012): _Aphorismen_, ed. by Friedrich Sengle, Stuttgart: Reclam.",
         {"author": [{"family": "Lichtenberg", "given": "Georg Christoph"}], "publisher": "Reclam"}),
        ("Johann Gottfried Herder (1772): Abhandlung über den Ursprung der Sprache. Berlin: Voß.",
         {"author": [{"family": "Herder", "given": "Johann Gottfried"}]}),
        ("Johann Georg Hamann (1762): Kreuzzüge des Philologen. Königsberg: Kanter.",
         {"author": [{"family": "Hamann", "given": "Johann Georg"}]}),
    ],
)  # fmt: skip
def test_given_names_in_natural_order_before_the_year_are_a_person(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Gibbons**, James: Politics and the Playwright: J. M. R. Lenz and „Die Soldaten“. In: The Modern Language "
         "Review (Leeds), Vol. 96 (2001), Pt. 3, S. 732-746.",
         {"volume": "96", "issue": "3", "page": "732-746", "note": None}),
        ("Kern, Peter: Lenz und die Bühne. In: Oxford German Studies, Vol. 30 (2001), Pt. 1, S. 45-67.",
         {"volume": "30", "issue": "1", "page": "45-67", "note": None}),
        ("Smith, John: Dramatic form in Lenz. In: German Life and Letters, Vol. 54 (2001), Pt. 2, S. 101-118.",
         {"volume": "54", "issue": "2", "page": "101-118", "note": None}),
    ],
)  # fmt: skip
def test_a_journal_part_before_german_pages_is_the_issue(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Fechner**, Jörg-Ulrich: Ein wiedergefundener Brief von Lenz aus Weimar 1776 an Friedrich Leopold Graf "
         "Stolberg. In: Jakob Michael Reinhold Lenz. Vom Sturm und Drang zur Moderne. Hrsg. von Andreas Meier. "
         "Heidelberg: Winter 2001 (Beihefte zum „Euphorion“, H. 41), S. 23-36.",
         {"collection-title": "Beihefte zum „Euphorion“", "collection-number": "41", "page": "23-36", "issue": None,
          "note": None}),
        ("Weber, Karl: Lenz und Herder. In: Aufklärung und Sturm und Drang. Hrsg. von Hans Schmidt. Tübingen: "
         "Niemeyer 1998 (Studien zur deutschen Literatur, H. 12), S. 101-119.",
         {"collection-title": "Studien zur deutschen Literatur", "collection-number": "12", "page": "101-119",
          "issue": None, "note": None}),
        ("**Dedner**, Burghard: Biographie und Pathographie. In: Biographisches Erzählen. Hrsg. von Irmela von der "
         "Lühe und Anita Runge. Stuttgart, Weimar: Metzler 2001 (Querelles, Bd. 6), S. 55-69.",
         {"collection-title": "Querelles", "collection-number": "6", "page": "55-69", "note": None}),
    ],
)  # fmt: skip
def test_a_series_number_and_german_pages_after_the_bracket(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13. Londero AP, Rossetti E and et. al. Maternal age and the risk of adverse pregnancy outcomes: a "
         "retrospective cohort study. BMC Pregnancy and Childbirth 2019. DOI:",
         {"type": "article-journal", "container-title": "BMC Pregnancy and Childbirth", "publisher": None}),
        ("7. Ahmed N, Khan S and et. al. Antenatal care attendance in rural districts: a cross-sectional study. BMC "
         "Pregnancy and Childbirth 2021. DOI:",
         {"type": "article-journal", "container-title": "BMC Pregnancy and Childbirth", "publisher": None}),
        ("108. Veith, H.; Voges, M.; Held, C.; Albert, J. Measuring and Predicting the Extraction Behavior of Biogenic "
         "Formic Acid in Biphasic Aqueous/Organic Reaction Mixtures. ACS Omega 2017, 2, 8982-8989. [CrossRef]",
         {"type": "article-journal", "container-title": "ACS Omega", "volume": "2", "page": "8982-8989",
          "publisher": None}),
        ("12. Garcia, L.; Torres, M. Kinetics of Formic Acid Decomposition on Palladium Catalysts. ACS Omega 2019, 4, "
         "1120-1129. [CrossRef]",
         {"type": "article-journal", "container-title": "ACS Omega", "publisher": None}),
    ],
)  # fmt: skip
def test_a_journal_run_into_its_year_is_no_publisher(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Wagner R. Die Kunst der Beuroner Schule. Beuroner Kunstverlag 1990. 212 S.", "Beuroner Kunstverlag"),
        ("Hall S. Representation: cultural representations and signifying practices. Sage Publications 1997, 400 p.",
         "Sage Publications"),
    ],
)  # fmt: skip
def test_a_firm_run_into_its_year_stays_the_publisher(text: str, publisher: str) -> None:
    assert_read_as(text, {"publisher": publisher})
