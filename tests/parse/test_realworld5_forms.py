"""Forms of real web and grey-literature notes (``realworld5.jsonl``): the security notes' ``"Title", blog,
25 Nov. 2015; URL [accessed 8/24/2016]`` with the kind of work between commas, and ``Title, presented at
Meeting, Date;`` for a talk. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.closing_bodies import body_before_year
from biblio.parse.mends.kind_words import kind_after_title, kind_closes_title
from biblio.parse.mends.presentations import presented_at_comma
from biblio.parse.mends.site_dates import site_before_bracket_date

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_blog_read_as_a_second_author_is_the_genre() -> None:
    text = 'K. Ruiz, "Reading the Logs of a Phone", blog, 3 Mar. 2015; www.example.org/blog/logs [accessed 8/24/2016]'
    spans = spans_of(
        text,
        [
            ("author", "K. Ruiz,"),
            ("title", '"Reading the Logs of a Phone",'),
            ("author", "blog,"),
            ("date", "3 Mar. 2015;"),
            ("url", "www.example.org/blog/logs"),
        ],
    )
    assert ("genre", "blog,") in labelled(kind_after_title(spans, text))


def test_blog_between_commas_is_no_journal() -> None:
    item = parse_reference('S. Okafor, "Keys Left in a Phone App", blog, 2014; www.example.org/keys [accessed 8/23/16]')
    assert "container-title" not in item
    assert [a.get("family") for a in item["author"]] == ["Okafor"]


def test_repository_between_commas_is_no_container() -> None:
    item = parse_reference('T. Lund, "SMS Relay Tool", GitHub repository, 4 May 2013; https://github.com/example/sms-relay')
    assert "container-title" not in item
    assert item["title"] == "SMS Relay Tool"


def test_a_name_of_a_blog_keeps_its_reading() -> None:
    text = 'K. Ruiz, "Reading the Logs", Naked Security, 3 Mar. 2015; www.example.org/logs'
    spans = spans_of(
        text,
        [
            ("author", "K. Ruiz,"),
            ("title", '"Reading the Logs",'),
            ("journal", "Naked Security,"),
            ("date", "3 Mar. 2015;"),
            ("url", "www.example.org/logs"),
        ],
    )
    assert kind_after_title(spans, text) is spans


def test_meeting_after_presented_at_is_the_event() -> None:
    text = "P. Varga, Breaking Device Management, presented at Hack Week, Aug. 2014; www.example.org/talk.pdf"
    spans = spans_of(
        text,
        [
            ("author", "P. Varga,"),
            ("title", "Breaking Device Management,"),
            ("container-title", "presented at Hack Week,"),
            ("date", "Aug. 2014;"),
            ("url", "www.example.org/talk.pdf"),
        ],
    )
    assert ("event", "presented at Hack Week,") in labelled(presented_at_comma(spans, text))


def test_meeting_run_into_the_title_is_set_apart() -> None:
    text = "A. Moss, Phishing on Small Screens, presented at Web Privacy 2011, 26 May 2011; www.example.org/p.pdf"
    spans = spans_of(
        text,
        [
            ("author", "A. Moss,"),
            ("title", "Phishing on Small Screens, presented at Web Privacy 2011,"),
            ("date", "26 May 2011;"),
            ("url", "www.example.org/p.pdf"),
        ],
    )
    mended = labelled(presented_at_comma(spans, text))
    assert ("title", "Phishing on Small Screens") in mended
    assert ("event", "presented at Web Privacy 2011,") in mended


def test_talk_presented_at_a_meeting_has_no_container() -> None:
    item = parse_reference("S. Brandt, Device Mismanagement, presented at Blackhat, Aug. 2014; www.example.org/dm.pdf")
    assert "container-title" not in item
    assert item["title"] == "Device Mismanagement"
    assert item.get("event-title") == "Blackhat"


def test_site_read_into_the_access_note_is_the_container() -> None:
    text = "“How Shop Lighting Shapes a Choice,” ShelfNotes (May 13, 2021), accessed September 28, 2021, https://example.com/a/."
    spans = spans_of(
        text,
        [
            ("title", "“How Shop Lighting Shapes a Choice,”"),
            ("accessed", "ShelfNotes (May 13, 2021), accessed September 28, 2021,"),
            ("url", "https://example.com/a/."),
        ],
    )
    mended = labelled(site_before_bracket_date(spans, text))
    assert ("container-title", "ShelfNotes") in mended
    assert ("date", "(May 13, 2021)") in mended
    assert ("title", "“How Shop Lighting Shapes a Choice,”") in mended


def test_site_read_into_the_title_is_the_container() -> None:
    text = "Ann Roe, “What Makes a List?” Think Notes (March 7, 2022), accessed June 13, 2022, https://example.net/x/."
    spans = spans_of(
        text,
        [
            ("author", "Ann Roe,"),
            ("title", "“What Makes a List?” Think Notes (March 7, 2022),"),
            ("accessed", "accessed June 13, 2022,"),
            ("url", "https://example.net/x/."),
        ],
    )
    mended = labelled(site_before_bracket_date(spans, text))
    assert ("container-title", "Think Notes") in mended
    assert ("title", "“What Makes a List?”") in mended


def test_site_with_its_date_modified_is_the_container() -> None:
    item = parse_reference(
        "“Spotlight on Trade Rules,” Agency Emblem, modified February 2, 2017, https://www.example.gov/spotlight.shtml."
    )
    assert item["container-title"] == "Agency Emblem"
    assert item["issued"] == {"date-parts": [[2017, 2, 2]]}


def test_site_read_as_a_place_is_the_container() -> None:
    item = parse_reference(
        "Nina Hale, “15 New Products Worth Knowing,” Oberlo, October 26, 2020, https://www.oberlo.com/blog/new-products."
    )
    assert item["container-title"] == "Oberlo"
    assert "publisher-place" not in item


def test_body_after_a_lower_case_tech_report_is_the_publisher() -> None:
    item = parse_reference(
        'J.K. Moor, "Attack Patterns in the Supply Chain", tech. report, MITRE, Dec. 2013; www.example.org/scaf.pdf'
    )
    assert item["publisher"] == "MITRE"
    assert "container-title" not in item


def test_white_paper_run_into_the_title_is_the_genre() -> None:
    text = "Phone Security: Threats and Answers, white paper, MobileCo; www.example.com/wp.pdf [accessed 8/25/2016]"
    spans = spans_of(
        text,
        [
            ("title", "Phone Security: Threats and Answers, white paper, MobileCo;"),
            ("url", "www.example.com/wp.pdf"),
            ("accessed", "[accessed 8/25/2016]"),
        ],
    )
    mended = labelled(kind_closes_title(spans, text))
    assert mended[:3] == [
        ("title", "Phone Security: Threats and Answers"),
        ("genre", "white paper"),
        ("publisher", "MobileCo"),
    ]


def test_body_alone_after_the_kind_is_the_publisher() -> None:
    item = parse_reference("Tablet Security: Release 9.3 or later, white paper, Apple, 2016. www.example.com/guide.pdf")
    assert item["title"] == "Tablet Security: Release 9.3 or later"
    assert item["publisher"] == "Apple"


def test_body_between_a_plain_title_and_the_year_is_the_publisher() -> None:
    text = "R. Vale, Threats to Phone Data, Hewlett Research, 2016; www.example.org/threats.pdf [accessed 8/25/2016]"
    spans = spans_of(
        text,
        [
            ("author", "R. Vale,"),
            ("title", "Threats to Phone Data,"),
            ("journal", "Hewlett Research,"),
            ("date", "2016;"),
            ("url", "www.example.org/threats.pdf"),
            ("accessed", "[accessed 8/25/2016]"),
        ],
    )
    assert ("publisher", "Hewlett Research") in labelled(body_before_year(spans, text))


def test_body_closing_a_plain_title_is_the_publisher() -> None:
    text = "Specification of the Radio Link, Radio Link Special Interest Group, 1999; http://example.org/radio.pdf"
    spans = spans_of(
        text,
        [
            ("title", "Specification of the Radio Link, Radio Link Special Interest Group,"),
            ("date", "1999;"),
            ("url", "http://example.org/radio.pdf"),
        ],
    )
    mended = labelled(body_before_year(spans, text))
    assert mended[:2] == [
        ("title", "Specification of the Radio Link"),
        ("publisher", "Radio Link Special Interest Group"),
    ]


def test_name_after_a_quoted_title_stays_the_site() -> None:
    text = 'B. Fung, "How Shops Track a Phone", The Daily Post, 19 Oct. 2013; www.example.com/track'
    spans = spans_of(
        text,
        [
            ("author", "B. Fung,"),
            ("title", '"How Shops Track a Phone",'),
            ("journal", "The Daily Post,"),
            ("date", "19 Oct. 2013;"),
            ("url", "www.example.com/track"),
        ],
    )
    assert body_before_year(spans, text) is spans


def test_undated_mark_after_a_quoted_title_names_no_site() -> None:
    item = parse_reference("“What Is a Guild?” (n.d.), accessed March 7, 2022, https://example.edu/~ab/guild.htm.")
    assert item["title"] == "What Is a Guild?"
    assert "container-title" not in item
    assert "issued" not in item
