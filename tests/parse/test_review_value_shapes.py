"""Needs-review: a value whose shape its variable never takes flags the record whatever its score
(``score.FORCED_BY_SHAPE``): a person read from a body, a name holding half a bracket, people read as one body,
a title opening on the date, a value opening or closing on a separator, a container closing on a month and day
or made of a medium's words alone, a title run into a name,
a value opening on "by" and a name, a year the text writes only as a page, and a book's length in the publisher."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED, FORCED_BY_SHAPE, forced
from biblio.parse.review.signals import name_signals, value_signals, year_from_locator
from biblio.records.model import flags


def person(given: str, family: str) -> dict[str, Any]:
    return {"author": [{"given": given, "family": family}]}


def test_the_shapes_are_forced() -> None:
    assert set(FORCED_BY_SHAPE) <= set(FORCED)


@pytest.mark.parametrize(
    ("given", "family"),
    [("CBS", "News"), ("Berzerk", "Games"), ("UN", "Women"), ("GCC", "team"), ("Ubuntu", "Wiki"),
     ("Herald", "Tribune")],
)
def test_a_body_read_as_a_person_is_forced(given: str, family: str) -> None:
    ev = name_signals(person(given, family))
    assert ev["name:body-as-person"] == 1.0
    assert forced(ev)


# surnames that are also a body's word (Press of Numerical Recipes, Post, Court, Bank, Commons) are left out
@pytest.mark.parametrize("family", ["Smith", "Press", "Post", "Court", "Bank", "Commons", "Newsome", "Groupe"])
def test_family_names_are_no_body(family: str) -> None:
    assert name_signals(person("W. H.", family))["name:body-as-person"] == 0.0


def test_half_a_bracket_in_a_name_is_a_label_read_into_it() -> None:
    assert name_signals({"author": [{"literal": "NIST-AgentIdentity2026] NIST NCCoE"}]})["name:bracket"] == 1.0
    # a note in brackets the text puts in a name is no label
    assert name_signals({"author": [{"literal": "Amnesty International [AI]"}]})["name:bracket"] == 0.0


def test_people_read_as_one_body() -> None:
    literal = "Rosa Filgueira, Claire Grover, Vasilios Karaiskos, Beatrice Alex, and Melissa Terras"
    assert name_signals({"author": [{"literal": literal}]})["name:people-as-literal"] == 1.0
    for body in ("Johnson & Johnson", "Bill and Melinda Gates Foundation", "Mary Smith Trust, Robert Jones Fund"):
        assert name_signals({"author": [{"literal": body}]})["name:people-as-literal"] == 0.0


@pytest.mark.parametrize(
    ("item", "signal"),
    [
        ({"title": "2026-04-08, “Navigating the Mythos-haunted world of platform security"}, "title:opens-on-date"),
        ({"title": "2010.* Experiments in Holism"}, "title:opens-on-date"),
        ({"title": "Create Power BI visuals with Python |"}, "value:separator-edge"),
        ({"title": "T", "publisher": "| Microsoft Learn"}, "value:separator-edge"),
        ({"title": "T", "container-title": "Liquid Architecture. January 20"}, "container:closes-on-date"),
        ({"title": "The Success of Open Source", "container-title": "by Steven Weber"}, "value:opens-by"),
        ({"title": "Mobile Malware Evolution: 2013", "container-title": "blog"}, "container:medium-only"),
        ({"title": "Introduction to stix", "container-title": "Website"}, "container:medium-only"),
        ({"title": "NATO After the Cold War", "container-title": "Ph.D. Dissertation"}, "container:medium-only"),
        (
            {"title": "T", "container-title": "Roots of Unity (blog), Scientific American"},
            "container:medium-note-inside",
        ),
        ({"title": "T", "publisher": "Prentice Hall, 720p"}, "publisher:digit"),
        ({"title": "T", "container-title": "NBER Working Paper No"}, "container:closes-on-locator"),
    ],
)
def test_values_of_a_shape_their_variable_never_takes(item: dict[str, Any], signal: str) -> None:
    ev = value_signals(item)
    assert ev[signal] == 1.0
    assert forced(ev)


@pytest.mark.parametrize(
    "item",
    [
        {"title": "2001: A Space Odyssey", "container-title": "Journal of Film, 1968", "publisher": "MGM"},
        {"title": "1984", "publisher": "Secker & Warburg"},
        {"title": "Fungi in the nest of |Odontotermes obesus.|"},  # a pair of pipes as italics
        {"title": "T", "container-title": "The Atlantic", "publisher": "Penguin Random House"},
        {"title": "Stand by Me", "container-title": "Review of Books, May"},  # a month with no stop before it
        {"title": "T", "container-title": "Sci. Mar."},  # Scientia Marina, abbreviated
        {"title": "T", "container-title": "Computer"},  # IEEE's journal
        {"title": "T", "container-title": "Roots of Unity (blog)"},
        {"title": "T", "container-title": "D."},  # Dalloz
        {"title": "T", "container-title": "Memoirs of the AMS", "edition": "2nd ed"},
        {"title": "T", "container-title": "Journal of Philosophy", "volume": "12", "issue": "3"},
        {"title": "T", "publisher": "A24"},
    ],
)
def test_right_values_are_not_forced(item: dict[str, Any]) -> None:
    ev = value_signals(item)
    assert not any(ev.get(name) for name in (*FORCED_BY_SHAPE, "publisher:digit"))


def test_a_person_kept_whole_as_a_body() -> None:
    for literal in ("G. Fu", "Z. Xiao et al.", "K. Michailidis", "Vatsal Mavani", "Niklas Donges"):
        assert name_signals({"author": [{"literal": literal}]})["name:person-as-literal"] == 1.0
    right = ("W3C", "U.S. Geological Survey", "IEEE", "U.S. Army", "U.S. Congress", "Social Blade", "Yale Medicine")
    for literal in right:
        assert name_signals({"author": [{"literal": literal}]})["name:person-as-literal"] == 0.0


def test_a_title_run_into_a_name() -> None:
    assert name_signals(person("Rom", "Pinchasi. Lines With Many"))["name:sentence-inside"] == 1.0
    assert name_signals({"author": [{"literal": "Lincoln Mullen. textreuse"}]})["name:sentence-inside"] == 1.0
    # a body's parts, each closed by a full stop
    literal = "U.S. Congress. Senate. Committee on Foreign Relations"
    assert name_signals({"author": [{"literal": literal}]})["name:sentence-inside"] == 0.0
    assert name_signals(person("J. Ch.", "Smith"))["name:sentence-inside"] == 0.0


def test_a_year_written_only_as_a_page() -> None:
    text = "Journal of Machine Learning Research, 15(1):1929-1958, 2014."
    assert year_from_locator(1929, text)
    assert not year_from_locator(2014, text)
    assert not year_from_locator(1998, "Annual reports 1998-2004.")
    assert not year_from_locator(2019, "Season 2019-20.")


@pytest.mark.parametrize(
    "text",
    [
        # a game studio and a newspaper read as a person's given and family names
        'Berzerk Games. "Developer & Publisher Information." Tabletop_Simulator, 2023, '
        "https://tabletopsimulator.com/contact/publishers.",
        '*Herald Tribune*, "Professor to Talk Rubbish at Next Senate Meeting." December 15, 2056.',
        # a citation label's bracket, cut in half, read into the author
        "NIST-AgentIdentity2026] NIST NCCoE, 2026-02-05, “Accelerating the Adoption of Software and Artificial "
        "Intelligence Agent Identity and Authorization”, "
        "https://www.nccoe.nist.gov/projects/software-and-ai-agent-identity-and-authorization",
    ],
)
def test_such_readings_are_flagged(text: str) -> None:
    assert "needs-review" in flags(read_reference(text))
