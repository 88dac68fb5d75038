"""Forms of reference lists written in French and Spanish: the older French library form's names, each family
name in capitals with its given name after it in brackets (``MOREAU (Claire) et ROUX (Paul). - *Titre*. - Lyon :
Éditeur, 2010.``, ``, dir.`` for editors), read as persons with the areas' ``. -`` separators kept out of the fields;
an e-library's generated citation, ``Título: subtítulo: (1 ed.). Editorial.`` (an empty ``( ed.)`` where it knows no
edition), read with the whole title, the edition and the publisher; its inverted names with no comma after the
initials (``Ruiz Soto, A. Vega Lara, M. & …``), one person each; the Portuguese and Spanish issue's word after the
volume (``V 12 nº 01``, ``Vol. 8, Nº 2``), the issue, and a volume's ``V`` after a name closed by its emphasis
(``**Revista**. V 12``), no section letter of the journal; an open platform of journal articles (Redalyc, SciELO,
Dialnet) named after the title, the container, and after a journal's numbers, a note."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the older French form: family in capitals, given name in brackets, areas set off by ". -"
    (
        "MOREAU (Claire) et ROUX (Paul). - _Les villes moyennes_. - Lyon : Presses du Rhône, 2010.",
        {
            "author": [{"family": "MOREAU", "given": "Claire"}, {"family": "ROUX", "given": "Paul"}],
            "title": "Les villes moyennes",
            "publisher": "Presses du Rhône",
            "publisher-place": "Lyon",
            "note": None,
        },
    ),
    (
        "FAURE (Jean-Luc). - _Qu'est-ce qu'une frontière ?_ - Paris : Belin, 2004.",
        {"author": [{"family": "FAURE", "given": "Jean-Luc"}], "title": "Qu'est-ce qu'une frontière ?", "note": None},
    ),
    (
        "LAMBERT (Odile), dir. - _La presse régionale_. - Rennes : Apogée, 1998.",
        {"editor": [{"family": "LAMBERT", "given": "Odile"}], "author": None, "title": "La presse régionale"},
    ),
    (
        "DUVAL (Marc), GIRARD (Anne). - _L'école et la ville_. Paris : Armand Colin, 2012.",
        {
            "author": [{"family": "DUVAL", "given": "Marc"}, {"family": "GIRARD", "given": "Anne"}],
            "title": "L'école et la ville",
        },
    ),
    (
        "de LA TOUR (Henri). - _Le commerce des grains_. - Paris : PUF, 1987.",
        {
            "author": [{"family": "LA TOUR", "non-dropping-particle": "de", "given": "Henri"}],
            "title": "Le commerce des grains",
        },
    ),
    (
        "PERRIN, (Sophie). - _Les jardins ouvriers_. - Lille : Septentrion, 2009.",
        {"author": [{"family": "PERRIN", "given": "Sophie"}], "title": "Les jardins ouvriers"},
    ),
    # a body's full name or its acronym in brackets is no given name: the readings stay the body's
    (
        "Organisation mondiale de la santé (OMS). (2019). Rapport sur la santé dans le monde. Genève.",
        {"author": [{"literal": "Organisation mondiale de la santé (OMS)"}]},
    ),
    # a body's name in capitals with its legal form in brackets stays one body
    (
        "PT SAMUDRA (Persero). (2021). *Laporan tahunan pelabuhan 2020*. Surabaya: Samudra.",
        {"author": [{"literal": "PT SAMUDRA (Persero)"}]},
    ),
    # an e-library's citation: the title to the colon before the bracket, its number the edition
    (
        "Ortega Vidal, R. (2021). Didáctica de la geografía: guía para docentes: (2 ed.). Editorial Síntesis.",
        {
            "title": "Didáctica de la geografía: guía para docentes",
            "edition": "2",
            "publisher": "Editorial Síntesis",
            "container-title": None,
        },
    ),
    (
        "Blanco Ruiz, E. & Soler Gil, T. (2018). Aulas abiertas: experiencias de aprendizaje: ( ed.)."
        " Ediciones Aljibe.",
        {"title": "Aulas abiertas: experiencias de aprendizaje", "edition": None, "publisher": "Ediciones Aljibe"},
    ),
    # its inverted names with no comma after the initials: one person each
    (
        "Ruiz Soto, A. Vega Lara, M. J. & Campos Gil, L. (2022). Evaluar en la escuela: (1 ed.). Editorial Graó.",
        {
            "author": [
                {"family": "Ruiz Soto", "given": "A."},
                {"family": "Vega Lara", "given": "M. J."},
                {"family": "Campos Gil", "given": "L."},
            ],
            "edition": "1",
            "publisher": "Editorial Graó",
        },
    ),
    # the Portuguese and Spanish issue's word after the volume: the issue, not a page or a date
    (
        "SOUZA, Marta. A feira e a praça. **Revista de Estudos Urbanos**. V 9 nº 02. 2017.",
        {"container-title": "Revista de Estudos Urbanos", "volume": "9", "issue": "02", "page": None},
    ),
    (
        "LIMA, Paulo. O porto e a cidade. **Cadernos de História**, Vol. 14, Nº 3. 2020.",
        {"container-title": "Cadernos de História", "volume": "14", "issue": "3"},
    ),
    (
        "Vidal, R. (2016). La huerta escolar. Revista de Didáctica, vol. 7, n.º 4, 20-31.",
        {"volume": "7", "issue": "4", "page": "20-31"},
    ),
    # a law's number in the title, and physics' section letter after an abbreviated journal, stay as read
    (
        "Mora, L. (2019). La ley nº 5 del agua. Revista Jurídica, 4, 33-40.",
        {"title": "La ley nº 5 del agua", "volume": "4", "issue": None, "page": "33-40"},
    ),
    (
        "A. Okafor, Phys. Rev. D 81, 2041 (2010).",
        {"container-title": "Phys. Rev. D", "volume": "81"},
    ),
    # an open platform of journal articles after the title holds the article; after a journal's numbers, a note
    (
        "Arce, D. (2020). El huerto como aula. Redalyc.",
        {"container-title": "Redalyc", "publisher": None},
    ),
    (
        "Las bibliotecas de aula en primaria. (2017). Redalyc.",
        {"container-title": "Redalyc", "publisher-place": None},
    ),
    (
        "Pardo, M. (2014). Leer en voz alta. Revista de Lectura, 6(2), 40-52. SciELO.",
        {"container-title": "Revista de Lectura", "publisher": None, "note": "SciELO"},
    ),
    # a publisher named after the title stays the publisher
    (
        "Pardo, M. (2014). Leer en voz alta. Editorial Octaedro.",
        {"publisher": "Editorial Octaedro", "container-title": None},
    ),
    # APA's own lists stay as they were read
    (
        "Ruiz, A., & Vega, M. (2020). Leer en la escuela. Editorial Graó.",
        {"author": [{"family": "Ruiz", "given": "A."}, {"family": "Vega", "given": "M."}], "edition": None},
    ),
    (
        "Soto, P. (2015). Mapas escolares (2.ª ed.). Madrid: Síntesis.",
        {"title": "Mapas escolares", "publisher": "Síntesis", "publisher-place": "Madrid"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw81_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
