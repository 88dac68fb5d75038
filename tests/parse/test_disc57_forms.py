"""Forms of the mixed-discipline lists of Elsevier, the AAN, Springer, Taylor & Francis and Pleiades: a Vancouver
family name of four words with its particle and article (``Garcia de la Torre J``); an article's number closing
the journal's name with no volume (``PLoS One e7421``); a chapter's publisher after the book's editors (``in Book,
T.C. Ward, ed., Society …, Littleton,``); the Russian journals' English editions (Pleiades) with a proceedings'
name after the title's comma alone (``Title, Proc. 3rd Int. Conf. …, Kraków, 1996, pp. 211-215.``), a meeting's
number in roman figures opening its name (``XII Int. Conf. on …, Kyiv, 1997, p. 86.``), a journal's town in
brackets (``Zh. Tekh. Fiz. (S.-Peterburg), 1999,``, as NLM's ``Acta Neurochir (Wien) 1998;140``), an edited book
opening on its title (``Crystal Growth Processes, Petrov, A.N. and Ivanova, L.K., Eds., Moscow: Nauka, 1984.``)
and an institute's preprint (``Preprint of Inst. of Physics and Power Engineering, Obninsk, 1991, no. 2215.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

PARTICLE_FAMILIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Ruiz P, Garcia de la Torre J, Lopez MA et al (2011) Hepatic clearance of ibuprofen in elderly patients. "
        "Eur J Clin Pharmacol 67:101-108",
        {
            "author": [
                {"family": "Ruiz", "given": "P"},
                {"family": "Garcia de la Torre", "given": "J"},
                {"family": "Lopez", "given": "MA"},
            ],
            "container-title": "Eur J Clin Pharmacol",
        },
    ),
]

ARTICLE_NUMBERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hansen T, Berg K (2009) Seasonal variation in paediatric fever admissions. PLoS One e7421",
        {"container-title": "PLoS One", "page": "e7421", "volume": None},
    ),
]

PLEIADES: list[tuple[str, dict[str, Any]]] = [
    (
        "Ivanov, P.S., Optical Properties of Porous Silicon Layers, Proc. 3rd Int. Conf. on Thin Films, Kraków, "
        "1996, pp. 211-215.",
        {
            "title": "Optical Properties of Porous Silicon Layers",
            "container-title": "Proc. 3rd Int. Conf. on Thin Films",
            "publisher-place": "Kraków",
            "page": "211-215",
        },
    ),
    (
        "Petrenko, O.V., Magnetic Ordering in Rare-Earth Germanides, XII Int. Conf. on Solid Compounds of "
        "Transition Elements, Kyiv, 1997, p. 86.",
        {
            "title": "Magnetic Ordering in Rare-Earth Germanides",
            "container-title": "XII Int. Conf. on Solid Compounds of Transition Elements",
            "publisher-place": "Kyiv",
        },
    ),
    (
        "Sidorov, V.N., Orlov, K.A., and Belov, I.I., Deep Centers in Gallium Arsenide, Zh. Tekh. Fiz. "
        "(S.-Peterburg), 1999, vol. 69, no. 2, pp. 77-81.",
        {
            "author": [
                {"family": "Sidorov", "given": "V.N."},
                {"family": "Orlov", "given": "K.A."},
                {"family": "Belov", "given": "I.I."},
            ],
            "container-title": "Zh. Tekh. Fiz. (S.-Peterburg)",
            "volume": "69",
        },
    ),
    (
        "Crystal Growth Processes, Petrov, A.N. and Ivanova, L.K., Eds., Moscow: Nauka, 1984.",
        {
            "title": "Crystal Growth Processes",
            "editor": [{"family": "Petrov", "given": "A.N."}, {"family": "Ivanova", "given": "L.K."}],
            "publisher-place": "Moscow",
            "publisher": "Nauka",
        },
    ),
    (
        "Kuznetsov, A.B., Preprint of Inst. of Physics and Power Engineering, Obninsk, 1991, no. 2215.",
        {
            "title": None,
            "genre": "Preprint",
            "publisher": "Inst. of Physics and Power Engineering",
            "publisher-place": "Obninsk",
        },
    ),
]

BOOK_EDITOR_IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Novak, R., Blast-induced damage in shafts, in Mine Ventilation Handbook, T.C. Ward, ed., Society for Mining "
        "Engineering, Littleton, 2004, pp. 311-330.",
        {
            "container-title": "Mine Ventilation Handbook",
            "editor": [{"family": "Ward", "given": "T.C."}],
            "publisher": "Society for Mining Engineering",
            "publisher-place": "Littleton",
        },
    ),
]

NLM_TOWNS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hughes RT, Patel S. Cortical venous drainage after sinus ligation. Acta Neurochir (Wien) 1998;140:455-461.",
        {"container-title": "Acta Neurochir (Wien)", "publisher-place": None, "volume": "140", "page": "455-461"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PARTICLE_FAMILIES + ARTICLE_NUMBERS + PLEIADES + BOOK_EDITOR_IMPRINTS + NLM_TOWNS
)
def test_disc57_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
