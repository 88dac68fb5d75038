"""Forms of style guides' APA 7 and Chicago examples of government, legal and audiovisual works (round guide62, set
``guides_real33``): the Bluebook's executive order in a compilation of the Code covering years, with the other place
it is reprinted (``3 C.F.R. 586 (1971–1975), reprinted as amended in …``), a public law written ``Publ. L. No.``,
Canadian statutes named in full (``Statutes of Canada 2006, c.9.``) with a link, a Canadian decision cited by its
report before its neutral citation (``[2009] 1 S.C.R. 826 at para. 16, 2009 SCC 25``), the Bluebook's congressional
hearing (``…: Hearing before the Committee on …, 111th Cong. 1 (2009).``), APA's two roles of one person
(``(Writer & Host)``), an album's medium after its title (``On Watershed [CD].``), and an Elder's teaching in the
template Canadian libraries print for Indigenous Elders and Knowledge Keepers (``Name, Nation. Treaty 6. Lives in …
Topic. personal communication. Date.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Exec. Order No. 12,291, 3 C.F.R. 127 (1981 Comp.), reprinted in 5 U.S.C. 601 app. at 431–434 (1988).",
        {
            "type": "legislation",
            "title": "Exec. Order No. 12,291",
            "container-title": "C.F.R.",
            "volume": "3",
            "page": "127",
            "issued": {"date-parts": [[1981]]},
        },
    ),
    (
        "Exec. Order No. 10340, 3 C.F.R. 861 (1949–1953).",
        {"title": "Exec. Order No. 10340", "page": "861", "issued": {"date-parts": [[1949]]}},
    ),
    (
        "Every Student Succeeds Act, Publ. L. No. 114-95, 129 Stat. 1802 (2015).",
        {
            "type": "legislation",
            "title": "Every Student Succeeds Act",
            "number": "114-95",
            "container-title": "Stat.",
            "volume": "129",
            "page": "1802",
        },
    ),
    (
        "Canada Health Act, Revised Statutes of Canada 1985, c. C-6. https://laws-lois.justice.gc.ca/eng/acts/c-6/",
        {
            "type": "legislation",
            "title": "Canada Health Act",
            "container-title": "Revised Statutes of Canada",
            "issued": {"date-parts": [[1985]]},
            "URL": "https://laws-lois.justice.gc.ca/eng/acts/c-6/",
        },
    ),
    (
        "Cannabis Act, Statutes of Canada 2018, c.16.",
        {"title": "Cannabis Act", "container-title": "Statutes of Canada", "issued": {"date-parts": [[2018]]}},
    ),
    (
        "R. v. Jordan [2016] 1 S.C.R. 631 at para. 5, 2016 SCC 27.",
        {
            "type": "legal_case",
            "title": "R. v. Jordan",
            "container-title": "S.C.R.",
            "volume": "1",
            "page": "631",
            "issued": {"date-parts": [[2016]]},
        },
    ),
    (
        "R. v. Grant [2009] 2 S.C.R. 353, 2009 SCC 32.",
        {"title": "R. v. Grant", "container-title": "S.C.R.", "volume": "2", "page": "353"},
    ),
    (
        "Examining the impact of drought on agriculture: Hearing before the Subcommittee on Conservation, House of "
        "Representatives, 113th Cong. 12 (2014).",
        {
            "type": "hearing",
            "title": "Examining the impact of drought on agriculture: Hearing before the Subcommittee on Conservation, "
            "House of Representatives",
            "issued": {"date-parts": [[2014]]},
            "container-title": None,
            "volume": None,
        },
    ),
    (
        "Smith, J. (Writer & Host), & Brown, K. (Writer & Director). (2015). Rivers of the north (Episode 4) "
        "[TV series episode]. In Wild places. Nature Films.",
        {"author": [{"family": "Smith", "given": "J."}, {"family": "Brown", "given": "K."}]},
    ),
    (
        "Mitchell, J. (1971). River [Song]. On Blue [Vinyl record]. Reprise Records.",
        {"type": "song", "container-title": "Blue", "publisher": "Reprise Records"},
    ),
    (
        "Whitecalf, R., Sweetgrass First Nation. Treaty 6. Lives in Saskatoon. Traditional medicines. personal "
        "communication. June 12, 2019.",
        {"title": "Traditional medicines", "issued": {"date-parts": [[2019, 6, 12]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide62_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
