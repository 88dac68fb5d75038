"""Parse cases of an undated body's web page, an edition's ordinal with its own period, a series closing a
book and a publisher closing an ``in:`` book: author-date's ``Body Name. n.d. www.site.org`` (no title),
``2nd. Ed., Publisher, 1992``, ``Title. SAGE QASS Series.`` and elsarticle's ``in: Book, Publisher, 2012, pp.``"""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.undated_address import undated_mark_before_address
from biblio.parse.spans import Span


def _fields(text: str) -> dict[str, Any]:
    item = dict(parse_reference(text))
    item.pop("custom", None)
    return item


@pytest.mark.parametrize(
    ("text", "body", "url"),
    [
        ("Open Knowledge Foundation. n.d. www.okfn.org", "Open Knowledge Foundation", "www.okfn.org"),
        (
            "Friends of the Earth. n.d. https://friendsoftheearth.uk",
            "Friends of the Earth",
            "https://friendsoftheearth.uk",
        ),
        ("Global Witness. n.d. www.globalwitness.org", "Global Witness", "www.globalwitness.org"),
    ],
)
def test_body_before_undated_mark_is_the_author(text: str, body: str, url: str) -> None:
    item = _fields(text)
    assert item.get("author") == [{"literal": body}]
    assert "title" not in item and "issued" not in item
    assert item["URL"] == url


def test_undated_mark_apart_from_the_address() -> None:
    text = "Open Knowledge Foundation. n.d. www.okfn.org"
    spans = [Span("author", text[:26], 0, 26, 0.9), Span("url", text[27:], 27, len(text), 0.9)]
    mended = undated_mark_before_address(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("author", "Open Knowledge Foundation."),
        ("date", "n.d."),
        ("url", "www.okfn.org"),
    ]


def test_segment_and_undated_mark_read_as_one_title() -> None:
    text = "Society for Open Data Practice. n.d. www.sodp.org"
    head = "Society for Open Data Practice. n.d."
    spans = [Span("title", head, 0, len(head), 0.9), Span("url", text[len(head) + 1 :], len(head) + 1, len(text), 0.9)]
    mended = undated_mark_before_address(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("author", "Society for Open Data Practice."),
        ("date", "n.d."),
        ("url", "www.sodp.org"),
    ]


@pytest.mark.parametrize(
    ("text", "edition", "publisher"),
    [
        ('A. B. Writer and C. D. Author. "Applied Survival Analysis." 2nd. Ed., Wiley, 1999.', "2", "Wiley"),
        ('E. F. Someone. "Numerical Methods for Engineers." 3rd. Ed., McGraw-Hill, 2006.', "3", "McGraw-Hill"),
    ],
)
def test_ordinal_period_before_edition_word(text: str, edition: str, publisher: str) -> None:
    item = _fields(text)
    assert item.get("edition") == edition
    assert item.get("publisher") == publisher


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Fox, John. 2008. Generalized Linear Models: An Applied Approach. SAGE QASS Series.", "SAGE QASS Series"),
        ("Long, Scott. 1997. Limited Dependent Variables: A Unified Approach. SAGE QASS Series.", "SAGE QASS Series"),
        ("Dobson, Annette. 2002. Linear Models: An Introduction. Chapman Texts Series.", "Chapman Texts Series"),
    ],
)
def test_series_closing_book_is_no_publisher(text: str, series: str) -> None:
    item = _fields(text)
    assert "publisher" not in item
    assert item.get("collection-title") == series


@pytest.mark.parametrize(
    ("text", "book", "publisher"),
    [
        (
            "[3] A. Souza, B. Lima, Ontologias para redes, in: SBRC, Citeseer, 2012, pp. 10-20.",
            "SBRC",
            "Citeseer",
        ),
        (
            "[5] C. Dias, Um estudo de caso, in: Anais do XX Workshop de Gerência de Redes, SBC, 2015, pp. 1-12.",
            "Anais do XX Workshop de Gerência de Redes",
            "SBC",
        ),
    ],
)
def test_name_closing_in_book_is_the_publisher(text: str, book: str, publisher: str) -> None:
    item = _fields(text)
    assert item.get("container-title") == book
    assert item.get("publisher") == publisher


def test_place_closing_in_book_is_no_publisher() -> None:
    text = "[2] D. Reis, A survey, in: Proceedings of the Workshop, Lisbon, 2014, pp. 3-9."
    assert _fields(text).get("publisher") != "Lisbon"


@pytest.mark.parametrize(
    "text",
    ["Baker, Helen. n.d. www.helenbaker.net", "Okafor, Chidi, and Ruth Mensah. n.d. https://example.org/okafor"],
)
def test_person_before_undated_mark_has_no_title(text: str) -> None:
    item = _fields(text)
    assert "title" not in item and "issued" not in item
    assert item["author"][0]["family"] in ("Baker", "Okafor")
