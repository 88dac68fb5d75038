"""Two-word family names in names written given name first: moved into the family name only where the reference
shows the word is the family's; middle names stay the given name's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import read_fields


def _names(text: str, role: str = "author") -> list[tuple[str | None, str | None]]:
    item: dict[str, Any] = read_fields(text)
    return [(n.get("given"), n.get("family")) for n in item.get(role, [])]


# a word no given-name list knows before a Spanish surname, a Flemish particle written as one word
SPANISH_AND_FLEMISH = [
    (
        "Peña, Gilberto Anguiano, y Catalina Naumis Peña. 2015. «Extracción de candidatos a términos de un corpus "
        "de la lengua general». *Investigación Bibliotecológica: Archivonomía, Bibliotecología e Información* 29 "
        "(67): 19-45. https://doi.org/10.1016/j.ibbai.2016.02.035.",
        ("Catalina", "Naumis Peña"),
    ),
    (
        "Claire Kearney-Volpe, Chancey Fleet, Keita Ohshiro, Veronica Alfaro Arias, and Amy Hurst. 2021. Making "
        "the elusive more tangible: remote tools and techniques for teaching web development to screen reader "
        "users. In Proceedings of the 18th International Web for All Conference, 1–14.",
        ("Veronica", "Alfaro Arias"),
    ),
    (
        "Sandra Milena Ortiz, Rodrigo Zamudio Gómez, and Peter Hall. 2019. Urban heat islands in Andean cities. "
        "Urban Climate 28: 100457.",
        ("Rodrigo", "Zamudio Gómez"),
    ),
    (
        "Pierre Dragicevic, Yvonne Jansen, and Andrew Vande Moere. 2021. Data Physicalization. In Springer "
        "Handbook of Human Computer Interaction. Springer.",
        ("Andrew", "Vande Moere"),
    ),
]


@pytest.mark.parametrize("text,name", SPANISH_AND_FLEMISH)
def test_spanish_double_family_and_joined_particle(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)


# a word spelled out after a lone initial where every other person of the list has initials alone
INITIALS_LISTS = [
    (
        "[47] A. Osman, J. Fernández-Pendás, C. Warren, S. Kosen, M. Scigliuzzo, A. Frisk Kockum, G. Tancredi, "
        "A. Fadavi Roudsari, and J. Bylander, Mitigation of frequency collisions in superconducting quantum "
        "processors, Phys. Rev. Res. 5, 043001 (2023).",
        "author",
        [("A.", "Frisk Kockum"), ("A.", "Fadavi Roudsari")],
    ),
    (
        "[52] K. Kim, K. Lee, R. Monteiro, I. Nicholson and D. Peinador Veiga, The classical double copy of a "
        "point charge, JHEP 02 (2020) 046 [arXiv:1912.02177].",
        "author",
        [("D.", "Peinador Veiga")],
    ),
    (
        "[22] M. Rushdi Saleh, M. T. Martín-Valdivia, A. Montejo-Ráez, and L. A. Ureña-López, “Experiments with "
        "SVM to classify opinions in different domains,” Expert Syst. Appl., vol. 38, no. 12, pp. 14799–14804, "
        "Nov. 2011.",
        "author",
        [("M.", "Rushdi Saleh")],
    ),
    (
        "Enze Xie, Wenhai Wang, and Ping Luo. Segformer: Simple and efficient design for semantic segmentation "
        "with transformers. In M. Ranzato, A. Beygelzimer, Y. Dauphin, P.S. Liang, and J. Wortman Vaughan, "
        "editors, Advances in Neural Information Processing Systems, volume 34, pages 12077–12090. Curran "
        "Associates, Inc., 2021.",
        "editor",
        [("J.", "Wortman Vaughan")],
    ),
]


@pytest.mark.parametrize("text,role,names", INITIALS_LISTS)
def test_word_after_lone_initial_in_a_list_of_initials(text: str, role: str, names: list[tuple[str, str]]) -> None:
    read = _names(text, role)
    for name in names:
        assert name in read


# a citation key that names the person by both words
KEYED = [
    (
        "[Horta Ribeiro et al., 2020] Manoel Horta Ribeiro, Kristina Gligoric, and Robert West. 2020. Sudden "
        "attention shifts on Wikipedia following COVID-19 mobility restrictions. CoRR abs/2005.08505.",
        ("Manoel", "Horta Ribeiro"),
    ),
    (
        "[Peyton Jones, 2003] Simon Peyton Jones. Haskell 98 Language and Libraries: The Revised Report. "
        "Cambridge University Press, 2003.",
        ("Simon", "Peyton Jones"),
    ),
]


@pytest.mark.parametrize("text,name", KEYED)
def test_family_named_by_the_citation_key(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)


# middle names stay the given name's
MIDDLE_NAMES = [
    ("Mary Ellen Waith. 1989. The Ethics of Care. Hypatia 4 (2): 1–15.", ("Mary Ellen", "Waith")),
    ("John Paul Jones and Robert Plant. 1975. Physical Graffiti. Swan Song Records.", ("John Paul", "Jones")),
    ("Jean Pierre Dupont. 2004. Petite métaphysique des tsunamis. Paris: Seuil.", ("Jean Pierre", "Dupont")),
    (
        "Candela, Gustavo, María Dolores Sáez, and María Pilar Escobar. 2021. Reusing digital collections. "
        "Journal of Documentation 77 (2): 1–20.",
        ("María Dolores", "Sáez"),
    ),
    (
        "Juan Pablo Alperin and Gustavo Fischman. 2015. Hecho en Latinoamérica. Buenos Aires: CLACSO.",
        ("Juan Pablo", "Alperin"),
    ),
    (
        "Diana Marcela Rodríguez and Luis Torres. 2018. Conflict and land in Colombia. Bogotá: Uniandes.",
        ("Diana Marcela", "Rodríguez"),
    ),
    (
        "[12] Z. Chen, X. Li and T. Kai Ng, Exactly solvable BCS-Hubbard model in arbitrary dimensions, Phys. "
        "Rev. Lett. 120, 046401 (2018).",
        ("T. Kai", "Ng"),
    ),
    (
        "Pan, L., K. Liu, F. Breton, et Y. Grant Chen. «Effect of Fe on microstructure and properties of 8xxx "
        "aluminium conductor alloys.» Journal of Materials Engineering and Performance 25 (2016): 5201-5208.",
        ("Y. Grant", "Chen"),
    ),
    (
        "[31] H. Wang, J. Ignacio Cirac, M. Lewenstein, and P. Zoller, Quantum computation with trapped ions, "
        "Phys. Rev. A 62, 052302 (2000).",
        ("J. Ignacio", "Cirac"),
    ),
    (
        "W. Bruce Croft, Donald Metzler, and Trevor Strohman. Search Engines: Information Retrieval in Practice. "
        "Addison-Wesley, 2010.",
        ("W. Bruce", "Croft"),
    ),
    (
        "Horta Ribeiro, M., Gligoric, K., and West, R. (2020). Sudden attention shifts on Wikipedia. CoRR "
        "abs/2005.08505.",
        ("M.", "Horta Ribeiro"),
    ),
]


@pytest.mark.parametrize("text,name", MIDDLE_NAMES)
def test_middle_names_stay_given(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)


# a family name of two words inverted before two Catalan given names; Vancouver initials of "María del Carmen"
INVERTED_AND_VANCOUVER = [
    (
        "Cuenca Ordinyana, Maria Josep (2006), La connexió i els connectors. Perspectiva oracional i textual. Vic. "
        "Eumo Editorial.",
        [("Maria Josep", "Cuenca Ordinyana")],
    ),
    (
        "Castellà Lidon, Josep Maria (2004), Oralitat i escriptura. Dues cares de la complexitat en el llenguatge. "
        "Barcelona: Publicacions de l'Abadia de Montserrat.",
        [("Josep Maria", "Castellà Lidon")],
    ),
    (
        "López-Barrera MdC, Horta Ribeiro M, Smith J. Obesity in adolescents: a cohort study. BMJ. "
        "2019;365:l1234.",
        [("MdC", "López-Barrera"), ("M", "Horta Ribeiro")],
    ),
    (
        "Martínez-González MÁ, López-Barrera MdC, Ruiz-Canela M. Dieta mediterránea y salud cardiovascular. Rev "
        "Esp Cardiol. 2016;69(6):601-8.",
        [("MdC", "López-Barrera")],
    ),
]


@pytest.mark.parametrize("text,names", INVERTED_AND_VANCOUVER)
def test_inverted_catalan_and_vancouver_devotion_initials(text: str, names: list[tuple[str, str]]) -> None:
    read = _names(text)
    for name in names:
        assert name in read
