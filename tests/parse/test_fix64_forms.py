"""Romance-language web and teaching forms: the French, Spanish and Portuguese site and publication note after a
quoted title (``« Titre », Libération, publié le 23-janvier-2019[en ligne] Disponible sur :``), ABNT's slide deck
description (``2022. Apresentação de Power Point. 46 slides.``), HAL's thesis tail (``Sociology. Télécom
ParisTech, 2013. English.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


def _on(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


PUBLICATION_NOTES: list[tuple[str, dict[str, Any]]] = [
    (
        "[3] Alexandra Patard, «Instagram: étude sur les tendances de l’engagement», BDM/media, publié le "
        "27-février-2020.",
        {
            "container-title": "BDM/media",
            "issued": _on(2020, 2, 27),
            "title": "Instagram: étude sur les tendances de l’engagement",
        },
    ),
    (
        "[4] Fabrice Flipo, « Fake news : la démocratie en danger », Libération, publié le 23-janvier-2019[en ligne] "
        "Disponible sur : https://www.liberation.fr/debats/2019/01/23/fake-news-la-democratie-en-danger_1704846",
        {"container-title": "Libération", "issued": _on(2019, 1, 23), "title": "Fake news : la démocratie en danger"},
    ),
    (
        "[5] Pierre Guesde, « Internet, entre rapidité et danger » Maze, publié le 11-mai-2013 en ligne disponible "
        "sur : https://maze.fr/2013/05/internet-entre-rapidite-et-danger/",
        {
            "container-title": "Maze",
            "issued": _on(2013, 5, 11),
            "URL": "https://maze.fr/2013/05/internet-entre-rapidite-et-danger/",
        },
    ),
    (
        "[6] Adrien Guille, « Diffusion de l’information dans les médias sociaux : modélisation et analyse » HAL, "
        "publié en 2014 disponible sur : https://tel.archives-ouvertes.fr/tel-01100255/document",
        {"container-title": "HAL", "issued": _on(2014)},
    ),
    (
        "Marie Dupont, « Les réseaux et nous », Le Monde, paru le 12 juin 2019.",
        {"container-title": "Le Monde", "issued": _on(2019, 6, 12), "title": "Les réseaux et nous"},
    ),
    (
        'María López, "La sequía en Cataluña", El País, publicado el 3 de marzo de 2019. Disponible en: '
        "https://elpais.com/x",
        {"container-title": "El País", "issued": _on(2019, 3, 3), "URL": "https://elpais.com/x"},
    ),
    (
        "SILVA, João. “O futuro do trabalho”, Folha de S.Paulo, publicado em 12 de maio de 2021. Disponível em: "
        "https://www1.folha.uol.com.br/x",
        {"container-title": "Folha de S.Paulo", "issued": _on(2021, 5, 12), "editor": None},
    ),
]

SLIDE_DECKS: list[tuple[str, dict[str, Any]]] = [
    (
        "SERRANO, Milene; SERRANO, Maurício. Requisitos (Aula 15): Elicitação, Modelagem e Análise. 2022. "
        "Apresentação de Power Point. 46 slides. color. Disponível em: https://aprender3.unb.br/pluginfile.php/"
        "1668185/mod_resource/content/1/Requisitos%20-%20Aula%2015a.pdf. Acesso em: 08 mar. 2022.",
        {"title": "Requisitos (Aula 15): Elicitação, Modelagem e Análise", "genre": "Apresentação de Power Point"},
    ),
    (
        "SILVA, Ana. Gestão de projetos de software livre. 2020. Apresentação de slides. 30 slides. Disponível em: "
        "https://x.br/a.pdf. Acesso em: 3 maio 2021.",
        {"title": "Gestão de projetos de software livre", "issued": _on(2020), "genre": "Apresentação de slides"},
    ),
    (
        "SOUZA, Carlos. Introdução à estatística. 2019. 25 slides. Apresentação em PowerPoint.",
        {"title": "Introdução à estatística", "genre": "Apresentação em PowerPoint", "publisher": None},
    ),
    (
        "OLIVEIRA, Pedro. Redes de computadores: aula 3. Apresentação do PowerPoint. 2018.",
        {"title": "Redes de computadores: aula 3", "genre": "Apresentação do PowerPoint", "publisher": None},
    ),
    (
        "MARTÍNEZ, Luis. Métodos numéricos para ingeniería civil. 2021. Presentación de PowerPoint. 30 diapositivas. "
        "Disponible en: https://x.es/a.pdf",
        {
            "title": "Métodos numéricos para ingeniería civil",
            "issued": _on(2021),
            "genre": "Presentación de PowerPoint",
        },
    ),
]

HAL_THESES: list[tuple[str, dict[str, Any]]] = [
    (
        "[1] Xiaolan Sha. Personalizing trending content in social media. Sociology.  Télécom ParisTech, 2013. "
        "English. Disponible sur : https://pastel.archives-ouvertes.fr/tel-01226534.",
        {"title": "Personalizing trending content in social media", "publisher": "Télécom ParisTech"},
    ),
    (
        "Adrien Guille. Diffusion de l’information dans les médias sociaux : modélisation et analyse. Autre [cs.OH]. "
        "Université Lumière - Lyon II, 2014. Français. ⟨NNT : 2014LYO22005⟩. ⟨tel-01100255⟩",
        {
            "title": "Diffusion de l’information dans les médias sociaux : modélisation et analyse",
            "publisher": "Université Lumière - Lyon II",
            "issued": _on(2014),
        },
    ),
    (
        "Pierre Dupont. Apprentissage de représentations pour la recherche d information. Computer Science [cs]. "
        "Université Paris-Saclay, 2019. English. ⟨NNT : 2019SACLS123⟩",
        {"container-title": None, "publisher": "Université Paris-Saclay"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLICATION_NOTES)
def test_site_before_publication_note(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), SLIDE_DECKS)
def test_slide_deck_description(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), HAL_THESES)
def test_hal_thesis_tail(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
