"""Constitutions, congressional reports, bills, treaties, UK statutory instruments, Acts with AGLC's
jurisdiction and Canadian statutes, as the Bluebook, APA 7, OSCOLA, AGLC and McGill guides print them (typed
by hand): the legal reader gives the work's record, not flagged, where the sequence model read a party or a
series as an author and left no title."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.records.model import NEEDS_REVIEW, flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Const. art. I, § 8.", {"type": "legislation", "title": "U.S. Const.", "section": "art. I, § 8"}),
        ("U.S. Const. amend. XIV, § 2.", {"type": "legislation", "title": "U.S. Const.", "section": "amend. XIV, § 2"}),
        ("U.S. Const. art. I, § 8, cl. 3.", {"title": "U.S. Const.", "section": "art. I, § 8", "note": "cl. 3"}),
        ("Cal. Const. art. I, § 7.", {"title": "Cal. Const.", "section": "art. I, § 7"}),
        (
            "H.R. Rep. No. 114-195 (2015).",
            {"type": "report", "genre": "H.R. Rep.", "number": "114-195", "issued": {"date-parts": [[2015]]}},
        ),
        ("S. Rep. No. 116-50, at 4 (2019).", {"type": "report", "genre": "S. Rep.", "number": "116-50"}),
        (
            "S. 1234, 117th Cong. (2021).",
            {"type": "bill", "number": "S. 1234", "chapter-number": "117th Cong.", "issued": {"date-parts": [[2021]]}},
        ),
        ("H.R. 1, 117th Cong. § 2 (2021).", {"type": "bill", "number": "H.R. 1", "section": "2"}),
        ("Equality Act, H.R. 5, 117th Cong. (2021).", {"type": "bill", "title": "Equality Act", "number": "H.R. 5"}),
        (
            "Paris Agreement, Dec. 12, 2015, T.I.A.S. No. 16-1104.",
            {
                "type": "treaty",
                "title": "Paris Agreement",
                "container-title": "T.I.A.S.",
                "number": "16-1104",
                "issued": {"date-parts": [[2015, 12, 12]]},
            },
        ),
        (
            "Convention on the Rights of the Child, Nov. 20, 1989, 1577 U.N.T.S. 3.",
            {"type": "treaty", "container-title": "U.N.T.S.", "volume": "1577", "page": "3"},
        ),
        (
            "North American Free Trade Agreement, U.S.-Can.-Mex., Dec. 17, 1992, 32 I.L.M. 289 (1993).",
            {"title": "North American Free Trade Agreement", "container-title": "I.L.M.", "volume": "32"},
        ),
        (
            "Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) "
            "1155 UNTS 331.",
            {
                "type": "treaty",
                "title": "Vienna Convention on the Law of Treaties",
                "container-title": "UNTS",
                "volume": "1155",
                "page": "331",
                "issued": {"date-parts": [[1969, 5, 23]]},
            },
        ),
        (
            "Convention on the Rights of the Child, opened for signature 20 November 1989, 1577 UNTS 3 (entered into "
            "force 2 September 1990) art 3.",
            {"title": "Convention on the Rights of the Child", "volume": "1577", "page": "3", "note": "art 3"},
        ),
        (
            "The Data Protection (Charges and Information) Regulations 2018, SI 2018/480.",
            {
                "type": "legislation",
                "title": "The Data Protection (Charges and Information) Regulations 2018",
                "number": "SI 2018/480",
                "issued": None,  # the year is the title's, as an Act's
            },
        ),
        ("Civil Procedure Rules 1998, SI 1998/3132, r 3.4.", {"title": "Civil Procedure Rules 1998", "note": "r 3.4"}),
        ("Human Rights Act 1998 s 3.", {"type": "legislation", "title": "Human Rights Act 1998", "section": "3"}),
        (
            "*Racial Discrimination Act 1975* (Cth) s 18C.",
            {"title": "Racial Discrimination Act 1975", "authority": "Cth", "section": "18C"},
        ),
        ("*Privacy Act 1988* (Cth).", {"type": "legislation", "title": "Privacy Act 1988", "authority": "Cth"}),
        (
            "Criminal Code, RSC 1985, c C-46, s 83.",
            {"title": "Criminal Code", "container-title": "RSC", "number": "c C-46", "section": "83"},
        ),
        (
            "Personal Information Protection and Electronic Documents Act, SC 2000, c 5.",
            {"container-title": "SC", "number": "c 5", "issued": {"date-parts": [[2000]]}},
        ),
        (
            "International Covenant on Civil and Political Rights (adopted 16 December 1966, entered into force 23 "
            "March 1976) 999 UNTS 171 (ICCPR) art 14.",
            {"volume": "999", "page": "171", "title-short": "ICCPR", "note": "art 14"},
        ),
        (  # a rule in the Federal Register, where it goes in the Code a note
            "Standards of Performance for New Sources, 86 Fed. Reg. 7009 (Jan. 20, 2021) (to be codified at 40 C.F.R. "
            "pt. 60).",
            {"container-title": "Fed. Reg.", "page": "7009", "note": "to be codified at 40 C.F.R. pt. 60"},
        ),
        (
            "Endangered and Threatened Wildlife and Plants, 84 Fed. Reg. 45,020 (Aug. 27, 2019) (codified at 50 C.F.R. "
            "pt. 424).",
            {"title": "Endangered and Threatened Wildlife and Plants", "page": "45,020"},
        ),
        ("US Const art I, § 8.", {"title": "US Const", "section": "art I, § 8"}),
        ("Australian Constitution s 51(xxix).", {"title": "Australian Constitution", "section": "51(xxix)"}),
        ("H.R. 3590, 111th Cong. (2009) (enacted).", {"type": "bill", "number": "H.R. 3590"}),
        (
            "Treaty on the Non-Proliferation of Nuclear Weapons, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161.",
            {"container-title": "U.S.T.", "volume": "21", "page": "483", "note": "729 U.N.T.S. 161"},
        ),
        ("Charter of the United Nations, June 26, 1945, 59 Stat. 1031.", {"type": "treaty", "volume": "59"}),
        (
            "Equality Act 2010 (Commencement No. 4) Order 2010, SI 2010/2317.",
            {"title": "Equality Act 2010 (Commencement No. 4) Order 2010", "number": "SI 2010/2317"},
        ),
        (
            "Health Protection (Coronavirus Restrictions) (Scotland) Regulations 2020, SSI 2020/103.",
            {"number": "SSI 2020/103", "issued": None},
        ),
        (
            "Civil Code of Québec, CQLR c CCQ-1991, art 1457.",
            {"title": "Civil Code of Québec", "container-title": "CQLR", "number": "c CCQ-1991"},
        ),
    ],
)
def test_legal_texts_read_whole(text: str, expected: dict[str, object]) -> None:
    record = read_reference(text)
    for key, value in expected.items():
        assert record.get(key) == value, (key, record)
    assert "author" not in record
    assert NEEDS_REVIEW not in flags(record)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2019). Report No. 114-195 (2015). Publisher.",
        "Jones, A. 2018. *The Data Protection Regulations 2018 explained*. London: Sweet & Maxwell.",
    ],
)
def test_other_references_are_not_legal_texts(text: str) -> None:
    assert read_reference(text).get("type") not in ("treaty", "bill", "legislation")
