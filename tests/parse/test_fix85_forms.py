"""Forms typed by hand, each with the fields it must give: Cite Them Right's undated page with its ``(No date)`` in
italics before the title; Harvard's ``[Online]`` bracket before the outlet and its year; a Spanish note's book after
``en`` and its editor after ``edición de`` or ``Edición corregida y anotada por``; a title and a journal's name
joined by ``in`` (or the ``In`` before it); a book's volume in Roman numerals before its town."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Cite Them Right: an undated page, the mark in italics opening the reference before the page's title",
        "*(No date)* Growing herbs indoors - Kitchen Garden Club. Available at: https://kgc.example/herbs "
        "(Accessed: 12 June 2022).",
        {"title": "Growing herbs indoors - Kitchen Garden Club", "issued": None},
    ),
    (
        "Harvard: '[Online]' after the title, then the encyclopaedia and its year",
        "Walker, P. River deltas. [Online] Wikipedia, 2021. Available from: https://en.wikipedia.org/wiki/Delta "
        "[Accessed 9 May 2022].",
        {"title": "River deltas", "container-title": "Wikipedia", "publisher": None, "note": None, "type": "webpage"},
    ),
    (
        "Harvard: '[Online]' after the title, then the journal and the year, no volume",
        "Okafor, N. (2019) Trust in small firms. [Online] Journal of Business Ethics, 2019. Available at: "
        "https://jbe.example/okafor (Accessed: 2 March 2020).",
        {"container-title": "Journal of Business Ethics", "volume": None, "genre": None},
    ),
    (
        "Spanish note: the quoted chapter, 'en' and the italic book, its editor and imprint in brackets",
        'Lucía Varela, "Los gremios de plateros", en *Artes y oficios en Sevilla. Siglos XVI-XVIII*, ed. Pedro '
        "Gil Muñoz (Sevilla: Universidad de Sevilla, 2011), 55-78.",
        {
            "type": "chapter",
            "title": "Los gremios de plateros",
            "container-title": "Artes y oficios en Sevilla. Siglos XVI-XVIII",
            "note": None,
        },
    ),
    (
        "Spanish bibliography: the editor after 'Edición corregida y anotada por', the original year in brackets",
        "Ulloa, Bernardo de. *Restablecimiento de las fábricas* [1740]. Edición corregida y anotada por Marta "
        "Soler. Madrid: imprenta de Sancha, 1803.",
        {"editor": [{"family": "Soler", "given": "Marta"}], "title": "Restablecimiento de las fábricas"},
    ),
    (
        "Spanish note: the editor after 'edición de', in lower case after the title's comma, before the imprint",
        "Bernal Díaz, *Historia verdadera*, edición de Guillermo Serés (Madrid: Real Academia Española, 2011), 210.",
        {"editor": [{"family": "Serés", "given": "Guillermo"}], "translator": None, "note": None},
    ),
    (
        "APA-like: the review's name after 'In', its volume and pages after it, no 'In' in the journal",
        "Lund, K. (2003). Metadata harvesting in practice: a survey. In Annual Review of Information Science and "
        "Technology 37, 101-140.",
        {
            "title": "Metadata harvesting in practice: a survey",
            "container-title": "Annual Review of Information Science and Technology",
            "volume": "37",
        },
    ),
    (
        "A short title joined to the review's name by ' in ', no stop between them",
        "Nakamura, T. (2008). Digital Curation in Annual Review of Information Science and Technology 42, 201-240.",
        {"title": "Digital Curation", "container-title": "Annual Review of Information Science and Technology"},
    ),
    (
        "Harvard: the book's volume in Roman numerals before the town",
        "Fairley, R. (1911) The county families. Volume III, Edinburgh: Blackwood.",
        {"volume": "III", "publisher-place": "Edinburgh", "publisher": "Blackwood"},
    ),
]


# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Harvard: '[Online]' before a firm and its year: the firm publishes the book",
        "Green, T. (2015) Rivers of Europe. [Online] Oxford University Press, 2015. Available from: "
        "https://oup.example/rivers [Accessed 3 May 2022].",
        {"publisher": "Oxford University Press", "container-title": None},
    ),
    (
        "A journal whose name opens on 'Advances in': one name, no title in it",
        "Berg, L. (2010). Advances in Journal Publishing 12, 33-41.",
        {"container-title": "Advances in Journal Publishing"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES + KEPT, ids=[c[0][:60] for c in CASES + KEPT])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
