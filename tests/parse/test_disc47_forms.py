"""Forms of the journals' house styles across disciplines, as their PDF text gives them: Elsevier's meeting named
after ``In:`` with its opening year and its society's acronym, Elsevier's numbered article number after the
bracketed year, Elsevier's series between an edited book and its volume, NLM's bracketed kind of article, a
software's release tag after its DOI, APA's series volume inside an edited book's title, and Vancouver's Dutch
names with four or five initials."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Elsevier's name-year: the meeting's name opens on its year, the society's acronym after the full stop
    (
        "Salmon, B.P., Kleynhans, W., Schwegmann, C.P., Olivier, J.C., 2015. Proper comparison among methods using "
        "a confusion matrix. In: 2015 IEEE International Geoscience and Remote Sensing Symposium (IGARSS). IEEE, "
        "pp. 3057–3060.",
        {
            "container-title": "2015 IEEE International Geoscience and Remote Sensing Symposium (IGARSS)",
            "publisher": "IEEE",
            "page": "3057-3060",
        },
    ),
    (
        "Okafor, N., Lindqvist, E., 2021. Streamflow forecasting with sparse gauges. In: 2021 IEEE International "
        "Symposium on Hydroinformatics (ISH). IEEE, pp. 88–93.",
        {"container-title": "2021 IEEE International Symposium on Hydroinformatics (ISH)", "publisher": "IEEE"},
    ),
    # the meeting's name and its society at the end, no pages
    (
        "Pruitt, C., Giardino, D., Salas, F., Spies, R., Hanna, R., Luck, M., et al., 2025. Improvements in "
        "continental-scale flood inundation mapping at NOAA’s office of water prediction. In: 105th AMS Annual "
        "Meeting. AMS.",
        {"container-title": "105th AMS Annual Meeting", "publisher": "AMS"},
    ),
    (
        "Tian, D., Liu, H., Wang, L., Cohen, S., Thapa, P., 2024. Enhancing satellite image-derived flood maps with "
        "hydrologically guided region growing method and high-resolution DEMs. In: Chapman Conference on Remote "
        "Sensing of the Water Cycle. AGU.",
        {"container-title": "Chapman Conference on Remote Sensing of the Water Cycle", "publisher": "AGU"},
    ),
    # the title's last words before the mark ("… in healthcare. In: …") stay in the title
    (
        "Gebreab, S.A., Salah, K., Jayaraman, R., ur Rehman, M.H., Ellaham, S., 2024. LLM-based framework for "
        "administrative task automation in healthcare. In: 2024 12th International Symposium on Digital Forensics "
        "and Security (ISDFS), pp. 1–7.",
        {
            "title": "LLM-based framework for administrative task automation in healthcare",
            "container-title": "2024 12th International Symposium on Digital Forensics and Security (ISDFS)",
        },
    ),
    # Elsevier's numbered form: the meeting's year before its ordinal, the place after the pages
    (
        "[34] A. Khtun, S.G.S. Hossain, A fourier domain feature approach for human activity recognition & fall "
        "detection, in: 2023 10th International Conference on Signal Processing and Integrated Networks (SPIN), "
        "2023, pp. 40–45. Noida, India.",
        {
            "container-title": "2023 10th International Conference on Signal Processing and Integrated Networks (SPIN)",
            "publisher-place": "Noida, India",
        },
    ),
    # Elsevier's numbered journal: the article number after the bracketed year looks like a year
    (
        "[12] M. Waheed, H. Afzal, K. Mehmood, NT-FDS—a noise tolerant fall detection system using deep learning on "
        "wearable devices, Sensors 21 (6) (2021) 2006.",
        {"issued": {"date-parts": [[2021]]}, "page": "2006", "volume": "21", "issue": "6"},
    ),
    (
        "[7] K. Osei, L. Brandt, Soil moisture retrieval from radar backscatter, Remote Sens. 14 (3) (2022) 1998.",
        {"issued": {"date-parts": [[2022]]}, "page": "1998"},
    ),
    # NLM's bracketed kind of article between the title and the journal
    (
        "6. Glick M, Williams DM, Kleinman DV, Vujicic M, Watt RG, Weyant RJ. A new definition for oral health "
        "developed by the FDI world dental federation opens the door to a universal definition of oral health. "
        "[editorial]. J Public Health Dent. 2017;77(1):3-5.",
        {"container-title": "J Public Health Dent", "publisher": None, "genre": "editorial"},
    ),
    # a software's release tag after its DOI
    (
        "Dhital, S., 2025. Msfootprint: a Python package for extracting Microsoft’s global building footprints based "
        "on user-defined boundaries. Zenodo. https://doi.org/10.5281/zenodo.14597326, v0.1.24.",
        {"publisher": "Zenodo", "DOI": "10.5281/zenodo.14597326"},
    ),
    # Elsevier's chapter: the series between the edited book's title and its volume
    (
        "Zhang, K., Yang, Z., Başar, T., 2021. Multi-agent reinforcement learning: a selective overview of theories "
        "and algorithms. In: Vamvoudakis, K.G., Wan, Y., Lewis, F.L., Cansever, D. (Eds.), Handbook of Reinforcement "
        "Learning and Control. Studies in Systems, Decision and Control, vol. 325. Springer, Cham, pp. 321–384.",
        {
            "container-title": "Handbook of Reinforcement Learning and Control",
            "collection-title": "Studies in Systems, Decision and Control",
            "volume": "325",
        },
    ),
    # Vancouver's Dutch names with more initials than three: capitals with no vowel are the given name
    (
        "2. Baadoudi F, Trescher A, Duijster D, Maskrey N, Gabel F, van der Heijden BGJMG, et al. A consensus-based "
        "set of measures for oral health care. J Dent Res. 2017;96(8):881-7.",
        {
            "author": [
                {"family": "Baadoudi", "given": "F"},
                {"family": "Trescher", "given": "A"},
                {"family": "Duijster", "given": "D"},
                {"family": "Maskrey", "given": "N"},
                {"family": "Gabel", "given": "F"},
                {"family": "Heijden", "non-dropping-particle": "van der", "given": "BGJMG"},
            ]
        },
    ),
    (
        "Bakker JW, Kuijpers TWJM, Hoogstraten BGHJM. Oral hygiene in nursing homes. Ned Tijdschr Tandheelkd. "
        "2019;126(4):201-6.",
        {"author": [
            {"family": "Bakker", "given": "JW"},
            {"family": "Kuijpers", "given": "TWJM"},
            {"family": "Hoogstraten", "given": "BGHJM"},
        ]},
    ),
    # APA: the series volume inside the edited book's title, then the pages
    (
        "Holstein, K., Aleven, V., & Rummel, N. (2020). A conceptual framework for human–AI hybrid adaptivity in "
        "education. In I. I. Bittencourt, M. Cukurova, K. Muldner, R. Luckin, & E. Millán (Eds.), Artiﬁcial "
        "intelligence in education: Vol. 12163 (pp. 240–254). Cham: Springer International Publishing.",
        {"volume": "12163", "page": "240-254", "publisher": "Springer International Publishing"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_disc47_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)

