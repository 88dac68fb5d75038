"""Forms of tests/data/parse/physcs_real13.jsonl: INSPIRE's meeting after its own ``in the proceedings of the`` (``…,
in the proceedings of the Snowmass 2021, Seattle, U.S.A., July 17–26 (2022) [arXiv:…]``) and its close ``Journal
Volume (Year) Page [links]`` with a bold volume or a journal the model reads into the title (``AIP Conf. Proc.
**1381** (2011) 117``, ``Proc. SPIE Int. Soc. Opt. Eng. 10699 (2018) 106992J``), plainnat's
month given as a number after a volume (``Annual Review of Linguistics, 4, 02 2018.``, ``4:109–128, 01 2018.``),
Optica's ``Science **381**(6653), 63 (2023).`` and a journal abbreviation after a quoted title that repeats a word
(``,”Phys. Chem. Chem. Phys.**17**(3), 1619 (2014).``), IEEE's ``Journal, early access, Dec. 9, 2020, doi: …`` and
natbib's ``Ph.D. Thesis, School, 2020.`` read as one note, and Nature's ``Case, D. A. et al. Amber 2021 (Univ. of
California, San Francisco, 2021).``  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # INSPIRE's own words are no part of the meeting's name; the place before its dates is where it met
    (
        "[4] J. Park et al., Wave Dark Matter Searches, in the proceedings of the Snowmass 2021, Seattle, U.S.A., July "
        "17–26 (2022) [arXiv:2203.11111] [INSPIRE].",
        {
            "title": "Wave Dark Matter Searches",
            "container-title": "Snowmass 2021",
            "publisher-place": None,
            "event-place": "Seattle, U.S.A",
            "type": "paper-conference",
        },
    ),
    (
        "[12] M. Rossi, Light Shining Through Walls, in the proceedings of the 7th Patras Workshop on Axions, WIMPs "
        "and WISPs, Mainz, Germany, June 26-30 (2011) [DOI:10.3204/DESY-PROC-2011-04/rossi] [INSPIRE].",
        {
            "title": "Light Shining Through Walls",
            "container-title": "7th Patras Workshop on Axions, WIMPs and WISPs",
            "publisher-place": None,
            "DOI": "10.3204/DESY-PROC-2011-04/rossi",
        },
    ),
    (
        "[30] L. Moreau et al., The timing performance of the polarimeter, in the proceedings of the Space Telescopes "
        "and Instrumentation 2020: Ultraviolet to Gamma Ray, (2020) [DOI:10.1117/12.2561111].",
        {
            "title": "The timing performance of the polarimeter",
            "container-title": "Space Telescopes and Instrumentation 2020: Ultraviolet to Gamma Ray",
            "DOI": "10.1117/12.2561111",
        },
    ),
    # INSPIRE's close: the journal after the title's last comma, the volume (bold in Markdown), year, page, links
    (
        "[7] K. Lindqvist, *Magnetic Fields of Spiral Galaxies*, AIP Conf. Proc. **1520** (2013) 211 [arXiv:1301.1111] "
        "[INSPIRE].",
        {
            "title": "Magnetic Fields of Spiral Galaxies",
            "container-title": "AIP Conf. Proc.",
            "volume": "1520",
            "page": "211",
        },
    ),
    (
        "[44] GAMMA-X collaboration, The GAMMA-X observatory for polarimetry of the 2030s, Proc. SPIE Int. Soc. Opt. "
        "Eng. 12181 (2022) 121811X [arXiv:2207.11111] [INSPIRE].",
        {
            "title": "The GAMMA-X observatory for polarimetry of the 2030s",
            "container-title": "Proc. SPIE Int. Soc. Opt. Eng.",
            "volume": "12181",
            "page": "121811X",
        },
    ),
    # JHEP's month before the bracketed year stays the issue (mends.month_issues)
    (
        "[9] R. Ortiz and P. Lang, *Moduli In Heterotic Strings*, JHEP **11** (2009) 072 [hep-th/0905111] [INSPIRE].",
        {"container-title": "JHEP", "issue": "11", "volume": None, "page": "072"},
    ),
    # plainnat's "month = 02": two digits of a month before the year, after the volume, are no page
    (
        "[5] Ana Lopes and Ben Ward. Game-theoretic models of reference. Annual Review of Linguistics, 6, 03 2020. "
        "doi: 10.1146/annurev-linguistics-011111-011111.",
        {"container-title": "Annual Review of Linguistics", "volume": "6", "page": None},
    ),
    (
        "[23] Carla Voss, Yan Li, and Tom Reed. Semantic maps and efficient naming. JMLR, 15:2211– 2230, 10 2014.",
        {"container-title": "JMLR", "volume": "15", "page": "2211-2230"},
    ),
    (
        "[34] Ken Ito and Ravi Das. Fast region proposals for detection. In IEEE Transactions on Pattern Analysis and "
        "Machine Intelligence, volume 41, 06 2017.",
        {
            "container-title": "IEEE Transactions on Pattern Analysis and Machine Intelligence",
            "volume": "41",
            "page": None,
        },
    ),
    # Optica's numbers after the bold volume: the bracketed issue and the page, then the year
    (
        "9. S. Kern, E. Holm, F. Ruiz, *et al.*, “Interface engineering for efficient triple-halide perovskite–silicon "
        "tandem solar cells,”Nature **613**(7944), 63 (2023).",
        {"container-title": "Nature", "volume": "613", "issue": "7944", "page": "63"},
    ),
    # an outlet after the quote cut at the abbreviation's first stop is the container's head, not the outlet
    (
        "1. P. Lund, S.-J. Kim, *et al.*, “Halide perovskite/crystalline silicon four-terminal tandem cells,”Phys. "
        "Chem. Chem. Phys.**19**(4), 2211 (2017).",
        {"container-title": "Phys. Chem. Chem. Phys.", "volume": "19", "issue": "4", "page": "2211"},
    ),
    # IEEE's "early access" after the journal is the article's status, no part of the journal's name
    (
        "[44] X. Wang, R. Panda, and A. K. Roy-Chowdhury, “Exploiting camera network constraints for unsupervised "
        "video person re-identiﬁcation,” IEEE Trans. Circuits Syst. Video Technol., early access, Dec. 9, 2020, doi: "
        "10.1109/TCSVT.2020.3043111.",
        {"container-title": "IEEE Trans. Circuits Syst. Video Technol.", "DOI": "10.1109/TCSVT.2020.3043111"},
    ),
    (
        "[12] J. Park, Y. Wu, and D. Kim, “Learning to track with graphs,” IEEE Trans. Image Process., early access, "
        "Mar. 3, 2021, doi: 10.1109/TIP.2021.3061111.",
        {"container-title": "IEEE Trans. Image Process"},  # (the stop, as biblio reads this journal elsewhere)
    ),
    # natbib's degree and school read as one note: the degree is the genre, the school the publisher
    (
        "[7] Mira Zaslavsky. Information-Theoretic Principles of Lexical Systems. Ph.D. Thesis, The Hebrew University "
        "of Jerusalem, 2017.",
        {"genre": "Ph.D. Thesis", "publisher": "The Hebrew University of Jerusalem", "note": None, "type": "thesis"},
    ),
    # Nature's software or book after inverted names closed by "et al.": a title holding its release's year, then
    # the bracket's publisher, town and year
    (
        "40. Case, D. A. et al. AMBER 2018 (University of California, San Francisco, 2018).",
        {
            "title": "AMBER 2018",
            "container-title": None,
            "publisher": "University of California",
            "publisher-place": "San Francisco",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
