"""Forms of the mixed-discipline references of ``disc_real13``: Chicago author-date's month of issue after the
volume, Frontiers' ``Available online at:`` before an address, an MDPI journal of one word before its year, an
APA body joining its words with ``&``, a state university named with its campus, a Frontiers chapter's editors
opening with an initial ``V.``, a Frontiers chapter's book series after the book's title, Chicago's online-first
article ``ahead of print``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Yi, Seonbok, J. J. Lee, Shin-Woo Kim, Yongwook Yoo, and D. Kim. 2008. “New Data on the Hoabinhian: "
        "Investigations at Hang Cho Cave, Northern Vietnam.” Bulletin of the Indo-Pacific Prehistory Association 28 "
        "(January): 73–79.",
        {"volume": "28", "issue": None, "page": "73-79"},
    ),
    (
        "Forestier, Hubert, Yuduan Zhou, Prasit Auetrakulvit, et al. 2021. “Hoabinhian Variability in Mainland "
        "Southeast Asia Revisited: The Lithic Assemblage of Moh Khiew Cave, Southwestern Thailand.” Archaeological "
        "Research in Asia 25 (March): 100236. https://doi.org/10.1016/j.ara.2020.100236.",
        {"container-title": "Archaeological Research in Asia", "volume": "25", "issue": None, "page": "100236"},
    ),
    (
        "Keng, Shao-Hsun, and Peter F. Orazem. 2017. “Expanding College Access in Taiwan.” Journal of Human "
        "Capital 11 (1): 1–34.",
        {"volume": "11", "issue": "1"},
    ),
    (
        "OpenBCI (2023). Galea. Available online at: https://galea.co (accessed October 30, 2023).",
        {"title": "Galea", "container-title": None, "URL": "https://galea.co"},
    ),
    (
        "Tobii (2023). Tobii XR API. Available online at: https://developer.tobii.com/xr/ (accessed October 30, "
        "2023).",
        {"title": "Tobii XR API", "container-title": None, "accessed": {"date-parts": [[2023, 10, 30]]}},
    ),
    (
        "71. Liu, X.; Ma, Y. A method to analyze the rank reversal problem in the ELECTRE II method. Omega 2021, "
        "102, 102317. [CrossRef]",
        {"container-title": "Omega", "publisher-place": None, "volume": "102", "page": "102317"},
    ),
    (
        "World Travel & Tourism Council. (2025). *Travel & tourism economic impact research*. "
        "https://wttc.org/research/economic-impact",
        {"author": [{"literal": "World Travel & Tourism Council"}]},
    ),
    (
        "World Bank & International Monetary Fund. (2020). *Joint report*. IMF.",
        {"author": [{"literal": "World Bank"}, {"literal": "International Monetary Fund"}]},
    ),
    (
        "Noll, B., & Peet, E. (2025). *Artificial intelligence and the Anthropic Economic Index in the Mountain "
        "West*. University of Nevada, Las Vegas.",
        {"publisher": "University of Nevada, Las Vegas", "publisher-place": None},
    ),
    (
        "Pradhan, A. and Kumar, E. (2022). “Cognitive workload estimation using eye tracking: a review,” in "
        "Advancements in Interdisciplinary Research, Communications in Computer and Information Science, eds. V. "
        "Sugumaran, D. Upadhyay, and S. Sharma (Cham: Springer Nature Switzerland), 544–552. doi: "
        "10.1007/978-3-031-23724-9_49",
        {
            "editor": [
                {"family": "Sugumaran", "given": "V."},
                {"family": "Upadhyay", "given": "D."},
                {"family": "Sharma", "given": "S."},
            ]
        },
    ),
    (
        "Ocklenburg, S. and Peterburs, J. (2023). “Monitoring brain activity in VR: EEG and neuroimaging,” in Virtual "
        "Reality in Behavioral Neuroscience: New Insights and Methods, Current Topics in Behavioral Neurosciences, "
        "eds. C. Maymon, G. Grimshaw, and Y. C. Wu (Cham: Springer International Publishing), 47–71. doi: "
        "10.1007/7854_2023_423",
        {
            "container-title": "Virtual Reality in Behavioral Neuroscience: New Insights and Methods",
            "collection-title": "Current Topics in Behavioral Neurosciences",
        },
    ),
    (
        "Masojć, Mirosław, Hai Le, T. Gralak, et al. 2023. “The Early Holocene Hoabinhian (8300-8000 Cal BC) "
        "Occupation from Hiem Cave, Vietnam.” Comptes Rendus Palevol, ahead of print, March 1. "
        "https://doi.org/10.5852/cr-palevol2023v22a5.",
        {"container-title": "Comptes Rendus Palevol", "type": "article-journal", "status": "ahead of print"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc50_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
