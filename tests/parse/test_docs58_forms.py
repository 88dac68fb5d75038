"""GOST's host slashes typed against the host's title (``… image recognition //Proceedings of the IEEE … – 2016. –
С. 770-778.``, ``//arXiv preprint arXiv:1409.1556. – 2014.``): the host, its year and pages are read as with
`` // ``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

TIGHT_HOST: list[tuple[str, dict[str, Any]]] = [
    (
        "He K. et al. Deep residual learning for image recognition //Proceedings of the IEEE conference on computer "
        "vision and pattern recognition. – 2016. – С. 770-778.",
        {"title": "Deep residual learning for image recognition",
         "container-title": "Proceedings of the IEEE conference on computer vision and pattern recognition",
         "issued": {"date-parts": [[2016]]}, "page": "770-778"},
    ),
    (
        "Simonyan K., Zisserman A. Very deep convolutional networks for large-scale image recognition //arXiv "
        "preprint arXiv:1409.1556. – 2014.",
        {"title": "Very deep convolutional networks for large-scale image recognition",
         "issued": {"date-parts": [[2014]]}},
    ),
    (
        "Петров А. А. Методы анализа данных //Вестник МГУ. – 2019. – Т. 5, № 2. – С. 12-18.",
        {"title": "Методы анализа данных", "container-title": "Вестник МГУ", "issued": {"date-parts": [[2019]]},
         "volume": "5", "issue": "2", "page": "12-18"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIGHT_HOST)
def test_host_slashes_against_the_host_s_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
