"""Forms of the mixed-discipline references of ``disc_real12``: Cell's preprint server after ``Preprint at``,
Elsevier's meeting short name after its proceedings, BMC's meeting year after the proceedings' name, an abbreviated
journal's first word read into the title, a part's roman number closing the title, a paper series closing the
title, a report's issuing body read as its container, an online-first article's closing range of pages."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from tests.parse.form_cases import assert_read_as, needs_review, read_fields

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "72. George, T.M., de Cothi, W., Stachenfeld, K., and Barry, C. (2022). Rapid Learning of predictive maps "
        "with STDP and theta phase precession. Preprint at bioRxiv. https://doi.org/10.1101/2022.04.20.488882.",
        {"container-title": "bioRxiv", "publisher": None, "type": "article"},
    ),
    (
        "Smith, J., and Doe, K. (2021). A neural model of memory. Preprint at medRxiv.",
        {"container-title": "medRxiv", "publisher": None},
    ),
    (
        "He, K., Zhang, X., Ren, S., Sun, J., 2016. Deep residual learning for image recognition. In: Proceedings of "
        "the IEEE Conference on Computer Vision and Pattern Recognition. CVPR.",
        {
            "container-title": "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition",
            "publisher": None,
        },
    ),
    (
        "Liu, Z., Lin, Y., Cao, Y., Hu, H., Wei, Y., Zhang, Z., Lin, S., Guo, B., 2021. Swin transformer: "
        "Hierarchical vision transformer using shifted windows. In: 2021 IEEE/CVF International Conference on "
        "Computer Vision. ICCV, pp. 9992–10002.",
        {"container-title": "2021 IEEE/CVF International Conference on Computer Vision", "publisher": None},
    ),
    (
        "9. Teju V, et al. Detection of diabetes melittus, kidney disease with ML. In: 2021 3rd international "
        "conference on advances in computing, communication control and networking (ICAC3N), 2021, pp. 217-222: IEEE.",
        {
            "container-title": "2021 3rd international conference on advances in computing, communication control "
            "and networking (ICAC3N)",
            "issued": {"date-parts": [[2021]]},
            "publisher": "IEEE",
        },
    ),
    (
        "Attanasio, O.P., 1995. The intertemporal allocation of consumption: theory and evidence. Carn.-Roch. Conf. "
        "Ser. Public Policy 42 (1), 39–56.",
        {
            "title": "The intertemporal allocation of consumption: theory and evidence",
            "container-title": "Carn.-Roch. Conf. Ser. Public Policy",
        },
    ),
    (
        "20. Y. Tao, J. Bao, Q. Liu, L. Liu, J. Zhu, Deep residual network enabled smart hyperspectral image analysis "
        "and its application to monitoring moisture, size distribution and contents of four bioactive compounds of "
        "granules in the fluid-bed granulation process of Guanxinning tablets, Spectrochim. Acta A Mol. Biomol. "
        "Spectrosc. 287 (2023) 122083. https://doi.org/10.1016/j.saa.2022.122083",
        {"container-title": "Spectrochim. Acta A Mol. Biomol. Spectrosc", "volume": "287"},
    ),
    (
        "86. Small, W.S. (1901). Experimental study of the mental processes of the rat. II. Am. J. Psychol. 12, "
        "206–239.",
        {"title": "Experimental study of the mental processes of the rat. II", "container-title": "Am. J. Psychol"},
    ),
    (
        "Feldkircher, M., Zeugner, S., 2009. Benchmark priors revisited: on adaptive shrinkage and the supermodel "
        "effect in Bayesian model averaging. IMF Working Papers 09/202. International Monetary Fund.",
        {
            "type": "report",
            "title": "Benchmark priors revisited: on adaptive shrinkage and the supermodel effect in Bayesian model "
            "averaging",
            "collection-title": "IMF Working Papers",
            "number": "09/202",
            "publisher": "International Monetary Fund",
        },
    ),
    (
        "Fix, E., Hodges, J., 1951. Discriminatory analysis, nonparametric discrimination: Consistency properties. "
        "Technical Report 4, USAF School of Aviation Medicine, Randolph Field, USA.",
        {"publisher": "USAF School of Aviation Medicine", "container-title": None},
    ),
    (
        "Carey, John M., Kevin R. Carman, Katherine P. Clayton, Yusaku Horiuchim, Mala Htun, and Brittany Ortiz. "
        "2018. “Who wants to hire a more diverse faculty? A conjoint analysis of faculty and student preferences for "
        "gender and racial/ethnic diversity.” Politics, Groups, and Identities , 1–19.",
        {"container-title": "Politics, Groups, and Identities", "page": "1-19", "volume": None},
    ),
    (
        "41. Hyttinen A, Pacela VB, Hyvärinen A. Binary independent component analysis: a non-stationarity-based "
        "approach. In: Uncertainty in Artificial Intelligence, 2022, pp. 874-884: PMLR.",
        {"publisher": "PMLR", "note": None, "container-title": "Uncertainty in Artificial Intelligence"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc49_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_capital_portuguese_particle_after_initials_opens_the_family_name() -> None:
    text = (
        "3. M. Peeters, A.A. Barrera Jiménez, K. Matsunami, M. Ghijs, E. Dos Santos Schultz, M. Roudgar, Analysis of "
        "the effect of formulation properties on granule formation in twin-screw wet granulation, Int. J. Pharm. 650 "
        "(2024) 123671."
    )
    authors = read_fields(text)["author"]
    assert authors[4] == {"family": "Dos Santos Schultz", "given": "E."}
    assert authors[1] == {"family": "Barrera Jiménez", "given": "A.A."}


def test_a_containers_in_sentence_closing_the_title_is_a_held_form() -> None:
    # BMC's "In ESANN ;" read as the title's last sentence, the record holding no container
    source = (
        "35. Anguita D, Ghelardoni L, Ghio A, Oneto L, Ridella S. The'K'in K-fold Cross Validation. In ESANN ; 2012, "
        "pp. 441-446."
    )
    item = {"type": "document", "title": "The'K'in K-fold Cross Validation. In ESANN", "page": "441-446"}
    assert "title:closes-on-in-sentence" in held_form_signals(item, source)
    assert needs_review(source)
    # the title with its container read apart is left alone
    read = {**item, "title": "The'K'in K-fold Cross Validation", "container-title": "ESANN"}
    assert "title:closes-on-in-sentence" not in held_form_signals(read, source)


def test_a_publishers_short_name_among_the_notes_parts_is_a_held_form() -> None:
    source = (
        "Lee A, Chan B. A title of a paper. In: *Proceedings of the 38th International Conference on Machine "
        "Learning*. Vol 139. PMLR; 2021:5606-5615."
    )
    item = {"type": "paper-conference", "title": "A title of a paper", "note": "PMLR; 2021"}
    assert "note:holds-publisher" in held_form_signals(item, source)
    assert "note:holds-publisher" not in held_form_signals({**item, "publisher": "PMLR"}, source)
