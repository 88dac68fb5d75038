"""Acts of the European Union cited by their Official Journal reference (the Journal's own footnotes, EUR-Lex's
"cite as" line, OSCOLA): the act's full title, the Journal's series, issue and page, the act's date."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.readers import eu_legislation
from biblio.records.model import NEEDS_REVIEW, flags

GDPR = (
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of"
    " natural persons with regard to the processing of personal data and on the free movement of such data, and"
    " repealing Directive 95/46/EC (General Data Protection Regulation)"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the Journal's footnote, its number before it
            f"(11)  {GDPR} (OJ L 119, 4.5.2016, p. 1).",
            {"title": GDPR, "container-title": "OJ L", "volume": "119", "page": "1", "number": "2016/679"},
        ),
        (  # OSCOLA
            f"{GDPR} [2016] OJ L119/1",
            {"title": GDPR, "container-title": "OJ L", "volume": "119", "page": "1"},
        ),
        (  # the year left out before the Journal
            f"{GDPR} OJ L 119/1.",
            {"title": GDPR, "container-title": "OJ L", "volume": "119", "page": "1"},
        ),
        (  # EUR-Lex's "cite as" line
            "Council Directive 85/374/EEC of 25 July 1985 on the approximation of the laws, regulations and"
            " administrative provisions of the Member States concerning liability for defective products,"
            " OJ L 210, 7.8.1985, p. 29–33.",
            {"container-title": "OJ L", "volume": "210", "page": "29–33", "number": "85/374/EEC"},
        ),
        (  # the Journal's form since October 2023: the act's number and its ELI link, no issue or page
            "(43)  Regulation (EU) 2023/2854 of the European Parliament and of the Council of 13 December 2023 on"
            " harmonised rules on fair access to and use of data and amending Regulation (EU) 2017/2394 and Directive"
            " (EU) 2020/1828 (Data Act) (OJ L, 2023/2854, 22.12.2023, ELI: http://data.europa.eu/eli/reg/2023/2854/oj).",
            {"container-title": "OJ L", "URL": "http://data.europa.eu/eli/reg/2023/2854/oj", "number": "2023/2854"},
        ),
        (
            "Commission Recommendation of 6 May 2003 concerning the definition of micro, small and medium-sized"
            " enterprises (OJ L 124, 20.5.2003, p. 36).",
            {
                "title": "Commission Recommendation of 6 May 2003 concerning the definition of micro, small and"
                " medium-sized enterprises",
                "volume": "124",
            },
        ),
    ],
)
def test_eu_acts(text: str, expected: dict[str, str]) -> None:
    item = read_reference(text)
    assert item["type"] == "legislation"
    for var, value in expected.items():
        assert item[var] == value, var
    assert "author" not in item
    assert NEEDS_REVIEW not in flags(item)


def test_the_date_is_the_acts() -> None:
    item = read_reference(f"{GDPR} (OJ L 119, 4.5.2016, p. 1).")
    assert item["issued"] == {"date-parts": [[2016, 4, 27]]}


def test_an_article_about_an_act_is_not_one() -> None:
    text = "Voigt, P. (2017). The EU General Data Protection Regulation. Springer. OJ reference in chapter 2."
    assert eu_legislation.read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commission Decision of 24.1.2024 establishing the European Artificial Intelligence Office C(2024) 390.",
            {"type": "legislation", "number": "C(2024) 390", "issued": {"date-parts": [[2024, 1, 24]]}},
        ),
        (
            "European Commission, Proposal for a Regulation of the European Parliament and of the Council laying"
            " down harmonised rules on artificial intelligence (Artificial Intelligence Act) and amending certain"
            " Union legislative acts, COM(2021) 206 final",
            {"author": [{"literal": "European Commission"}], "number": "COM(2021) 206 final"},
        ),
    ],
)
def test_commission_documents_by_their_number(text: str, expected: dict[str, object]) -> None:
    item = read_reference(text)
    for var, value in expected.items():
        assert item[var] == value, var
    assert not item["title"].startswith(("European Commission", "C(", "COM"))
    assert NEEDS_REVIEW not in flags(item)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "European Parliament & Council of the European Union. (2016). *Regulation (EU) 2016/679 of the European "
            "Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the "
            "processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC "
            "(General Data Protection Regulation)*. Official Journal of the European Union, L119, 1–88.",
            {
                "author": [{"literal": "European Parliament"}, {"literal": "Council of the European Union"}],
                "container-title": "Official Journal of the European Union",
                "volume": "L119",
                "page": "1–88",
                "number": "2016/679",
            },
        ),
        (
            "European Parliament, & Council of the European Union. (2016). Regulation (EU) 2016/679 of the European "
            "Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the "
            "processing of personal data (General Data Protection Regulation). *Official Journal of the European "
            "Union*, *L 119*, 1–88. https://eur-lex.europa.eu/eli/reg/2016/679/oj",
            {"volume": "L 119", "URL": "https://eur-lex.europa.eu/eli/reg/2016/679/oj"},
        ),
        (
            "Council of the European Union. (1985). *Council Directive 85/374/EEC of 25 July 1985 on the approximation "
            "of the laws, regulations and administrative provisions of the Member States concerning liability for "
            "defective products*. Official Journal of the European Communities, L 210, 29–33.",
            {
                "author": [{"literal": "Council of the European Union"}],
                "title": "Council Directive 85/374/EEC of 25 July 1985 on the approximation of the laws, regulations "
                "and "
                "administrative provisions of the Member States concerning liability for defective products",
                "container-title": "Official Journal of the European Communities",
                "issued": {"date-parts": [[1985, 7, 25]]},
            },
        ),
        (  # the Journal by its abbreviation, in the footnote's form: the series with it, as that form gives
            "European Parliament and Council. (2016). Regulation (EU) 2016/679 of the European Parliament and of the "
            "Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal "
            "data. OJ L 119/1.",
            {
                "author": [{"literal": "European Parliament"}, {"literal": "Council"}],
                "container-title": "OJ L",
                "volume": "119",
                "page": "1",
            },
        ),
        (  # the Journal's form since 2023: no issue, the act's number
            "European Parliament and Council of the European Union. (2024). *Regulation (EU) 2024/1689 of the European "
            "Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence "
            "(Artificial Intelligence Act)*. Official Journal of the European Union, L 2024/1689.",
            {"number": "2024/1689", "container-title": "Official Journal of the European Union"},
        ),
    ],
)
def test_apa_acts_bodies_first(text: str, expected: dict[str, object]) -> None:
    """APA 7's form: the bodies are the authors, the Journal as written the container, its series and issue
    the volume; read whole by the EU reader where the APA reader took it for a journal article."""
    record = read_reference(text)
    assert record["type"] == "legislation"
    for key, value in expected.items():
        assert record.get(key) == value, (key, record)
    assert "volume" not in record or record["volume"].startswith("L") or record["container-title"] == "OJ L"
    assert NEEDS_REVIEW not in flags(record)
