"""Cross-fitting for the needs-review score (``training/cross_fit.py``): the fold rule keeps dev and
calibration out of every fold, and the refit reads the out-of-fold rows it is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.parse.review import lexicon, marks
from biblio.parse.training import cross_fit
from biblio.parse.training.data import is_calibration, is_dev, is_held_out

IDS = [f"anystyle-good-{i}" for i in range(3000)] + [f"grobid-{i}" for i in range(3000)]


@pytest.mark.parametrize("folds", [2, 3])
def test_the_fold_rule_never_touches_dev_or_calibration(folds: int) -> None:
    for rid in IDS:
        fold = cross_fit.fold_of(rid, folds)
        assert (fold is None) == is_held_out(rid)
        for k in range(folds):
            if is_dev(rid) or is_calibration(rid):
                assert not cross_fit.trained_on(folds, k)(rid)
                assert not cross_fit.in_fold(folds, k)(rid)


@pytest.mark.parametrize("folds", [2, 3])
def test_each_training_line_is_read_by_one_fold_and_trained_on_by_the_others(folds: int) -> None:
    sizes = [0] * folds
    for rid in IDS:
        fold = cross_fit.fold_of(rid, folds)
        if fold is None:
            continue
        sizes[fold] += 1
        assert [cross_fit.in_fold(folds, k)(rid) for k in range(folds)].count(True) == 1
        assert all(cross_fit.trained_on(folds, k)(rid) == (k != fold) for k in range(folds))
    # the folds are of like size (the rule is a hash, independent of the dev and calibration rule)
    assert min(sizes) > 0.9 * max(sizes)


def test_the_fold_rule_is_fixed() -> None:
    assert [cross_fit.fold_of(f"grobid-{i}", 2) for i in range(12)] == [
        cross_fit.fold_of(f"grobid-{i}", 2) for i in range(12)
    ]
    assert cross_fit.fold_of("x", 2) in (0, 1, None)


def test_cached_rows_are_read_back_only_for_the_same_parser(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [({"bias": 1.0, "model:doubt": 0.25}, True), ({"bias": 1.0, "model:doubt": 0.0}, False)]
    cross_fit.write_rows(path, "abc", ["a", "b"], rows)
    assert cross_fit.read_rows(path, "abc") == (["a", "b"], rows)
    assert cross_fit.read_rows(path, "another parser") is None
    assert cross_fit.read_rows(tmp_path / "none.jsonl", "abc") is None


def test_the_fingerprint_follows_the_fold_models(tmp_path: Path) -> None:
    one, two = tmp_path / "k2-fold0.crfsuite", tmp_path / "k2-fold1.crfsuite"
    one.write_bytes(b"1")
    two.write_bytes(b"22")
    assert cross_fit.parser_fingerprint([one, two]) == cross_fit.parser_fingerprint([one, two])
    assert cross_fit.parser_fingerprint([one, two]) != cross_fit.parser_fingerprint([one])


def test_the_fold_tables_are_built_from_the_given_lines_and_the_shipped_ones_come_back() -> None:
    shipped_words, shipped_marks = len(lexicon.table()), len(marks.table())
    records = [
        {
            "id": f"line-{i}",
            "text": "Smith, J. (2001). Rivers. Water, 3, 1-2.",
            "segments": [
                ["author", "Smith, J."],
                ["date", "(2001)."],
                ["title", "Rivers."],
                ["journal", "Water,"],
                ["volume", "3,"],
                ["pages", "1-2."],
            ],
            "fields": {"author": [{"family": "Smith", "given": "J."}], "title": "Rivers", "container-title": "Water"},
        }
        for i in range(40)
    ]
    kept = [r for r in records if not is_held_out(r["id"])]
    with cross_fit.tables_of(kept):
        assert set(lexicon.table()) == {"smith", "j", "rivers", "water"}
        assert 0 < len(marks.table()) < 20
    assert (len(lexicon.table()), len(marks.table())) == (shipped_words, shipped_marks)


def test_the_refit_fits_on_the_cross_fitted_rows_and_sets_the_threshold_on_calibration() -> None:
    pytest.importorskip("numpy")
    from biblio.parse.training.review import fit_groups

    # calibration rows say nothing; the cross-fitted ones tie the outcome to one signal
    calibration = [({"bias": 1.0, "model:min-marginal-doubt": 0.5}, i % 3 == 0) for i in range(60)]
    crossed = [({"bias": 1.0, "model:min-marginal-doubt": float(i % 2)}, i % 2 == 1) for i in range(400)]
    rows = calibration + crossed
    real = [True] * len(calibration) + [False] * len(crossed)
    shipped = {"structured": {"threshold": 0.5, "ensemble": {"base": 0.0, "rate": 0.1, "trees": []}}}
    alone = fit_groups(calibration, real[: len(calibration)], 0.085, shipped)
    both = fit_groups(rows, real, 0.085, shipped, [False] * len(calibration) + [True] * len(crossed))
    assert not _asks(alone["model"]["ensemble"]["trees"])
    assert _asks(both["model"]["ensemble"]["trees"])


def _asks(trees: list[object]) -> bool:
    return "model:min-marginal-doubt" in repr(trees)


def test_the_overall_threshold_flags_the_share_of_all_right_references_counting_other_flags_first() -> None:
    from biblio.parse.training.review import overall_threshold

    steps = ["x", 0.25, -2.0, ["x", 0.5, -1.0, ["x", 0.75, 1.0, 2.0]]]
    fitted = {
        "model": {"threshold": 0.5, "ensemble": {"base": 0.0, "rate": 1.0, "trees": [steps]}},
        # a structured reader's record is flagged whatever it says (threshold 0)
        "structured": {"threshold": 0.0, "ensemble": {"base": 0.0, "rate": 1.0, "trees": []}},
    }
    right = [({"x": x}, False) for x, n in ((0.1, 60), (0.4, 20), (0.6, 10), (0.9, 5)) for _ in range(n)]
    right += [({"x": 0.1, "publisher:digit": 1.0}, False)] * 5  # flagged whatever the score
    structured = [({"reader:structured": 1.0}, False)] * 20
    wrong = [({"x": 0.9}, True)] * 50  # wrong and generated references do not count
    generated = [({"x": 0.9}, False)] * 50
    rows = right + structured + wrong + generated
    real = [True] * (len(right) + len(structured) + len(wrong)) + [False] * len(generated)
    # 25 % of the 120 right real references is 30: 20 structured and 5 forced are flagged already
    threshold = overall_threshold(rows, real, fitted, 0.25)
    from biblio.parse.review.score import review_score

    model = fitted["model"]["ensemble"]
    assert review_score({"x": 0.9}, model) >= threshold > review_score({"x": 0.6}, model)
    assert overall_threshold(rows, real, fitted, 0.1) == 1.0  # more flagged elsewhere than the share allows
