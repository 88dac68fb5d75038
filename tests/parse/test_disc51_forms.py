"""Forms of the mixed-discipline references of ``disc_real14``: Nature's year printed as the volume before a range
of pages or a long article number, a lone issue in the volume's bracket with no pages after it, the Royal
Society's whole book ``In Book (ed Name). Place: Publisher.``, APA's ``[Software]`` before a journal with its
volume and page, APA's ``(Tech. Rep. No. 85‐739)``, Vancouver's supplement after the volume with no bracket; a
family name in capitals after the given name in Chicago's natural order (``Hai LE``); and the needs-review flag on a
book's imprint read whole as the container."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "5. Svartberg, K. Individual differences in behaviour—dog personality. Behav. Biol. Dogs 2007, 182–206 "
        "(2007).",
        {"container-title": "Behav. Biol. Dogs", "volume": "2007", "page": "182-206"},
    ),
    (
        "7. Arata, S., Momozawa, Y., Takeuchi, Y. & Mori, Y. Important behavioral traits for predicting guide dog "
        "qualification. J. Vet. Med Sci. 2010, 0912080094 (2010).",
        {"container-title": "J. Vet. Med Sci.", "volume": "2010", "page": "0912080094"},
    ),
    (
        "Smith, J. & Brown, K. Seasonal patterns of foraging in urban foxes. Mammal Rev. 2019, 211–230 (2019).",
        {"volume": "2019", "page": "211-230", "issued": {"date-parts": [[2019]]}},
    ),
    (
        "67. Kello C. T., Dalla Bella S., Mede B., & Balasubramaniam R. Hierarchical temporal structure in music, "
        "speech and animal vocalisations: jazz is like a conversation, humpbacks sing like hermit thrushes. J R Soc "
        "Interface, 14(135), 2017. https://doi.org/10.1098/rsif.2017.0231 PMID: 29021158",
        {"volume": "14", "issue": "135", "page": None, "issued": {"date-parts": [[2017]]}},
    ),
    (
        "28. Gilpin ME. 1986 Minimal viable populations: processes of species extinction. In _Conservation biology: "
        "the science of scarcity and diversity_ (ed ME Soulé). Sunderland, MA: Sinauer Associates.",
        {
            "container-title": "Conservation biology: the science of scarcity and diversity",
            "editor": [{"family": "Soulé", "given": "ME"}],
            "publisher": "Sinauer Associates",
            "publisher-place": "Sunderland, MA",
        },
    ),
    (
        "Gilpin ME. 1986 Minimal viable populations. In Conservation biology (eds ME Soulé, BA Wilcox). Sunderland, "
        "MA: Sinauer Associates.",
        {
            "container-title": "Conservation biology",
            "editor": [{"family": "Soulé", "given": "ME"}, {"family": "Wilcox", "given": "BA"}],
        },
    ),
    (
        "Krischer, L., Megies, T., Barsch, R., Beyreuther, M., Lecocq, T., Caudron, C., & Wassermann, J. (2015). "
        "ObsPy: A bridge for seismology into th scientific Python ecosystem [Software]. Computational Science & "
        "Discovery, 8(1), 014003. https://doi.org/10.1088/1749-4699/8/1/014003",
        {"container-title": "Computational Science & Discovery", "publisher": None, "volume": "8", "page": "014003"},
    ),
    (
        "Reasenberg, P., & Oppenheimer, D. H. (1985). FPFIT, FPPLOT and FPPAGE: Fortran computer programs for "
        "calculating and displayin earthquake fault‐plane solutions (Tech. Rep. No. 85‐739). U.S. Geological Survey.",
        {
            "type": "report",
            "title": "FPFIT, FPPLOT and FPPAGE: Fortran computer programs for calculating and displayin earthquake "
            "fault‐plane solutions",
            "number": "85‐739",
            "publisher": "U.S. Geological Survey",
            "container-title": None,
        },
    ),
    (
        "Lee, A., & Park, S. (2012). Groundwater monitoring at the Han River (Tech. Rep. No. 12-03). Korea Water "
        "Resources Corporation.",
        {"type": "report", "title": "Groundwater monitoring at the Han River", "number": "12-03"},
    ),
    (
        "18. Williamson PR, Altman DG, Bagley H, Barnes KL, Blazeby JM, Brookes ST, et al. The COMET Handbook: "
        "version 1.0. Trials. 2017;18 Suppl 3:280. doi:10.1186/s13063-017-1978-4.",
        {
            "title": "The COMET Handbook: version 1.0",
            "container-title": "Trials",
            "volume": "18",
            "issue": "Suppl 3",
            "page": "280",
        },
    ),
    (
        "Masojć, Mirosław, Hai LE, T. Gralak, et al. 2023. “The Early Holocene Hoabinhian (8300-8000 Cal BC) "
        "Occupation from Hiem Cave, Vietnam.” Comptes Rendus Palevol, ahead of print, March 1. "
        "https://doi.org/10.5852/cr-palevol2023v22a5.",
        {
            "author": [
                {"family": "Masojć", "given": "Mirosław"},
                {"family": "LE", "given": "Hai"},
                {"family": "Gralak", "given": "T."},
            ]
        },
    ),
    (
        "Oxenham, Marc, Thi Minh LE, Van NGO, and Anne Leroy. 2015. “Title of a Paper.” Asian Perspectives 54 (1): "
        "1–20.",
        {
            "author": [
                {"family": "Oxenham", "given": "Marc"},
                {"family": "LE", "given": "Thi Minh"},
                {"family": "NGO", "given": "Van"},
                {"family": "Leroy", "given": "Anne"},
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc51_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_imprint_read_as_container_is_flagged() -> None:
    assert needs_review(
        "49. ELAN. ELAN (Version 6.3) [Computer Software]. Nijmegen: Max Planck Institute for Psycholinguistics, The "
        "Language Archive, 2022. Retrieved from https://archive.mpi.nl/tla/elan"
    )
