"""Forms of hand-written reference lists of Canadian public-health agencies and the statistics office
(realworld33): Statistics Canada's Chicago-like periodical entry with its details set as sentences (``Health Reports.
Vol. 19, no. 4. October. Statistics Canada Catalogue no. 82-003-X. pp. 47 to 55.``, ``Supplement to Vol. 18.``), a
page range written with ``to``, and a Vancouver list closed by ``and et. al.``."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals

from .form_cases import assert_read_as, read_fields

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        'Kirkpatrick, Sharon. 2009. "Household food insecurity in Canada." Health Reports. Vol. 20, no. 3. '
        "September. Statistics Canada Catalogue no. 82-003-X. pp. 21 to 34.",
        {"container-title": "Health Reports", "volume": "20", "issue": "3", "page": "21 to 34"},
    ),
    (
        'Colley, Rachel and Mark Tremblay. 2011. "Physical activity of Canadian adults." Health Reports. '
        "Supplement to Vol. 22. March. Statistics Canada Catalogue no. 82-003-SPE. pp. 15 to 29.",
        {"container-title": "Health Reports", "volume": "22", "issue": None, "page": "15 to 29"},
    ),
    (
        'Janz, Teresa. 2012. "Physical activity in Canada." Health Reports. Vol. 23, no. 1. January. Statistics '
        "Canada Catalogue no. 82-003-X. pp. 3 to 11.",
        {"container-title": "Health Reports", "volume": "23", "issue": "1", "page": "3 to 11"},
    ),
]

FAMILIES: list[tuple[str, list[str]]] = [
    (
        "Kim H, Park SY and et. al. Smoking and the risk of stroke in older adults: a cohort study. BMC Public "
        "Health 2018.",
        ["Kim", "Park"],
    ),
    ("Lopez A, Chen B & et al. Housing and health in northern towns. Can J Public Health 2016.", ["Lopez", "Chen"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw54_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "families"), FAMILIES)
def test_rw54_etal_after_and(text: str, families: list[str]) -> None:
    assert [a.get("family") for a in read_fields(text).get("author", [])] == families


STATUTES: list[tuple[str, dict[str, Any]]] = [
    (
        "Cannabis Act, S.C. 2018, c. 16.",
        {"type": "legislation", "title": "Cannabis Act", "container-title": "S.C.", "number": "c. 16",
         "issued": {"date-parts": [[2018]]}, "author": None},
    ),
    (
        "Health Protection and Promotion Act, R.S.O. 1990, c. H.7.",
        {"type": "legislation", "title": "Health Protection and Promotion Act", "container-title": "R.S.O.",
         "number": "c. H.7", "issued": {"date-parts": [[1990]]}},
    ),
    (
        "Criminal Code, R.S.C. 1985, c. C-46, s. 718.",
        {"type": "legislation", "title": "Criminal Code", "number": "c. C-46", "section": "718"},
    ),
    (
        "Canada Health Act. 1985, c. C-6.",
        {"type": "legislation", "title": "Canada Health Act", "issued": {"date-parts": [[1985]]}, "author": None},
    ),
    (
        "Government of Canada: Canada Health Act, R.S.C., c. C-6, 1985.",
        {"type": "legislation", "title": "Canada Health Act", "author": [{"literal": "Government of Canada"}],
         "issued": {"date-parts": [[1985]]}},
    ),
]

CATALOGUED_REPORTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Shields, M. (2006). Overweight and obesity among children and youth(Statistics Canada Catalogue number: "
        "82-003-XPE).",
        {"title": "Overweight and obesity among children and youth", "publisher": "Statistics Canada",
         "number": "82-003-XPE"},
    ),
    (
        "Tjepkema, M. (2006). Adult obesity in Canada. (Statistics Canada, Catalogue no 82-620-MWE2005001)",
        {"title": "Adult obesity in Canada", "publisher": "Statistics Canada", "number": "82-620-MWE2005001"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATUTES + CATALOGUED_REPORTS)
def test_rw54_statute_and_catalogued_report(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Busse R, Blümel M. Tackling Chronic Disease in Europe. Copenhagen, Denmark: European Observatory on Health "
        "Systems and Policies, 2010.",
        {"container-title": None, "publisher": "European Observatory on Health Systems and Policies",
         "publisher-place": "Copenhagen, Denmark"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPRINTS)
def test_rw54_vancouver_imprint(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


RELEASES: list[tuple[str, dict[str, Any]]] = [
    (
        "4. Statistics Canada. Deaths, 2019. The Daily 2020.",
        {"author": [{"literal": "Statistics Canada"}], "title": "Deaths, 2019", "container-title": "The Daily",
         "issued": {"date-parts": [[2020]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES)
def test_rw54_release_title_with_year(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "3. World Health Organization. (2006). Health equity in the Americas: from evidence to action. Interim "
        "Statement. Commission on Health Equity in the Americas.",
        {"publisher": "Commission on Health Equity in the Americas", "genre": "Interim Statement"},
    ),
    (
        "Ad Hoc Committee on the Future of Rural Health in Canada. The Future of Rural Health in Canada: Building a "
        "System for the 21st Century. Ottawa, ON: Health Canada, 2005.",
        {"author": [{"literal": "Ad Hoc Committee on the Future of Rural Health in Canada"}],
         "title": "The Future of Rural Health in Canada: Building a System for the 21st Century"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_rw54_body_name_cut(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


KLUWER: list[tuple[str, dict[str, Any]]] = [
    (
        "Battelle: 1976, Environmental Evaluation System for Water Resource Planning, Bureau of Reclamation, "
        "Department of the Interior, Denver.",
        {"author": [{"family": "Battelle"}], "title": "Environmental Evaluation System for Water Resource Planning",
         "publisher": "Bureau of Reclamation, Department of the Interior", "publisher-place": "Denver"},
    ),
    (
        "Munn, R.E.: 1979, Environmental Impact Assessment: Principles and Procedures, Scientific Committee on "
        "Problems of the Environment, Toronto, Canada.",
        {"title": "Environmental Impact Assessment: Principles and Procedures",
         "publisher": "Scientific Committee on Problems of the Environment"},
    ),
    (
        "Clark, B.D.: 1978, ‘Impact Assessment in Practice’, in T. O’Riordan (ed.), Environmental Planning, "
        "Institute of British Geographers, London, pp. 58–72.",
        {"container-title": "Environmental Planning", "publisher": "Institute of British Geographers"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KLUWER)
def test_rw54_kluwer_author_date(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_rw54_container_named_twice() -> None:
    assert_read_as(
        "Public Health Agency of Canada. Chapter 4: Care during Labour and Birth. Family-Centred Maternity and "
        "Newborn Care: National Guidelines. Family-centred maternity and newborn care: National guidelines. 2018.",
        {"container-title": "Family-Centred Maternity and Newborn Care: National Guidelines",
         "title": "Chapter 4: Care during Labour and Birth"},
    )


HELD_FORMS: list[tuple[dict[str, Any], str]] = [
    (
        {"title": "Measured Obesity: Adult obesity in Canada(Statistics Canada Catalogue number: 82-620-MWE2005001)"},
        "title:holds-catalogue-number",
    ),
    (
        {"author": [{"family": "Wahyuni", "given": "cU and"}], "title": "Maternal complications"},
        "name:closes-on-conjunction",
    ),
    (
        {"title": "An Ecological Framework for Environmental Impact Assessment in Canada, Institute for Resource and "
         "Environmental Studies"},
        "title:closes-on-comma-body",
    ),
    (
        {"title": "Health equity", "publisher": "Interim Statement. Commission on Social Determinants of Health"},
        "publisher:opens-on-report-kind",
    ),
]
RIGHT_FORMS: list[dict[str, Any]] = [
    {"title": "A Catalogue of the Manuscripts in the Library", "author": [{"family": "Anderson", "given": "K."}]},
    {"title": "Schools, colleges and universities in Canada", "publisher": "Statistics Canada"},
    {"title": "Annual Report 2019", "publisher": "Commission on Social Determinants of Health"},
]


@pytest.mark.parametrize(("item", "signal"), HELD_FORMS)
def test_rw54_held_form_fires(item: dict[str, Any], signal: str) -> None:
    assert signal in held_form_signals(item, "")


@pytest.mark.parametrize("item", RIGHT_FORMS)
def test_rw54_held_forms_quiet_on_right(item: dict[str, Any]) -> None:
    assert not {signal for _, signal in HELD_FORMS} & set(held_form_signals(item, ""))


def test_rw54_remark_after_link() -> None:
    assert_read_as(
        "Canadian Institute for Health Information. (2019). National health expenditure trends. Retrieved from "
        "https://www.cihi.ca/en/access-data-and-reports (select health spending)",
        {"container-title": None, "URL": "https://www.cihi.ca/en/access-data-and-reports",
         "title": "National health expenditure trends"},
    )


def test_rw54_body_closing_site() -> None:
    assert_read_as(
        "Bollyky, T. and Patrick, S. (2023) ‘Improving pandemic preparedness in the Americas’, Think Global Health. "
        "Council on Foreign Relations.",
        {"container-title": "Think Global Health", "publisher": "Council on Foreign Relations"},
    )


def test_rw54_italic_title_keeps_its_commas() -> None:
    assert_read_as(
        "Eric Foner. 1970. *Free Soil, Free Labor, Free Men: The Ideology of the Republican Party Before the Civil "
        "War*. New York: Oxford University Press.",
        {"title": "Free Soil, Free Labor, Free Men: The Ideology of the Republican Party Before the Civil War",
         "publisher": "Oxford University Press"},
    )
