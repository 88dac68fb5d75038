"""Forms typed by hand, each with the fields it must give: a ministry named by its portfolio, a list of fields
joined by the language's "and" (Spanish ``y``, Portuguese ``e``, Indonesian ``dan``), one body; a data set's title
closed by its release tag, then the body keeping it, before the address."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Spanish ministry: 'de' and its fields joined by 'y', one body (not a body and two persons)",
        "Ministerio de Agricultura, Pesca y Alimentación. 2018. Anuario de estadística agraria. Madrid: "
        "Centro de Publicaciones.",
        {"author": [{"literal": "Ministerio de Agricultura, Pesca y Alimentación"}]},
    ),
    (
        "Portuguese ministry: 'da' and its fields joined by 'e', one body",
        "Ministério da Ciência, Tecnologia e Inovação. (2016). Estratégia nacional de ciência. Brasília: MCTI.",
        {"author": [{"literal": "Ministério da Ciência, Tecnologia e Inovação"}]},
    ),
    (
        "Indonesian ministry: the fields after the body's word with no 'of', closed by ', dan', one body",
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi. 2021. Kurikulum merdeka untuk sekolah dasar. "
        "Jakarta: Pusat Kurikulum.",
        {"author": [{"literal": "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"}]},
    ),
    (
        "A data set: the title closed by its release tag, then the university keeping it, the address, the year",
        "Hartono, R. and Blake, S.: Gridded soil moisture reanalysis for eastern Australia v2.3, University of "
        "Queensland, https://doi.org/10.48610/abc1234, 2022.",
        {
            "title": "Gridded soil moisture reanalysis for eastern Australia v2.3",
            "publisher": "University of Queensland",
            "note": None,
        },
    ),
]

# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Spanish persons joined by 'y': three persons",
        "Ruiz, M., Ortega, J. y Navarro, A. (2015). Informe anual. Madrid.",
        {"author": [
            {"family": "Ruiz", "given": "M."},
            {"family": "Ortega", "given": "J."},
            {"family": "Navarro", "given": "A."},
        ]},
    ),
    (
        "Indonesian persons joined by 'dan': two persons",
        "Santoso, B., dan Wijaya, A. (2020). Pendidikan dasar. Jakarta: Gramedia.",
        {"author": [{"family": "Santoso", "given": "B."}, {"family": "Wijaya", "given": "A."}]},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES + KEPT, ids=[c[0][:60] for c in CASES + KEPT])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
