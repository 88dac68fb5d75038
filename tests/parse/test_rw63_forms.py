"""Forms of hand-written reference lists met in realworld42: a Markdown list's bullet opening the reference
(``- Mollaali A., Zufferey G. (2024). *Title.* arXiv:…``); an opening bold run that holds the names and the bracketed
date, the title after it (``**GAim4A (2022a)** Title [Link](…) Accessed: …``, ``**Body (ABBR), 2024** [Title](…)``);
a linked title before the access note that closes the reference (``(2020) [Title](https://…) Accessed: 2 May 2021``);
a forum handle in quotes after a person's initials (``C, M. ‘Millers_C’ (2008)``); a title holding a bracketed year
with no stops around it (``(2022c) Resident Evil 2 (2019) Full Transcript https://…``); a data set's title with commas
and its version before ``[Data set]``, and its laboratory's town, state and country after it; a title-first entry's
short venue before an article's DOI (``*Title* (2023). EPSR, DOI 10.1016/j.epsr.…``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "- Okafor B., Lindqvist T. (2023). *Learning Voltage Envelopes from Sparse Feeder Data.* arXiv:2311.01234.",
        {"author": [{"family": "Okafor", "given": "B."}, {"family": "Lindqvist", "given": "T."}],
         "title": "Learning Voltage Envelopes from Sparse Feeder Data", "issued": {"date-parts": [[2023]]}},
    ),
    (
        "- Park H. J. (2021). *Demand Response in Island Grids.* arXiv:2104.05678.",
        {"author": [{"family": "Park", "given": "H. J."}], "title": "Demand Response in Island Grids"},
    ),
    (
        "Ministry of Transport (2020) [Rural bus patronage](https://www.example.gov/rural-bus/) Accessed: 2 May 2021",
        {"author": [{"literal": "Ministry of Transport"}], "title": "Rural bus patronage",
         "URL": "https://www.example.gov/rural-bus/", "accessed": {"date-parts": [[2021, 5, 2]]}},
    ),
    (
        "**Speedrunner42 (2019b)** Half-Life 2 Full Script [Link](https://scripts.example.org/2019/hl2-script.html) "
        "Accessed: 3 March 2024",
        {"author": [{"literal": "Speedrunner42"}], "title": "Half-Life 2 Full Script",
         "issued": {"date-parts": [[2019]]}, "URL": "https://scripts.example.org/2019/hl2-script.html"},
    ),
    (
        "4. **Moreau, L. (2021)** Why Co-op Games Keep Players Longer [Link](https://blog.example.com/coop-retention/) "
        "Accessed: 9 May 2023",
        {"author": [{"family": "Moreau", "given": "L."}], "title": "Why Co-op Games Keep Players Longer",
         "issued": {"date-parts": [[2021]]}},
    ),
    (
        "**Interactive Games Council (IGC), 2023** [Annual Player Survey](https://www.example.org/igc-survey-2023/) "
        "Accessed: 1 February 2024",
        {"author": [{"literal": "Interactive Games Council (IGC)"}], "title": "Annual Player Survey",
         "issued": {"date-parts": [[2023]]}},
    ),
    (
        "3. **Tran, Q. ‘Pixel_Knight’ (2011)** Chrono Trigger - Game Script - SNES - by Pixel_Knight "
        "[Link](https://scripts.example.net/snes/chrono-trigger/12345) Accessed: 4 June 2023",
        {"author": [{"family": "Tran", "given": "Q."}],
         "title": "Chrono Trigger - Game Script - SNES - by Pixel_Knight", "issued": {"date-parts": [[2011]]}},
    ),
    (
        "Okonkwo, D. 'RetroFan88' (2015) Metroid Prime Script https://scripts.example.net/metroid-prime "
        "Accessed: 2 May 2022",
        {"author": [{"family": "Okonkwo", "given": "D."}], "title": "Metroid Prime Script"},
    ),
    (
        "ScriptArchive (2021b) Silent Hill 2 (2001) Full Transcript https://scripts.example.org/sh2-2001.html "
        "Accessed: 8 August 2023",
        {"author": [{"literal": "ScriptArchive"}], "title": "Silent Hill 2 (2001) Full Transcript",
         "issued": {"date-parts": [[2021]]}},
    ),
    (
        "Lindgren, P., & Osei, K. (2022). Arctic Lakes, Ponds, and Wetlands (ALPW), V3 [Data set]. Polar Data Centre. "
        "https://doi.org/10.5555/alpw.v3",
        {"title": "Arctic Lakes, Ponds, and Wetlands (ALPW), V3", "container-title": None, "page": None,
         "publisher": "Polar Data Centre"},
    ),
    (
        "Ruiz, M. (2020). Coastal flood extents, 1990-2019, V1 [Data set]. "
        "Pacific Northwest National Laboratory (PNNL), Richland, WA (United States). https://doi.org/10.5555/cfe.v1",
        {"title": "Coastal flood extents, 1990-2019, V1", "container-title": None, "issue": None},
    ),
    (
        "*Short-Term Load Forecasting with Graph Attention* (2022). EPSR, DOI 10.1016/j.epsr.2022.108123.",
        {"title": "Short-Term Load Forecasting with Graph Attention", "container-title": "EPSR", "publisher": None,
         "DOI": "10.1016/j.epsr.2022.108123"},
    ),
    (
        "*Privacy-Preserving Meter Data Aggregation* (2024). IEEE TSG, DOI 10.1109/TSG.2024.3351234.",
        {"title": "Privacy-Preserving Meter Data Aggregation", "container-title": "IEEE TSG", "publisher": None},
    ),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_rw63_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
