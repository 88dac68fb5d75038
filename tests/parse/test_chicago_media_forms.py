"""Chicago's audiovisual forms as university guides print them (the guides_real7 gold set showed the Chicago
reader leaving them unread): a maker's role after the names, a streaming service before the medium and its
running time, and the contributors named after the title. Each reference is written for this test."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_presenter_after_the_name_is_no_second_author() -> None:
    item = parse_reference(
        "Hale, Martin, presenter. 2016. “Why Bridges Sing.” Vimeo video, 14:05. Accessed May 2, 2020. "
        "https://vimeo.com/123456."
    )
    assert item["author"] == [{"family": "Hale", "given": "Martin"}]
    assert item["title"] == "Why Bridges Sing"
    assert "container-title" not in item and "volume" not in item and "page" not in item


def test_streaming_service_and_running_time_close_a_film() -> None:
    item = parse_reference(
        "Ortiz, Lena, dir. 2011. *Salt Roads*. Harbor Films. Kanopy video, 1:12:40. Accessed June 1, 2020. "
        "https://www.kanopy.com/product/salt-roads."
    )
    assert item["director"] == [{"family": "Ortiz", "given": "Lena"}]
    assert "editor" not in item and "author" not in item
    assert item["publisher"] == "Harbor Films"
    assert item["URL"] == "https://www.kanopy.com/product/salt-roads"


def test_interviewer_after_the_title_makes_an_interview() -> None:
    item = parse_reference(
        "Mendes, Clara. 2018. “Reading the Tide Tables.” Interview by Paul Grant. *Coastal Hour*, WXRB, "
        "March 3, 2018. Audio, 22:10. https://example.org/tide."
    )
    assert item["author"] == [{"family": "Mendes", "given": "Clara"}]
    assert item["interviewer"] == [{"family": "Grant", "given": "Paul"}]
    assert item["type"] == "interview"
    assert item["container-title"] == "Coastal Hour"


def test_patent_title_before_its_number_in_author_date() -> None:
    item = parse_reference(
        "Hart, Nils. 1881. Improvement in lamps. U.S. Patent 241356A, filed May 3, 1880, and issued May 10, 1881. "
        "https://www.google.com/patents/US241356."
    )
    assert item["title"] == "Improvement in lamps"
    assert item["author"] == [{"family": "Hart", "given": "Nils"}]


def test_patent_application_number_is_no_journal() -> None:
    item = parse_reference(
        "Berg, Ola, and Kim Ito. 2019. Solar roof tile. Australian application number 2019100234, filed May 1, 2019."
    )
    assert item["title"] == "Solar roof tile"
    assert "container-title" not in item and "issue" not in item


def test_standard_designation_after_the_title_is_no_journal() -> None:
    item = parse_reference(
        "Standards Australia. 2014. *Steel Ladders: Product Specification*. AS 1892.1-2014. Sydney: SAI Global."
    )
    assert item["title"] == "Steel Ladders: Product Specification"
    assert "container-title" not in item and "page" not in item
    assert item["publisher"] == "SAI Global"


def test_kind_of_broadcast_is_no_part_of_the_publisher() -> None:
    item = parse_reference(
        "Ward, Ella. 2015. “Rivers at Night.” May 3, 2015. In *Night Air*. Perth, WA: ABC Radio National. "
        "Radio broadcast."
    )
    assert item["publisher"] == "ABC Radio National"
    assert item["container-title"] == "Night Air"


def test_season_and_episode_are_no_part_of_the_programme() -> None:
    item = parse_reference(
        "Tom Reid, “Salt and Stone,” *Coastlines*, series 3, episode 2, directed by Ann Cole, aired May 2, 2016 "
        "(Hobart, TAS: Southern Films, 2016), DVD."
    )
    assert item["container-title"] == "Coastlines"
    assert "volume" not in item


def test_artwork_materials_are_no_publisher() -> None:
    item = parse_reference(
        "Hale, Peter. 1902. *Morning on the River*. Watercolour on paper. Adelaide: Art Gallery of South Australia. "
        "https://www.agsa.sa.gov.au/collection/works/5678/."
    )
    assert item["publisher"] == "Art Gallery of South Australia"
    assert item["publisher-place"] == "Adelaide"
    assert "container-title" not in item


def test_kind_of_post_is_no_periodical() -> None:
    item = parse_reference(
        "Lowe, Iris (@irislowe). 2020. “First light over the bay this morning.” Instagram photo, June 3, 2020. "
        "https://www.instagram.com/p/ABC123/."
    )
    assert item["author"] == [{"family": "Lowe", "given": "Iris"}]
    assert "container-title" not in item
    assert item["issued"] == {"date-parts": [[2020, 6, 3]]}


def test_director_opening_a_film_is_no_editor_or_author() -> None:
    for text in (
        "Lopez, Ana. Director. *The Quiet Coast*. 1994; Culver City, CA: Harbor Home Video, 2003. DVD.",
        "Lopez, Ana, Dir. *The Quiet Coast*. Harbor Films. 1994. Kanopy, video. 1:41:00. Accessed May 1 2020. "
        "https://www.kanopy.com/product/quiet-coast.",
    ):
        item = parse_reference(text)
        assert item["director"] == [{"family": "Lopez", "given": "Ana"}], text
        assert "author" not in item and "editor" not in item, text
        assert item["title"] == "The Quiet Coast", text


def test_film_note_opening_on_its_title_names_its_director() -> None:
    item = parse_reference("*Night Harbour*, directed by Ruth Ames (1961; Culver City, CA: Lantern Video, 2004), DVD.")
    assert item["title"] == "Night Harbour"
    assert item["director"] == [{"family": "Ames", "given": "Ruth"}]
    assert "editor" not in item and "author" not in item
    assert item["publisher"] == "Lantern Video"
