"""Editors named before their role word at the end of a chapter's book: ``In Book, K. Barnes et al. eds.,``
(``normalisers.names.names_before_role``, read by the Chicago reader and by ``mends/editors.book_before_editors``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_before_role


def _families(item: dict, role: str = "editor") -> list[str]:
    return [a.get("family", "") for a in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "Holloway, J. 1990. On forms. In Logic and Language, K. Barnes et al. eds., 101-120. "
            "Oxford: Clarendon Press.",
            ["Barnes"],
            "Logic and Language",
        ),
        (
            "Holloway, J. 1990. On forms. In Logic and Language, K. Barnes and L. Smith, eds., 101-120. "
            "Oxford: Clarendon Press.",
            ["Barnes", "Smith"],
            "Logic and Language",
        ),
        (
            "Pryce, Ann 1994. “Reading the river.” In Rivers, Towns, and Trade, M. T. Hollis et al. eds., 44-61. "
            "London: Routledge.",
            ["Hollis"],
            "Rivers, Towns, and Trade",
        ),
    ],
)
def test_initialled_editors_before_eds(text: str, editors: list[str], book: str) -> None:
    item = parse_reference(text)
    assert _families(item) == editors
    assert item["container-title"] == book
    assert item["page"].startswith(("101", "44"))


@pytest.mark.parametrize(
    ("element", "names"),
    [
        ("Desert Ecology, R. T. Fenwick and L. M. Ortiz, eds.", "R. T. Fenwick and L. M. Ortiz"),
        ("Aquatic Bioassays, A. L. Buikema, Jr. and J. Cairns, Jr., eds.", "A. L. Buikema, Jr. and J. Cairns, Jr."),
        ("Logic and Language, K. Barnes (ed.)", "K. Barnes"),
    ],
)
def test_names_before_role_found(element: str, names: str) -> None:
    found = names_before_role(element)
    assert found is not None
    assert element[found[0] : found[1]] == names


@pytest.mark.parametrize(
    "element",
    [
        "Logic, Language, and Mind",  # no role word
        "K. Barnes eds.",  # no book before the names
        "Logic, Language and Mind, eds.",  # no initialled name before the role
    ],
)
def test_names_before_role_not_found(element: str) -> None:
    assert names_before_role(element) is None
