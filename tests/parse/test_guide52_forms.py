"""Forms the style guides' own Chicago examples print (``guides_real23``): a title closed by its own question mark
before ``ed.`` (and the page a note cites after the bracket closing its imprint's year), the years a title covers
before an edition and a series, a magazine's name before the day's date after a quoted title, a numbered note citing
a letter written on two days of one month, a book's volume in a series before the imprint's bracket, a book's subtitle
cut at its comma before the imprint's bracket, and an editor's ``ed.`` with a translator's ``trans.`` after the names
(no sentence's end at the role's stop). A government body's ``Region`` read as a family name is flagged for review."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Chicago drops the comma after a title's own question mark: the editor follows the mark
    (
        "3. Norwald Torrington, “Following the Path to the Left,” in Whither Tomorrow? ed. Montgomery Abelson, "
        "11-12 (Tulsa: Wizmer Bros., 1994).",
        {"container-title": "Whither Tomorrow?", "editor": [{"family": "Abelson", "given": "Montgomery"}],
         "page": "11-12", "publisher": "Wizmer Bros."},
    ),
    (
        "5. Jane Doe, “A Chapter,” in What Is History? ed. Pat Smith (London: Verso, 2001), 4.",
        {"container-title": "What Is History?", "editor": [{"family": "Smith", "given": "Pat"}], "page": "4"},
    ),
    (
        "4. Peter Hart, “Rural Revolt,” in Ireland Transformed? ed. Ann Lee (Dublin: Four Courts, 2004), 3.",
        {"container-title": "Ireland Transformed?", "editor": [{"family": "Lee", "given": "Ann"}], "page": "3",
         "publisher": "Four Courts", "issued": {"date-parts": [[2004]]}},
    ),
    # the years a title covers, then an edition (and a series): the years close the title
    (
        "2. Dana Carleton Munro and Raymond James Songtag, eds., The Middle Ages, 395-1500, rev. ed., Century "
        "Historical Series (New York and London: Century, 1928), 69.",
        {"title": "The Middle Ages, 395-1500", "edition": "rev", "collection-title": "Century Historical Series",
         "page": "69"},
    ),
    (
        "2. Dana Carleton Munro, The Middle Ages, 395-1500, 2nd ed. (New York: Century, 1928), 69.",
        {"title": "The Middle Ages, 395-1500", "edition": "2", "page": "69"},
    ),
    # a magazine's name before the day's date, after a quoted title
    (
        "6. Bob Levine and Rae Corelli, “The Tracks of History,” Maclean’s, 6 July 1992, 18.",
        {"container-title": "Maclean’s", "issued": {"date-parts": [[1992, 7, 6]]}, "page": "18"},
    ),
    # a numbered note citing a letter, written on two days of one month: the month is the date
    (
        "10. Mary James to Celia Johnston, 14 and 30 July 1916, Johnston Letters, Acadian Women’s Collection, Nova "
        "Scotia Public Archives.",
        {"author": [{"family": "James", "given": "Mary"}], "issued": {"date-parts": [[1916, 7]]},
         "publisher": None},
    ),
    # the editor's role, then the translator's: the role's stop ends no sentence of names
    (
        "7. Raymond of Aguilers, “The Siege of Antioch,” in The First Crusade: The Chronicle of Fulcher of Chartres "
        "and Other Source Materials, ed. Edward Peters, trans. Martha E. McGinty (Philadelphia: University of "
        "Pennsylvania Press, 1971), 210.",
        {"editor": [{"family": "Peters", "given": "Edward"}],
         "translator": [{"family": "McGinty", "given": "Martha E."}]},
    ),
    # (each list of names closed by its role: the role's stop is the end of a sentence of names)
    (
        'Gurevich, Aron J. "The Merchant," in The Medieval World. Jacques Le Goff, ed. Lydia G. Cochrane, trans. '
        "London: Collins & Brown, 1990.",
        {"translator": [{"family": "Cochrane", "given": "Lydia G."}]},
    ),
    # a book's subtitle up to the imprint's bracket, its last words no journal
    (
        "3. Marie Clayden et al., Making It Work: A Handbook for Reading, Writing, Language and Media (Toronto: Irwin "
        "Publishing, 2003), 65.",
        {"title": "Making It Work: A Handbook for Reading, Writing, Language and Media", "container-title": None,
         "publisher": "Irwin Publishing", "page": "65"},
    ),
    # a book's volume in a series, before the imprint's bracket
    (
        "1. Wilfrid J. Harrington, Revelation, vol. 16, Sacra Pagina (Collegeville: The Liturgical Press, 1993), 5.",
        {"title": "Revelation", "volume": "16", "collection-title": "Sacra Pagina", "publisher-place": "Collegeville",
         "container-title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("names", "named"),
    [
        ([{"literal": "National Park Service"}, {"family": "Region", "given": "Northeast"}], True),
        ([{"family": "Division", "given": "Research"}], True),
        ([{"family": "Regis", "given": "Ann"}], False),
        ([{"family": "Service", "given": "Robert"}], False),
    ],
)
def test_body_region_as_family_named(names: list[dict[str, str]], named: bool) -> None:
    item = {"type": "report", "title": "Draft Plan", "author": names}
    assert ("name:body-word" in held_form_signals(item, "")) is named
