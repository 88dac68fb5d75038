"""Needs-review: readings no flag marked on the calibration split and the gold sets. A value of a form its
field never has (a document's number as the pages, a page holding the volume the record lacks, an edition of no
edition's form, a distributor's phrase in the publisher) or names of one list that contradict the rest (a body's name
inside another, people kept whole as one body's name, the title read as the list's first name). Each check fires on
the wrong reading and stays quiet on the legitimate form it resembles; where the parser reads a text of the form that
way, the text's reading is flagged."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.misfiled import misfiled_signals
from biblio.parse.review.score import FORCED, FORCED_BY_HELD_FORM, FORCED_BY_MISFILED_PART, FORCED_BY_STRAY_PART
from biblio.parse.review.signals import name_signals
from biblio.parse.review.stray_parts import stray_signals

from .form_cases import needs_review


def fired(record: dict[str, Any], text: str) -> dict[str, float]:
    """The signals of the modules this round extended that fire on ``record`` read from ``text``."""
    return {
        **stray_signals(record, text),
        **misfiled_signals(record, text),
        **held_form_signals(record, text),
        **{k: v for k, v in name_signals(record).items() if v},
    }


# (the text, the record a reading made of it, the check that names the wrong reading)
SILENT_WRONGS: list[tuple[str, dict[str, Any], str]] = [
    # a standard's number read as a page range running backwards
    (
        "Bureau of Weights. 2011. Test Method for Loose Fill Density. C739-09. Baltimore, MD.",
        {"title": "Test Method for Loose Fill Density", "page": "C739-09", "publisher-place": "Baltimore, MD"},
        "page:document-number",
    ),
    # a law's number read as the pages
    (
        "State Legislature. 1998. Clean Harbors Act. Act 214-102. 3 June.",
        {"title": "Clean Harbors Act", "container-title": "Act", "page": "214-102"},
        "page:document-number",
    ),
    # the volume before Vancouver's pages after a space, no volume read
    (
        "Ito K, Sato M. Venous flow after sinus ligation. Acta Neurol (Oslo) 1997;88 310-318.",
        {"title": "Venous flow after sinus ligation", "container-title": "Acta Neurol (Oslo)", "page": "88 310-318"},
        "page:holds-locator",
    ),
    # the volume glued to the first page before an abbreviated end
    (
        "Weber F 2011 On loop models and their limits Nucl. Phys. B 845127 -39",
        {"title": "On loop models and their limits", "container-title": "Nucl. Phys. B", "page": "845127-39"},
        "page:holds-locator",
    ),
    # the publisher's capitals read as the edition
    (
        "MOREAU J., Le corps et la scène, PUF, 2011, pp. 45-80",
        {"title": "Le corps et la scène", "edition": "PUF", "page": "45-80"},
        "edition:holds-imprint",
    ),
    # the container's "dans" and name read as the edition
    (
        "Rossi L., Un mosaico romano, dans Latomus, 42, 1983, p. 10-22.",
        {"title": "Un mosaico romano", "edition": "dans Latomus", "volume": "42"},
        "edition:holds-imprint",
    ),
    # a distributor kept in the publisher
    (
        "Brown, T. (1980). Notes on learning. Boston: Beacon distributed by Harper & Row.",
        {"title": "Notes on learning", "publisher": "Beacon distributed by Harper & Row", "publisher-place": "Boston"},
        "value:holds-role-sentence",
    ),
    # people kept whole as one body's name, one of them written with initials
    (
        "Wenjun Zhou, Haoran Xu, and K. Tan. A note on sparse solvers. In Proceedings of SODA, 2019.",
        {"author": [{"literal": "Wenjun Zhou, Haoran Xu, and K. Tan"}], "title": "A note on sparse solvers"},
        "name:people-as-literal",
    ),
    # the body named again as the publisher read as a second author
    (
        "Nordic Council of Ministers: Arctic Youth Report. Copenhagen, Nordic Council of Ministers (NCM) (2019)",
        {
            "author": [
                {"literal": "Nordic Council of Ministers"},
                {"literal": "Copenhagen, Nordic Council of Ministers (NCM)"},
            ],
            "title": "Arctic Youth Report",
        },
        "name:holds-other-name",
    ),
    # the title read as the first name of the list, the record left with none
    (
        "[4] A Fast Solver for Sparse Systems of Linear Equations, Ana Ruiz, Tom Berg. In SIAM J. Sci. Comput., 2015.",
        {
            "author": [
                {"literal": "A Fast Solver for Sparse Systems of Linear Equations"},
                {"family": "Ruiz", "given": "Ana"},
                {"family": "Berg", "given": "Tom"},
            ],
            "container-title": "SIAM J. Sci. Comput.",
        },
        "title:lost-in-book",
    ),
]

# (the text, its right record, the check that must stay quiet on it): the legitimate form each wrong reading resembles
LOOK_ALIKES: list[tuple[str, dict[str, Any], str]] = [
    # a misprinted range after its page word: the pages still
    (
        "Chen, A. Loop bounds. In Proc. SAT 2021, pages 31–2. Dagstuhl, 2021.",
        {"title": "Loop bounds", "container-title": "Proc. SAT 2021", "page": "31-2"},
        "page:document-number",
    ),
    # an abbreviated range that runs forwards
    (
        "Detlor, B. 2010. Information Management. Int. J. Inf. Manag. 30, no. 2: 103-08.",
        {"title": "Information Management", "volume": "30", "issue": "2", "page": "103-08"},
        "page:document-number",
    ),
    # a long first page with its abbreviated end where the record has its volume
    (
        "Foster J, Paczuski M. Edge direction in networks. PNAS 107, 10815-20 (2010).",
        {"title": "Edge direction in networks", "container-title": "PNAS", "volume": "107", "page": "10815-20"},
        "page:holds-locator",
    ),
    # a range with a space inside read with its volume
    (
        "Kim S. Fast kernels. J Comput Phys 2014;260 120-126.",
        {"title": "Fast kernels", "container-title": "J Comput Phys", "volume": "260", "page": "120-126"},
        "page:holds-locator",
    ),
    # an edition named by a word
    (
        "Kern, H. Labyrinthe. Revised. München: Prestel, 1983.",
        {"title": "Labyrinthe", "edition": "Revised", "publisher": "Prestel"},
        "edition:holds-imprint",
    ),
    # an edition's number
    (
        "Taylor, C. The Ethics. 2nd ed. Toronto: Anansi, 1991.",
        {"title": "The Ethics", "edition": "2", "publisher": "Anansi"},
        "edition:holds-imprint",
    ),
    # a distributor's phrase after a stop in the note, the publisher alone
    (
        "Brown, T. (1980). Notes on learning. Boston: Beacon. Distributed in Canada.",
        {"title": "Notes on learning", "publisher": "Beacon", "note": "Distributed in Canada"},
        "value:holds-role-sentence",
    ),
    # a body's name with a comma
    (
        "Department of Health, Education and Welfare. Annual report. Washington, 1970.",
        {"author": [{"literal": "Department of Health, Education and Welfare"}], "title": "Annual report"},
        "name:people-as-literal",
    ),
    # two bodies, one name the other's longer form without holding it
    (
        "World Health Organization, WHO Regional Office for Europe. Air quality guidelines. 2006.",
        {
            "author": [{"literal": "World Health Organization"}, {"literal": "WHO Regional Office for Europe"}],
            "title": "Air quality guidelines",
        },
        "name:holds-other-name",
    ),
    # a body of five words among the authors, the title read
    (
        "National Center for Health Statistics, Smith J. Health, United States, 2019. Hyattsville, MD, 2021.",
        {
            "author": [
                {"literal": "National Center for Health Statistics"},
                {"family": "Smith", "given": "J."},
            ],
            "title": "Health, United States, 2019",
        },
        "title:lost-in-book",
    ),
]

# the texts the parser reads in the wrong form named: their reading is flagged
READ_WRONG = [
    "7. Gotoh M, Ohmoto T, Kuyama H. Experimental study of venous circulatory disturbance by dural sinus occlusion. "
    "Acta Neurochir (Wien) 1993;124 120-126.",
    "U.S. Congress. 2005. Energy Policy Act of 2005. Public Law 109-058. 8 August.",
    "56. FEDIDA P. et al., Humain/déshumain, Pierre Fédida la parole de l’œuvre, PUF, 2007, pp. 11-125",
    "Skinner, B. F. (1974). About behaviorism (1st. ed.). New York: Knopf distributed by Random House.",
    "[10] Xiangyi Chen, Xiaoyun Li, and P. Li. Toward communication efficient adaptive gradient method. Proceedings of "
    "the 2020 ACM-IMS on Foundations of Data Science Conference , 2020.",
    "9. European Institute for Gender Equality: Cyber Violence against Women and Girls. Vilnius, European Institute "
    "for Gender Equality (EIGE) (2017)",
    "[1] A Morphological Approach to Curvature-based Evolution of Curves and Surfaces, Pablo Márquez-Neila, Luis "
    "Baumela, Luis Álvarez. In IEEE Transactions on Pattern Analysis and Machine Intelligence (PAMI), 2014.",
]


@pytest.mark.parametrize(
    ("text", "record", "check", "fires"),
    [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES],
)
def test_check_fires_on_the_wrong_form_alone(text: str, record: dict[str, Any], check: str, fires: bool) -> None:
    assert check in FORCED or check in FORCED_BY_HELD_FORM + FORCED_BY_MISFILED_PART + FORCED_BY_STRAY_PART
    assert bool(fired(record, text).get(check)) is fires


@pytest.mark.parametrize("text", READ_WRONG)
def test_the_wrong_reading_is_flagged(text: str) -> None:
    assert needs_review(text)
    assert read_reference(text).get("custom", {}).get("biblio", {}).get("review_score") is not None


def test_every_check_has_its_cases() -> None:
    assert {c for _, _, c in SILENT_WRONGS} == {c for _, _, c in LOOK_ALIKES}
