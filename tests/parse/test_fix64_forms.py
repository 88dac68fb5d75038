"""Romance-language web and teaching forms: the French, Spanish and Portuguese site and publication note after a
quoted title (``« Titre », Libération, publié le 23-janvier-2019[en ligne] Disponible sur :``), ABNT's slide deck
description (``2022. Apresentação de Power Point. 46 slides.``), HAL's thesis tail (``Sociology. Télécom
ParisTech, 2013. English.``), ABNT's supervisor (``Orientador: Prof. Dr. João Pereira.``) and bodies (``BÓSON
Treinamentos.``) and access dates (``Acesso em: 21 de ago. de 2022. Disponível em: Aprender3.``), Spanish names
in capitals (``LILIANA GARCIA MENESES``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, assert_read_with_families


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


SUPERVISORS: list[tuple[str, dict[str, Any]]] = [
    (
        "ALVES, Gabriel - [Desenvolvimento de uma Arquitetura Baseada em Sprites para criacão de Jogos 2D em "
        "Ambientes reconfiguraveis utilizando dispositivos FPGA.](https://drive.google.com/file/d/1MlIlpB9TSnoPGEMko"
        "cr36EH9-CFz8psO/view) Orientador: DIAS, Afranserai, SARINHO, Vitor. 2024. Trabalho de Conclusão de Curso - "
        "Engenharia da Computação, UEFS, Feira de Santana. Acessado em: 14 maio. 2024.",
        {"publisher-place": None, "issued": _on(2024)},
    ),
    (
        "SANTOS, Maria. Análise de redes sociais em escolas públicas. Orientador: Prof. Dr. João Pereira. 2019. 80 f. "
        "Trabalho de Conclusão de Curso (Graduação em Ciência da Computação) - Universidade Federal de Sergipe, São "
        "Cristóvão, 2019.",
        {"title": "Análise de redes sociais em escolas públicas", "publisher": "Universidade Federal de Sergipe"},
    ),
]

# a name all in capitals in natural order, a common Spanish first surname before the last word
CAPITALS_NAMES: list[tuple[str, dict[str, Any]]] = [
    (
        "LILIANA GARCIA MENESES (1989). Aspecto de los farallones de Cali. SANTIAGO DE CALI: Biblioteca "
        "Departamental Jorge Garces Borrero.",
        {"author": [{"family": "GARCIA MENESES", "given": "LILIANA"}]},
    ),
    (
        "CARLOS RUIZ OSPINA (1975). Vista del puente Ortiz sobre el río Cali. SANTIAGO DE CALI: Biblioteca "
        "Departamental Jorge Garces Borrero.",
        {"author": [{"family": "RUIZ OSPINA", "given": "CARLOS"}]},
    ),
    # a body's acronym before one word in capitals stays the body's name
    ('CESSDA ERIC, "Citing your data"', {"author": [{"literal": "CESSDA ERIC"}]}),
]

# a word no given-name list knows after a lone initial, in a list that abbreviates every other given name
SPELLED_AFTER_INITIAL: list[tuple[str, dict[str, Any]]] = [
    (
        "[6] A. G. Losada, R. Therón, et A. Benito Santos, « BKViz: A Basketball Visual Analysis Tool », IEEE "
        "Computer Graphics and Applications, vol. 36, p. 58‑68, nov. 2016.",
        {"families": ["Losada", "Therón", "Benito Santos"]},
    ),
    (
        "J. Pérez, M. López y C. Ortega Lamas, «Redes neuronales para el tráfico urbano», Revista Iberoamericana de "
        "Automática, vol. 12, pp. 4-19, 2018.",
        {"families": ["Pérez", "López", "Ortega Lamas"]},
    ),
    (
        "T. Chen, H. Wang, and T. Kai Ng, “Sparse coding in practice,” IEEE Trans. Signal Process., vol. 60, pp. "
        "1-9, 2012.",
        {"families": ["Chen", "Wang", "Ng"]},
    ),
]

# ABNT inverts persons with a comma: a capitals word then an unknown capitalised word is a body
ABNT_BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "BÓSON Treinamentos. Curso de UML - O que é um Diagrama de Sequência. Disponível em: https://www.youtube.com/"
        "watch?v=UVkj3ed0ZuM&t=991s. Acesso em: 15 de agosto de 2021.",
        {"author": [{"literal": "BÓSON Treinamentos"}]},
    ),
    (
        "BLOG Creately. Sequence Diagram Tutorial – Complete Guide with Examples, Dispovível em: https://creately.com/"
        "blog/diagrams/sequence-diagram-tutorial/. Acesso em: 19 agosto de 2021.",
        {"author": [{"literal": "BLOG Creately"}]},
    ),
    (
        "CANAL Nerdologia. Como funciona a memória. Disponível em: https://www.youtube.com/watch?v=abc. Acesso em: 10 "
        "mar. 2022.",
        {"author": [{"literal": "CANAL Nerdologia"}]},
    ),
    # a known given name stays a person's
    (
        "DUPONT Jean. Les réseaux sociaux. Disponível em: https://x.fr. Acesso em: 3 maio 2020.",
        {"author": [{"family": "DUPONT", "given": "Jean"}]},
    ),
]


# ABNT's access date with the day first, read in pieces, and a platform named after "Disponível em:" with no address
ABNT_ACCESS: list[tuple[str, dict[str, Any]]] = [
    (
        "SERRANO, Maurício; SERRANO, Milene. Requisitos - Aula 26. Acesso em: 21 de ago. de 2022. Disponível em: "
        "Aprender3.",
        {"accessed": _on(2022, 8, 21), "issued": None, "container-title": None, "publisher": None},
    ),
    (
        "SERRANO, Milene; SERRANO, Maurício. Requisitos - Aula 12. Acesso em: 3 de set. de 2022. Disponível em: "
        "Aprender3.",
        {"title": "Requisitos - Aula 12", "accessed": _on(2022, 9, 3), "issued": None, "publisher": None},
    ),
    (
        "LIMA, Paulo. Álgebra linear - Aula 4. Acesso em: 14 de mar. de 2021. Disponível em: Moodle.",
        {"title": "Álgebra linear - Aula 4", "accessed": _on(2021, 3, 14), "container-title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABNT_ACCESS)
def test_abnt_access_and_platform(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), SUPERVISORS)
def test_supervisor_is_note(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), CAPITALS_NAMES)
def test_capitals_double_surname(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), SPELLED_AFTER_INITIAL)
def test_spelled_after_lone_initial(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


@pytest.mark.parametrize(("text", "expected"), ABNT_BODIES)
def test_abnt_body_author(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), PUBLICATION_NOTES)
def test_site_before_publication_note(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), SLIDE_DECKS)
def test_slide_deck_description(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), HAL_THESES)
def test_hal_thesis_tail(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
