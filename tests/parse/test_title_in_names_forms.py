"""A title read into the names (``mends/title_in_names``): the whole title, none read elsewhere, or its first words."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.title_in_names import title_head_in_names, title_in_names_alone
from biblio.parse.spans import Span


def _families(item: dict) -> list[str]:
    return [a.get("family", "") for a in item.get("author", [])]


def test_nature_short_title_after_initialled_names() -> None:
    item = parse_reference("LeCun, Y., Bengio, Y. & Hinton, G. Deep learning. Nature 521, 436–444 (2015).")
    assert _families(item) == ["LeCun", "Bengio", "Hinton"]
    assert (item["title"], item["container-title"], item["volume"]) == ("Deep learning", "Nature", "521")


def test_mla_one_word_title_and_short_imprint() -> None:
    item = parse_reference("Morrison, Toni. Beloved. Knopf, 1987.")
    assert _families(item) == ["Morrison"]
    assert (item["title"], item["publisher"]) == ("Beloved", "Knopf")


@pytest.mark.parametrize(
    "names",
    [
        "Cannon, J. M., Giovanelli, R., Haynes, M. P., et al.",  # initials and "et al." end the list
        "Bleem, L. E. et al.",
        "Smith, J. A. Jr.",
        "Blood, Robert Jr. and Donald Wolfe.",  # a conjunction: the names go on
    ],
)
def test_names_alone_stay_names(names: str) -> None:
    text = f"{names} 2011, ApJL, 739, L22"
    spans = [Span("author", names, 0, len(names)), Span("date", "2011,", len(names) + 1, len(names) + 6)]
    assert title_in_names_alone(spans, text) == spans


@pytest.mark.parametrize(
    ("text", "given", "title"),
    [
        (
            "Hale, Robert T. Sin, Grace, and Redemption in Puritan New England. "
            "New York: Oxford University Press, 1994.",
            "Robert T.",
            "Sin, Grace, and Redemption in Puritan New England",
        ),
        (
            "Morton, Ellen B. Kings, Queens, and Courtiers. London: Faber, 2001.",
            "Ellen B.",
            "Kings, Queens, and Courtiers",
        ),
        (
            "Weller, Anna K. Broken Bridges: The Rhine Crossings of 1945. Boston: Beacon Press, 2003.",
            "Anna K.",
            "Broken Bridges: The Rhine Crossings of 1945",
        ),
    ],
)
def test_chicago_middle_initial_ends_the_names(text: str, given: str, title: str) -> None:
    """Chicago's ``Family, Given I.``: the initial's period ends the names, and the title's first words
    (``Sin, Grace,``) are not a second name."""
    item = parse_reference(text)
    assert [(a.get("family"), a.get("given")) for a in item["author"]] == [(text.split(",")[0], given)]
    assert item["title"] == title


def test_chicago_middle_initial_then_more_names_stay_names() -> None:
    names = "Dorn, Justin L. Weber, Parry J. Ames, Kenneth L."
    text = f"{names} Landing Mechanics in Athletes. J Athl Train. 2010;45(1):2-9."
    spans = [Span("author", names, 0, len(names)), Span("title", text[len(names) + 1 : 74], len(names) + 1, 74)]
    assert title_head_in_names(spans, text) == spans


def test_a_title_naming_a_person_after_given_name_and_initial_is_the_title() -> None:
    # Chicago's "Family, Given I." closes the names with the initial's period; "U. S. Grant" inside the title
    # follows a word no name holds ("of"), so it is no further name
    text = "Grant, Ulysses S. Personal Memoirs of U. S. Grant. New York: Charles L. Webster, 1885."
    read = [
        Span("author", "Grant, Ulysses S. Personal Memoirs of U. S. Grant.", 0, 50),
        Span("location", "New York:", 51, 60),
    ]
    assert [(s.label, s.text) for s in title_in_names_alone(read, text)[:2]] == [
        ("author", "Grant, Ulysses S."),
        ("title", "Personal Memoirs of U. S. Grant."),
    ]
    item = parse_reference(text)
    assert item["author"] == [{"family": "Grant", "given": "Ulysses S."}]
    assert item["title"] == "Personal Memoirs of U. S. Grant"


def test_a_second_name_after_given_name_and_initial_stays_a_name() -> None:
    text = "Brundage, James A., and Mary B. Lee. A Title. Chicago: Press, 1987."
    read = [Span("author", "Brundage, James A., and Mary B. Lee.", 0, 36), Span("title", "A Title.", 37, 45)]
    assert title_in_names_alone(read, text) == read


def test_gost_book_title_after_family_and_initials() -> None:
    item = parse_reference("Иванов И. И. История России. М.: Наука, 2005. 320 с.")
    assert item["author"] == [{"family": "Иванов", "given": "И. И."}]
    assert item["title"] == "История России"


def test_names_each_with_initials_then_title_in_the_names_span() -> None:
    text = "Иванов И. И., Петров П. П. Основы физики. СПб.: Питер, 2010."
    read = [Span("author", "Иванов И. И., Петров П. П. Основы физики.", 0, 41), Span("date", "2010.", 55, 60)]
    out = title_in_names_alone(read, text)
    assert [(s.label, s.text) for s in out[:2]] == [
        ("author", "Иванов И. И., Петров П. П."),
        ("title", "Основы физики."),
    ]
