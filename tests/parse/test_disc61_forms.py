"""Forms of AMA, Frontiers and Copernicus reference lists: AMA's medium bracket read as a publisher of its own
(``Title [Internet]. London, England: Publisher; March 2025.``), the mark of an unknown date after the publisher
(``Leicester, England: Hospital; [year unknown].``, ``NHS; [no date].``), a body's unit before the body
(``Department of Orthodontics and Restorative Dentistry, Glenfield Hospital.``), a fiscal year opening a title
(``NHS. 2020/21 National Cost Collection for the NHS.``), an article's identifier that opens on
letters in place of the pages (``BJGP Open. 2021;5(2):BJGPO.2021.0011.``, an online-first ``Eur Heart J.
2025;ehaf555.``), a group after ``et al;`` read with the names (``…, et al; Study Group.``); Frontiers' chapter
editors between the book and its bracketed imprint (``in *Book,* eds C. D. Hansen, … and H. Hagen (Berlin, NY:
Springer), 3–27.``) and a translator's sentence before the imprint (``*Book*. Transl. by W. J. Berg.
Madison, WI: Press.``); Copernicus's ``Journal, in review, https://doi.org/…, 2022.`` and a data set's archive before
its town (``Title, ORNL DAAC, Oak Ridge, Tennessee, USA, https://doi.org/…, 2016.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "11.  Office for Health Statistics. Dental Workforce Tables: UK [Internet]. London, England: Office for "
        "Health Statistics; March 14, 2023. Accessed October 2, 2024. Available from: https://www.ohs.gov.uk/dental-tables",
        {
            "title": "Dental Workforce Tables: UK",
            "publisher": "Office for Health Statistics",
            "publisher-place": "London, England",
            "issued": {"date-parts": [[2023, 3, 14]]},
        },
    ),
    (
        "8.  Department of Oral Surgery, Royal Infirmary. Extraction Aftercare Leaflet. Glasgow, Scotland: Royal "
        "Infirmary; [year unknown].",
        {"publisher": "Royal Infirmary", "publisher-place": "Glasgow, Scotland", "issued": None},
    ),
    (
        "9.  British Dental Association. Fluoride Varnish Guidance. Birmingham, England: BDA; [no date]. Accessed "
        "March 3, 2025. Available from: https://bda.org/fluoride-varnish",
        {"publisher": "BDA", "publisher-place": "Birmingham, England", "issued": None},
    ),
    (
        "21.  Department of Paediatric Dentistry and Orthodontics, Royal Victoria Hospital. Fissure Sealant Policy. "
        "Belfast, Northern Ireland: Royal Victoria Hospital; [year unknown].",
        {"author": [{"literal": "Department of Paediatric Dentistry and Orthodontics, Royal Victoria Hospital"}]},
    ),
    (
        "7.  NHS Digital. 2019/20 Dental Workforce Survey for England. Available from: "
        "https://digital.nhs.uk/dental-workforce. Accessed March 3, 2024.",
        {"title": "2019/20 Dental Workforce Survey for England", "issued": None},
    ),
    (
        "[5] National Health Service. 2021/22 National Schedule of NHS Costs. Available from: "
        "https://www.england.nhs.uk/national-schedule/. Accessed June 5, 2024.",
        {"title": "2021/22 National Schedule of NHS Costs", "issued": None},
    ),
    (
        "4.  Patel R, Hughes K, Osei A. Uptake of fluoride varnish among children in general dental practice: a "
        "cross-sectional survey. BDJ Open. 2022;8(1):BDJO.2022.0042.",
        {"container-title": "BDJ Open", "volume": "8", "issue": "1", "page": "BDJO.2022.0042"},
    ),
    (
        "17. Varga T, Lind P, Ahmed S, et al. Statin intensity and recurrent stroke in older adults: a registry "
        "study. Eur Heart J. 2024;ehae812. doi:10.1093/eurheartj/ehae812.",
        {"container-title": "Eur Heart J", "page": "ehae812", "volume": None},
    ),
    (
        "[3] Okafor CN, Brennan D, Wu Y, et al; ORAL-CV Study Group. Periodontal status and incident heart failure in "
        "middle-aged adults across three European cohorts. J Clin Periodontol. 2022;49(6):540-551.",
        {
            "author": [
                {"family": "Okafor", "given": "CN"},
                {"family": "Brennan", "given": "D"},
                {"family": "Wu", "given": "Y"},
                {"literal": "ORAL-CV Study Group"},
            ],
        },
    ),
]

FRONTIERS_AND_COPERNICUS: list[tuple[str, dict[str, Any]]] = [
    (
        "Lindqvist, A., and Moreau, P. (2018). “Glyph-based views of uncertain flows,” in *Flow Visualization,* eds "
        "R. S. Laramee, K. Ma, J. T. Kent, and D. Weiskopf (Heidelberg, BW: Springer), 41–66.",
        {
            "container-title": "Flow Visualization",
            "editor": [
                {"family": "Laramee", "given": "R. S."},
                {"family": "Ma", "given": "K."},
                {"family": "Kent", "given": "J. T."},
                {"family": "Weiskopf", "given": "D."},
            ],
            "publisher-place": "Heidelberg, BW",
        },
    ),
    (
        "Okonkwo, B. (2020). “Letters and their carriers,” in *Networks of the Early Modern Post,* eds S. Brandt and "
        "L. Ferreira (Leiden: Brill), 101–24.",
        {"editor": [{"family": "Brandt", "given": "S."}, {"family": "Ferreira", "given": "L."}]},
    ),
    (
        "Moretti, F. (2005). *Graphs, Maps, Trees: Abstract Models for a Literary History*. Transl. by K. A. Lund. "
        "London: Verso.",
        {"publisher": "Verso", "publisher-place": "London", "translator": [{"family": "Lund", "given": "K. A."}]},
    ),
    (
        "Haldar, R., Mensah, K., and Ortiz, J. P.: Snow drought propagation in mountain catchments, Water Resour. "
        "Res., in review, https://doi.org/10.1002/essoar.10599999.1, 2023.",
        {"container-title": "Water Resour. Res.", "issued": {"date-parts": [[2023]]}},
    ),
    (
        "Kowalczyk, M., Reyes, T. L., and Abbott, S.: Daily gridded snow water equivalent for the Andes, 1985–2020, "
        "NSIDC DAAC, Boulder, Colorado, USA, https://doi.org/10.5067/ABCD1234EFGH, 2022.",
        {"publisher": "NSIDC DAAC", "publisher-place": "Boulder, Colorado, USA"},
    ),
    (
        "Nakamura, T., Svensson, E., and Diallo, M.: Global 250-m gridded depth to bedrock and soil water storage "
        "capacity, ORNL DAAC, Oak Ridge, Tennessee, USA, https://doi.org/10.3334/ORNLDAAC/2099, 2019.",
        {"publisher": "ORNL DAAC", "publisher-place": "Oak Ridge, Tennessee, USA"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ama_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), FRONTIERS_AND_COPERNICUS)
def test_frontiers_and_copernicus_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
