"""Court decisions as APA, Chicago and the Bluebook cite them (US) and as OSCOLA cites them (UK): the
legal reader gives a ``legal_case`` whose title is the case's name and whose container is the reporter."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.readers import legal
from biblio.records.model import NEEDS_REVIEW, flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brown v. Board of Education, 347 U.S. 483 (1954).",
            {"title": "Brown v. Board of Education", "container-title": "U.S.", "volume": "347", "page": "483"},
        ),
        (
            "Daubert v. Merrell Dow Pharmaceuticals, Inc., 43 F.3d 1311 (9th Cir. 1995).",
            {
                "title": "Daubert v. Merrell Dow Pharmaceuticals, Inc.",
                "container-title": "F.3d",
                "volume": "43",
                "page": "1311",
                "authority": "9th Cir.",
            },
        ),
        (
            "Obergefell v. Hodges, 576 U.S. 644 (2015). https://www.supremecourt.gov/opinions/14pdf/14-556_3204.pdf",
            {"title": "Obergefell v. Hodges", "URL": "https://www.supremecourt.gov/opinions/14pdf/14-556_3204.pdf"},
        ),
        ("Miranda v. Arizona, 384 U.S. 436, 444 (1966).", {"page": "436", "note": "at 444"}),
        (
            "Donoghue v Stevenson [1932] AC 562.",
            {"title": "Donoghue v Stevenson", "container-title": "AC", "page": "562"},
        ),
        ("Jones v Kaney [2011] 2 AC 398", {"volume": "2", "page": "398"}),
        (  # Australian Harvard sets the case's name in italics: the marks are no part of the title
            "*Wik Peoples v. Queensland* (1996) 187 CLR 1",
            {"title": "Wik Peoples v. Queensland", "container-title": "CLR", "volume": "187", "page": "1"},
        ),
        (  # OSCOLA's court after the report
            "Donoghue v Stevenson [1932] AC 562 (HL)",
            {"title": "Donoghue v Stevenson", "container-title": "AC", "page": "562", "authority": "HL"},
        ),
        (  # the same decision in another report: the first report is the record's, the others a note
            "_Ultramares Corp. v. Touche_(1931) 255 N.Y. 170, 174 N.E. 441",
            {"title": "Ultramares Corp. v. Touche", "container-title": "N.Y.", "volume": "255", "page": "170"},
        ),
        (
            "_Tubemakers of Australia Ltd v Fernandez_ (1976) 10 ALR 303; (1976) 50 ALJR 720",
            {"container-title": "ALR", "volume": "10", "page": "303", "note": "(1976) 50 ALJR 720"},
        ),
        (  # a neutral citation, then the law report
            "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61",
            {"title": "R (Miller) v Secretary of State for Exiting the European Union", "note": "[2018] AC 61"},
        ),
        (  # a note's page after the year ("U.S." without its stops)
            "*District of Columbia et al. v. Heller*, 554 US 570 (2008), p. 3.",
            {"title": "District of Columbia et al. v. Heller", "container-title": "US", "page": "570"},
        ),
        (  # what the decision held, after the citation
            "*Santa Fe Independent School District v. Doe*, 530 U.S. 290 (2000), which found that the school"
            " district’s including a student-led prayer at high school football games was illegal.",
            {"title": "Santa Fe Independent School District v. Doe", "volume": "530", "page": "290"},
        ),
        (  # the Bluebook's signal before the case is the note's word
            "See, for example, *Virginia v. Black*, 538 U.S. 343 (2003).",
            {"title": "Virginia v. Black", "container-title": "U.S.", "volume": "538", "page": "343"},
        ),
        (  # a full stop after the case's name, the docket number where the page will stand
            "*Creative LLC v. Elenis*. 600 U.S. 21-476 (2023)",
            {"title": "Creative LLC v. Elenis", "container-title": "U.S.", "volume": "600", "page": "21-476"},
        ),
    ],
)
def test_court_decisions(text: str, expected: dict[str, str]) -> None:
    item = read_reference(text)
    assert item["type"] == "legal_case"
    for var, value in expected.items():
        assert item[var] == value, var
    assert "author" not in item
    assert NEEDS_REVIEW not in flags(item)
    assert isinstance(item["issued"]["date-parts"][0][0], int)


def test_an_article_about_a_case_is_not_one() -> None:
    text = "Smith, J. (2010). Brown v. Board of Education at fifty. Journal of Law, 12, 1-10."
    assert legal.read(text) is None
    assert read_reference(text)["type"] == "article-journal"


def test_prose_naming_a_case_is_not_a_citation() -> None:
    assert legal.read("In Brown v. Board of Education the court held that separate is not equal.") is None


def test_an_oscola_article_with_a_quoted_title_is_not_a_case() -> None:
    assert legal.read("Zetzsche Dirk, “Continental vs. Schaeffler, a matter of law?” (2008) CBC 0039.") is None
    assert legal.read("O’Brien v. Smith, 12 F.3d 100 (2d Cir. 1994).") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clean Air Act, 42 U.S.C. § 7401 (1970).",
            {"title": "Clean Air Act", "container-title": "U.S.C.", "volume": "42", "section": "7401"},
        ),
        (
            "Americans With Disabilities Act of 1990, 42 U.S.C. § 12101 et seq. (1990).",
            {"title": "Americans With Disabilities Act of 1990", "volume": "42", "section": "12101 et seq."},
        ),
        (
            "Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).",
            {"number": "111-148", "container-title": "Stat.", "volume": "124", "page": "119"},
        ),
        (
            "Protection of Human Subjects, 45 C.F.R. § 46 (2018).",
            {"title": "Protection of Human Subjects", "container-title": "C.F.R.", "volume": "45"},
        ),
        (  # an executive order in the Federal Register, dated to the day
            "Exec. Order No. 13,985, 86 Fed. Reg. 7009 (Jan. 20, 2021).",
            {"title": "Exec. Order No. 13,985", "container-title": "Fed. Reg.", "volume": "86", "page": "7009"},
        ),
    ],
)
def test_us_statutes(text: str, expected: dict[str, str]) -> None:
    # read by the model as an author ".S.C" with the act's name as a journal, or "U.S." as the author
    item = read_reference(text)
    assert item["type"] == "legislation"
    assert {k: item.get(k) for k in expected} == expected
    assert "author" not in item and NEEDS_REVIEW not in flags(item)


def test_a_statute_read_needs_its_code_and_year() -> None:
    assert legal.read("Clean Air Act, 42 U.S.C. § 7401.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data Protection Act 2018, s 170.", {"title": "Data Protection Act 2018", "section": "170"}),
        ("Human Rights Act 1998", {"title": "Human Rights Act 1998"}),
        ("European Union (Withdrawal) Act 2018", {"title": "European Union (Withdrawal) Act 2018"}),
        ("Climate Change Act 2008 (c. 27).", {"title": "Climate Change Act 2008", "number": "c. 27"}),
    ],
)
def test_uk_acts(text: str, expected: dict[str, str]) -> None:
    # OSCOLA's Act, its year part of the short title: read as an author "Human Rights Act" or a page "s 170"
    item = read_reference(text)
    assert item["type"] == "legislation"
    assert {k: item.get(k) for k in expected} == expected
    assert "issued" not in item  # the year is the short title's, as the gold sets hold it
    assert "author" not in item and NEEDS_REVIEW not in flags(item)


def test_a_book_about_an_act_is_not_one() -> None:
    item = read_reference("Smith, J. (2010). The Human Rights Act 1998. Oxford University Press.")
    assert item["type"] == "book" and item["author"] == [{"family": "Smith", "given": "J."}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada (AG) v Bedford, 2013 SCC 72.",
            {"title": "Canada (AG) v Bedford", "container-title": "SCC", "page": "72"},
        ),
        ("*Carter v Canada (Attorney General)*, 2015 SCC 5.", {"title": "Carter v Canada (Attorney General)"}),
        (
            "R v Jordan, 2016 SCC 27, [2016] 1 SCR 631.",
            {"title": "R v Jordan", "container-title": "SCC", "page": "27", "note": "[2016] 1 SCR 631"},
        ),
        (  # McGill's parallel report with its series in brackets
            "R v Oakes, [1986] 1 SCR 103, 26 DLR (4th) 200.",
            {"title": "R v Oakes", "container-title": "SCR", "volume": "1", "page": "103", "note": "26 DLR (4th) 200"},
        ),
    ],
)
def test_canadian_decisions(text: str, expected: dict[str, object]) -> None:
    """McGill's neutral citation (year, court, number) and parallel reports: the first is the record's."""
    record = read_reference(text)
    assert record["type"] == "legal_case"
    for key, value in expected.items():
        assert record.get(key) == value, (key, record)
    assert NEEDS_REVIEW not in flags(record)
