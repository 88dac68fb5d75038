"""Forms of public-sector and civic reference lists met in realworld56: a keyed source list's bold key and a body's
bracketed year before the colon (``**[Q3]** Bundesamt für Statistik (2023): „Title" – figure cited URL``), a bold
body with or without its year before a colon and a quoted title (``2. **UNEP, 2021**: "Title" - [URL](URL)``), a
Chilean report's imprint with the publisher before the town and the count of pages in Spanish (``Editorial
Universitaria. Santiago de Chile. 240 págs.``), ministries' supreme decrees and laws after the list's year
(``MINISTERIO DE SALUD (MINSAL). 2015. Decreto supremo No 12, del 3 de marzo de 2014. Publicado en el diario oficial
el …``), a country's act in mixed case with its summary (``Brasil. Lei n. 8.080, de 19 de setembro de 1990.
Dispõe …``), and ABNT's address with a space inside the angle bracket (``Disponível em: < https://…>.``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.input_text import tidy_input
from biblio.parse.mends.lone_phrases import closing_note_is_title
from biblio.parse.spans import Span

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a keyed source list: the bold key, the body's bracketed year, a German quoted title closed by a straight quote
    (
        "**[Q3]** Statistisches Landesamt Sachsen (2022): „Bevölkerungsstand der Gemeinden\" – Stichtag 31.12.2021 "
        "https://www.statistik.sachsen.de/bevoelkerung",
        {"author": [{"literal": "Statistisches Landesamt Sachsen"}], "issued": {"date-parts": [[2022]]},
         "title": "Bevölkerungsstand der Gemeinden", "URL": "https://www.statistik.sachsen.de/bevoelkerung"},
    ),
    # a body named by a German office's compound, its bracketed year, an unquoted title and the address
    (
        "Bundesministerium für Bildung und Forschung (2022): Bildungsbericht https://www.bmbf.de/bildungsbericht",
        {"author": [{"literal": "Bundesministerium für Bildung und Forschung"}], "issued": {"date-parts": [[2022]]},
         "title": "Bildungsbericht", "URL": "https://www.bmbf.de/bildungsbericht"},
    ),
    (
        "Deutsche Rentenversicherung (2021): Rentenatlas https://www.deutsche-rentenversicherung.de/rentenatlas",
        {"author": [{"literal": "Deutsche Rentenversicherung"}], "issued": {"date-parts": [[2021]]},
         "title": "Rentenatlas"},
    ),
    # a bold body and its year before the colon and the quoted title, a dash before the link
    (
        "2. **UNEP, 2021**: \"Rapporto sullo stato dei rifiuti alimentari\" - "
        "[https://www.unep.org/food-waste](https://www.unep.org/food-waste)",
        {"author": [{"literal": "UNEP"}], "issued": {"date-parts": [[2021]]},
         "title": "Rapporto sullo stato dei rifiuti alimentari", "URL": "https://www.unep.org/food-waste"},
    ),
    # a bold body with no year before the colon and the quoted title
    (
        "5. **Legambiente**: \"Mal'aria di città\" - [https://www.legambiente.it](https://www.legambiente.it)",
        {"author": [{"literal": "Legambiente"}], "title": "Mal'aria di città", "URL": "https://www.legambiente.it"},
    ),
    (
        "Centro Euro-Mediterraneo sui Cambiamenti Climatici: \"Analisi del rischio climatico\" - "
        "[https://www.cmcc.it](https://www.cmcc.it)",
        {"author": [{"literal": "Centro Euro-Mediterraneo sui Cambiamenti Climatici"}],
         "title": "Analisi del rischio climatico", "URL": "https://www.cmcc.it"},
    ),
    # the publisher before the town with a full stop between, the count of pages in Spanish
    (
        "SILVA, M. 1994. Los suelos del valle central. Editorial Universitaria. Santiago de Chile. 210 págs.",
        {"publisher": "Editorial Universitaria", "publisher-place": "Santiago de Chile", "page": "210"},
    ),
    (
        "TORRES, A. 2001. Historia de los puertos. Ediciones Universitarias. Valparaíso.",
        {"publisher": "Ediciones Universitarias", "publisher-place": "Valparaíso"},
    ),
    (
        "ORTIZ, C. 1985. Manual de riego. Ediciones Agrícolas, Madrid. 420 págs.",
        {"publisher": "Ediciones Agrícolas", "publisher-place": "Madrid", "page": "420"},
    ),
    # a ministry's supreme decree after the list's year, its publication note and summary after it
    (
        "MINISTERIO DE SALUD (MINSAL). 2015. Decreto supremo No 12, del 3 de marzo de 2014. Publicado en el diario "
        "oficial el 9 de enero de 2015. Aprueba reglamento sanitario de los alimentos.",
        {"author": [{"literal": "MINISTERIO DE SALUD (MINSAL)"}], "issued": {"date-parts": [[2015]]},
         "title": "Decreto supremo No 12, del 3 de marzo de 2014"},
    ),
    (
        "MINISTERIO DEL INTERIOR (MININT). 2010. Decreto Supremo No 88 del 2 de mayo de 2009; publicado en el Diario "
        "Oficial el 4 de enero de 2010. Fija normas de emergencia.",
        {"issued": {"date-parts": [[2010]]}, "title": "Decreto Supremo No 88 del 2 de mayo de 2009"},
    ),
    (
        "MINISTERIO DE ECONOMÍA (MINECON). 2004 b. Ley No 19.955. Ley sobre pesca artesanal. Dictada el 3 de junio "
        "de 2004; publicada en el Diario Oficial el 14 de julio de 2004.",
        {"author": [{"literal": "MINISTERIO DE ECONOMÍA (MINECON)"}], "title": "Ley No 19.955"},
    ),
    # a country's act in mixed case, its summary not the title's
    (
        "Brasil. Lei n. 8.080, de 19 de setembro de 1990. Dispõe sobre as condições para a promoção da saúde. "
        "Disponível em: <https://www.planalto.gov.br/ccivil_03/leis/l8080.htm>. Acesso em: 2 maio 2024.",
        {"title": "Lei n. 8.080, de 19 de setembro de 1990", "URL": "https://www.planalto.gov.br/ccivil_03/leis/l8080.htm",
         "accessed": {"date-parts": [[2024, 5, 2]]}},
    ),
    # ABNT's address in angle brackets, the closing bracket no field's
    (
        "Brasil. 2021. Mapa das organizações da sociedade civil. Disponível em: < https://dados.gov.br/dados/mosc>. "
        "Acesso em: 12 fev. 2022.",
        {"title": "Mapa das organizações da sociedade civil", "URL": "https://dados.gov.br/dados/mosc",
         "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw78_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_space_inside_angle_bracket_closed() -> None:
    tidied = tidy_input("Brasil. 2020. Título. Disponível em: < https://dados.gov.br/x>. Acesso em: 4 mai. 2021.")
    assert "<https://dados.gov.br/x>" in tidied


def test_note_before_access_date_is_title() -> None:
    text = "Brasil. 2020. Cadastro de escolas. https://dados.gov.br/x Acesso em: 4 mai. 2021."
    spans = [
        Span("author", "Brasil.", 0, 7),
        Span("date", "2020.", 8, 13),
        Span("note", "Cadastro de escolas.", 14, 34),
        Span("url", "https://dados.gov.br/x", 35, 57),
        Span("date", "Acesso em: 4 mai. 2021.", 58, 81),
    ]
    assert [s.label for s in closing_note_is_title(spans, text)] == ["author", "date", "title", "url", "date"]
