"""Forms of real web, grey-literature and reading-list references (``realworld6.jsonl``): a reading list's
``Title, Publisher, by Names (Year)``. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.lone_phrases import lone_phrase_is_title
from biblio.parse.readers import reading_list

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_reading_list_title_publisher_by_names_year() -> None:
    item = parse_reference("Gardens of the Commons: Notes on Shared Work, Harbor Press, by Maria Linde Oakes (2011)")
    assert item["title"] == "Gardens of the Commons: Notes on Shared Work"
    assert item["publisher"] == "Harbor Press"
    assert [(a.get("family"), a.get("given")) for a in item["author"]] == [("Oakes", "Maria Linde")]
    assert item["issued"] == {"date-parts": [[2011]]}


def test_reading_list_several_names_no_publisher() -> None:
    item = parse_reference("Rivers and Roads: How Towns Grew, by Tomas Berg and Alice K. Wren, (2009)")
    assert item["title"] == "Rivers and Roads: How Towns Grew"
    assert [a.get("family") for a in item["author"]] == ["Berg", "Wren"]
    assert "publisher" not in item


def test_reading_list_title_by_name_with_address() -> None:
    item = parse_reference("Open Fields, by Ian Marsh (2005) http://openfields.example.org/")
    assert item["title"] == "Open Fields"
    assert item["URL"] == "http://openfields.example.org/"
    assert [a.get("family") for a in item["author"]] == ["Marsh"]


def test_reading_list_edition_closes_the_title() -> None:
    item = parse_reference("Licensing in Practice: A Field Guide, 3rd Edition by Rosa Dunn")
    assert item["title"] == "Licensing in Practice: A Field Guide"
    assert item["edition"] == "3"


def test_role_word_before_by_is_not_a_reading_list() -> None:
    assert reading_list.read("The Quiet Shore. Translated by Anna Lind") is None
    assert reading_list.read("Rushmore. Directed by Wes Anderson") is None
    assert reading_list.read("Smith, J. (2010). A Year of Rain, pp. 3-9, by Ann Lee") is None


def test_iso_date_after_a_body_is_the_date_and_the_body_the_author() -> None:
    item = parse_reference("Northwind Foundation, 2024-03, “Keeping Build Servers Honest”, https://northwind.example.com/build")
    assert item["issued"] == {"date-parts": [[2024, 3]]}
    assert item["title"] == "Keeping Build Servers Honest"
    assert item["author"] == [{"literal": "Northwind Foundation"}]


def test_iso_date_after_names_is_no_part_of_the_title() -> None:
    item = parse_reference(
        "Maria Olsen, Peter Lind, et al, 2025-06-14, “Fuzzing the Parsers We Trust”, https://blog.example.org/fuzz"
    )
    assert item["issued"] == {"date-parts": [[2025, 6, 14]]}
    assert item["title"] == "Fuzzing the Parsers We Trust"
    assert [a.get("family") for a in item["author"]] == ["Olsen", "Lind"]


def test_comma_note_closed_by_an_iso_date_names_its_site() -> None:
    item = parse_reference("Kestrel team, Options for Linking, Kestrel Manual, 2023-07-27.")
    assert item["author"] == [{"literal": "Kestrel team"}]
    assert item["title"] == "Options for Linking"
    assert item["container-title"] == "Kestrel Manual"
    assert item["issued"] == {"date-parts": [[2023, 7, 27]]}


def test_comma_note_with_an_inverted_name_and_a_comma_in_the_title() -> None:
    item = parse_reference("Harlow, Dana, Build flags, warnings, and you, Sixty Bytes, 2021-11-02")
    assert [(a.get("family"), a.get("given")) for a in item["author"]] == [("Harlow", "Dana")]
    assert item["title"] == "Build flags, warnings, and you"
    assert item["container-title"] == "Sixty Bytes"


def test_identifier_opening_with_an_underscore_keeps_it() -> None:
    item = parse_reference("Lee, Ana, Hardening with _FORTIFY_SOURCE=3, Red Bytes, 2023-02-06.")
    assert item["title"] == "Hardening with _FORTIFY_SOURCE=3"


def test_designation_before_a_dash_is_no_part_of_the_title() -> None:
    item = parse_reference("OMB Memo 17-12 - Preparing for and Responding to a Breach")
    assert item["title"] == "Preparing for and Responding to a Breach"
    item = parse_reference("NIST Special Publication 800-53 - Security and Privacy Controls")
    assert item["title"] == "Security and Privacy Controls"


def test_site_after_a_quoted_title_before_the_link_is_the_container() -> None:
    item = parse_reference(
        "Ruiz, Ana, and Tom Hale, 2025-02-10, “Patching at Scale”, Open Source Security Podcast, https://pod.example.org/12"
    )
    assert item["title"] == "Patching at Scale"
    assert item["container-title"] == "Open Source Security Podcast"


def test_iso_date_closing_its_span_with_a_full_stop() -> None:
    item = parse_reference("Barnes, Ellen. Warnings Are Not Errors. Quiet Builds Blog, 2019-04-12.")
    assert item["issued"] == {"date-parts": [[2019, 4, 12]]}
    assert "page" not in item


def test_given_name_closed_by_a_full_stop_before_a_comma_note() -> None:
    item = parse_reference("Lindqvist, Jonas. Don't ship debug builds, Fjord Tools Issue Tracker, 2021-01-16.")
    assert item["title"] == "Don't ship debug builds"
    assert item["container-title"] == "Fjord Tools Issue Tracker"
    assert [(a.get("family"), a.get("given")) for a in item["author"]] == [("Lindqvist", "Jonas")]


def test_title_and_subtitle_after_a_year_are_no_imprint() -> None:
    item = parse_reference("Lena Park, Omar Haddad, Ivo Brandt, Sara Quinn, 2023, PatchPilot: Autonomous Bug Repair, https://arxiv.org/abs/2305.01234")
    assert item["title"] == "PatchPilot: Autonomous Bug Repair"
    assert "publisher" not in item and "publisher-place" not in item


def test_one_phrase_alone_is_the_title() -> None:
    item = parse_reference("ICAM Playbook for Agencies")
    assert item["title"] == "ICAM Playbook for Agencies"
    assert "author" not in item and "publisher" not in item


def test_a_fragment_of_numbers_or_an_in_container_is_no_lone_title() -> None:
    pieces = (("author", "8213-8223"), ("container-title", "In Frontiers of Time: Experiment"), ("note", "part 1"))
    for label, text in pieces:
        spans = spans_of(text, [(label, text)])
        assert lone_phrase_is_title(spans, text) == spans
    text = "Records Governance Framework"
    assert labelled(lone_phrase_is_title(spans_of(text, [("author", text)]), text)) == [("title", text)]


def test_site_after_a_bar_is_the_container() -> None:
    item = parse_reference("Configure audit logging for workspaces | Northwind Docs")
    assert item["title"] == "Configure audit logging for workspaces"
    assert item["container-title"] == "Northwind Docs"
    assert "publisher" not in item and "author" not in item


def test_version_number_before_a_dash_stays_in_the_title() -> None:
    item = parse_reference("The Lattice Standard Version 6.0 - Core Specification.")
    assert "Version 6.0" in item.get("title", "")


def test_bar_inside_a_quoted_title_or_after_an_author_stays_in_the_title() -> None:
    item = parse_reference("‘Zotero | Groups > Local Archives’. https://www.zotero.org/groups/1234/local_archives.")
    assert "container-title" not in item
