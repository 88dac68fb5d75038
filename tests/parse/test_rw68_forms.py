"""Forms of hand-written reference lists met in realworld46: a page cited by its tab's title with the body's site
after its last dash or bar and only its address after (``Title - Raad van State https://www.raadvanstate.nl/…``,
an essay's ``- Wetenschappelijke Raad voor het Regeringsbeleid (WRR)`` named by its abbreviation in the host); a
Spanish or Portuguese body's name opening a Vancouver-like page reference (``Organización Panamericana de la Salud.
Title. Disponible en https://…``); a ministry's resolution, decree or official letter cited by its number, date and
subject (``Resolución N°1162 del 24 de agosto de 2022, Aprueba …``); a whole reference written as one Markdown link
whose address CommonMark sets in angle brackets (``[Names; _Title_, HPB (2018).](<https://…(18)3447-4/…>)``); the
Scandinavian ``mfl.`` closing a list of names; a journal's name followed by the year again in brackets (``BJS Open
(2018).``, ``Int J Circumpolar Health (2018).``); a link whose words close on its own address."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # the site after the title's last dash, a body named in the host
    (
        "Handreiking digitale toegankelijkheid - Uitvoering en toezicht - Autoriteit Persoonsgegevens "
        "https://www.autoriteitpersoonsgegevens.nl/documenten/handreiking.pdf",
        {"title": "Handreiking digitale toegankelijkheid - Uitvoering en toezicht",
         "container-title": "Autoriteit Persoonsgegevens"},
    ),
    (
        "[Woningmarkt in beeld. Een verkenning - Centraal Planbureau (CPB)](https://www.cpb.nl/sites/default/"
        "files/omnidownload/woningmarkt.pdf)",
        {"title": "Woningmarkt in beeld. Een verkenning", "container-title": "Centraal Planbureau (CPB)",
         "URL": "https://www.cpb.nl/sites/default/files/omnidownload/woningmarkt.pdf"},
    ),
    (
        "[Vertrouwen in de rechtspraak blijft hoog - Stichting Rechtspraakmonitor]"
        "(https://www.rechtspraakmonitor.nl/nieuws/vertrouwen-blijft-hoog)",
        {"title": "Vertrouwen in de rechtspraak blijft hoog", "container-title": "Stichting Rechtspraakmonitor"},
    ),
    # (guard) a subtitle after the dash stays in the title
    (
        "[Wetgeving voor burgers - een handleiding](https://www.example.nl/files/wetgeving-handleiding.pdf)",
        {"title": "Wetgeving voor burgers - een handleiding", "container-title": None},
    ),
    # a Spanish body's name before the title
    (
        "Organización Panamericana de la Salud. Recomendaciones para la vigilancia del dengue. Disponible en "
        "https://www.paho.org/es/documentos/vigilancia-dengue [Consultado el 3 de marzo de 2023]",
        {"author": [{"literal": "Organización Panamericana de la Salud"}],
         "title": "Recomendaciones para la vigilancia del dengue", "accessed": {"date-parts": [[2023, 3, 3]]}},
    ),
    (  # (guard: read so before)
        "Instituto Nacional de Estadística. Encuesta de condiciones de vida 2021. Disponible en "
        "https://www.ine.es/ecv2021",
        {"author": [{"literal": "Instituto Nacional de Estadística"}], "title": "Encuesta de condiciones de vida 2021"},
    ),
    # a ministry's numbered instruments
    (
        "[Resolución Exenta N°245](https://www.example.cl/res-245.pdf) del 3 de marzo de 2021, Aprueba norma técnica "
        "de vigilancia de enfermedades transmisibles.",
        {"type": "legislation", "number": "Resolución Exenta N°245",
         "title": "Aprueba norma técnica de vigilancia de enfermedades transmisibles",
         "issued": {"date-parts": [[2021, 3, 3]]}, "URL": "https://www.example.cl/res-245.pdf", "author": None},
    ),
    (
        "[Ord. B21/N°1520](https://www.example.cl/ord-1520.pdf) del 9 de mayo 2023, Refuerza vigilancia de influenza "
        "aviar en establecimientos de salud",
        {"number": "Ord. B21/N°1520", "title": "Refuerza vigilancia de influenza aviar en establecimientos de salud",
         "issued": {"date-parts": [[2023, 5, 9]]}, "author": None},
    ),
    (
        "Decreto N°12, Prorroga la alerta sanitaria por el periodo que indica.",
        {"number": "Decreto N°12", "title": "Prorroga la alerta sanitaria por el periodo que indica", "author": None,
         "issued": None},
    ),
    # a whole reference linked, its address in angle brackets
    (
        "[Dahl K., Berg T.; _Outcomes after pancreatic surgery in a national cohort_, HPB (2019).]"
        "(<https://www.hpbonline.org/article/S1365-182X(19)30012-4/fulltext>)",
        {"container-title": "HPB", "issued": {"date-parts": [[2019]]},
         "URL": "https://www.hpbonline.org/article/S1365-182X(19)30012-4/fulltext"},
    ),
    # a link whose words write out its own address
    (
        "[Kari Nordmann, Ola Hansen. Regional variation in day surgery for children: a registry study: "
        "https://bmjopen.bmj.com/content/12/3/e051234.full](https://bmjopen.bmj.com/content/12/3/e051234.full)",
        {"author": [{"family": "Nordmann", "given": "Kari"}, {"family": "Hansen", "given": "Ola"}],
         "title": "Regional variation in day surgery for children: a registry study",
         "URL": "https://bmjopen.bmj.com/content/12/3/e051234.full"},
    ),
    # a journal's last word and its bracketed year read as an access date
    (
        "Lie A, Moe B, Dahl KS. *Snakebite injuries in rural Norway 2010-2019. A case series,* Int J Circumpolar "
        "Health (2021). https://www.ncbi.nlm.nih.gov/pubmed/30000001",
        {"container-title": "Int J Circumpolar Health", "issued": {"date-parts": [[2021]]}, "accessed": None},
    ),
    # "mfl." closing the names
    (
        "Ingrid Holm, Lars Aas, Per Eide mfl.; _Hip fractures in older adults: a registry study_, BMC Geriatrics "
        "(2020).",
        {"author": [{"family": "Holm", "given": "Ingrid"}, {"family": "Aas", "given": "Lars"},
                    {"family": "Eide", "given": "Per"}]},
    ),
    (
        "Solveig Lund, Kari Nilsen m.fl.; _Antibiotic use in nursing homes_, Tidsskrift for Den norske legeforening "
        "(2021).",
        {"author": [{"family": "Lund", "given": "Solveig"}, {"family": "Nilsen", "given": "Kari"}]},
    ),
    # the year again after the journal's name
    (
        "Berg, K., Dahl, T. and Aas, L. (2017), _Length of stay after colorectal surgery_, BJS Open (2017). "
        "https://onlinelibrary.wiley.com/doi/full/10.1002/bjs5.12",
        {"container-title": "BJS Open", "issued": {"date-parts": [[2017]]}, "issue": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw68_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
