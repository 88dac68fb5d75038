"""Forms of hand-written reference lists from non-English-speaking countries (realworld36): French Zotero's
bracketed medium standing alone where a site or publisher goes (``« Titre ». [En ligne]. Disponible sur : …``,
``« Titre », Site. [En ligne]. Disponible sur : …``), its day, month and year joined by hyphens after a site
(``Blog de l'auteur, 25-août-2015.``), a French student's ``publié le`` / ``paru le`` before the date, and ABNT's
body in capitals with digits before its page's title (``W3SCHOOLS. SQL Stored Procedures. Disponível em: …``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[4] « Qu’est-ce que le transport multimodal ? ». [En ligne]. Disponible sur: "
        "https://www.example-logistique.fr/transport-multimodal/",
        {"title": "Qu’est-ce que le transport multimodal ?", "container-title": None, "publisher": None},
    ),
    (
        "[7]\t« Tracking Player Positions with Computer Vision », GitHub. [En ligne]. Disponible sur: "
        "https://github.com/example/tracking. [Consulté le: 12-janv-2020].",
        {"container-title": "GitHub", "publisher": None, "accessed": {"date-parts": [[2020, 1, 12]]}},
    ),
    (
        "[3]\tM. Dupont, « Visualiser les matchs de handball en Python », Marc Dupont, 14-mars-2017. [En ligne]. "
        "Disponible sur: http://marcdupont.example.org/handball.html. [Consulté le: 02-déc-2018].",
        {"title": "Visualiser les matchs de handball en Python", "issued": {"date-parts": [[2017, 3, 14]]}},
    ),
    (
        "[2] Claire Martin, «Les réseaux sociaux et l’information locale», Le Monde, publié le 12-juin-2019.",
        {"title": "Les réseaux sociaux et l’information locale", "issued": {"date-parts": [[2019, 6, 12]]}},
    ),
    (
        "G1. Chuva forte atinge a capital paulista. Disponível em: https://g1.globo.com/sp/noticia/chuva.ghtml. "
        "Acesso em: 3 mar. 2024.",
        {"author": [{"literal": "G1"}], "title": "Chuva forte atinge a capital paulista"},
    ),
    (
        "W3SCHOOLS. CSS Flexbox Layout. Disponível em: https://www.w3schools.com/css/css3_flexbox.asp. "
        "Acesso em: 10 maio 2025.",
        {"author": [{"literal": "W3SCHOOLS"}], "title": "CSS Flexbox Layout"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw57_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
