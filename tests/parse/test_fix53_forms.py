"""Parse cases of real-world forms: a body's name with its bracketed abbreviation as the author, kept whole; a
French book's named collection after its publisher or title; Chicago's first name inverted with a two-word family
before a natural-order second name; Turkish's ``editör``/``çev.`` between a book's title and its editor or
translator."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed Forces Retirement Home (AFRH). 2020. Annual Report. Washington, DC: AFRH.",
            {"author": [{"literal": "Armed Forces Retirement Home (AFRH)"}], "title": "Annual Report"},
        ),
        (
            "Australian Research Data Commons (ARDC). (2021). FAIR data guidelines. ARDC. https://ardc.edu.au/",
            {"author": [{"literal": "Australian Research Data Commons (ARDC)"}], "title": "FAIR data guidelines"},
        ),
        (
            "Armed Forces Retirement Home (AFRD). n.d. AFRH-IRIS. Accessed June 20, 2023. http://www.afrh-iris.com/",
            {"author": [{"literal": "Armed Forces Retirement Home (AFRD)"}], "title": "AFRH-IRIS"},
        ),
        (
            "Armed Forces Retirement Home (AFRH). n.d. Resident Guide. Accessed June 20, 2023. http://www.afrh.gov/",
            {"author": [{"literal": "Armed Forces Retirement Home (AFRH)"}], "title": "Resident Guide"},
        ),
        (
            "Australian Research Data Commons (ARDC). n.d. Research Data Australia. Accessed May 3, 2022."
            " https://researchdata.edu.au/",
            {"author": [{"literal": "Australian Research Data Commons (ARDC)"}], "title": "Research Data Australia"},
        ),
        (
            "Scottish Natural Heritage Trust (SNHT). 2018. Coastal survey report. Inverness: SNHT.",
            {"author": [{"literal": "Scottish Natural Heritage Trust (SNHT)"}]},
        ),
        # a tool's title with its own abbreviation, no body named again: the title, no author
        (
            "Photosensitive Epilepsy Analysis Tool (PEAT). (n.d.). Trace Research & Development Center. Retrieved"
            " December 4, 2022, from https://trace.umd.edu/peat/",
            {"author": None},
        ),
    ],
)
def test_body_with_its_abbreviation(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hans Robert Jauss, Pour une esthétique de la réception, 305 p., Gallimard, Collection Tel, Paris, 1990",
            {"publisher": "Gallimard", "collection-title": "Tel", "publisher-place": "Paris"},
        ),
        (
            "Paul Ricœur, Le conflit des interprétations, 500 p., Éditions Le Seuil, Collection Esprit, Paris, 1969",
            {"publisher": "Éditions Le Seuil", "collection-title": "Esprit"},
        ),
        (
            'Jean Grondin, L\'herméneutique, PUF, "Que sais-je ?", 2006.',
            {"publisher": "PUF", "collection-title": "Que sais-je ?"},
        ),
        (
            "Georges Gusdorf, Les origines de l’herméneutique, Collection : Les Sciences humaines et la pensée"
            " occidentale, 1988.",
            {"title": "Les origines de l’herméneutique"},
        ),
    ],
)
def test_named_collection(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alemany Ferrer, Rafael y Robert Tate, eds. Alfonso de Palencia, *Epístolas Latinas* (Barcelona:"
            " Universidad Autónoma, 1982).",
            {
                "editor": [
                    {"family": "Alemany Ferrer", "given": "Rafael"},
                    {"family": "Tate", "given": "Robert"},
                ]
            },
        ),
        (
            "Delgado Ruiz, Manuel, and John Smith. *La ciudad mentirosa*. Madrid: Catarata, 2007.",
            {"author": [{"family": "Delgado Ruiz", "given": "Manuel"}, {"family": "Smith", "given": "John"}]},
        ),
        (
            "García Márquez, Gabriel y Pedro Sorela. *El otro García Márquez*. Madrid: Mondadori, 1988.",
            {"author": [{"family": "García Márquez", "given": "Gabriel"}, {"family": "Sorela", "given": "Pedro"}]},
        ),
    ],
)
def test_inverted_two_word_family_then_natural(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hayri, Abdülvahap. 2008. İktisadi Trabzon. editör M. Öksüz. Serander Yayınları.",
            {"title": "İktisadi Trabzon", "editor": [{"family": "Öksüz", "given": "M."}]},
        ),
        (
            "Yılmaz, Ahmet. 2015. Osmanlı Tarihi. çev. M. Kaya. İstanbul: Kitap Yayınevi.",
            {"title": "Osmanlı Tarihi", "translator": [{"family": "Kaya", "given": "M."}]},
        ),
        (
            "Kaya, Mehmet. 2010. Trabzon Tarihi. Hazırlayan Ali Demir. Ankara: Türk Tarih Kurumu.",
            {"title": "Trabzon Tarihi", "editor": [{"family": "Demir", "given": "Ali"}]},
        ),
    ],
)
def test_turkish_role_words(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiss Jenő: Magyar anyanyelvűek – magyar nyelvváltozatok. Bp., Osiris, 2002.",
            {"publisher": "Osiris", "publisher-place": "Bp."},
        ),
        (
            "Benkő Loránd (szerk.): A magyar nyelv történeti-etimológiai szótára. Bp., Akadémiai Kiadó, 1967.",
            {"publisher": "Akadémiai Kiadó", "publisher-place": "Bp."},
        ),
        # a firm's letters in capitals are no town
        (
            "BP. (2020). Statistical review of world energy. BP.",
            {"author": [{"literal": "BP"}], "publisher": "BP", "publisher-place": None},
        ),
    ],
)
def test_hungarian_abbreviated_budapest(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011",
            {
                "author": [{"family": "Kondrup", "given": "Johnny"}],
                "title": "Editionsfilologi",
                "publisher-place": "København",
            },
        ),
        (
            "Johnny Kondrup: *Editionsfilologi*, 2011, s. 217-236.",
            {"author": [{"family": "Kondrup", "given": "Johnny"}], "title": "Editionsfilologi"},
        ),
        (
            "Hjorth, Ebba: *Dansk ordbog*, København: Gyldendal 1999",
            {"author": [{"family": "Hjorth", "given": "Ebba"}], "title": "Dansk ordbog", "publisher": "Gyldendal"},
        ),
    ],
)
def test_person_colon_italic_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ROSMANINHO, Nuno – «António Ferro e a propaganda nacional antimoderna», in: Luís Reis Torgal e Heloísa"
            " Paulo (coord.), Estados Autoritários e Totalitários e Suas Representações. Coimbra, Imprensa da"
            " Universidade de Coimbra, 2008, pp. 289-299.",
            {
                "container-title": "Estados Autoritários e Totalitários e Suas Representações",
                "publisher": "Imprensa da Universidade de Coimbra",
                "publisher-place": "Coimbra",
            },
        ),
        (
            "ROSMANINHO, Nuno – «As múltiplas facetas da arte nacional», in: António Pedro Pita e Luís Trindade"
            " (coord.), Transformações Estruturais do Campo Cultural Português (1900-1950), Coimbra, Ariadne Editora"
            " e CEIS20, 2005, pp. 373-400.",
            {
                "container-title": "Transformações Estruturais do Campo Cultural Português (1900-1950)",
                "publisher": "Ariadne Editora e CEIS20",
                "publisher-place": "Coimbra",
            },
        ),
        (
            "SOUSA, Rui – «A cidade industrial», in: Maria Lopes (coord.), Portugal Contemporâneo (1900-1950), Lisboa,"
            " Edições Colibri, 2001, pp. 77-90.",
            {
                "container-title": "Portugal Contemporâneo (1900-1950)",
                "publisher": "Edições Colibri",
                "publisher-place": "Lisboa",
            },
        ),
    ],
)
def test_imprint_closing_the_book(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_meeting_town_and_country_closing_proceedings_name_no_publisher() -> None:
    assert_read_as(
        "21 Godfried T. Toussaint. The sphere of influence graph: Theory and applications. In 3rd International"
        " Conference on Information Technology, System & Management (ICTSM 2014), Abu Dhabi, UAE, May 2014.",
        {"publisher": None},
    )
