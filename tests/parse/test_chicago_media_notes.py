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


def test_track_note_with_place_label_and_catalogue_number() -> None:
    item = parse_reference(
        "June Carver and Al Moss, “Blue Harbour,” track 3 on *River Lights*, Nashville: Monument SLP-18042, 1966, "
        "33⅓ rpm."
    )
    assert item["title"] == "Blue Harbour"
    assert item["container-title"] == "River Lights"
    assert item["publisher"] == "Monument"
    assert item["publisher-place"] == "Nashville"
    assert item["issued"] == {"date-parts": [[1966]]}
    assert not {"page", "volume"} & item.keys()


def test_performer_on_album_note() -> None:
    item = parse_reference(
        "Philip Glass, “Two Pages,” with Jon Gibson (saxophone), on *Early Pieces*, Elektra Nonesuch 979442-2, "
        "1989, CD."
    )
    assert item["title"] == "Two Pages"
    assert item["container-title"] == "Early Pieces"
    assert item["publisher"] == "Elektra Nonesuch"
    assert item["issued"] == {"date-parts": [[1989]]}


def test_track_note_first_release_year() -> None:
    item = parse_reference(
        "Saltwater Choir, “Tide Song,” track 4 on *Coastal*, originally released 1994; Harbourline, 2015. Spotify "
        "https://open.spotify.com/track/0example."
    )
    assert item["container-title"] == "Coastal"
    assert item["publisher"] == "Harbourline"
    assert item["issued"] == {"date-parts": [[1994]]}


def test_recording_note_with_performers_and_session() -> None:
    item = parse_reference(
        "Johannes Brahms, *Cello Sonata No. 1*, with Lena Ostrova (cello) and Paul Weir (piano), recorded March 3, "
        "1962, Testament SBT 1118, 1998, CD."
    )
    assert item["title"] == "Cello Sonata No. 1"
    assert item["publisher"] == "Testament"
    assert item["issued"] == {"date-parts": [[1998]]}
    assert not {"container-title", "volume"} & item.keys()


def test_short_note_with_a_plain_title() -> None:
    item = parse_reference("Moreno, Digital Rivers.")
    assert item["author"] == [{"family": "Moreno"}]
    assert item["title"] == "Digital Rivers"
    item = parse_reference("Okafor, Ada's Garden.")
    assert item["author"] == [{"family": "Okafor"}]
    assert item["title"] == "Ada's Garden"


def test_lone_name_stays_a_name() -> None:
    item = parse_reference("Moreno, Tim.")
    assert item["author"] == [{"family": "Moreno", "given": "Tim"}]


def test_music_video_note_running_time_is_no_volume() -> None:
    item = parse_reference(
        "“Lanterns - Night Swim,” directed by Ivy Chen, March 14, 2015, YouTube music video, 04:12, accessed "
        "June 1, 2021, https://youtu.be/0example."
    )
    assert item["title"] == "Lanterns - Night Swim"
    assert item["issued"] == {"date-parts": [[2015, 3, 14]]}
    assert not {"volume", "page", "container-title"} & item.keys()


def test_film_note_with_a_plain_title() -> None:
    item = parse_reference("Harbour Lights, directed by Maeve Dunne (1994; Dublin, Ardmore Video, 1999), DVD.")
    assert item["title"] == "Harbour Lights"
    assert item["director"] == [{"family": "Dunne", "given": "Maeve"}]
    assert item["issued"] == {"date-parts": [[1994]]}
    assert not {"author", "editor"} & item.keys()


def test_film_note_scene_time_after_the_dvd() -> None:
    item = parse_reference("Harbour Lights, directed by Maeve Dunne (1994; Universal Pictures, 1999), DVD, 1:12.")
    assert item["title"] == "Harbour Lights"
    assert item["publisher"] == "Universal Pictures"
    assert not {"volume", "page"} & item.keys()


def test_aired_on_network_note() -> None:
    item = parse_reference(
        "*Old Houses*, series 4, episode 2, “The Mill at Ashby,” presented by Martin Hale, aired March 3, 2019 on "
        "Channel 4, television broadcast."
    )
    assert item["title"] == "The Mill at Ashby"
    assert item["publisher"] == "Channel 4"
    assert item["issued"] == {"date-parts": [[2019, 3, 3]]}
