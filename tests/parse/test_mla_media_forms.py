"""MLA 9's media and government forms, typed as the handbook writes them: a television episode (5.22), a video
with its uploader, a review with its film's director, and a government body under its government as author."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_episode_gives_title_series_and_network() -> None:
    item = parse_reference('"Under Pressure." Mad Men, created by Matthew Weiner, season 4, episode 6, AMC, 2010.')
    assert item["type"] == "broadcast"
    assert (item.get("title"), item.get("container-title"), item.get("publisher")) == (
        "Under Pressure",
        "Mad Men",
        "AMC",
    )
    assert "season 4, episode 6" in item["note"]  # the episode's place in the series is kept


def test_episode_with_a_performer_and_a_full_date() -> None:
    item = parse_reference(
        '"Hush." *Buffy the Vampire Slayer*, created by Joss Whedon, performance by Sarah Michelle Gellar, season 4, '
        "episode 10, Mutant Enemy, 1999."
    )
    assert (item.get("title"), item.get("container-title"), item.get("publisher")) == (
        "Hush",
        "Buffy the Vampire Slayer",
        "Mutant Enemy",
    )
    assert "editor" not in item and "author" not in item


def test_uploader_is_no_publisher() -> None:
    item = parse_reference(
        '"The Impact of Climate Change." YouTube, uploaded by National Geographic, 2 Dec. 2017, '
        "www.youtube.com/watch?v=abc123."
    )
    assert item.get("container-title") == "YouTube"
    assert "publisher" not in item
    assert item.get("note") == "uploaded by National Geographic"


def test_review_names_its_site_after_the_director() -> None:
    item = parse_reference(
        "Ebert, Roger. Review of An Inconvenient Truth, directed by Davis Guggenheim. Roger Ebert.com, 1 June 2006, "
        "www.rogerebert.com/reviews/an-inconvenient-truth-2006."
    )
    assert item["director"] == [{"family": "Guggenheim", "given": "Davis"}]
    assert item.get("container-title") == "Roger Ebert.com"


def test_government_and_its_body_are_one_author() -> None:
    item = parse_reference(
        "United States, Environmental Protection Agency. Climate Change Indicators in the United States. 4th ed., "
        "EPA, 2016."
    )
    assert item["author"] == [{"literal": "United States, Environmental Protection Agency"}]
    item = parse_reference("Canada, Department of Finance. Budget 2019. Government of Canada, 2019.")
    assert item["author"] == [{"literal": "Canada, Department of Finance"}]
