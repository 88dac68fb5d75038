"""Humanities bibliography forms of Italian and Spanish lists (philology, catalogues of manuscripts and early
printed books), typed by hand in their style, each with the fields it must give: every case was read wrong before
the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an Italian list's original edition in the closing bracket ('ed. or.'): the Italian imprint is the book's",
        "BARTHES, Roland, *Il grado zero della scrittura*, Torino, Einaudi, 1960 (ed. or. *Le degré zéro de "
        "l'écriture*, Parigi, Seuil, 1953).",
        {"publisher-place": "Torino", "publisher": "Einaudi", "issued": {"date-parts": [[1960]]}},
    ),
    (
        "a foreign town written in Italian ('Berlino', 'Copenaghen') before the publisher is the place",
        "MANN, Thomas, *Der Zauberberg*, Berlino, S. Fischer, 1924.",
        {"publisher-place": "Berlino", "publisher": "S. Fischer"},
    ),
    (
        "a Spanish imprint's town in Spanish with no publisher ('La Haya: 1903'): the place",
        "Vindel, Pedro. *Catálogo de libros raros* (La Haya: 1911).",
        {"publisher-place": "La Haya", "publisher": None},
    ),
    (
        "an inverted Spanish family of two words and a devotional given name ('María del Pilar'): one person",
        "Sánchez Cantón, María del Pilar. *Los libros de la reina Isabel* (Madrid: CSIC, 1950).",
        {"author": [{"family": "Sánchez Cantón", "given": "María del Pilar"}]},
    ),
    (
        "the first author inverted with a family of two words, the second in natural order with a particle "
        "inside his family ('Juan Pérez de Guzmán')",
        "Menéndez Pidal, Ramón, y Juan Pérez de Guzmán. *Crónicas del siglo XV* (Madrid: Espasa, 1940).",
        {"author": [{"family": "Menéndez Pidal", "given": "Ramón"}, {"family": "Pérez de Guzmán", "given": "Juan"}]},
    ),
    (
        "a chapter's two editors joined by 'y' after 'en': both are editors",
        "Ruiz García, Elisa. «La decoración de los códices en Toledo en la segunda mitad del siglo XV», en M. L. "
        "López Vidriero y P. Santos, eds., *Libros y lectores* (Ediciones de la Universidad de León, 1998) 101-120.",
        {"editor": [{"family": "López Vidriero", "given": "M. L."}, {"family": "Santos", "given": "P."}]},
    ),
    (
        "Spanish 'ed. de' before the editor's name: the 'de' is the role's",
        "Góngora, Luis de. «Soledades», *Obras completas*, ed. de Dámaso Alonso (Madrid: Aguilar, 1932) 45.",
        {"editor": [{"family": "Alonso", "given": "Dámaso"}]},
    ),
    (
        "an Italian journal's series before the volume ('serie IV, vol. 7'): the series is no part of the journal",
        "Rossi, Paolo. «I codici della Biblioteca Estense», *Atti e memorie della Deputazione di storia patria*, "
        "serie IV, vol. 7 (1898) 55-80.",
        {"container-title": "Atti e memorie della Deputazione di storia patria", "volume": "7"},
    ),
    (
        "a Spanish journal's epoch before the volume ('3a época, 12'): the volume is the number after it",
        "Millares Carlo, Agustín. «Los códices visigóticos», *Revista de Archivos*, 3a época, 12 (1905) 1-20.",
        {"container-title": "Revista de Archivos", "volume": "12"},
    ),
    (
        "a journal's town and year in one bracket ('(Paris 1879)'): the year is the date, the pages stay pages",
        "Graux, Charles. «Rapports sur une mission en Espagne», *Archives des missions scientifiques*, t. V "
        "(Paris 1879) 126-129.",
        {"issued": {"date-parts": [[1879]]}, "page": "126-129", "volume": "V", "issue": None},
    ),
    (
        "a work cited by its title with its town and year in the bracket: the town is the place, no author",
        "*Catalogue of Printed Maps in the British Museum* (London, 1967).",
        {"author": None, "publisher-place": "London", "title": "Catalogue of Printed Maps in the British Museum"},
    ),
    (
        "a Spanish reprint after the first imprint ('Reimp.'): the first imprint is the book's",
        "Salvá, Vicente. *Catálogo de la biblioteca de Salvá* (Valencia: Ferrer de Orga, 1872. Reimp. Barcelona: "
        "Porter, 1963).",
        {"publisher-place": "Valencia", "publisher": "Ferrer de Orga", "issued": {"date-parts": [[1872]]}},
    ),
    (
        "a reprint sentence after the first imprint's year ('. Reimp.'): a note, not a second imprint",
        "Palau, Antonio. *Manual del librero*. Barcelona: Imp. Viader, 1927. Reimp. Barcelona: Librería Palau, 1959.",
        {"publisher-place": "Barcelona", "publisher": "Imp. Viader", "issued": {"date-parts": [[1927]]}},
    ),
    (
        "a repository's 'URI:' before the address announces it: no publisher",
        "Mendes, Ana (2019). “O arquivo e a edição.” Revista de Letras 12: 5-20. URI: http://hdl.handle.net/10316/4471",
        {"publisher": None, "URL": "http://hdl.handle.net/10316/4471"},
    ),
    (
        "a page cited after the book's roman volume ('vol. I, 93'): the number after the comma is the page",
        "Jähns, Max. *Geschichte der Kriegswissenschaften*. (Munich y Leipzig: R. Oldenburg, 1889) vol. I, 93.",
        {"volume": "I", "page": "93"},
    ),
    (
        "a Spanish journal's issue after the volume ('t. 12, núm. 3'): the issue",
        "Pérez, Juan. «El códice de Toledo», *Revista de Filología Española*, t. 12, núm. 3, 1925, pp. 10-20.",
        {"volume": "12", "issue": "3", "note": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_form_is_read(why: str, text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
