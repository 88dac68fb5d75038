"""Forms of hand-written reference lists met in realworld44: a Brazilian list's whole entry in underscore italics with
the bold title inside (``_SOBRENOME, Nome. **Título**. Cidade: Editora, c2015. xii, 300 p._``), ABNT's copyright year
before a count of pages or ``E-book.``, the firm and year read into the ISBN, a given name with no stop before the bold
title (``SOBRENOME, Nome **Título**``); Word's IEEE corporate author with its acronym (``Bundesamt für Verkehr, BfV,``);
a French outlet after the guillemets (``« Titre » Ouest-Éclair [en ligne], (page consultée le …)``); a catalogue's
``Title : subtitle / by First Last``; JSTOR's editors family name first (``edited by Van Dijk Anna and Moore
Susan``); Chicago's ``Name (blog)``; D-Lib's issue before the address (``22:5/6 http://…``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.normalisers.names import body_with_acronym, parse_names

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "_ALMEIDA, João; COSTA, Maria. **Gestão de projetos**. Rio de Janeiro: Campus, c2016. xiv, 412 p. "
        "ISBN 9788535200000._",
        {"author": [{"family": "ALMEIDA", "given": "João"}, {"family": "COSTA", "given": "Maria"}],
         "title": "Gestão de projetos", "publisher": "Campus", "publisher-place": "Rio de Janeiro",
         "issued": {"date-parts": [[2016]]}, "page": "xiv, 412"},
    ),
    (
        "_NUNES, Pedro. **Bancos de dados**. São Paulo: Pearson, c2020. E-book. ISBN 9788543020000._",
        {"author": [{"family": "NUNES", "given": "Pedro"}], "title": "Bancos de dados", "publisher": "Pearson",
         "issued": {"date-parts": [[2020]]}, "medium": "E-book", "page": None},
    ),
    (
        "_MENDES, Lucas. **Algoritmos em Python**. Rio de Janeiro, RJ: LTC, c2017. E-book. ISBN 978-85-216-3000-0._",
        {"author": [{"family": "MENDES", "given": "Lucas"}], "title": "Algoritmos em Python", "publisher": "LTC",
         "publisher-place": "Rio de Janeiro, RJ", "issued": {"date-parts": [[2017]]}, "ISBN": "978-85-216-3000-0"},
    ),
    (
        "ARAUJO, Felipe **Consumismo e suas consequências** Acesso em: 08 set. 2023",
        {"author": [{"family": "ARAUJO", "given": "Felipe"}], "title": "Consumismo e suas consequências"},
    ),
    (
        '[7] Bundesamt für Sicherheit in der Informationstechnik, BSI, "Cloud Computing Compliance Criteria '
        'Catalogue," 2020. [Online]. Available: https://www.bsi.bund.de/c5. [Zugriff am 03 05 2023].',
        {"author": [{"literal": "Bundesamt für Sicherheit in der Informationstechnik, BSI"}],
         "title": "Cloud Computing Compliance Criteria Catalogue"},
    ),
    (
        "[3] Bundesamt für Sicherheit in der Informationstechnik, BSI, Lagebericht zur IT-Sicherheit, Bonn: "
        "Eigenverlag, 2022.",
        {"author": [{"literal": "Bundesamt für Sicherheit in der Informationstechnik, BSI"}],
         "title": "Lagebericht zur IT-Sicherheit", "publisher-place": "Bonn", "publisher": "Eigenverlag"},
    ),
    (
        '[4] Bundesamt für Verkehr, BfV, "Richtlinie über den Bau von Anlagen," 2019. [Online]. Available: '
        "https://www.example.de/rl. [Zugriff am 03 05 2023].",
        {"author": [{"literal": "Bundesamt für Verkehr, BfV"}], "title": "Richtlinie über den Bau von Anlagen"},
    ),
    (
        "[5] International Organization for Standardization, ISO, ISO 9001 Quality management systems – "
        "Requirements, 2015.",
        {"author": [{"literal": "International Organization for Standardization, ISO"}]},
    ),
    (
        "26. Kovács G. Waves of the mind. New York, NY, US: Oxford University Press. 2008.",
        {"author": [{"family": "Kovács", "given": "G."}], "title": "Waves of the mind"},
    ),
    (
        "Martin P., (2018). « Le tramway revient en ville » Ouest-Éclair [en ligne], (page consultée le 03/02/2019)",
        {"title": "Le tramway revient en ville", "container-title": "Ouest-Éclair", "issue": None},
    ),
    (
        "Bernard L., (2014). « Les villes sans voitures ont déjà commencé », Sciences Humaines [en ligne], (page "
        "consultée le 10/03/2017)",
        {"title": "Les villes sans voitures ont déjà commencé", "container-title": "Sciences Humaines", "issue": None,
         "accessed": {"date-parts": [[2017, 3, 10]]}},
    ),
    (
        "Petit M., (2015). « Le vélo électrique en questions » Sud Ouest [en ligne], (page consultée le 10/03/2017)",
        {"title": "Le vélo électrique en questions", "container-title": "Sud Ouest", "issue": None},
    ),
    (
        "Union des villes, 2012. « Guide du stationnement » [en ligne], (page consultée le 03/02/2019), p. 12",
        {"title": "Guide du stationnement", "page": "12", "accessed": {"date-parts": [[2019, 2, 3]]}},
    ),
    (
        "Collecting the world : the life and curiosity of a collector (1720-1790) / by Hannah R. Ellis",
        {"author": [{"family": "Ellis", "given": "Hannah R."}], "editor": None,
         "title": "Collecting the world : the life and curiosity of a collector (1720-1790)"},
    ),
    (
        "The museum in the city / by Robert Nolan",
        {"author": [{"family": "Nolan", "given": "Robert"}], "title": "The museum in the city"},
    ),
    (
        "Grant, Olivia. “Open Collections Online.” In Digital Heritage Now, edited by Van Dijk Anna and Moore Susan, "
        "12-30. Leiden: Brill, 2019. http://www.jstor.org/stable/j.ctv1234.5",
        {"editor": [{"family": "Van Dijk", "given": "Anna"}, {"family": "Moore", "given": "Susan"}]},
    ),
    (
        "Reed, Thomas A. “Ten Notes on Linked Data.” Thomas Reed, MA (blog), 14 Mar 2017, "
        "https://thomasreed.net/2017/03/14/ten-notes.html.",
        {"container-title": "Thomas Reed, MA", "editor": None, "publisher": None},
    ),
    (
        "Hill, Sandra. 2016. Challenges in the Digital Age. D-Lib Magazine July/August 2016. 22:7/8 "
        "http://www.dlib.org/dlib/july16/hill/07hill.html",
        {"volume": "22", "issue": "7/8", "URL": "http://www.dlib.org/dlib/july16/hill/07hill.html"},
    ),
    (
        "Wong, Kim. 2012. Data Museums in Annual Review of Museum Studies 12(2):101-120 · March 2012. pdf available "
        "at https://example.org/wong.pdf",
        {"page": "101-120"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw65_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bundesamt für Verkehr, BfV", "Bundesamt für Verkehr, BfV"),
        ("International Organization for Standardization, ISO", "International Organization for Standardization, ISO"),
        ("Mary Ann Smith, MAS", None),  # a person and her initials
        ("Garcia Lopez, GL", None),
        ("Smith, JA", None),
    ],
)
def test_body_with_acronym(text: str, body: str | None) -> None:
    assert body_with_acronym(text) == body


def test_person_with_initials_stays_person() -> None:
    assert parse_names("Mary Ann Smith, MAS") != [{"literal": "Mary Ann Smith, MAS"}]
