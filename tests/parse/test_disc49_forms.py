"""Forms of the mixed-discipline references of ``disc_real12``: Cell's preprint server after ``Preprint at``,
Elsevier's meeting short name after its proceedings, BMC's meeting year after the proceedings' name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc49_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
