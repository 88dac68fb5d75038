"""Forms of mixed-discipline lists pasted from Markdown pages: a pictograph set before a work's address as its sign
(``…, pp. 12–20. 🔗 https://doi.org/…``), which names no field; an address shown without its scheme whose path is
only its closing slash (``… 25:101–120. windpower.dk/``), the work's URL; a reading list's title-first entries
closed by the formats it links them in (``… Lancet 2003: 361(9360); 1020-4. Available in html format``); a title
opening on a quoted word or two it goes on from (``"Smart" grids: promise and practice``); the word ``vol.``
labelling a volume and its issue joined by a slash (``vol. 9/10``); and BibTeX's plain proceedings with the
publisher after the pages' full stop and only an ISBN after it (``pages 101–108. IEEE. ISBN …``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

LINK_SIGN_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        '**Brown, T., et al. (2019)** "Wind farm siting and local opposition", *Energy Research & Social Science*, '
        "vol. 41, pp. 12–20. \U0001f517 https://doi.org/10.1016/j.erss.2019.01.002",
        {"publisher": None, "page": "12-20", "DOI": "10.1016/j.erss.2019.01.002"},
    ),
    (
        '**Okafor, N. (2021)** "Mini-grids in rural Nigeria", *Energy Policy*, vol. 150, pp. 112–130. '
        "\U0001f310 https://www.example.org/minigrids.pdf",
        {"publisher": None, "page": "112-130", "URL": "https://www.example.org/minigrids.pdf"},
    ),
]

HOST_SLASH_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Field, A. (1998). Wind power costs revisited. *Renewable Energy*, 14:55–61. windpower.dk/.",
        {"publisher": None, "URL": "windpower.dk/", "page": "55-61"},
    ),
    (
        "Norris, P. (1887). *The Iron Trade of Wales*. Longmans, London. archive.lib.example.edu/.",
        {"publisher": "Longmans", "URL": "archive.lib.example.edu/"},
    ),
]

TITLE_FIRST_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Why do trials stop early? A survey. Smith J, Brown K. Lancet 2003: 361(9360); 1020-4. Available in html "
        "format",
        {
            "title": "Why do trials stop early? A survey",
            "author": [{"family": "Smith", "given": "J"}, {"family": "Brown", "given": "K"}],
            "container-title": "Lancet",
            "volume": "361",
            "issue": "9360",
            "page": "1020-4",
        },
    ),
    (
        "Screening for anaemia in pregnancy. R. T. Hale. BMC Pregnancy Childbirth 2005: 5; 17. Available in html "
        "format or pdf format",
        {"author": [{"family": "Hale", "given": "R. T."}], "container-title": "BMC Pregnancy Childbirth", "page": "17"},
    ),
]

SCARE_QUOTE_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        'Olsen, P. (2011). "Smart" HVDC: promise and practice. *Energy Journal*.',
        {"title": '"Smart" HVDC: promise and practice', "container-title": "Energy Journal"},
    ),
    (
        'Olsen, P. (2011). "Green" Energy: promise and practice. *Modern Energy Review*.',
        {"title": '"Green" Energy: promise and practice', "container-title": "Modern Energy Review"},
    ),
    (
        'Olsen, P. (2011). "Smart grids". *Energy Journal*, 4(2), 1–9.',
        {"title": "Smart grids", "container-title": "Energy Journal"},
    ),
]

VOLUME_SLASH_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        '**Rossi, F., et al. (2019)** "Community energy in Italy", *Energies*, vol. 9/10, pp. 1301.',
        {"volume": "9", "issue": "10", "page": "1301"},
    ),
    (
        '**Rossi, F., et al. (2018)** "Community energy in Italy", *Sustainability*, vol. 10/4, pp. 1130.',
        {"volume": "10", "issue": "4", "page": "1130"},
    ),
]

PROCEEDINGS_PUBLISHER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Lee, K. and Park, S. (2009). Tidal stream arrays. In *World Congress on Marine Engineering WCME 2009*, pages "
        "215–219. IAENG. ISBN 978-1-4244-0000-0.",
        {"container-title": "World Congress on Marine Engineering WCME 2009", "page": "215-219", "publisher": "IAENG"},
    ),
    (
        "Lee, K. and Park, S. (2009). Tidal stream arrays. In *International Symposium on Ocean Power ISOP 2009*, "
        "pages 215–219. IAENG.",
        {"page": "215-219", "publisher": "IAENG"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LINK_SIGN_FORMS
    + HOST_SLASH_FORMS
    + TITLE_FIRST_FORMS
    + SCARE_QUOTE_FORMS
    + VOLUME_SLASH_FORMS
    + PROCEEDINGS_PUBLISHER_FORMS,
)
def test_form_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
