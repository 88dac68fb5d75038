"""Forms of hand-written reference lists met in realworld53: a Markdown list's number set in bold before a
ResearchGate-style entry (``**[2]** Surname, Given & Surname, Given. (2017). Title. …``), a pictograph as a README's
bullet (``📚``, ``📺``), Spanish ``EE. UU.`` as a publisher's place, the slashed no-date ``(s/f)``, a British
department named "for" its portfolio (``Department for Environment, Food and Rural Affairs (2018) Title``), a
Harvard bracketed year with no stop whose title's first word the model ran into the date, and a parliament
library's ``Briefing Paper`` series with its number after the title, a white paper's last words before its command
paper's number (``… White Paper. Cm 604.``), and an R package's version inside a quoted title-case title."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a bold list number before the names parted by "&"
    (
        "**[1]** Moreno, Lucia & Ortega, Pablo. (2019). Detecting potholes with convolutional networks. "
        "10.1109/ICIP.2019.1234567.",
        {"author": [{"family": "Moreno", "given": "Lucia"}, {"family": "Ortega", "given": "Pablo"}],
         "issued": {"date-parts": [[2019]]}, "title": "Detecting potholes with convolutional networks",
         "DOI": "10.1109/ICIP.2019.1234567", "publisher": None},
    ),
    (
        "**(2)** Ruiz, Ana & Gil, Tomas. (2021). Segmentation of cracks in asphalt images. 10.3390/s21051234.",
        {"author": [{"family": "Ruiz", "given": "Ana"}, {"family": "Gil", "given": "Tomas"}],
         "title": "Segmentation of cracks in asphalt images", "publisher": None},
    ),
    # a pictograph as the bullet, before a person and before a channel
    (
        "📺 Programando Fácil. (2020, 3 de marzo). Curso de Kotlin desde cero [Archivo de video]. "
        "Recuperado de https://www.youtube.com/watch?v=abcdefghijk",
        {"author": [{"literal": "Programando Fácil"}], "issued": {"date-parts": [[2020, 3, 3]]},
         "title": "Curso de Kotlin desde cero", "URL": "https://www.youtube.com/watch?v=abcdefghijk"},
    ),
    (
        "📘 Torres, M. (2018). Bases de datos relacionales. Madrid: Ra-Ma.",
        {"author": [{"family": "Torres", "given": "M."}], "title": "Bases de datos relacionales",
         "publisher-place": "Madrid", "publisher": "Ra-Ma"},
    ),
    # Spanish "EE. UU." as the place before the publisher
    (
        "Lopez, R. (2020). Desarrollo web con Django: Guía práctica. EE. UU.: Packt Publishing.",
        {"author": [{"family": "Lopez", "given": "R."}], "title": "Desarrollo web con Django: Guía práctica",
         "publisher-place": "EE. UU.", "publisher": "Packt Publishing"},
    ),
    # the slashed no-date mark
    (
        "Platzi. (s/f). Curso profesional de Git y GitHub. Recuperado de https://platzi.com/cursos/git-github/",
        {"author": [{"literal": "Platzi"}], "issued": None, "title": "Curso profesional de Git y GitHub",
         "URL": "https://platzi.com/cursos/git-github/"},
    ),
    (
        "Kaggle. (s/f). Titanic - Machine Learning from Disaster. Recuperado de https://www.kaggle.com/c/titanic",
        {"author": [{"literal": "Kaggle"}], "issued": None, "title": "Titanic - Machine Learning from Disaster"},
    ),
    # a British department "for" its portfolio, the Harvard year after it with no stop
    (
        "Department for Digital, Culture, Media and Sport (2019) Online Harms White Paper. London: HMSO.",
        {"author": [{"literal": "Department for Digital, Culture, Media and Sport"}],
         "issued": {"date-parts": [[2019]]}, "publisher-place": "London", "publisher": "HMSO"},
    ),
    (
        "Department for Business, Energy and Industrial Strategy (2020) The Ten Point Plan for a Green Industrial "
        "Revolution. London: BEIS.",
        {"author": [{"literal": "Department for Business, Energy and Industrial Strategy"}],
         "title": "The Ten Point Plan for a Green Industrial Revolution", "publisher": "BEIS"},
    ),
    # the title's first word read into a Harvard year with no stop
    (
        "Ministry of Housing, Communities and Local Government (2022) Revenue Outturn Service Expenditure 2021-22. "
        "Available at: https://www.gov.uk/government/statistics/revenue-outturn-2021-22.",
        {"author": [{"literal": "Ministry of Housing, Communities and Local Government"}],
         "title": "Revenue Outturn Service Expenditure 2021-22",
         "URL": "https://www.gov.uk/government/statistics/revenue-outturn-2021-22"},
    ),
    # a white paper's title before its command paper's number
    (
        "Department for Levelling Up, Housing and Communities (2022) Levelling Up the United Kingdom White Paper. "
        "Cm 604. London: HMSO.",
        {"author": [{"literal": "Department for Levelling Up, Housing and Communities"}],
         "title": "Levelling Up the United Kingdom White Paper", "container-title": None, "publisher": "HMSO"},
    ),
    # an R package's version inside the quotes of a title-case Chicago title
    (
        "Pebesma, Edzer, and Roger Bivand. 2020. “Sp: Classes and Methods for Spatial Data. R Package Version 1.4-2.”",
        {"author": [{"family": "Pebesma", "given": "Edzer"}, {"family": "Bivand", "given": "Roger"}],
         "title": "Sp: Classes and Methods for Spatial Data", "version": "1.4-2"},
    ),
    # a parliament library's briefing paper and its number after the title
    (
        "Kirk-Wade, E. (2022) Public Sector Pensions. House of Commons Library Briefing Paper CBP-08722. "
        "London: House of Commons.",
        {"author": [{"family": "Kirk-Wade", "given": "E."}], "title": "Public Sector Pensions",
         "publisher-place": "London", "publisher": "House of Commons", "number": "CBP-08722"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw75_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
