"""Forms of the mixed-discipline references of ``disc_real16``: Icarus's ``Brown, R.H., and 25 colleagues 2006.``
(the count of names left out closing the names as ``et al.`` does), BibTeX's IEEE ``PP:1–1, 12 2016.`` (the
placeholder volume, the month as a number) and plainnat's ``4:109–128, 01 2018.``, natbib's ``…, Leuven, BEL, 2014.
European Design and Automation Association.`` (the ACM's country code after the town, the body after the year),
Emerald's ``UT State University Press, Logan, pp. 1-23.``, Icarus's ``Version 6.3. Space Telescope Science
Institute, Baltimore.`` and its ``Instrument Science Report STIS 2006-01, STScI, Baltimore.``; and two readings
flagged for review: a patent's number read again as its page, a firm's name that is also its author's read into the
title."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Brown, R.H., and 25 colleagues 2006. Observations in the Saturn system during approach and orbital "
        "insertion, with Cassini’s visual and infrared mapping spectrometer (VIMS). Astron. Astrophys. 446, 707-716.",
        {
            "author": [{"family": "Brown", "given": "R.H."}],
            "issued": {"date-parts": [[2006]]},
            "title": "Observations in the Saturn system during approach and orbital insertion, with Cassini’s "
            "visual and infrared mapping spectrometer (VIMS)",
        },
    ),
    (
        "Porco, C.C., and 35 colleagues 2005. Imaging of Titan from the Cassini spacecraft. Nature 434, 159-168.",
        {"issued": {"date-parts": [[2005]]}, "title": "Imaging of Titan from the Cassini spacecraft"},
    ),
    (
        "Brown RH and 12 co-authors (2006) Observations of Saturn. Astron Astrophys 446:707-716.",
        {"author": [{"family": "Brown", "given": "RH"}], "title": "Observations of Saturn"},
    ),
    (
        "[PCMC16] Sikhar Patranabis, Abhishek Chakraborty, Debdeep Mukhopadhyay, and Partha Chakrabarti. Fault "
        "space transformation: A generic approach to counter differential fault analysis and differential fault "
        "intensity analysis on aes-like block ciphers. IEEE Transactions on Information Forensics and Security, "
        "PP:1–1, 12 2016.",
        {
            "container-title": "IEEE Transactions on Information Forensics and Security",
            "volume": "PP",
            "page": "1-1",
            "issued": {"date-parts": [[2016, 12]]},
        },
    ),
    (
        "Sikhar Patranabis and Partha Chakrabarti. Fault space transformation. IEEE Transactions on Information "
        "Forensics and Security, PP(99):1–1, 2016.",
        {"volume": "PP", "issue": "99", "page": "1-1"},
    ),
    (
        "[23] Charles Kemp, Yang Xu, and Terry Regier. Semantic typology and efficient communication. Annual Review "
        "of Linguistics, 4:109–128, 01 2018.",
        {"volume": "4", "page": "109-128", "issued": {"date-parts": [[2018, 1]]}},
    ),
    (
        "[GAS14] Nahid Farhady Ghalaty, Aydin Aysu, and Patrick Schaumont. Analyzing and eliminating the causes of "
        "fault sensitivity analysis. In Proceedings of the Conference on Design, Automation & Test in Europe, DATE "
        "’14, Leuven, BEL, 2014. European Design and Automation Association.",
        {"publisher": "European Design and Automation Association", "publisher-place": "Leuven, BEL"},
    ),
    (
        "Wysocki, A. (2004), “Opening new media to writing: openings and justiﬁcations”, Wysocki, A., "
        "Johnson-Eilola, J. and Selfe, C.L. (Eds), Writing New Media: Theory and Applications for Expanding the "
        "Teaching of Composition, UT State University Press, Logan, pp. 1-23.",
        {"publisher": "UT State University Press", "publisher-place": "Logan", "page": "1-23"},
    ),
    (
        "Goudfrooij, P., Maíz-Apellániz, J., Brown, T., Kimble, R. 2006. Charge transfer efficiency of the STIS CCD: "
        "The time dependence of charge loss and centroid shifts from Internal Sparse Field data. Instrument Science "
        "Report STIS 2006-01, STScI, Baltimore.",
        {"container-title": None, "publisher": "STScI", "publisher-place": "Baltimore"},
    ),
    (
        "Krist, J. 2004. The Tiny Tim User’s Guide, Version 6.3. Space Telescope Science Institute, Baltimore.",
        {"publisher": "Space Telescope Science Institute", "publisher-place": "Baltimore"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


FLAGGED = [
    # the patent's number read again as the page ("715, 560")
    "Bornea, M. A., Dolby, J., Fokoue-Nkoutche, A. B., Kementsietsidis, A., & Srinivas, K., International Business "
    "Machines Corp, (2017). Optimizing sparse schema-less data in data stores. U.S. Patent 9,715,560.",
    # the firm, the author's name again, read into the title ("Ink, Inkle")
    "Inkle (2016), Ink, Inkle, London, available at: https://github.com/inkle/ink",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_misreading_flagged(text: str) -> None:
    assert needs_review(text)
