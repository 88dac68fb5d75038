"""APA 7 forms as writing guides print them (tests/data/parse/apa_guides_real.jsonl): an authorless work
whose title carries a ``[Description]`` or is followed only by ``In *Reference work*``, a group author with
its abbreviation in brackets, the comma after a volume set in italics, ``(Season 2, Episode 5)`` after an
episode's title, a song ``On *Album*``, and ``[Video game]`` as software."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.readers.apa import read as read_apa


def apa(text: str) -> dict[str, Any]:
    reading = read_apa(text)
    assert reading is not None
    return reading.item


def test_described_title_in_author_place() -> None:
    item = apa(
        "Cheaper bus fares for students [Editorial]. (2022, March 3). *The Riverside Herald.* https://example.org/ed"
    )
    assert "author" not in item
    assert item["title"] == "Cheaper bus fares for students"
    assert item["container-title"] == "The Riverside Herald"
    assert item["genre"] == "Editorial"


def test_map_title_in_author_place() -> None:
    item = apa("Trails of the northern range [Map]. (2019). *State Parks Service.* https://example.org/map")
    assert item["type"] == "map"
    assert item["title"] == "Trails of the northern range"
    assert item["container-title"] == "State Parks Service"


def test_entry_with_only_its_reference_work_after_the_date() -> None:
    item = apa("Photosynthesis. (2020, May 4). In *Wikipedia*. https://en.wikipedia.org/wiki/Photosynthesis")
    assert "author" not in item
    assert item["title"] == "Photosynthesis"
    assert item["container-title"] == "Wikipedia"


def test_group_author_keeps_a_title_after_the_date() -> None:
    item = apa("World Health Organization. (2021). *Global report on ageism*. https://example.org/ageism")
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["title"] == "Global report on ageism"


def test_group_abbreviation_in_brackets_is_no_name() -> None:
    item = apa(
        "European Space Agency [ESA]. (2021, June 2). *Ask us about the Mars orbiter!* [Online forum post]. "
        "Reddit. https://www.reddit.com/r/space/comments/abc/"
    )
    assert item["author"] == [{"literal": "European Space Agency"}]
    assert item["container-title"] == "Reddit"


def test_handle_after_a_person_is_still_kept_apart() -> None:
    item = apa("Lopez, M. [@mlopez]. (2020, May 1). *Vote early* [Tweet]. Twitter. https://twitter.com/m/status/1")
    assert item["author"] == [{"family": "Lopez", "given": "M."}]


def test_comma_after_volume_inside_italics() -> None:
    item = apa("Kowal, R. (1981). Habits of attention. *Journal of Memory Studies, 12,* 44-59.")
    assert item["container-title"] == "Journal of Memory Studies"
    assert item["volume"] == "12"
    assert item["page"] == "44-59"


def test_season_and_episode_leave_the_title() -> None:
    item = apa(
        "Reyes, T. (Host). (2020, March 2). Old maps (Season 2, Episode 5) [Audio podcast episode]. In *Atlas*. KQED."
    )
    assert item["title"] == "Old maps"
    assert item["number"] == "Season 2, Episode 5"
    assert item["container-title"] == "Atlas"
    assert "note" not in item


def test_song_on_an_album() -> None:
    item = apa("The Ronettes. (1963). Be my baby [Song]. On *Presenting the fabulous Ronettes*. Philles.")
    assert item["type"] == "song"
    assert item["title"] == "Be my baby"
    assert item["container-title"] == "Presenting the fabulous Ronettes"
    assert item["publisher"] == "Philles"


def test_video_game_is_software_with_a_publisher() -> None:
    item = parse_reference("Miyamoto, S. (1985). *Super Mario Bros.* [Video game]. Nintendo. https://example.org/smb")
    assert item["type"] == "software"
    assert item["publisher"] == "Nintendo"
    assert "container-title" not in item


def test_a_screen_name_of_words_in_brackets_is_no_second_author() -> None:
    # APA 7's "Fogarty, M. [Grammar Girl]." was read as two authors, "Fogarty" and "M. [Grammar Girl]"
    item = parse_reference(
        "Fogarty, M. [Grammar Girl]. (2016, September 30). How to diagram a sentence (absolute basics) [Video]. "
        "YouTube. https://youtu.be/deiEY5Yq1qI"
    )
    assert item["author"] == [{"family": "Fogarty", "given": "M."}]
    assert item["title"] == "How to diagram a sentence (absolute basics)"
