"""Physics and chemical-physics forms of tests/data/parse/physcs_real9.jsonl: AIP's raised list number run into the
first name (``²⁹C. W. Bauschlicher, Jr., …``), the last name's second initial and family name read into a journal
opening on the same initial (``…, and P. J. Knowles, J. Chem. Phys.``), and IOP's conference papers
``Title J. Phys. Conf. Ser. vol 1065 (IOP Publishing) p 052027`` and ``Title Proc. … pp 518–526``.  The references
here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


@pytest.mark.parametrize(
    ("text", "number", "first_given", "container"),
    [
        ("³J. Gauss, in *Handbook of Quantum Methods*, edited by P. v. R. Schleyer (Wiley, New York, 1998), "
         "pp. 615–636.", "3", "J.", "Handbook of Quantum Methods"),
        ("²⁹C. W. Bauschlicher, Jr., S. R. Langhoff, and P. R. Taylor, J. Chem. Phys. **85**, 1469 (1986).",
         "29", "C. W.", "J. Chem. Phys."),
        ("¹² A. Katz, Nucl. Phys. **29**, 353 (1962).", "12", "A.", "Nucl. Phys."),
    ],
)
def test_raised_list_number(text: str, number: str, first_given: str, container: str) -> None:
    item = parse_reference(text)
    assert item.get("citation-number") == number
    assert item["author"][0]["given"] == first_given
    assert item.get("container-title") == container


@pytest.mark.parametrize(
    ("text", "families", "journal"),
    [
        ("N. C. Handy, and P. J. Knowles, J. Chem. Phys. **85**, 1469 (1986).", ["Handy", "Knowles"],
         "J. Chem. Phys."),
        ("S. R. Langhoff and P. J. Knowles, J. Chem. Phys. 85, 1469 (1986).", ["Langhoff", "Knowles"],
         "J. Chem. Phys."),
        ("A. Lee, B. Chan, and M. J. Smith-Jones, J. Appl. Phys. 117, 103904 (2015).", ["Lee", "Chan", "Smith-Jones"],
         "J. Appl. Phys."),
    ],
)
def test_name_rest_before_journal(text: str, families: list[str], journal: str) -> None:
    item = parse_reference(text)
    assert _families(item) == families
    assert item.get("container-title") == journal


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "page"),
    [
        ("[36] Rossi K, Bianchi A and Verdi E 2018 Q-factor of microwave resonators: calibrated vs. uncalibrated "
         "measurements J. Phys. Conf. Ser. vol 1065 (IOP Publishing) p 052027",
         "Q-factor of microwave resonators: calibrated vs. uncalibrated measurements", "J. Phys. Conf. Ser.",
         "1065", "052027"),
        ("[4] Neri P and Conti L 2020 Microwave properties of thin films in a magnetic field J. Phys. Conf. Ser. "
         "vol 1559 (IOP Publishing) p 012055",
         "Microwave properties of thin films in a magnetic field", "J. Phys. Conf. Ser.", "1559", "012055"),
        ("[45] Benvenuti C, Hauer M and Weingarten W 1991 (NbTi)N and NbTi coatings for superconducting cavities "
         "Proc. Fifth Workshop RF Supercond. pp 518–526",
         "(NbTi)N and NbTi coatings for superconducting cavities", "Proc. Fifth Workshop RF Supercond", None,
         "518-526"),
    ],
)
def test_iop_series_paper(text: str, title: str, container: str, volume: str | None, page: str) -> None:
    item = parse_reference(text)
    assert item.get("title") == title
    assert item.get("container-title") == container
    assert item.get("volume") == volume
    assert item.get("page") == page


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        # a technical report's institution opening on an accented capital
        ("[34] D. Shabalin and M. Odersky. Quasiquotes for Scala. Technical Report 185242, École Polytechnique "
         "Fédérale de Lausanne, 2013.", "École Polytechnique Fédérale de Lausanne", None),
        # DBLP's domain after the meeting's place and dates
        ("Xingyou Song and Yilun Du. Observational overfitting in reinforcement learning. In 8th International "
         "Conference on Learning Representations, ICLR 2020, Addis Ababa, Ethiopia, April 26-30, 2020. "
         "OpenReview.net, 2020.", "OpenReview.net", None),
        # the ACM's publisher before the ISBN
        ("Zishuo Ding, Jinfu Chen, and Weiyi Shang. Towards the use of the readily available tests: Are we there "
         "yet? In Proceedings of the ACM/IEEE 42nd International Conference on Software Engineering, ICSE ’20, "
         "pp. 1435—-1446, New York, NY, USA, 2020. Association for Computing Machinery. ISBN 9781450371216. "
         "doi: 10.1145/3377811.3380351.", "Association for Computing Machinery", "New York, NY, USA"),
        # natbib's place after the pages
        ("Jan N. van Rijn and Pavel Brazdil. Fast algorithm selection using learning curves. In Elisa Fromont and "
         "Tijl De Bie (eds.), Advances in Intelligent Data Analysis XIV, pp. 298–309, Cham, 2015. Springer "
         "International Publishing. ISBN 978-3-319-24465-5.", "Springer International Publishing", "Cham"),
    ],
)
def test_imprint_of_proceedings_and_reports(text: str, publisher: str, place: str | None) -> None:
    item = parse_reference(text)
    assert item.get("publisher") == publisher
    assert item.get("publisher-place") == place


def test_names_list_read_as_title_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals
    from biblio.parse.review.score import FORCED_BY_HELD_FORM

    assert "title:is-names-list" in FORCED_BY_HELD_FORM
    item = {"title": "Youn S W, Youm D and Semertzidis Y K", "author": [{"family": "Ahn", "given": "D"}]}
    assert "title:is-names-list" in held_form_signals(item, "")
    right = {"title": "Planck and Einstein: a correspondence", "author": [{"family": "Ahn", "given": "D"}]}
    assert "title:is-names-list" not in held_form_signals(right, "")
    text = ("[9] Ahn D, Kwon O, Chung W, Jang W, Lee D, Lee J, Youn S W, Youm D and Semertzidis Y K 2020 arXiv "
            "preprint arXiv:2002.08769")
    read = parse_reference(text)
    names_as_title = read.get("title") == "Youn S W, Youm D and Semertzidis Y K"
    assert not names_as_title or "needs-review" in read["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("[9] Ahn D, Kwon O, Chung W, Jang W, Lee D, Lee J, Youn S W, Youm D and Semertzidis Y K 2020 arXiv preprint "
         "arXiv:2002.08769", ["Ahn", "Kwon", "Chung", "Jang", "Lee", "Lee", "Youn", "Youm", "Semertzidis"]),
        ("[3] Park D, Kim O, Cho W, Han W, Seo D, Yoo J, Lim S W, Baek D and Moon Y K 2021 arXiv preprint "
         "arXiv:2101.01234", ["Park", "Kim", "Cho", "Han", "Seo", "Yoo", "Lim", "Baek", "Moon"]),
    ],
)
def test_iop_names_before_preprint(text: str, families: list[str]) -> None:
    item = parse_reference(text)
    assert _families(item) == families
    assert "title" not in item


def test_abbreviated_proceedings_stays_whole() -> None:
    item = parse_reference(
        "[15] C.-C. Wang, C. Thorpe, and S. Thrun, “Online simultaneous localization and mapping with detection and "
        "tracking of moving objects: Theory and results from a ground vehicle in crowded urban areas,” in Proc. IEEE "
        "Int. Conf. Robot. Automat., 2003, pp. 842–849."
    )
    assert item.get("container-title") == "Proc. IEEE Int. Conf. Robot. Automat"
    assert "publisher" not in item


def test_person_with_particle_as_literal_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    wrong = {"author": [{"literal": "M. J. Pineda de las Infantas"}, {"family": "Villatoro"}]}
    assert "name:person-as-literal" in held_form_signals(wrong, "")
    body = {"author": [{"literal": "U.S. Census Bureau"}]}
    assert "name:person-as-literal" not in held_form_signals(body, "")
