"""APA 7's audiovisual and presentation forms, typed as the manual writes them (10.5, 10.12, 10.13): a series still
running, a writer who also directed, a presentation whose meeting the reader took for a journal."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_series_still_running_is_dated_by_its_first_year() -> None:
    item = parse_reference(
        "Barris, K. (Executive Producer). (2014–present). Black-ish [TV series]. Wilmore Films; Artists First; "
        "Cinema Gypsy Productions; ABC Studios."
    )
    assert item["issued"] == {"date-parts": [[2014]]}
    assert item.get("title") == "Black-ish"
    assert item.get("publisher") == "Wilmore Films; Artists First; Cinema Gypsy Productions; ABC Studios"


def test_whole_podcast_names_its_maker_as_publisher() -> None:
    item = parse_reference(
        "Vedantam, S. (Host). (2015–present). *Hidden brain* [Audio podcast]. NPR. "
        "https://www.npr.org/series/423302056/hidden-brain"
    )
    assert (item.get("title"), item.get("publisher"), item.get("container-title")) == ("Hidden brain", "NPR", None)


def test_writer_and_director_is_one_author() -> None:
    item = parse_reference(
        "Weiner, M. (Writer & Director). (2010, August 29). Under pressure (Season 4, Episode 6) [TV series episode]. "
        "In M. Weiner (Executive Producer), Mad men. AMC."
    )
    assert item["author"] == [{"family": "Weiner", "given": "M."}]
    assert item.get("container-title") == "Mad men"


def test_presentation_meeting_is_the_event() -> None:
    item = parse_reference(
        "Fagan, J. (2019, March 25). Nursing clinical brain [Conference presentation abstract]. ONE Conference 2019, "
        "Boston, MA, United States."
    )
    assert item.get("title") == "Nursing clinical brain"
    assert (item.get("event-title"), item.get("event-place")) == ("ONE Conference 2019", "Boston, MA, United States")
    assert "container-title" not in item
