"""Confidence comes from the model's marginals: a clean reference scores high, a broken one low."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.confidence import NEEDS_REVIEW_BELOW

CLEAN = [
    "Smith, J. A., & Lee, K. (2020). Learning to cite: A field study. *Journal of Scholarly Tools*, *12*(3), 45–67.",
    '[4] J. Smith and K. Lee, "Learning to cite," IEEE Trans. Softw. Eng., vol. 12, no. 3, pp. 45–67, 2020.',
    "Smith J, Lee K. Learning to cite. J Sch Tools. 2020;12(3):45-67.",
]
BROKEN = [
    "45–67 (3) 12 Tools Scholarly of Journal study field A cite to Learning 2020 K Lee J Smith",
    "see above ;; 12 -- ?? and the rest of it 17, 3 ff.",
]


def test_clean_references_score_high() -> None:
    for text in CLEAN:
        data = read_reference(text)["custom"]["biblio"]
        assert data["confidence"] >= NEEDS_REVIEW_BELOW, (text, data)
        assert "needs-review" not in data.get("flags", [])


def test_broken_references_score_low_and_are_flagged() -> None:
    for text in BROKEN:
        data = read_reference(text)["custom"]["biblio"]
        assert data["confidence"] < NEEDS_REVIEW_BELOW, (text, data)
        assert "needs-review" in data["flags"]


def test_one_confidence_per_csl_variable() -> None:
    item = read_reference(CLEAN[1])
    conf = item["custom"]["biblio"]["field_confidence"]
    assert set(conf) <= set(item) - {"custom", "type"}
    assert {"author", "title", "volume"} <= set(conf)
    assert all(0.0 <= v <= 1.0 for v in conf.values())
