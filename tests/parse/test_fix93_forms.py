"""Style guides' forms of talks and broadcasts: a lecture's handed-out notes or slides named by their kind before
the course and the host (Chicago's ``(Lecture notes, Course, University, Month Year)`` in a note and the same
facts as a sentence in a bibliography), and a show's plain name (its italics lost in a paste) before
``Season N, episode M.`` and the episode's quoted title.  The references here are written for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    "text",
    [
        '4. Mara Quint, "Reading Archives Closely" (Lecture notes, HIST 210, University of Leeds, March 2016).',
        'Quint, Mara. "Reading Archives Closely." Lecture notes, HIST 210, University of Leeds, March 2016.',
        '4. Mara Quint, "Reading Archives Closely" (lecture slides, HIST 210, University of Leeds, March 2016).',
        'Quint, Mara. "Reading Archives Closely." Lecture slides, HIST 210, University of Leeds, March 2016.',
    ],
)
def test_a_lectures_notes_name_their_kind_then_course_and_host(text: str) -> None:
    item = read_reference(text)
    assert item["title"] == "Reading Archives Closely"
    assert str(item["genre"]).lower() in ("lecture notes", "lecture slides")
    assert item["publisher"] == "University of Leeds"
    assert item["issued"] == {"date-parts": [[2016, 3]]}
    assert "container-title" not in item
    assert "publisher-place" not in item


@pytest.mark.parametrize(
    ("text", "show", "episode"),
    [
        (
            'Okafor, Dan, dir. Harbour Lights. Season 3, episode 7. "The Long Tide." Aired May 4, 1994, on ITV.',
            "Harbour Lights",
            "The Long Tide",
        ),
        (
            'Vale, Rosa, creator. Night Desk. Season 1, episode 2, "Copy Deadline." Directed by Ian Roe. '
            "Aired October 9, 2015, on HBO.",
            "Night Desk",
            "Copy Deadline",
        ),
    ],
)
def test_a_plain_show_before_season_and_episode_is_the_container(text: str, show: str, episode: str) -> None:
    item = read_reference(text)
    assert item["title"] == episode
    assert item["container-title"] == show
    assert len(item["author"] if "author" in item else item["director"]) == 1


def test_a_plain_title_with_no_episode_after_it_stays_the_title() -> None:
    item = read_reference('Roe, Ian. Harbour Lights. "A Review." New York: Penguin, 2001.')
    assert item.get("container-title") != "Harbour Lights"


@pytest.mark.parametrize(
    "label",
    ["Note - ", "Note: ", "Footnote: ", "Endnote \u2013 ", "Bibliography entry: "],
)
def test_a_guides_label_of_its_examples_kind_is_no_name(label: str) -> None:
    item = read_reference(
        f"{label}Hana K. Osei, Rivers of the Plain: A Social History (Leeds: Hollin Press, 1994), 41-43."
    )
    assert item["author"] == [{"family": "Osei", "given": "Hana K."}]
    assert item["title"] == "Rivers of the Plain: A Social History"


def test_a_title_opening_on_bibliography_keeps_its_word() -> None:
    item = read_reference("Bibliography: A Short Guide. London: Hollin Press, 1994.")
    assert str(item["title"]).startswith("Bibliography")
