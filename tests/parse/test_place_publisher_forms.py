"""A place and its publisher, the publisher's name opening on the place's words (``Hong Kong, Hong Kong
University Press``) or set in brackets after it (German ``Weinheim (Beltz Verlag) 2009``)
(``mends/publisher_places.place_opens_publisher_name``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Anna Berg, Sea Trade in the North, New York, New York University Press, 2011.",
            "New York",
            "New York University Press",
        ),
        (
            "Lin Wei, Harbour Cities: Trade and Migration in the South China Sea, Hong Kong, Hong Kong University "
            "Press, 2005.",
            "Hong Kong",
            "Hong Kong University Press",
        ),
        (
            "Jens Rauter: Schule für alle. Grundlagen der Integration, 3. Auflage, Weinheim (Beltz Verlag) 2004.",
            "Weinheim",
            "Beltz Verlag",
        ),
    ],
)
def test_place_before_its_publisher(text: str, place: str, publisher: str) -> None:
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
