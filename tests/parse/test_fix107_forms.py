"""Forms of labelled locators: a database export's ``Volume: 172, Issue: 5`` (the volume's and the issue's words,
each with its colon) after a journal's name, read as the volume and the issue; a body's acronym before the country
of its branch (``OECCA Maroc``, ``UNHCR Kenya``), one body; a given-first name's double family name opening on an
elided particle (``L. D'Agostino McGowan``); a computing meeting's acronym and year closing an APA reference
(``Title. NeurIPS 2017.``), the container."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA's dated head: the reader's journal with its labelled volume and issue
    (
        "Okafor, N. (2021). Groundwater recharge under irrigated fields. Journal of Hydrology Studies, Volume: 58,"
        " Issue: 3, 211-230.",
        {"container-title": "Journal of Hydrology Studies", "volume": "58", "issue": "3", "page": "211-230"},
    ),
    (
        "Lindqvist, M. (2017). Winter feeding of roe deer. Nordic Wildlife Review, Volume: 9, Issue: 2.",
        {"container-title": "Nordic Wildlife Review", "volume": "9", "issue": "2"},
    ),
    # Harvard's year after the names: the model's reading, mended
    (
        "Chen, L., 2020. A paper on a lake. Journal of Lakes, Volume: 172, Issue: 5, 10-20.",
        {"container-title": "Journal of Lakes", "volume": "172", "issue": "5", "page": "10-20", "note": None},
    ),
    (
        "Novak, J., Horak, P., 2011. Forest gaps. Ecology Letters, Volume: 14, Issue: 9.",
        {"container-title": "Ecology Letters", "volume": "14", "issue": "9", "page": None, "note": None},
    ),
    # a body's acronym before the country of its branch: one body, no person's family and given name
    (
        "OECCA Maroc. (2020). Rapport annuel sur le climat. Rabat.",
        {"author": [{"literal": "OECCA Maroc"}], "title": "Rapport annuel sur le climat"},
    ),
    (
        "UNHCR Kenya. (2021). Refugee camp water supply. Nairobi.",
        {"author": [{"literal": "UNHCR Kenya"}], "title": "Refugee camp water supply"},
    ),
    # a French list's family name in capitals before a given name that is also a country's stays a person
    (
        "MARTIN France, DUPONT Jean. Histoire du canal. Paris: Gallimard, 2020.",
        {"author": [{"family": "MARTIN", "given": "France"}, {"family": "DUPONT", "given": "Jean"}]},
    ),
    # given names first: a word on an elided particle after the initials opens a double family name
    (
        "P. D'Amico Ruiz and T. Olsen, \"Tidal mixing in fjords,\" J. Coast. Res., vol. 12, pp. 40-52, 2019.",
        {"author": [{"family": "D'Amico Ruiz", "given": "P."}, {"family": "Olsen", "given": "T."}]},
    ),
    (
        "K. O'Hara Brennan, Peat bog drainage, Irish Ecology Notes 8 (2015) 77-85.",
        {"author": [{"family": "O'Hara Brennan", "given": "K."}]},
    ),
    # APA's dated head, then a computing meeting's acronym and year after the title: the container as written
    (
        "Okoro, B. (2018). Sparse attention for long documents. KDD 2017.",
        {"container-title": "KDD 2017", "publisher": None, "issued": {"date-parts": [[2018]]}},
    ),
    (
        "Varga, E. (2021). Graph embeddings. NeurIPS 2019.",
        {"container-title": "NeurIPS 2019", "publisher": None, "note": None},
    ),
    (
        "Lund, T. (2019). Dropout in practice. ICML 2018.",
        {"container-title": "ICML 2018", "publisher": None, "note": None},
    ),
    # a body publishing under its acronym is no meeting: it stays the publisher
    (
        "Brown, K. (2019). Economic outlook for members. OECD 2019.",
        {"publisher": "OECD", "container-title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix107_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
