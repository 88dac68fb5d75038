"""Physics, chemical-physics and computer-science forms of tests/data/parse/physcs_real8.jsonl: the ACS's title-less
``…; Cheng, J. X. Sci. Adv. 2023, 9 (24), No. eadg8814.`` (the last initials read into the journal, plain numbers
cut up, a year read as the volume, CASSI's ``Spectrochim. Acta, Part A``), USENIX's ``In OSDI. USENIX, 2021.``,
``In S&P. IEEE, 2019.`` and ``In EUROCRYPT. Springer, Berlin, Heidelberg, 2012.``, IEEE's ``*arXiv preprint
arXiv:….*``, an italic proceedings title closing on ``, Volume 2*``, DBLP's place and dates inside Markdown's
underscore italics, TeX subscripts in a title and a title's comma left between two of its spans.  The references
here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


@pytest.mark.parametrize(
    ("text", "last_given", "journal", "numbers"),
    [
        (
            "(2) Lima, J.; Moreau, M.; Tan, Y.; Cheng, J. X. Sci. Adv. 2021, 7 (12), No. eabc1234.",
            "J. X.",
            "Sci. Adv.",
            ("7", "12", "eabc1234"),
        ),
        (
            "(5) Novak, P.; Lan, Z. Appl. Spectrosc. 1999, 53 (4), 1047−1057.",
            "Z.",
            "Appl. Spectrosc.",
            ("53", "4", "1047-1057"),
        ),
        (
            "(7) Berg, D.; Ortiz, C.; Cheng, J.-X. Sci. Adv. 2018, 4 (9), No. e1600521.",
            "J.-X.",
            "Sci. Adv.",
            ("4", "9", "e1600521"),
        ),
        (
            "(9) Soto, Q.; Yin, J.; Cheng, J. X. J. Phys. Chem. B 2020, 124 (43), 8597−8613.",
            "J. X.",
            "J. Phys. Chem. B",
            ("124", "43", "8597-8613"),
        ),
        (
            "(4) Silva, R.; Kim, J. H. Proc. Natl. Acad. Sci. U. S. A 2022, 119 (40), No. e2122770119.",
            "J. H.",
            "Proc. Natl. Acad. Sci. U. S. A",
            ("119", "40", "e2122770119"),
        ),
        (
            "(36) Dreissig, I.; Machill, S.; Krafft, C. Spectrochim. Acta, Part A 2009, 71 (5), 2069−2075.",
            "C.",
            "Spectrochim. Acta, Part A",
            ("71", "5", "2069-2075"),
        ),
    ],
)
def test_acs_title_less_journal_and_numbers(
    text: str, last_given: str, journal: str, numbers: tuple[str, str, str]
) -> None:
    item = parse_reference(text)
    assert item["author"][-1].get("given") == last_given
    assert str(item.get("container-title")).rstrip(".") == journal.rstrip(".")
    assert (item.get("volume"), item.get("issue"), item.get("page")) == numbers
    assert "title" not in item


def test_acm_year_in_brackets_after_the_number_is_no_issue() -> None:
    item = parse_reference(
        "[22] Ana Holm and Nick Hart. 2022. A straightforward defense. Proc. Priv. Enhancing Technol. 2022, 2 (2022), "
        "344–362."
    )
    assert item.get("issue") != "2022"


@pytest.mark.parametrize(
    ("text", "container", "publisher", "place"),
    [
        (
            "[28] Sam Kuhn, David E. Cole, and Rita Ada Popa. Virtual memory for secure computation. In OSDI. "
            "USENIX, 2021.",
            "OSDI",
            "USENIX",
            None,
        ),
        (
            "[13] Daniel Demm, Thomas Schnell, and Michael Zorn. A framework for mixed two-party computation. In "
            "NDSS. Internet Society, 2015.",
            "NDSS",
            "Internet Society",
            None,
        ),
        (
            "[20] Marcia Hart, Brett Hemming, and Steve Zell. SoK: General purpose compilers for secure computation. "
            "In S&P. IEEE, 2019.",
            "S&P",
            "IEEE",
            None,
        ),
        (
            "[18] Craig Gentle, Shai Halle, and Nigel P. Smart. Encryption with polylog overhead. In EUROCRYPT. "
            "Springer, Berlin, Heidelberg, 2012.",
            "EUROCRYPT",
            "Springer",
            "Berlin, Heidelberg",
        ),
    ],
)
def test_usenix_short_venue_then_publisher(text: str, container: str, publisher: str, place: str | None) -> None:
    item = parse_reference(text)
    assert str(item.get("container-title")).rstrip(".") == container
    assert item.get("publisher") == publisher
    assert item.get("publisher-place") == place
    assert item.get("issued", {}).get("date-parts", [[None]])[0][0] is not None
    assert "editor" not in item


def test_ieee_italic_arxiv_preprint_is_no_container() -> None:
    item = parse_reference(
        '[29] A. Grant, A. Dube, A. Jha, A. Pande, A. Kadir, A. Al-Dahr, A. Lehman, A. Mather, A. Schell, A. Vaughn '
        '*et al.*, "The herd of models," *arXiv preprint arXiv:2407.21783*, 2024.'
    )
    assert "container-title" not in item
    assert item.get("number") == "arXiv:2407.21783"
    assert item.get("type") == "article"


def test_italic_proceedings_title_keeps_its_named_volume() -> None:
    item = parse_reference(
        '[10] J. Ansel, E. Yang, H. He, N. Gimel, A. Jain, M. Vozne, B. Bao, P. Bell, D. Berard, E. Burov *et al.*, '
        '"Faster machine learning through bytecode transformation and graph compilation," in *Proceedings of the '
        "29th ACM International Conference on Architectural Support for Programming Languages and Operating "
        'Systems, Volume 2*, 2024, pp. 929–947.'
    )
    assert item.get("container-title") == (
        "Proceedings of the 29th ACM International Conference on Architectural Support for Programming Languages "
        "and Operating Systems, Volume 2"
    )
    assert "volume" not in item


def test_dblp_place_and_dates_inside_underscore_italics() -> None:
    item = parse_reference(
        "[9] Ali Anwar, Mohamed Moha, Vasily Taras, Michael Litt, Lukas Rupp, Yue Chen, Nannan Zhao, Dimitris "
        "Skour, Amit Warke, Heiko Ludwig, Dean Hilde, and Ali Raza Butt. Improving registry design based on "
        "production workload analysis. In Nitin Agrawal and Raju Rangaswami, editors, _16th USENIX Conference on "
        "File and Storage Technologies, FAST 2018, Oakland, CA, USA, February 12-15, 2018_ , pages 265–278. USENIX "
        "Association, 2018."
    )
    assert item.get("container-title") == (
        "16th USENIX Conference on File and Storage Technologies, FAST 2018, Oakland, CA, USA, February 12-15, 2018"
    )
    assert "publisher-place" not in item
    assert item.get("page") == "265-278"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "[2] G. Hu, Q. Ou, G. Si, and A. Alù, Topological polaritons and magic angles in twisted "
            "$\\alpha$-MoO$_3$ bilayers, *Nature (London)* 582, 209 (2020).",
            "Topological polaritons and magic angles in twisted $\\alpha$-MoO$_3$ bilayers",
        ),
        (
            "[16] M. Dieter, G. Weinberg, and G. Mestl, Raman spectroscopy of molybdenum oxides part I. Structural "
            "characterization of oxygen defects in $MoO_{3-x}$ by DR UV/VIS, Raman spectroscopy and X-ray "
            "diffraction, Phys. Chem. Chem. Phys. 4, 812 (2002).",
            "Raman spectroscopy of molybdenum oxides part I. Structural characterization of oxygen defects in "
            "$MoO_{3-x}$ by DR UV/VIS, Raman spectroscopy and X-ray diffraction",
        ),
    ],
)
def test_tex_subscripts_and_commas_stay_in_the_title(text: str, title: str) -> None:
    assert parse_reference(text).get("title") == title


def test_document_kind_read_as_place_is_flagged() -> None:
    from biblio.parse.review.score import FORCED_BY_HELD_FORM

    item = parse_reference("[45] Jon Mace. End-to-End Tracing: Adoption and Use Cases. Survey, Brown University, 2017.")
    assert "place:is-kind-of-work" in FORCED_BY_HELD_FORM
    assert item.get("publisher-place") != "Survey" or "needs-review" in item["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "[71] C.A. Arguelles Delgado, K.J. Kelly and V. Ruiz, Millicharged particles from the heavens, JHEP 11 "
            "(2021) 099 [arXiv:2104.13924] [INSPIRE].",
            ["Arguelles Delgado", "Kelly", "Ruiz"],
        ),
        (
            "[4] J.R. Robert Smith and A. Kim, A title of a paper, Phys. Rev. D 12, 123 (2020).",
            ["Smith", "Kim"],
        ),
        (
            "[43] P.S. Bhupal Dev and A. Djouadi, Determining the CP properties of the Higgs boson, Phys. Rev. Lett. "
            "100 (2008) 051801 [arXiv:0707.2878] [INSPIRE].",
            ["Dev", "Djouadi"],
        ),
    ],
)
def test_glued_initials_then_two_family_words(text: str, families: list[str]) -> None:
    assert _families(parse_reference(text)) == families
