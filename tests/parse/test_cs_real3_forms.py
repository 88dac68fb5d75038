"""Machine-learning references as library documentation writes them by hand (``cs_real3.jsonl``): a meeting's name
closed by its short name in brackets (``… Remote Sensing (WHISPERS), 2016.``, ``Title Proceedings of the 36th
International Conference on Machine Learning (ICML).``) with no full stop before it, the author-date head's
year printed again after the venue, PMLR's ``PMLR 119:4692-4701`` and a preprint server named alone."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

_ABSENT = object()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bracketed short name closes the meeting's name: no place
        (
            "[4] S. Nakhostin, N. Courty, R. Flamary, D. Tuia, T. Corpetti, Supervised planetary unmixing with "
            "optimal transport, Workshop on Hyperspectral Image and Signal Processing : Evolution in Remote Sensing "
            "(WHISPERS), 2016.",
            {
                "container-title": "Workshop on Hyperspectral Image and Signal Processing : Evolution in Remote "
                "Sensing (WHISPERS)",
                "publisher-place": _ABSENT,
            },
        ),
        # ... nor an issue, and the year after it is the head's again, no page
        (
            "Chapel, L., Alaya, M., Gasso, G. (2020). Partial Optimal Transport with Applications on "
            "Positive-Unlabeled Learning, Advances in Neural Information Processing Systems (NeurIPS), 2020.",
            {
                "container-title": "Advances in Neural Information Processing Systems (NeurIPS)",
                "issue": _ABSENT,
                "page": _ABSENT,
            },
        ),
        # the head's year again in brackets after the venue: no issue
        (
            "Genevay, A., Cuturi, M., Peyré, G. & Bach, F. (2016) Stochastic Optimization for Large-scale Optimal "
            "Transport. Advances in Neural Information Processing Systems (2016).",
            {"container-title": "Advances in Neural Information Processing Systems", "issue": _ABSENT},
        ),
        # ... or after a workshop's name: no volume
        (
            "Flamary R., Courty N., Tuia D., Rakotomamonjy A. (2014). Optimal transport with Laplacian "
            "regularization: Applications to domain adaptation and shape matching, NIPS Workshop on Optimal "
            "Transport and Machine Learning OTML, 2014.",
            {"container-title": "NIPS Workshop on Optimal Transport and Machine Learning OTML", "volume": _ABSENT},
        ),
        # no full stop between the title and the proceedings it is in
        (
            "Vayer, T., Chapel, L., Flamary, R., Tavenard, R. and Courty, N. (2019). Optimal Transport for "
            "structured data with application on graphs Proceedings of the 36th International Conference on "
            "Machine Learning (ICML).",
            {
                "title": "Optimal Transport for structured data with application on graphs",
                "container-title": "Proceedings of the 36th International Conference on Machine Learning (ICML)",
            },
        ),
        (
            "Frogner C., Zhang C., Mobahi H., Araya-Polo M., Poggio T. (2015). Learning with a Wasserstein Loss "
            "Advances in Neural Information Processing Systems (NIPS).",
            {
                "title": "Learning with a Wasserstein Loss",
                "container-title": "Advances in Neural Information Processing Systems (NIPS)",
            },
        ),
        (
            "[8] M. Perrot, N. Courty, R. Flamary, A. Habrard (2016), Mapping estimation for discrete optimal "
            "transport, Neural Information Processing Systems (NIPS).",
            {
                "title": "Mapping estimation for discrete optimal transport",
                "container-title": "Neural Information Processing Systems (NIPS)",
            },
        ),
        # PMLR's own citation: the series and its volume, no part of the proceedings' title
        (
            "Janati, H., Cuturi, M., Gramfort, A. Debiased sinkhorn barycenters Proceedings of the 37th "
            "International Conference on Machine Learning, PMLR 119:4692-4701, 2020",
            {
                "container-title": "Proceedings of the 37th International Conference on Machine Learning",
                "volume": "119",
                "page": "4692-4701",
            },
        ),
        # a preprint server named alone holds the preprint
        (
            "Collas, A., Vayer, T., Flamary, F., & Breloy, A. (2023). Entropic Wasserstein Component Analysis. ArXiv.",
            {"container-title": "ArXiv", "publisher": _ABSENT},
        ),
    ],
)
def test_ml_documentation_forms(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        if value is _ABSENT:
            assert var not in item, (var, item.get(var))
        else:
            assert item.get(var) == value, (var, item.get(var))
