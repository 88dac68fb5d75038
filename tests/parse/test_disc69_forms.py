"""Forms of MDPI's and Sage's reference lists: MDPI's meeting whose days run across two months (``In Proceedings of
…, Ghent, Belgium, 29 June–2 July 2010.``) or whose venue follows a semicolon (``…Meeting; Hotel Nikko, Osaka,
Japan, 3–5 May 2015``), its report's house before the place (``Report; FAO and UNEP: Rome, Italy, 2021.``) and a
one-word journal before ``Year, Volume, Page`` (``Sensors 2019, 19, 5154.``); Sage's Harvard ``Journal Online
First: 1–20.``, the article's state after the journal's name; Vancouver's article title closing on the period it
reports on (``…, Sweden, March 2019. Euro Surveill. 2019;24:…``), kept whole."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # MDPI's meeting days across two months, then its link: the proceedings' name, the place and the year apart
    (
        "12. Okafor, N.; Lind, P. Drone surveys of hedgerows. In Proceedings of the Landscape Mapping Symposium 2016:"
        " Methods and Practice, Leuven, Belgium, 28 June–1 July 2016. Available online: https://example.org/lms.pdf"
        " (accessed on 3 May 2020).",
        {
            "container-title": "Proceedings of the Landscape Mapping Symposium 2016: Methods and Practice",
            "publisher-place": "Leuven, Belgium",
            "issued": {"date-parts": [[2016, 6, 28]]},
        },
    ),
    (
        "4. Varga, E. Soil crusts in vineyards. In Proceedings of the Workshop on Soil Surfaces, Eger, Hungary,"
        " 30 September–2 October 2019.",
        {
            "container-title": "Proceedings of the Workshop on Soil Surfaces",
            "publisher-place": "Eger, Hungary",
            "issued": {"date-parts": [[2019, 9, 30]]},
        },
    ),
    # MDPI's venue after the semicolon closing the proceedings' name: part of the meeting's place
    (
        "11. Ito, K.; Sato, M. Field robots in orchards. In Proceedings of the Agricultural Machinery Society Annual"
        " Meeting; Hotel Nikko, Osaka, Japan, 3–5 May 2015; pp. 10–12.",
        {
            "container-title": "Proceedings of the Agricultural Machinery Society Annual Meeting",
            "publisher-place": "Hotel Nikko, Osaka, Japan",
            "publisher": None,
        },
    ),
    # a publisher after the proceedings' semicolon stays the publisher
    (
        "12. Ito, K. Field robots. In Proceedings of the Annual Meeting of the Society; Springer: Berlin, Germany,"
        " 2015; pp. 10–12.",
        {"publisher": "Springer", "publisher-place": "Berlin, Germany"},
    ),
    # MDPI's report: the house after the title's semicolon, before the place and the year
    (
        "5. FAO and WHO. Global Report on Food Safety: Report; FAO and WHO: Rome, Italy, 2020. [CrossRef]",
        {
            "title": "Global Report on Food Safety: Report",
            "publisher": "FAO and WHO",
            "publisher-place": "Rome, Italy",
            "container-title": None,
        },
    ),
    # MDPI's one-word journal before its year, volume and article number (a PDF's ligature in the title)
    (
        "24. Ono, T.; Abe, R.; Kato, S.; Mori, H.; Endo, Y.; Sato, K. Leaf/Stem separation using a \ufb01eld Imaging"
        " camera system. Sensors 2017, 17, 2210. [CrossRef] [PubMed]",
        {"container-title": "Sensors", "volume": "17", "page": "2210", "publisher": None},
    ),
    (
        "24. Ono, T.; Abe, R. Leaf/Stem separation using a \ufb01eld Imaging camera system. Sensors 2017, 17, 2210."
        " [CrossRef] [PubMed]",
        {"container-title": "Sensors", "volume": "17", "page": "2210"},
    ),
    (
        "24. Ono, T.; Abe, R. Soil/Root imaging in the \ufb01eld with a low-cost camera. Sensors 2017, 17, 2210."
        " [CrossRef] [PubMed]",
        {"container-title": "Sensors", "volume": "17", "page": "2210"},
    ),
    # Sage's Harvard: "Online First" after the journal's name is the article's state, not the journal's
    (
        "Moreno P and Tan R (2024) Parking reform in mid-sized towns. Urban Studies Online First: 1–18.",
        {"container-title": "Urban Studies", "status": "Online First", "page": "1-18"},
    ),
    (
        "Adeyemi T, Brandt K and Holm S (2022) Heat islands and tree cover. Environment and Planning B: Urban"
        " Analytics and City Science Online First: 1–15. DOI: 10.1177/23998083221000000.",
        {
            "container-title": "Environment and Planning B: Urban Analytics and City Science",
            "status": "Online First",
        },
    ),
    # Vancouver's article title naming the period it reports on, its own year after the journal: the title whole
    (
        "8. Okafor N, Berg L. Measles outbreak among travellers, Sweden, March 2019. Euro Surveill. 2019;24:1900123.",
        {"title": "Measles outbreak among travellers, Sweden, March 2019", "container-title": "Euro Surveill"},
    ),
    (
        "36. Lind P, Varga E, Moreau P, et al. Detection of resistant bacteria in retail chicken, Ireland, February"
        " 2016. Euro Surveill. 2016;21. https://doi.org/10.2807/1560-7917.ES.2016.21.9.30000",
        {"title": "Detection of resistant bacteria in retail chicken, Ireland, February 2016", "volume": "21"},
    ),
    # a report's title closing on the date read before it stays cut
    (
        "Lewes District Council (2014) The Downs Conservation Area Appraisal, October 2014. Lewes: Lewes District"
        " Council.",
        {"title": "The Downs Conservation Area Appraisal", "issued": {"date-parts": [[2014, 10]]}},
    ),
    # neighbours that stay as they were: MDPI's meeting in one month, a book, a journal's year after its name
    (
        "3. Tan, L.; Ong, K. Weed mapping from above. In Proceedings of the IEEE International Conference on"
        " Robotics, Singapore, 24–26 June 2019; pp. 1–5.",
        {
            "container-title": "Proceedings of the IEEE International Conference on Robotics",
            "publisher-place": "Singapore",
            "page": "1-5",
        },
    ),
    (
        "7. Moreau, P. Fields and Furrows; Springer: Berlin, Germany, 2019.",
        {"title": "Fields and Furrows", "publisher": "Springer", "publisher-place": "Berlin, Germany"},
    ),
    (
        "Lee K and Park J (2015) Street grids and walking. Urban Studies 52(13): 2483–2497.",
        {"container-title": "Urban Studies", "volume": "52", "issue": "13", "status": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc69_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
