"""Forms of tests/data/parse/physcs_real15.jsonl: AGU's ``Names (Year), Title, with commas, *Journal, 115*, pages``
with the italic journal holding its volume (and issue, ``*Science, 353(6296)*``); APS's title whose last words close
on a comma before the italic journal (``Title: A review, *Rep. Prog. Phys.* **81**``), its bold volume with an
ampersand (``Physica B **165&166**``) and a translation in brackets after the year (``[Sov. Phys. JETP 8, 361
(1959)]``); the ACM's ``In Venue. PMLR, 8007–8019.`` and PMLR's own ``pages 1273-1282. PMLR, 20-22 Apr 2017.``
with the publisher read into the book or the pages.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Martel, L., and others (2012), Measuring ash density, grain size, and shape of fragments from "
        "high-resolution images, *Applied Optics*, *51(12)*, 2101-2110.",
        {
            "title": "Measuring ash density, grain size, and shape of fragments from high-resolution images",
            "container-title": "Applied Optics",
        },
    ),
    (
        "Hallberg, K.E., and others (2019), Crustal flow beneath the Vatnajokull ice cap, Iceland, "
        "*J. Geophys. Res. Solid Earth, 124,* 2210-2231, doi:10.1029/2018JB016000.",
        {
            "title": "Crustal flow beneath the Vatnajokull ice cap, Iceland",
            "container-title": "J. Geophys. Res. Solid Earth",
            "volume": "124",
            "page": "2210-2231",
        },
    ),
    (
        "Olafsson, B.S., and others (2018), Rapid subsidence of a caldera floor, Iceland, regulated by magma "
        "outflow, *Science, 361(6400)*, doi:10.1126/science.aat1234.",
        {
            "title": "Rapid subsidence of a caldera floor, Iceland, regulated by magma outflow",
            "container-title": "Science",
            "volume": "361",
            "issue": "6400",
        },
    ),
    (
        "[12] J. A. Virtanen, K. Lehto, S.-P. Niemi, and P. Aalto, The Fulde-Ferrell state for ultracold fermions in "
        "optical and harmonic traps: A review, *Rep. Prog. Phys.* **84**, 056501 (2021).",
        {
            "title": "The Fulde-Ferrell state for ultracold fermions in optical and harmonic traps: A review",
            "container-title": "Rep. Prog. Phys.",
            "volume": "84",
        },
    ),
    (
        "[7] H. Vos and R. de Wit, Vortex lattices in layered superconductors (review article), "
        "*Low Temp. Phys.* **41**, 310 (2015).",
        {
            "title": "Vortex lattices in layered superconductors (review article)",
            "container-title": "Low Temp. Phys.",
        },
    ),
    (
        "[3] K. Jansen and P. de Vries, Flux creep in Josephson arrays, Physica B **194&196** , 1601-1602 (1994).",
        {"container-title": "Physica B", "volume": "194&196", "page": "1601-1602"},
    ),
    (
        "[5] L. D. Landau, On the theory of the Fermi liquid, Zh. Eksp. Teor. Fiz. 30, 1058 (1956) [Sov. Phys. "
        "JETP 3, 920 (1957)].",
        {"container-title": "Zh. Eksp. Teor. Fiz.", "volume": "30", "page": "1058"},
    ),
    (
        "[40] Mira Kovacs, Jonas Weber, and Lea Braun. 2021. Learned sketches for streaming joins. In International "
        "Conference on Machine Learning. PMLR, 4410–4420.",
        {
            "container-title": "International Conference on Machine Learning",
            "publisher": "PMLR",
            "page": "4410-4420",
        },
    ),
    (
        "[45] Lena Hoffmann and Arjun Rao. Delayed gradients in sharded optimizers. In Ana Lopez and Tom Berg, "
        "editors, Proceedings of the 39th International Conference on Machine Learning, volume 162 of Proceedings "
        "of Machine Learning Research, pages 8120-8141. PMLR, 17-23 Jul 2022.",
        {
            "container-title": "Proceedings of the 39th International Conference on Machine Learning",
            "publisher": "PMLR",
            "page": "8120-8141",
            "volume": "162",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
