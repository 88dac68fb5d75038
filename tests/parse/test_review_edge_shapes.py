"""Needs-review: value shapes read from the wrong references no flag marked on the newest gold sets as they came in
(``score.FORCED_BY_EDGE_SHAPE`` and the widened name, separator and medium checks; round flag11)."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED, FORCED_BY_EDGE_SHAPE, forced
from biblio.parse.review.signals import (
    cut_inside_italics,
    field_signals,
    name_signals,
    runs_past_italics,
    value_signals,
)
from biblio.records.model import Item, flags


def test_the_shapes_are_forced() -> None:
    assert set(FORCED_BY_EDGE_SHAPE) <= set(FORCED)


@pytest.mark.parametrize(
    "text",
    [
        # a container run on past its italics over a comma: the site's publisher read into it
        "Welz, C. (2017, September 6). Unnatural surveillance: how online data is putting species at risk. *Yale "
        "Environment 360*, Yale School of the Environment. Retrieved May 5, 2023, from "
        "https://e360.yale.edu/features/unnatural-surveillance-how-online-data-is-putting-species-at-risk",
    ],
)
def test_a_value_run_on_past_its_italics(text: str) -> None:
    item = read_reference(text)
    assert runs_past_italics(item, text)
    assert "needs-review" in flags(item)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # a subtitle after the italics is the title's own
        (
            {"title": "Version Control with Git: Powerful tools and techniques"},
            "Loeliger, Jon. *Version Control with Git*: Powerful tools and techniques. Sebastopol, CA: O'Reilly, 2012.",
        ),
        # the italic span's words are written first in the quoted title, not here
        (
            {"title": "Wikipedia:List of Online Newspaper Archives", "container-title": "Wikipedia"},
            "‘Wikipedia:List of Online Newspaper Archives’. In *Wikipedia*, 31 July 2017.",
        ),
        # italics broken inside a value ("*Comput.* Netw.")
        ({"container-title": "Comput. Netw"}, "Favale, T. 2020. Campus traffic. *Comput.* Netw. 176 (2020), 107290."),
    ],
)
def test_values_the_italics_only_open(item: Item, text: str) -> None:
    assert not runs_past_italics(item, text)


@pytest.mark.parametrize(
    "text",
    [
        # a report's number kept in its title
        "[8] Luca Cardelli, James Donahue, Lucille Glassman, Mick Jordan, Bill Kalsow, and Greg Nelson. Modula-3 "
        "Report (revised). Technical report SRC-RR-52. Compaq-DEC-SRC, Nov. 1989. url: "
        "http://www.hpl.hp.com/techreports/Compaq-DEC/SRC-RR-52.pdf (visited on 2018-08-30).",
        # "E Jeffrey": an initial opening a family name, whatever the letter
        "[3] R. Barends, L. Lamata, J. Kelly, L. García-Álvarez, A. G. Fowler, A Megrant, E Jeffrey, T. C. White, "
        "D. Sank, J. Y. Mutus. Digital quantum simulation of fermionic models with a superconducting circuit. "
        "Nature Communications, 6(1):7654, 2015.",
        # a page's title cut at its first pipe: the rest opens on the next one
        "Word, PDF, or Web Page? | Web Accessibility | Michigan State University. (n.d.). Retrieved March 24, 2023, "
        "from https://webaccess.msu.edu/Tutorials/basics/file-type.html",
        # the genre's bracket read as the container
        "Kozlowski, Wendy. “Don't Just Provide ACCESS, Make Data ACCESSIBLE!” [Poster] (2020). Retrieved March 24, "
        "2023, from https://osf.io/8v9bp",
    ],
)
def test_edge_shapes_in_real_text(text: str) -> None:
    assert "needs-review" in flags(read_reference(text))


@pytest.mark.parametrize(
    ("item", "signal"),
    [
        ({"title": "Our Mission", "container-title": "Accessed December 23"}, "value:access-note"),
        ({"title": "Home", "publisher": "Retrieved 3 May 2020"}, "value:access-note"),
        ({"title": "Origins and Concepts of Digital Literacy", "publisher-place": "访问时间"}, "value:access-note"),
        ({"title": "Web scraping with Python. Collecting more data, 1st ed"}, "title:closes-on-edition"),
        ({"title": "Geographic Information Systems. Socioeconomic applications (second edition)"},
         "title:closes-on-edition"),
        ({"title": "T", "publisher-place": "Vol. I. New York–London"}, "place:locator-word"),
    ],
)
def test_value_shapes(item: Item, signal: str) -> None:
    ev = value_signals(item)
    assert ev[signal] == 1.0
    assert forced(ev)


@pytest.mark.parametrize(
    ("item", "signal"),
    [
        ({"title": "Accessibility", "container-title": "Access Now"}, "value:access-note"),
        ({"title": "Accessed and unaccessed archives"}, "value:access-note"),
        ({"title": "Psychology, 2nd ed", "edition": "2"}, "title:closes-on-edition"),  # the record has its edition
        ({"title": "The Edition of 1623"}, "title:closes-on-edition"),
        # the edition as the subtitle the cover prints (grey_real3, humanities_real6; round flag19)
        ({"title": "Humanism and the Culture of Renaissance Europe: Second Edition"}, "title:closes-on-edition"),
        ({"title": "OECD Due Diligence Guidance: Third Edition"}, "title:closes-on-edition"),
        ({"title": "T", "publisher-place": "New York"}, "place:locator-word"),
        ({"title": "A technical report on reporting"}, "title:report-number"),
    ],
)
def test_right_values_are_no_such_shape(item: Item, signal: str) -> None:
    assert not value_signals(item).get(signal)


@pytest.mark.parametrize(
    ("name", "signal", "fires"),
    [
        ({"family": "E Jeffrey"}, "name:initial-in-family", True),
        ({"family": "O Brien", "given": "Flann"}, "name:initial-in-family", False),  # Irish "O" written apart
        ({"family": "Oliveira e Silva", "given": "T."}, "name:initial-in-family", False),
        ({"literal": "Garrison N. A"}, "name:person-as-literal", True),
        ({"literal": "Chapman A. D"}, "name:person-as-literal", True),
        ({"literal": "World Health Organization"}, "name:person-as-literal", False),
    ],
)
def test_name_shapes(name: dict[str, str], signal: str, fires: bool) -> None:
    assert bool(name_signals({"author": [name]})[signal]) is fires


@pytest.mark.parametrize(
    ("value", "edge"),
    [("| Web Accessibility | Michigan State University", True), ("Getting Started |", True), ("|Odontotermes|", False)],
)
def test_a_spaced_pipe_is_a_separator(value: str, edge: bool) -> None:
    assert bool(value_signals({"title": value})["value:separator-edge"]) is edge


def test_an_apa_page_of_no_author_read_as_a_title_on_its_site_is_no_disagreement() -> None:
    text = (
        "Tabular data standard. (n.d.). GOV.UK. Retrieved March 24, 2023, from https://www.gov.uk/government/"
        "publications/recommended-open-standards-for-government/tabular-data-standard"
    )
    item = read_reference(text)
    assert (item.get("title"), item.get("container-title")) == ("Tabular data standard", "GOV.UK")
    assert not item.get("author")
    assert "needs-review" not in flags(item)
    item = read_reference(
        "Standards. (n.d.). The DAISY Consortium. Retrieved March 24, 2023, from https://daisy.org/activities/standards/"
    )
    assert (item.get("title"), item.get("container-title")) == ("Standards", "The DAISY Consortium")
    assert "needs-review" not in flags(item)


@pytest.mark.parametrize(
    ("item", "other", "differ"),
    [
        # the other reading puts each part one field up: the form's two readings
        ({"title": "Maps", "container-title": "Accessibility at Penn State"},
         {"author": [{"literal": "Maps"}], "title": "Accessibility at Penn State"}, 0.0),
        # a dated work: its body may be its author, the disagreement counts
        ({"title": "Maps", "container-title": "Penn State", "issued": {"date-parts": [[2014]]}},
         {"author": [{"literal": "Maps"}], "title": "Penn State", "issued": {"date-parts": [[2014]]}}, None),
        # another disagreement
        ({"title": "Maps", "container-title": "Penn State"}, {"author": [{"literal": "Maps"}], "title": "Maps"}, None),
        # the other reading ran the date into the title: a shape no right record has
        ({"title": "Standards", "container-title": "The DAISY Consortium"},
         {"title": "Standards. (n.d.). The DAISY Consortium"}, 0.0),
    ],
)
def test_the_no_author_shift(item: Item, other: Item, differ: float | None) -> None:
    ev = field_signals(item, other)
    assert (ev["agree:differ"] == 0.0) is (differ == 0.0)


def test_a_title_cut_inside_its_italics() -> None:
    text = (
        "*Feist Publications, Inc. V. Rural Tel. Serv. Co. : 499 U.S. 340 (1991): Justia US Supreme Court Center*. "
        "Retrieved July 2, 2024, from https://supreme.justia.com/cases/federal/us/499/340/"
    )
    # the model's reading, the title cut at the full stop inside the italics, is flagged
    cut = {
        "title": "Feist Publications, Inc. V. Rural Tel. Serv. Co. : 499 U.S",
        "container-title": "Justia US Supreme Court Center",
        "volume": "340",
        "URL": "https://supreme.justia.com/cases/federal/us/499/340/",
    }
    assert cut_inside_italics(cut, text)
    # the reading chosen keeps the italic run whole
    item = read_reference(text)
    assert item["title"].endswith("Justia US Supreme Court Center")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # an edition statement closes the span: the edition's, not the title's
        ("Bibliotheksverwaltung", "Fuchs, H. 1968. *Bibliotheksverwaltung, 2. Auflage*. Wiesbaden: Harrassowitz."),
        ("Deep Learning", "Goodfellow, I. 2016. *Deep Learning*. Cambridge, MA: MIT Press."),
    ],
)
def test_titles_that_fill_their_italics(title: str, text: str) -> None:
    assert not cut_inside_italics({"title": title}, text)


@pytest.mark.parametrize(
    "text",
    [
        "OMB Memo 22-09 - Moving the U.S. Government Toward Zero Trust Cybersecurity Principles",
        "Executive Order 14028 - Improving the Nation’s Cybersecurity",
    ],
)
def test_a_document_cited_by_its_designation_and_title_is_no_fragment(text: str) -> None:
    item = read_reference(text)
    assert item.get("title") and item.get("note")
    assert "needs-review" not in flags(item)


def test_a_designation_holding_a_year_is_no_such_document() -> None:
    from biblio.parse.review.signals import _designated_title

    item = {"title": "Deep learning", "note": "LeCun 2015"}
    assert not _designated_title(item, "LeCun 2015 - Deep learning")


def test_a_title_run_on_past_its_italics_over_no_date() -> None:
    # the reading flag11 found unflagged (the site read into the title), which the APA reader no longer makes
    text = (
        "*Data ownership*. (n.d.). National Center for Advancing Translational Sciences. Retrieved July 2, 2024, "
        "from https://toolkit.ncats.nih.gov/glossary/data-ownership"
    )
    item: Item = {"title": "Data ownership. National Center for Advancing Translational Sciences"}
    assert runs_past_italics(item, text)


def test_an_edition_the_cover_prints_as_the_subtitle_is_not_flagged() -> None:
    # humanities_real6's right reference, flagged by the edition check alone before round flag19
    text = (
        "Nauert, Charles G. (2006). *Humanism and the Culture of Renaissance Europe: Second Edition*. Cambridge: "
        "Cambridge University Press."
    )
    item = read_reference(text)
    assert item["title"] == "Humanism and the Culture of Renaissance Europe: Second Edition"
    assert "needs-review" not in flags(item)
