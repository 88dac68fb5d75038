"""Chicago's notes (the comma-separated form) for talks, podcast episodes and conference papers (CMOS 17 14.217,
14.265, 14.267, 14.280). Each reference is written for this test in the guides' note forms."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_filmed_talk_note() -> None:
    item = parse_reference(
        "Ana Vidal, “Why Rivers Remember,” filmed March 9, 2018, in Lisbon, TED video, 14:02, accessed 2 May 2021, "
        "https://www.ted.com/talks/ana_vidal_why_rivers_remember."
    )
    assert item["author"] == [{"family": "Vidal", "given": "Ana"}]
    assert item["title"] == "Why Rivers Remember"
    assert item["issued"] == {"date-parts": [[2018, 3, 9]]}
    assert not {"container-title", "journal", "volume", "page"} & item.keys()


def test_presenter_after_a_name_in_natural_order() -> None:
    item = parse_reference(
        "Ana Vidal, presenter, “Why Rivers Remember,” filmed March 9, 2018, in Lisbon, TED video, 14:02, "
        "https://www.ted.com/talks/ana_vidal_why_rivers_remember."
    )
    assert item["author"] == [{"family": "Vidal", "given": "Ana"}]


def test_podcast_episode_note() -> None:
    item = parse_reference(
        "Lena Park, “The Salt Roads,” May 2, 2019, in *Long Tides*, produced by Omar Reyes, podcast, MP3 audio. "
        "38:41. https://longtides.example.org/salt-roads."
    )
    assert item["title"] == "The Salt Roads"
    assert item["container-title"] == "Long Tides"
    assert item["issued"] == {"date-parts": [[2019, 5, 2]]}
    assert not {"volume", "page", "editor"} & item.keys()


def test_podcast_note_with_producers_as_a_sentence() -> None:
    item = parse_reference(
        "Lena Park, “The Salt Roads,” May 2, 2019, in *Long Tides*. Produced by Omar Reyes, Jo Lin & Kim Dae, "
        "podcast, MP3 audio. 38:41. https://longtides.example.org/salt-roads."
    )
    assert item["container-title"] == "Long Tides"
    assert not {"volume", "page", "editor"} & item.keys()


def test_conference_paper_note_place_is_the_meetings() -> None:
    item = parse_reference(
        "Jo Hart, “Cities of Water,” (Conference paper, 9th Symposium on Urban Rivers, Brisbane, QLD, "
        "March 12, 2019), 4."
    )
    assert item["title"] == "Cities of Water"
    assert item["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert item["page"] == "4"
    assert not {"publisher", "publisher-place", "container-title"} & item.keys()
