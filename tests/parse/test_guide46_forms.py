"""Forms of the APA 7 and Chicago guides' own examples: an authorless entry in an edited reference work, a
religious or classical work with its translator bracketed after the title, Chicago's suffix printed between the
family and the given name, and state statutes and doubled section signs.  The references here are written for
the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Immunity. (2019). In K. L. Hart (Ed.), Handbook of nursing terms (4th ed.). Elsevier.",
            {"title": "Immunity", "container-title": "Handbook of nursing terms", "edition": "4",
             "editor": [{"family": "Hart", "given": "K. L."}]},
        ),
        (
            "Memory. (2011). In P. Ames & R. Cole (Eds.), The encyclopedia of the mind (2nd ed.). Sage.",
            {"title": "Memory", "container-title": "The encyclopedia of the mind", "publisher": "Sage"},
        ),
    ],
)
def test_an_authorless_entry_in_an_edited_reference_work(text: str, expected: dict[str, Any]) -> None:
    item = dict(parse_reference(text))
    for var, value in expected.items():
        assert item.get(var) == value, var
    assert "author" not in item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dhammapada (J. Richards, Trans.). (1998). Lotus House.",
            {"title": "The Dhammapada", "translator": [{"family": "Richards", "given": "J."}],
             "publisher": "Lotus House"},
        ),
        (
            "The Upanishads (M. K. Rao, Trans.; 3rd ed.). (2010). Eastern Light Press.",
            {"title": "The Upanishads", "edition": "3", "publisher": "Eastern Light Press"},
        ),
    ],
)
def test_a_religious_work_with_its_translator_after_the_title(text: str, expected: dict[str, Any]) -> None:
    item = dict(parse_reference(text))
    for var, value in expected.items():
        assert item.get(var) == value, var
    assert "author" not in item


def test_an_ancient_original_date_is_cut() -> None:
    item = dict(parse_reference(
        "Plato. (2002). Republic (T. Griffin, Trans.). Harbor Press. (Original work published ca. 375 B.C.E.)."
    ))
    assert item.get("publisher") == "Harbor Press"
    assert item.get("issued") == {"date-parts": [[2002]]}


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            'Hale, Jr., Thomas B. "The Old Theatre." In A Companion to Drama, edited by Ann Ross, 10-24. Boston: '
            "Beacon Press, 2001.",
            [{"family": "Hale", "given": "Thomas B.", "suffix": "Jr."}],
        ),
        (
            "Ford, Sr., Henry, and Mary Lane. Engines of Change. Detroit: Motor Press, 1950.",
            [{"family": "Ford", "given": "Henry", "suffix": "Sr."}, {"family": "Lane", "given": "Mary"}],
        ),
    ],
)
def test_chicago_suffix_between_family_and_given(text: str, author: list[dict[str, str]]) -> None:
    assert parse_reference(text).get("author") == author


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Florida Nurse Practice Act, Fla. Stat. §§ 464.001-.027 (2015).",
            {"type": "legislation", "title": "Florida Nurse Practice Act", "container-title": "Fla. Stat.",
             "issued": {"date-parts": [[2015]]}},
        ),
        (
            "Fair Housing Act of 1968, 42 U.S.C. § §3601-3619 (2012).",
            {"type": "legislation", "title": "Fair Housing Act of 1968", "container-title": "U.S.C.", "volume": "42",
             "issued": {"date-parts": [[2012]]}},
        ),
    ],
)
def test_state_statutes_and_doubled_section_signs(text: str, expected: dict[str, Any]) -> None:
    item = dict(parse_reference(text))
    for var, value in expected.items():
        assert item.get(var) == value, var


def test_an_edition_named_by_its_year() -> None:
    item = dict(parse_reference(
        "Lane, P. (2012). Jazz. In R. Hill (Ed.), The music encyclopedia (2012 ed.). Harbour Press."
    ))
    assert item.get("edition") == "2012"
    assert item.get("container-title") == "The music encyclopedia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moore, Anna. 1902. Harbour at Dusk. Watercolour on paper, 30 x 45 cm. Boston: City Art Museum.",
            {"title": "Harbour at Dusk", "publisher": "City Art Museum", "publisher-place": "Boston",
             "issued": {"date-parts": [[1902]]}},
        ),
        (
            "Kerr, Paul. 1911. Morning Fields (Les Champs). Oil on canvas, 50 x 60 cm. Leeds: Northern Gallery.",
            {"title": "Morning Fields (Les Champs)", "type": "graphic"},
        ),
    ],
)
def test_an_author_date_artwork_keeps_its_medium_apart(text: str, expected: dict[str, Any]) -> None:
    item = dict(parse_reference(text))
    for var, value in expected.items():
        assert item.get(var) == value, var


def test_a_reference_work_note_with_its_edition_year() -> None:
    item = dict(parse_reference("4. Chambers Dictionary, 3rd ed (2003), s.v. “Quasar.”"))
    assert item.get("container-title") == "Chambers Dictionary"
    assert item.get("edition") == "3"
    assert item.get("title") == "Quasar"


def test_an_authorless_book_note_keeps_its_title() -> None:
    item = dict(parse_reference("7. The Oxford Guide to Maps (Oxford: Clarendon Press, 1998), 45."))
    assert item.get("title") == "The Oxford Guide to Maps"
    assert "container-title" not in item


def test_a_body_s_records_with_a_linking_word() -> None:
    item = dict(parse_reference("Office of the Dean Records. UA-12. Hillside College Archives."))
    assert item.get("type") == "manuscript"
    assert item.get("title") == "Office of the Dean Records"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Reed, T. (Writer), & Hall, M. (Director). (2004, March 3). Where did the boat go? (Season 2, Episode 5) "
            "[TV series episode]. In S. Park (Executive Producer), Harbour lights. Blue Films.",
            "Where did the boat go?",
        ),
        (
            "Reed, T. (Writer), & Hall, M. (Director). (2004, March 10). Who let the dogs out? (Part two) (Season 2, "
            "Episode 6) [TV series episode]. In S. Park (Executive Producer), Harbour lights. Blue Films.",
            "Who let the dogs out? (Part two)",
        ),
    ],
)
def test_an_episode_title_closed_by_its_question_mark(text: str, title: str) -> None:
    item = dict(parse_reference(text))
    assert item.get("title") == title
    assert item.get("container-title") == "Harbour lights"


def test_a_scripture_read_as_a_person_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    item = {"author": [{"family": "Bible", "given": "King James"}], "title": "King James Bible Online"}
    assert "name:scripture-as-person" in held_form_signals(item, "King James Bible. (2017). King James Bible Online.")
    item = {"author": [{"family": "Bible", "given": "G."}], "title": "Essays"}
    assert not held_form_signals(item, "Bible, G. (2001). Essays. Harper.")
