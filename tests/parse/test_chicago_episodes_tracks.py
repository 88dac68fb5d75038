"""Chicago's episode and track forms (CMOS 17 14.263, 14.276, 14.280): a podcast's or programme's episode
named before its show, a show named before its episode, and a track on its album with the label and its
catalogue number. Each reference is written for this test."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_podcast_episode_date_and_show() -> None:
    item = parse_reference(
        "Okafor, Ada. “The Lost Ledger.” Season 2. Episode 5. March 9, 2019. In *Paper Trails*. Produced by "
        "Ben Ruiz. Podcast, MP3 audio. 41:12. https://papertrails.example.org/2/5."
    )
    assert item["author"] == [{"family": "Okafor", "given": "Ada"}]
    assert item["title"] == "The Lost Ledger"
    assert item["container-title"] == "Paper Trails"
    assert item["issued"] == {"date-parts": [[2019, 3, 9]]}
    assert not {"volume", "page", "editor", "publisher"} & item.keys()


def test_author_date_podcast_producer_is_no_publisher() -> None:
    item = parse_reference(
        "Okafor, Ada. 2019. “The Lost Ledger.” Episode 12. March 9, 2019. In *Paper Trails*. Produced by Ben Ruiz. "
        "Podcast, 41:12. Accessed May 1, 2020. https://papertrails.example.org/12."
    )
    assert item["container-title"] == "Paper Trails"
    assert item["issued"] == {"date-parts": [[2019, 3, 9]]}
    assert not {"volume", "page", "publisher"} & item.keys()


def test_show_named_before_its_episode() -> None:
    item = parse_reference(
        "Lindqvist, Maja, writer and director. 2015. *Northern Lines*. Season 3, episode 2, “The Frozen Port.” "
        "Aired October 4, 2015, on SVT. Television broadcast."
    )
    assert item["author"] == [{"family": "Lindqvist", "given": "Maja"}]
    assert item["title"] == "The Frozen Port"
    assert item["container-title"] == "Northern Lines"
    assert item["publisher"] == "SVT"
    assert item["issued"] == {"date-parts": [[2015, 10, 4]]}


def test_episode_then_its_show_and_the_network_alone() -> None:
    item = parse_reference(
        "Lindqvist, Maja. “The Frozen Port.” *Northern Lines*. Episode 2. Produced by Karl Berg. "
        "Aired 4 October 2015. SVT. Accessed May 3, 2021. Nordic Archive."
    )
    assert item["title"] == "The Frozen Port"
    assert item["container-title"] == "Northern Lines"
    assert item["publisher"] == "SVT"
    assert item["issued"] == {"date-parts": [[2015, 10, 4]]}


def test_track_on_album_with_label_and_catalogue_number() -> None:
    item = parse_reference(
        "Harlan, Joan, and Teddy Voss. 1971. “Blue Harbour.” Track 3 on *River Songs*. Capitol ST-4521. 33⅓ rpm."
    )
    assert [a["family"] for a in item["author"]] == ["Harlan", "Voss"]
    assert item["title"] == "Blue Harbour"
    assert item["container-title"] == "River Songs"
    assert item["publisher"] == "Capitol"
    assert item["issued"] == {"date-parts": [[1971]]}
    assert "page" not in item


def test_performer_on_album_and_the_year_after_the_label() -> None:
    item = parse_reference(
        "Pärt, Arvo. “Fratres.” with Gidon Kremer (violin) on *Tabula Rasa*. ECM New Series 817 764-2. 1984. CD."
    )
    assert item["author"] == [{"family": "Pärt", "given": "Arvo"}]
    assert item["title"] == "Fratres"
    assert item["container-title"] == "Tabula Rasa"
    assert item["publisher"] == "ECM New Series"
    assert item["issued"] == {"date-parts": [[1984]]}
    assert not {"volume", "page"} & item.keys()


def test_newspaper_city_in_brackets_is_not_the_paper_name() -> None:
    item = parse_reference("Nguyen, Tam. 2019. “Trams Run Late Again.” *Herald* (Melbourne), June 2, 2019.")
    assert item["container-title"] == "Herald"
    assert item["issued"] == {"date-parts": [[2019, 6, 2]]}


def test_talk_filmed_then_its_place_as_a_sentence() -> None:
    item = parse_reference(
        "Adeyemi, Tola. “Cities That Listen.” Filmed March 2016. In Austin, TX. TED video. 15:02. "
        "Accessed May 4 2021. https://www.ted.com/talks/tola_adeyemi_cities."
    )
    assert item["title"] == "Cities That Listen"
    assert item["issued"] == {"date-parts": [[2016, 3]]}
    assert not {"container-title", "volume", "page", "publisher-place"} & item.keys()


def test_government_body_under_its_jurisdiction_is_one_author() -> None:
    item = parse_reference(
        "Canada. Department of Fisheries, Oceans and Coasts. 2011. *Annual Report on Salmon Stocks*. "
        "Ottawa: Queen's Printer."
    )
    assert item["author"] == [{"literal": "Canada. Department of Fisheries, Oceans and Coasts"}]
    assert item["publisher"] == "Queen's Printer"
