"""The needs-review refit with biblio's gold sets (``training/review_gold_rows.py``, ``training/review_gold.py``):
whole sets are held out, no set is both fitted on and measured in one fold, and the refit reads the gold
sets' rows as the parser runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio.parse import chooser
from biblio.parse.training import review_gold
from biblio.parse.training.review_gold_rows import GoldRow, gold_sets, read_gold, set_fold
from biblio.records.model import Item

NO_TREES = {"base": 0.0, "rate": 1.0, "trees": []}
STRUCTURED = {"threshold": 0.5, "ensemble": NO_TREES}
SETS = [f"set_{i}" for i in range(12)]


def _gold(per_set: int = 5) -> list[GoldRow]:
    # each row names itself in a signal, so that the rows an ensemble is fitted on can be told apart
    return [
        GoldRow(name, f"{name}-{j}", {"bias": 1.0, "row": float(100 * s + j)}, j % 2 == 0, False)
        for s, name in enumerate(SETS)
        for j in range(per_set)
    ]


def _calibration(n: int = 40) -> list[tuple[str, tuple[dict[str, float], bool]]]:
    return [(f"cal-{i}", ({"bias": 1.0, "row": float(10_000 + i)}, i % 3 == 0)) for i in range(n)]


def test_a_gold_set_falls_whole_in_one_fold() -> None:
    entries = review_gold.entries_of(_calibration(), _gold(), 4, STRUCTURED)
    folds: dict[str, set[int]] = {}
    for e in entries:
        folds.setdefault(e.set, set()).add(e.fold)
    assert all(len(folds[name]) == 1 for name in SETS)
    assert {folds[name].pop() for name in SETS} == {set_fold(name, 4) for name in SETS}
    # calibration references are spread over the folds
    assert len(folds["calibration"]) == 4


@pytest.mark.parametrize("folds", [3, 6])
def test_no_set_is_both_fitted_on_and_measured_in_one_fold(folds: int, monkeypatch: pytest.MonkeyPatch) -> None:
    fitted_on: list[set[float]] = []

    def fake_fit(rows: list[tuple[dict[str, float], bool]], *_: Any, **__: Any) -> dict[str, Any]:
        fitted_on.append({ev["row"] for ev, _ in rows if "row" in ev})
        return dict(NO_TREES, trees=[len(fitted_on)])  # a constant tree: the fit's number

    monkeypatch.setattr(review_gold, "fit_ensemble", fake_fit)
    entries = review_gold.entries_of(_calibration(), _gold(), folds, STRUCTURED)
    fixed = [({"bias": 1.0, "row": -1.0}, False)]
    fit = review_gold.fit_with_gold(fixed, entries, folds, 2.0, 0.1)
    assert len(fitted_on) == folds + 1  # one fit per fold, then the shipped one on all rows
    for k in range(folds):
        measured = {e.ev["row"] for e in entries if e.fold == k and e.ev}
        rest = {e.ev["row"] for e in entries if e.fold != k and e.ev}
        assert measured and not measured & fitted_on[k]
        assert rest | {-1.0} == fitted_on[k]
        # each held-out entry is scored by its own fold's ensemble (tree value k + 1)
        for e, score in zip(entries, fit.out_of_fold, strict=True):
            if e.fold == k:
                assert score == pytest.approx(1 / (1 + 2.718281828459045 ** -(k + 1)))
    assert fitted_on[-1] == {e.ev["row"] for e in entries if e.ev} | {-1.0}


def test_gold_rows_weigh_as_told_and_not_at_all_at_weight_zero() -> None:
    entries = review_gold.entries_of(_calibration(4), _gold(1), 3, STRUCTURED)
    rows, weights = review_gold.fitting_rows([({"bias": 1.0}, True)], entries, 3.0, None)
    assert len(rows) == 1 + 4 + len(SETS)
    assert weights == [1.0] * 5 + [3.0] * len(SETS)
    rows, weights = review_gold.fitting_rows([], entries, 0.0, None)
    assert len(rows) == 4 and weights == [1.0] * 4


def test_the_pooled_threshold_counts_references_flagged_elsewhere_first() -> None:
    right = [review_gold.Entry("calibration", 0, {"bias": 1.0}, False, False, 0.0) for _ in range(90)]
    right += [review_gold.Entry("german", 0, None, False, True, review_gold.FLAGGED_MARGIN) for _ in range(5)]
    right += [review_gold.Entry("german", 0, {"publisher:digit": 1.0}, False, True, 9.0) for _ in range(5)]
    wrong = [review_gold.Entry("german", 0, {"bias": 1.0}, True, False, 0.0) for _ in range(50)]
    entries = right + wrong
    scores = [i / 100 for i in range(90)] + [0.0] * 10 + [0.99] * 50
    # 20 % of the 100 right references is 20: 10 are flagged already, so the 10 highest scores
    threshold = review_gold.pooled_threshold(entries, scores, 0.2)
    assert 0.79 < threshold <= 0.80
    flagged = sum(s >= threshold for e, s in zip(entries, scores, strict=True) if e.scored and not e.wrong)
    assert flagged == 10
    assert review_gold.pooled_threshold(entries, scores, 0.05) == 1.0


def test_a_weight_counts_as_that_many_copies_of_a_row() -> None:
    pytest.importorskip("numpy")
    from biblio.parse.training.boosting import Settings, fit_ensemble

    rows = [({"x": float(i % 7)}, i % 7 > 3 or i % 11 == 0) for i in range(300)]
    doubled = fit_ensemble(rows + rows[:100], Settings(trees=5))
    weighed = fit_ensemble(rows, Settings(trees=5), weights=[2.0] * 100 + [1.0] * 200)
    assert weighed == doubled
    assert fit_ensemble(rows, Settings(trees=5)) == fit_ensemble(rows, Settings(trees=5), weights=[1.0] * 300)


def _write_set(folder: Path, name: str, records: list[dict[str, Any]]) -> None:
    with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec) + "\n")


APA = {
    "id": "a1",
    "text": "Smith, J. A. (2019). Rivers of the north. Journal of Water, 12(3), 45-67.",
    "fields": {
        "author": [{"family": "Smith", "given": "J. A."}],
        "issued": {"date-parts": [[2019]]},
        "title": "Rivers of the north",
        "container-title": "Journal of Water",
        "volume": "12",
        "issue": "3",
        "page": "45-67",
    },
}


def test_the_refit_reads_the_gold_rows_with_every_signal(tmp_path: Path) -> None:
    _write_set(tmp_path, "one", [APA])
    _write_set(tmp_path, "two", [dict(APA, id="b1", fields={"title": "Something else"})])
    sets = gold_sets(tmp_path)
    assert list(sets) == ["one", "two"]

    def wrong(item: Item, gold: dict[str, Any]) -> bool:
        return item.get("title") != gold.get("title")

    saved = chooser.signals
    rows = read_gold(sets, wrong)
    assert chooser.signals is saved  # the parser's own signals come back
    assert [(r.set, r.id, r.wrong) for r in rows] == [("one", "a1", False), ("two", "b1", True)]
    ev = rows[0].ev
    assert ev is not None and ev["bias"] == 1.0
    # every signal, not only those the shipped trees ask about: more than the parser computes
    assert len(ev) > 20


def test_the_refit_command_fits_the_model_group_on_the_gold_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("numpy")
    from biblio.parse.training import review

    _write_set(tmp_path, "one", [APA])
    seen: list[list[review_gold.Entry]] = []
    real_fit = review_gold.fit_with_gold

    def spy(fixed: Any, entries: list[review_gold.Entry], *args: Any) -> review_gold.GoldFit:
        seen.append(entries)
        return real_fit(fixed, entries, *args)

    monkeypatch.setattr(review_gold, "fit_with_gold", spy)
    cases = [review.Case(f"cal-{i}", "grobid", {}, None, None, {}, [], i % 2 == 0, []) for i in range(12)]  # type: ignore[arg-type]
    rows = [({"bias": 1.0, "model:doubt": float(i % 2)}, i % 2 == 0) for i in range(12)]
    shipped = {"structured": STRUCTURED}
    fitted = review.gold_refit(tmp_path, 3, 1.0, 0.1, lambda item, gold: False, cases, rows, rows, shipped)
    assert [e.set for e in seen[0]].count("one") == 1
    assert [e.set for e in seen[0]].count("calibration") == 12
    assert fitted["structured"] is STRUCTURED
    assert set(fitted["model"]) == {"threshold", "ensemble"}


def _structured_entries(folds: int) -> list[review_gold.Entry]:
    # structured readers' records, each naming itself in a signal their group weighs; every third one wrong
    calibration = [
        (f"cal-{i}", ({"bias": 1.0, "reader:structured": 1.0, "reader:row": float(10_000 + i)}, i % 3 == 0))
        for i in range(40)
    ]
    gold = [
        GoldRow(
            name,
            f"{name}-{j}",
            {"bias": 1.0, "reader:structured": 1.0, "reader:row": float(100 * s + j)},
            j == 0,
            False,
        )
        for s, name in enumerate(SETS)
        for j in range(5)
    ]
    return review_gold.entries_of(calibration, gold, folds, STRUCTURED)


def test_the_structured_group_is_refitted_by_folds_of_whole_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    fitted_on: list[set[float]] = []

    def fake_fit(rows: list[tuple[dict[str, float], bool]], *_: Any, **__: Any) -> dict[str, Any]:
        fitted_on.append({ev["reader:row"] for ev, _ in rows if "reader:row" in ev})
        return dict(NO_TREES, trees=[len(fitted_on) / 10])  # a constant tree: the fit's number

    monkeypatch.setattr(review_gold, "fit_ensemble", fake_fit)
    folds = 4
    entries = _structured_entries(folds)
    fixed = [
        ({"bias": 1.0, "reader:structured": 1.0, "reader:row": -1.0}, False),
        ({"bias": 1.0, "reader:row": -2.0}, True),
    ]
    shipped, measured = review_gold.fit_structured(fixed, entries, folds, 2.0, 0.1)
    assert len(fitted_on) == folds + 1
    for k in range(folds):
        held = {e.ev["reader:row"] for e in entries if e.fold == k and e.ev}
        assert held and not held & fitted_on[k]
        assert -1.0 in fitted_on[k] and -2.0 not in fitted_on[k]  # only the group's own fixed rows
    assert set(shipped) == {"threshold", "ensemble"}
    # the held-out margins decide whether the model group's threshold counts a record as flagged already
    assert all(e.elsewhere == (e.other_margin >= 0) for e in measured)
    assert [e.set for e in measured] == [e.set for e in entries]


def test_the_structured_threshold_flags_at_most_its_share_of_right_records() -> None:
    entries = _structured_entries(3)
    scores = [i / len(entries) for i in range(len(entries))]
    threshold = review_gold.group_threshold(entries, scores, 0.1)
    right = [s for e, s in zip(entries, scores, strict=True) if not e.wrong]
    assert sum(s >= threshold for s in right) == int(0.1 * len(right))
    # a record a forced check flags takes its share first
    forced = review_gold.Entry("calibration", 0, {"reader:structured": 1.0, "publisher:digit": 1.0}, False, True, 9.0)
    assert review_gold.group_threshold([*entries, forced], [*scores, 0.0], 0.1) > threshold


def test_without_leaves_out_the_signals_named() -> None:
    from biblio.parse.training.review import without_signals

    ev = {"bias": 1.0, "agree:differ": 1.0, "agree:differ-title": 1.0, "model:note": 1.0}
    assert without_signals(ev, ("agree:",)) == {"bias": 1.0, "model:note": 1.0}
    assert without_signals(ev, ()) is ev
