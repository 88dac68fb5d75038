"""Humanities forms of Hungarian, Czech, German and Polish lists, typed by hand in their style, each with the
fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.titles import journal_after_title
from biblio.parse.spans import Span
from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # a hyphen suspended before a Hungarian or Czech conjunction is no word broken at a line end
    (
        "Kovács, Péter. *Mérték- és súlyrendszerek a középkorban*. Budapest: Gondolat, 1985.",
        {"title": "Mérték- és súlyrendszerek a középkorban", "publisher": "Gondolat"},
    ),
    (
        "Novák, Jan. *Vnitro- a zahraničněpolitické otázky první republiky*. Praha: Academia, 1994.",
        {"title": "Vnitro- a zahraničněpolitické otázky první republiky", "publisher-place": "Praha"},
    ),
    # a Polish journal's issue of the year, its running number in brackets after it
    (
        "Anna Nowak, *Poezja emigracji*, „Kresy” 3/1999 (39), s. 12-25.",
        {
            "title": "Poezja emigracji",
            "container-title": "Kresy",
            "issue": "3",
            "issued": {"date-parts": [[1999]]},
            "page": "12-25",
        },
    ),
    (
        "Piotr Zieliński, *Przekład jako lektura*, „Przegląd Humanistyczny” nr 2/2015 (449), s. 101-114.",
        {"container-title": "Przegląd Humanistyczny", "issue": "2", "issued": {"date-parts": [[2015]]}},
    ),
    # a numbered German revision or Hungarian edition after the title
    (
        "Becker, Wilhelm. *Römische Altertümer*. 3. Bearb. Leipzig: Teubner, 1879.",
        {"title": "Römische Altertümer", "edition": "3", "publisher": "Teubner"},
    ),
    (
        "Szabó, Ilona. *A magyar költészet története*. 2. kiadás. Budapest: Akadémiai, 1978.",
        {"title": "A magyar költészet története", "edition": "2", "publisher": "Akadémiai"},
    ),
    # a chapter's book named with its own author after its italic title
    (
        'Smith, John. 2001. "Afterword." In *The Collected Stories* by Anna Brown. London: Verso.',
        {"container-title": "The Collected Stories", "publisher": "Verso"},
    ),
    (
        '4. Petrov, Ivan. 2015. "Foreword," in *The Winter Road* by Anna Karlova. London: Verso.',
        {"title": "Foreword", "container-title": "The Winter Road"},
    ),
    # a body's name as the first sentence, then the quoted title
    (
        "Bureau international des Archives et Musées. ‘Guide to the Holdings of Small Museums’, 2011.",
        {
            "author": [{"literal": "Bureau international des Archives et Musées"}],
            "title": "Guide to the Holdings of Small Museums",
        },
    ),
    # a short note whose family name opens on its particle
    (
        "De Madariaga, *Russia in the Age,* 277-291.",
        {"author": [{"family": "De Madariaga"}], "title": "Russia in the Age", "page": "277-291"},
    ),
    (
        "De Vries, *Kunst in de Gouden Eeuw*, 45.",
        {"author": [{"family": "De Vries"}], "title": "Kunst in de Gouden Eeuw", "page": "45"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_read_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_one_italic_run_is_no_title_and_journal() -> None:
    """An italic title of two sentences before a volume is one title: its second sentence is no journal."""
    text = "Anna Costa (red.), *I canti della Sila. Antologia della poesia popolare*, vol. 1-2, Reggio Calabria 2007."
    cuts = [
        "Anna Costa (red.), ",
        "*I canti della Sila. Antologia della poesia popolare*, ",
        "vol. 1-2, ",
        "Reggio Calabria ",
        "2007.",
    ]
    labels = ["editor", "title", "volume", "location", "date"]
    spans, at = [], 0
    for label, piece in zip(labels, cuts, strict=True):
        spans.append(Span(label, piece.strip(), at, at + len(piece.strip()), 0.9))
        at += len(piece)
    assert [s.label for s in journal_after_title(spans, text)] == labels


@pytest.mark.parametrize(
    "text",
    [
        # (the role's bracket read as a family name; "Rossi Taibbi, Caracausi (red.), *Title*" is now read with
        # its editors, the bracket in no value)
        "Nucera Salvino, Krupka Paweł (tł.), Minuto Domenico, *Grekanie*, „Czas Literatury” nr 1/2020 (9), s. 29-36.",
    ],
)
def test_polish_role_bracket_left_in_a_value_is_flagged(text: str) -> None:
    assert needs_review(text)
