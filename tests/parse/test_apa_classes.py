# ruff: noqa: E501  (long reference strings in the case table)
"""Failure classes of the APA parser, each on references written for these tests:
page ranges and prefixes, volume/issue forms, bare editor markers and
natural-order editors, edition forms, trailing pages after a publisher,
``Publisher, Place`` / ``Place, Publisher`` orders, run-on titles."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.names import parse_person_list
from biblio.parse.normalisers.places import is_place
from biblio.records.model import UNPARSED, flags


def fields(text: str, *keys: str) -> dict[str, Any]:
    item = parse_reference(text)
    assert UNPARSED not in flags(item), text
    return {k: item.get(k) for k in keys}


def fam(names: list[dict[str, str]] | None) -> list[str]:
    return [n.get("family", n.get("literal", "")) for n in names or []]


# ---- pages
@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Moreau, P. (2004). A study of rivers. Revue des sciences de l'eau, pp. 77-104.", "77-104"),
        ("Okafor, C. (2011). Tides and moons. Marine Letters, 12(3), p. 7.", "7"),
        ("Okafor, C. (2011). Tides and moons. Marine Letters, 12(3), Pages 57-64.", "57-64"),
        ("Okafor, C. (2011). Tides and moons. Marine Letters, Vol. 21 (3), pg 295.", "295"),
        ("Brandt, K. (2009). Über Flüsse. Zeitschrift für Wasser, 16(2), S. 88–97.", "88-97"),
        ("Ferris, D. (2010). Bridges. In Collected essays on building, 321–362.", "321-362"),
        ("Lund, T. (2003). Flight paths of swifts. Avian Notes, 8, 12–15.", "12-15"),
    ],
)
def test_page_forms(text: str, page: str) -> None:
    assert fields(text, "page")["page"] == page


def test_pages_after_publisher_are_cut_off() -> None:
    got = fields(
        "Hale, R. (2001). Rivers in art. In M. Stone (Ed.), Water and image. Leeds: Riverside Press, pp. 211-231.",
        "publisher",
        "publisher-place",
        "page",
        "container-title",
        "editor",
    )
    assert got == {
        "publisher": "Riverside Press",
        "publisher-place": "Leeds",
        "page": "211-231",
        "container-title": "Water and image",
        "editor": [{"family": "Stone", "given": "M."}],
    }


def test_standalone_page_unit() -> None:
    got = fields("Quist, A. (1999). Lanterns. Boston: Harbor Books. pp. 15-19.", "publisher", "page")
    assert got == {"publisher": "Harbor Books", "page": "15-19"}


def test_bare_page_range_in_chapter_parenthetical() -> None:
    got = fields(
        "Ivers, L. (2008). Law and limits. In A. Berg & C. Dorn (Eds.), The limits of law (443-464). Berlin: Springer.",
        "container-title",
        "page",
        "publisher",
    )
    assert got == {"container-title": "The limits of law", "page": "443-464", "publisher": "Springer"}


# ---- volume / issue
def test_volume_before_page_range_without_issue() -> None:
    got = fields("Marsh, F. C. (1986). Charting speech. Yale L. Rev., 72, 936-1024.", "container-title", "volume", "page")
    assert got == {"container-title": "Yale L. Rev", "volume": "72", "page": "936-1024"}


def test_vol_no_and_pg() -> None:
    got = fields(
        "Helm, J. F. (1995). Growth and trust in Umbria. Western Economic Journal, Vol. 21 (3), pg 295.",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
    )
    assert got == {
        "title": "Growth and trust in Umbria",
        "container-title": "Western Economic Journal",
        "volume": "21",
        "issue": "3",
        "page": "295",
    }


def test_run_on_title_with_a_sentence_after_it() -> None:
    got = fields(
        "Baxter, W. (1971), The last game in town, Analysts Journal 27(2), 12-14. Written under a pseudonym.",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
    )
    assert got == {
        "title": "The last game in town",
        "container-title": "Analysts Journal",
        "volume": "27",
        "issue": "2",
        "page": "12-14",
    }


def test_proceedings_volume_inside_chapter_container() -> None:
    got = fields(
        "Rowe, S., & Lin, R. (1989). Sound classes. In Proceedings of the Joint Conference on Networks, Vol. 1, pp. 461-464.",
        "type",
        "container-title",
        "volume",
        "page",
    )
    assert got == {
        "type": "paper-conference",
        "container-title": "Proceedings of the Joint Conference on Networks",
        "volume": "1",
        "page": "461-464",
    }


# ---- editors
@pytest.mark.parametrize(
    ("text", "editors", "container"),
    [
        (
            "Ueda, J. (1999). Spell-out. In Samuel David Epworth and Norbert Hollis (eds.), Working syntax. Cambridge, MA: MIT Press.",
            ["Epworth", "Hollis"],
            "Working syntax",
        ),
        (
            "Corin, P. (1988). Signs of illness. In S. Lindqvist and M. Locke, eds., Knowledge and practice. Berkeley: Coast Press.",
            ["Lindqvist", "Locke"],
            "Knowledge and practice",
        ),
        (
            "Batty, D. (1997). Living practice. In T. R. Carr, & D. Summers (Eds.). Action research as practice. New York: Lang.",
            ["Carr", "Summers"],
            "Action research as practice",
        ),
        (
            "Coates, J. (2007). Gender. In: Carmen Llano, Louise Mull and Peter Stock, eds. The Companion to Speech. London: Routledge.",
            ["Llano", "Mull", "Stock"],
            "The Companion to Speech",
        ),
        (
            "Paulsen, R. (2001). Structures. In J. Smith (Ed.), Bioinformatics (pp. 83-109). New York: Wiley.",
            ["Smith"],
            "Bioinformatics",
        ),
    ],
)
def test_chapter_editors(text: str, editors: list[str], container: str) -> None:
    got = fields(text, "editor", "container-title", "type")
    assert fam(got["editor"]) == editors
    assert got["container-title"] == container
    assert got["type"] == "chapter"


def test_parse_person_list_natural_order() -> None:
    assert parse_person_list("Samuel David Epworth and Norbert Hollis") == [
        {"family": "Epworth", "given": "Samuel David"},
        {"family": "Hollis", "given": "Norbert"},
    ]
    # an organisation stays a literal
    assert parse_person_list("World Health Organization") == [{"literal": "World Health Organization"}]


# ---- edition
@pytest.mark.parametrize(
    ("piece", "value"),
    [
        ("2nd ed.", "2"),
        ("2nd. edition", "2"),
        ("3rd edn", "3"),
        ("29e édition", "29"),
        ("4ème ed.", "4"),
        ("2. Aufl.", "2"),
        ("6. überarbeitete Auflage", "6"),
        ("Revised 3rd edition", "3"),
        ("Seventh Edition", "7"),
        ("2nd edition ed.", "2"),
        ("12", None),
        ("2nd", None),
    ],
)
def test_edition_value(piece: str, value: str | None) -> None:
    assert edition_value(piece) == value


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Gale, R. (2012). Special education today (4th. edition). Thousand Oaks, CA: Sage.", "4"),
        ("Dupont, J. (1967). L'écriture (1 éd.). Paris: Seuil.", "1"),
        ("Mills, T., & Marsh, E. (2017). Leading nurses (2n ed., Management series). New York, NY: Springer.", "2"),
        ("Probst, R. J. (2000). Seeds. In: Fenner M (ed) Seed ecology, 2nd edn. CAB International, Wallingford, pp 261–292.", "2"),
    ],
)
def test_edition_forms(text: str, edition: str) -> None:
    assert fields(text, "edition")["edition"] == edition


def test_edition_with_series_keeps_the_rest_flagged() -> None:
    item = parse_reference("Mills, T. (2017). Leading nurses (2n ed., Management series). New York, NY: Springer.")
    assert item["title"] == "Leading nurses"
    assert item["custom"]["biblio"]["remainder"] == "Management series"
    assert "unparsed-remainder" in flags(item)


# ---- publisher and place
@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Lowe, D. (1973). Counterfactuals. Harvard University Press, Cambridge, MA.", "Harvard University Press", "Cambridge, MA"),
        ("Wendt, A. (1993). Effective dimensions. Morgan Kaufmann, San Francisco, CA.", "Morgan Kaufmann", "San Francisco, CA"),
        ("Giraud, D. (2007). La gouvernance. Strasbourg, Presses universitaires de Strasbourg.", "Presses universitaires de Strasbourg", "Strasbourg"),
        ("Amodeo, J. (2001). The open heart. New York: Wiley.", "Wiley", "New York"),
    ],
)
def test_publisher_place_orders(text: str, publisher: str, place: str) -> None:
    got = fields(text, "publisher", "publisher-place")
    assert got == {"publisher": publisher, "publisher-place": place}


def test_place_only_unit() -> None:
    got = fields("Survey Team. (2015). About the survey. Ann Arbor, MI.", "publisher", "publisher-place")
    assert got == {"publisher": None, "publisher-place": "Ann Arbor, MI"}


def test_is_place() -> None:
    assert is_place("London")
    assert is_place("Cambridge, MA")
    assert is_place("Paris, France")
    assert is_place("Springfield, IL")
    assert not is_place("Cambridge University Press")
    assert not is_place("Routledge")
    assert not is_place("Journal of Ecology")


# ---- titles with a subtitle after a period
def test_plain_title_with_second_sentence_before_publisher() -> None:
    got = fields("Amodeo, J. (2001). The open heart. A path to midlife love. New York: Wiley.", "title", "publisher")
    assert got == {"title": "The open heart. A path to midlife love", "publisher": "Wiley"}
