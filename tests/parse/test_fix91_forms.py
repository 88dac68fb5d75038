"""Forms typed by hand, each with the fields it must give: an encyclopaedia's page cited by its title alone before
the site and the address (the title no person's name); a proceedings' volume closing its name (SPIE's with the
volume's own title after it); a meeting's acronym after "In", in any case, and with the year it met; a society's
acronym after a periodical's name; an article out online before its issue, INFORMS's way; a MathSciNet number
closing a book; Dutch "Beschikbaar:" before an address (the body before the title no site), and a Dutch version
with the day it came out."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

PAGES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Two-word page title before the wiki and its address: the title, no author",
        "Gradient descent. Wikipedia. https://en.wikipedia.org/wiki/Gradient_descent",
        {"title": "Gradient descent", "container-title": "Wikipedia", "type": "webpage", "author": None},
    ),
    (
        "A page about a person, its title the person's name: still the title",
        "Jane Austen. Wikipedia. https://en.wikipedia.org/wiki/Jane_Austen",
        {"title": "Jane Austen", "container-title": "Wikipedia", "author": None},
    ),
]

PROCEEDINGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "SPIE's volume and the volume's title after it, its numeral closing the title",
        "Okafor, B. (1999). Thermal imaging of seam fires. Proc. SPIE 3701, Infrared Technology and Applications "
        "XXV, 210 (May 3, 1999)",
        {
            "container-title": "Proc. SPIE",
            "volume": "3701",
            "page": "210",
            "editor": None,
            "type": "paper-conference",
        },
    ),
    (
        "A meeting's acronym in title case after 'In', then its volume and pages",
        "Tomas Berg and Lin Wu. Deep belief nets for speech. In Icml, volume 2, pages 5–9, 2009.",
        {"container-title": "Icml", "type": "paper-conference"},
    ),
    (
        "A meeting's acronym with its year as the only place, the year bracketed after the names",
        "Ng, A., & Ruiz, T. (2022). *Sparse attention at scale*. ICLR 2022. https://arxiv.org/abs/2201.01234",
        {"container-title": "ICLR 2022", "issued": {"date-parts": [[2022]]}, "accessed": None},
    ),
    (
        "A society's acronym after the periodical's name and a comma",
        "Ana Lopes and Rui Sá. Cache-aware sorting. Micro, IEEE, 27(3):14–22, 2007.",
        {"container-title": "Micro", "publisher": "IEEE", "volume": "27"},
    ),
]

ADVANCE: list[tuple[str, str, dict[str, Any]]] = [
    (
        "INFORMS's article out online, its day after the state, then its DOI link",
        "Li X, Wang Y (2023) Pricing with reviews under competition. Management Sci., ePub ahead of print "
        "September 11, https://doi.org/10.1287/mnsc.2021.01234.",
        {
            "container-title": "Management Sci.",
            "status": "ePub ahead of print",
            "type": "article-journal",
            "note": None,
        },
    ),
]

REVIEWS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A book's imprint, then its MathSciNet number",
        "Feller, W. (1971). An Introduction to Probability Theory and Its Applications. Wiley, New York. MR0270403",
        {"type": "book", "number": None, "note": "MR0270403", "publisher": "Wiley"},
    ),
]

DUTCH: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A body's name, a quoted title, then 'Beschikbaar:' and the address on the body's host",
        'Stichting Open Kaart, "Handleiding kaartlagen." Beschikbaar: https://docs.openkaart.nl/kaartlagen/',
        {
            "author": [{"literal": "Stichting Open Kaart"}],
            "title": "Handleiding kaartlagen",
            "container-title": None,
            "publisher-place": None,
        },
    ),
    (
        "'Beschikbaar op:' after a quoted title, the body's words in the address's host",
        'Acme Docs, "Install guide." Beschikbaar op: https://docs.acme.org/install/',
        {"author": [{"literal": "Acme Docs"}], "container-title": None, "URL": "https://docs.acme.org/install/"},
    ),
    (
        "'versie' and its number, then a Dutch date with its day",
        'P. de Jong, "Werkinstructie voor het archief," versie 2.1, 14 mei 2024. Beschikbaar: '
        "https://intranet.example.nl/archief.pdf",
        {"version": "2.1", "volume": None, "page": None, "container-title": None},
    ),
]

ALL = PAGES + PROCEEDINGS + ADVANCE + REVIEWS + DUTCH


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
