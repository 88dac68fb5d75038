"""Forms of hand-written reference lists met in realworld54: a work's first year in square brackets closing the
title of a later edition (``La Celestina [1499]. Ed. …, 1991.``), a Spanish chapter naming its book's director
given name first with no "En" (``“Capítulo”. Ana Pérez (Dir.). Libro. Lugar: Editorial, pp. 1-9.``), the Spanish
editor's phrase after an italic title listing more than one task (``_Título_, edición, prólogo y notas de …``,
``edición y estudio introductorio de … y notas de …``), and a Markdown link around the title glued to the journal
after it (``[Title](…).Journal, 3(6).``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the first year in brackets after the title of a later edition
    (
        "Rojas, Fernando de. La Celestina [1499]. Ed. Dorothy Severin. Madrid: Cátedra, 1991.",
        {"title": "La Celestina", "original-date": {"date-parts": [[1499]]}, "issued": {"date-parts": [[1991]]},
         "publisher": "Cátedra"},
    ),
    (
        "Sarmiento, Domingo F. Facundo o civilización y barbarie [1845]. Buenos Aires: Losada, 1963.",
        {"title": "Facundo o civilización y barbarie", "issued": {"date-parts": [[1963]]},
         "publisher-place": "Buenos Aires"},
    ),
    # a chapter's book named after its director, with no "En"
    (
        "Pérez, Ana. (2010). “La ciudad en la novela del siglo XIX”. Laura Gómez (Dir.). Lecturas de la ciudad "
        "moderna. Córdoba: Alción Editora, pp. 45-67.",
        {"type": "chapter", "title": "La ciudad en la novela del siglo XIX",
         "editor": [{"family": "Gómez", "given": "Laura"}], "container-title": "Lecturas de la ciudad moderna",
         "publisher-place": "Córdoba", "publisher": "Alción Editora", "page": "45-67"},
    ),
    (
        "Ruiz, Pablo. (2015). “Viajeros del Plata”. Marta Díaz Soto (Coord.). Crónicas y viajes. Rosario: Editorial "
        "Municipal, pp. 101-120.",
        {"type": "chapter", "editor": [{"family": "Díaz Soto", "given": "Marta"}],
         "container-title": "Crónicas y viajes", "page": "101-120"},
    ),
    # the Spanish editor's phrase of several tasks after an italic title
    (
        "Payno, Manuel. _Los bandidos de Río Frío_, edición, prólogo y notas de Antonio Castro Leal. México: "
        "Porrúa, 1964.",
        {"title": "Los bandidos de Río Frío", "editor": [{"family": "Castro Leal", "given": "Antonio"}],
         "publisher": "Porrúa", "issued": {"date-parts": [[1964]]}},
    ),
    (
        "Altamirano, Ignacio M. _Clemencia_, edición y estudio introductorio de Carlos Monsiváis y notas de Elena "
        "Ruiz. México: Océano, 2002.",
        {"title": "Clemencia", "editor": [{"family": "Monsiváis", "given": "Carlos"}], "container-title": None,
         "publisher": "Océano"},
    ),
    # a link around the title, the journal glued after its stop
    (
        "Gómez, Ana. (2018). [Ciudades, puertos y mercados en el Río de la Plata](http://example.org/handle/1/2)"
        ".Anuario, 5(2).",
        {"title": "Ciudades, puertos y mercados en el Río de la Plata", "container-title": "Anuario",
         "volume": "5", "issue": "2", "URL": "http://example.org/handle/1/2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw76_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
