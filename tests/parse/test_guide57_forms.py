"""Forms of the official APA and Chicago guide examples read right: a Nordic APA edition (``(7. utg.)``, ``(2.
uppl.)``) and publication number (``(Publikasjonsnr. …)``), a DOI link written without its resolver's host
(``https://10.1080/…``), a Chicago note's edition after the volume (``vol. 2, 2nd ed. (``) and its book's editor and
series (``in Book, ed. Name, Series, Vol. 5 (``), and an APA book's imprint before its link (a book firm's name, or a
title closed by its volume); a note's editor kept in the container is named for review."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Norwegian and Swedish APA 7: the edition's number before "utg." / "uppl."
    (
        "Hansen, K. (2019). Sykepleie i praksis (3. utg.). Cappelen Damm akademisk.",
        {"title": "Sykepleie i praksis", "edition": "3", "publisher": "Cappelen Damm akademisk"},
    ),
    (
        "Lindqvist, M. (2018). Vårdens etik (2. uppl.). Studentlitteratur.",
        {"title": "Vårdens etik", "edition": "2", "publisher": "Studentlitteratur"},
    ),
    # a thesis's publication number in Norwegian
    (
        "Berg, T. (2016). Learning in rural schools (Publikasjonsnr. 10146215) [Doktorgradsavhandling, University "
        "of Oslo]. ProQuest.",
        {"title": "Learning in rural schools", "number": "10146215", "genre": "Doktorgradsavhandling"},
    ),
    # a DOI link with the resolver's host left out
    (
        'Maria Lopez, "Water and Power in the Andes," Journal of Latin American Studies 51, no. 3 (2019): 45. '
        "https://10.1017/S0022216X19000014.",
        {"DOI": "10.1017/S0022216X19000014", "page": "45"},
    ),
    # Chicago's note: the volume, then the edition, before the bracketed imprint
    (
        "Mary Beth Norton et al., A People and a Nation: A History of the United States, vol. 2, 8th ed. (Boston: "
        "Houghton Mifflin, 2008), 611.",
        {"volume": "2", "edition": "8", "page": "611"},
    ),
    # Chicago's note: the book's editor, then its series, before the imprint's bracket
    (
        "Jane Doe, “Rivers,” in Water in History, ed. Tom Park, Studies in Water Policy, Vol. 4 (Toronto: Lake "
        "Press, 1999), 12.",
        {
            "container-title": "Water in History",
            "editor": [{"family": "Park", "given": "Tom"}],
            "collection-title": "Studies in Water Policy",
        },
    ),
    # APA's book read online: a book firm's name before the link, a title closed by its volume
    (
        "Ortega, P. (2020). Migration and memory. Routledge. https://library.oapen.org/handle/20.500.12657/22",
        {"type": "book", "publisher": "Routledge"},
    ),
    (
        "Nguyen, T. H. (2017). Clinical supervision (Vol. 3). National Association of Social Workers. "
        "https://www.naswpress.org/product/53421",
        {"type": "book", "publisher": "National Association of Social Workers", "volume": "3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_editor_phrase_kept_in_container_is_named() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    text = (
        "Ann Lee, “Rivers,” in Water in History, ed. Tom Park, Studies in Water series, Vol. 2 (Toronto: Lake "
        "Press, 1999), 12."
    )
    item = {"type": "chapter", "title": "Rivers", "container-title": "Water in History, ed. Tom Park, Studies"}
    assert held_form_signals(item, text).get("container:holds-editor-phrase")


@pytest.mark.parametrize(
    "text",
    [
        "John D. Kelly, “Seeing Red,” in Anthropology and Global Counterinsurgency, ed. John D. Kelly et al. "
        "(Chicago: University of Chicago Press, 2010), 77.",
        "Kelly, John D. “Seeing Red.” In Anthropology and Global Counterinsurgency, edited by John D. Kelly, 67–83. "
        "Chicago: University of Chicago Press, 2010.",
    ],
)
def test_editor_phrase_check_stays_quiet_on_right_readings(text: str) -> None:
    from biblio.parse import parse_reference
    from biblio.parse.review.held_forms import held_form_signals

    assert not held_form_signals(parse_reference(text), text).get("container:holds-editor-phrase")
