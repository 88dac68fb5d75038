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
