"""A whole title read into the names, none read elsewhere (``mends/title_in_names.title_in_names_alone``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.title_in_names import title_in_names_alone
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
