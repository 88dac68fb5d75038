"""Forms of APA-like reference lists written by people (tests/data/parse/apa_real.jsonl): an organisation
as author with no full stop before its date, a title opening with a number, a numbered bulletin's title,
``[Report]`` set after the title's full stop, a blog named after a post, an "&" inside one body's name."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.numbered_titles import numbered_title
from biblio.parse.mends.opening_dates import date_inside_opening, date_runs_into_title, names_before_opening_date
from biblio.parse.normalisers.names import parse_names
from biblio.parse.readers.apa import read as read_apa
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def labels(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_date_inside_one_title_ends_the_names() -> None:
    text = "Oxford Centre for Academic Writing (n.d.). Planning an essay."
    spans = spans_of(text, ("title", text))
    assert labels(date_inside_opening(spans, text)) == [
        ("author", "Oxford Centre for Academic Writing"),
        ("date", "(n.d.)."),
        ("title", "Planning an essay."),
    ]


def test_date_inside_title_joins_the_names_read_before_it() -> None:
    text = "Western Sydney University (2021). Referencing basics."
    spans = spans_of(text, ("author", "Western Sydney"), ("title", "University (2021). Referencing basics."))
    assert labels(date_inside_opening(spans, text))[:2] == [
        ("author", "Western Sydney University"),
        ("date", "(2021)."),
    ]


def test_date_inside_opening_leaves_a_read_date_alone() -> None:
    text = "Smith, J. (2019). Title (2018). Publisher."
    spans = spans_of(text, ("author", "Smith, J."), ("date", "(2019)."), ("title", "Title (2018). Publisher."))
    assert date_inside_opening(spans, text) == spans


def test_date_gives_back_the_number_opening_the_title() -> None:
    text = "Hansen, L. (2020). 12 Ways to reduce stress at work."
    spans = spans_of(
        text, ("author", "Hansen, L."), ("date", "(2020). 12"), ("title", "Ways to reduce stress at work.")
    )
    assert labels(date_runs_into_title(spans, text))[1:] == [
        ("date", "(2020)."),
        ("title", "12 Ways to reduce stress at work."),
    ]


def test_body_before_the_opening_date_is_the_author() -> None:
    text = "World Health Organization (2019a). Mental health atlas 2017. World Health Organization."
    spans = spans_of(
        text,
        ("container-title", "World Health Organization"),
        ("date", "(2019a)."),
        ("title", "Mental health atlas 2017."),
        ("publisher", "World Health Organization."),
    )
    assert [s.label for s in names_before_opening_date(spans, text)] == ["author", "date", "title", "publisher"]


def test_italic_work_before_the_date_stays_a_title() -> None:
    text = "*Merriam-Webster's dictionary* (2020). Publisher."
    spans = spans_of(
        text, ("container-title", "*Merriam-Webster's dictionary*"), ("date", "(2020)."), ("publisher", "Publisher.")
    )
    assert names_before_opening_date(spans, text) == spans


def test_numbered_bulletin_is_one_title() -> None:
    text = "Society. (2019). Practice Bulletin No. 12: Early care. Journal of Care, 3(1), 1-4."
    spans = spans_of(
        text,
        ("author", "Society."),
        ("date", "(2019)."),
        ("publisher", "Practice Bulletin"),
        ("issue", "No. 12:"),
        ("title", "Early care."),
        ("journal", "Journal of Care,"),
    )
    assert labels(numbered_title(spans, text))[2:4] == [
        ("title", "Practice Bulletin No. 12: Early care."),
        ("journal", "Journal of Care,"),
    ]


def test_organisation_without_full_stop_before_no_date() -> None:
    item = parse_reference("Berkeley Center for Teaching and Learning (n.d.). Lecturing strategies.")
    assert item["author"] == [{"literal": "Berkeley Center for Teaching and Learning"}]
    assert item["title"] == "Lecturing strategies"
    assert "issued" not in item


def test_committee_opinion_title_keeps_its_number() -> None:
    item = parse_reference(
        "American College of Obstetricians and Gynecologists. (2018). ACOG Committee Opinion No. 757: "
        "Screening for perinatal depression. Obstetrics & Gynecology, 132(4), e208–e212."
    )
    assert item["title"] == "ACOG Committee Opinion No. 757: Screening for perinatal depression"
    assert item["container-title"] == "Obstetrics & Gynecology"
    assert "publisher" not in item


def test_description_after_the_titles_full_stop_is_no_journal() -> None:
    found = read_apa(
        "Administration for Children & Families. (2021). Child maltreatment 2019. [Report]. "
        "U.S. Department of Health & Human Services."
    )
    assert found is not None
    item = found.item
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "Administration for Children & Families"}]
    assert item["title"] == "Child maltreatment 2019"
    assert item["publisher"] == "U.S. Department of Health & Human Services"
    assert "container-title" not in item


def test_blog_named_after_a_post_is_its_container() -> None:
    item = parse_reference(
        "Abderholden, S. (2019, March 7). It’s not stigma, it’s discrimination [Blog]. "
        "National Alliance on Mental Illness."
    )
    assert item["type"] == "post-weblog"
    assert item["container-title"] == "National Alliance on Mental Illness"
    assert "publisher" not in item


def test_ampersand_inside_one_body_and_between_two() -> None:
    assert parse_names("Department of Health & Human Services") == [
        {"literal": "Department of Health & Human Services"}
    ]
    assert parse_names("World Health Organization & UNICEF") == [
        {"literal": "World Health Organization"},
        {"literal": "UNICEF"},
    ]


def test_agency_code_in_brackets_is_the_report_number() -> None:
    found = read_apa(
        "National Center for Education Statistics. (2020). *The condition of education 2020* (NCES 2020-144). "
        "U.S. Department of Education."
    )
    assert found is not None and not found.doubts
    item = found.item
    assert (item["type"], item["number"]) == ("report", "NCES 2020-144")
    assert item["title"] == "The condition of education 2020"
    assert item["publisher"] == "U.S. Department of Education"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Kissel, R., Regenscheid, A., Scholl, M., & Stine, K. (2014). Guidelines for media sanitization (NIST "
            "Special Publication 800-88 Rev. 1). National Institute of Standards and Technology.",
            "800-88 Rev. 1",
        ),
        (
            "Joint Task Force. (2020). *Security and privacy controls for information systems and organizations* "
            "(NIST Special Publication 800-53, Revision 5). National Institute of Standards and Technology.",
            "800-53, Revision 5",
        ),
        (
            "Smith, J. (2019). Wages and growth (NBER Working Paper No. 24). National Bureau of Economic Research.",
            "24",
        ),
        (
            "Kissel, R. (2014). Guidelines for media sanitization (SP 800-88 Rev. 1). National Institute of Standards "
            "and Technology.",
            "SP 800-88 Rev. 1",
        ),
    ],
)
def test_a_reports_series_and_number_in_brackets_after_its_title(text: str, number: str) -> None:
    # APA 7 sets a report's series and number after its title, with or without "No." and with its revision;
    # the whole title had been left as a note, none of it read
    found = read_apa(text)
    assert found is not None and not found.doubts
    item = found.item
    assert (item["type"], item["number"]) == ("report", number)
    assert item["title"].startswith(("Guidelines for media", "Security and privacy", "Wages and growth"))
    assert "(" not in item["title"]
    assert item["publisher"] in (
        "National Institute of Standards and Technology",
        "National Bureau of Economic Research",
    )


def test_apa_kind_of_work_then_its_issuer_after_a_comma() -> None:
    found = read_apa(
        "Hsu, M., Zhao, C., and Camerer, C.F. (2008). Neural evidence for nonlinear probabilities in risky choice. "
        "Working paper, California Institute of Technology."
    )
    assert found is not None
    assert found.item["genre"] == "Working paper"
    assert found.item["publisher"] == "California Institute of Technology"


@pytest.mark.parametrize(
    ("text", "version"),
    [
        ("OpenAI. (2023). *ChatGPT* (Mar 14 version) [Large language model]. https://chat.openai.com/chat", "Mar 14"),
        (
            "Anthropic. (2024). *Claude* (Claude 3 Opus version) [Large language model]. https://claude.ai",
            "Claude 3 Opus",
        ),
        ("Microsoft. (2021). *Excel* (Version 16.0) [Computer software].", "16.0"),
    ],
)
def test_a_release_named_before_the_word_version_is_the_version(text: str, version: str) -> None:
    # APA 7's generative-AI form dates the release before "version"; it had been left as an unread note
    found = read_apa(text)
    assert found is not None and not found.doubts
    assert found.item["version"] == version
    assert found.item["title"] in ("ChatGPT", "Claude", "Excel")
    assert "note" not in found.item
