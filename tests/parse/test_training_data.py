"""Labelled references become one label per token, in one convention for every source."""

from __future__ import annotations

import hashlib

from biblio.parse.spans import LABELS
from biblio.parse.training.data import is_calibration, is_dev, is_held_out, labelled_tokens


def test_dev_rule_is_the_fixed_hash_rule() -> None:
    ids = [f"anystyle-core-{i:05d}" for i in range(300)]
    assert [is_dev(i) for i in ids] == [int(hashlib.sha1(i.encode()).hexdigest(), 16) % 10 == 0 for i in ids]
    assert 10 < sum(is_dev(i) for i in ids) < 60


def test_calibration_rule_is_a_second_tenth_apart_from_dev() -> None:
    ids = [f"grobid-{i:05d}" for i in range(300)]
    assert [is_calibration(i) for i in ids] == [int(hashlib.sha1(i.encode()).hexdigest(), 16) % 10 == 1 for i in ids]
    assert 10 < sum(is_calibration(i) for i in ids) < 60
    assert not any(is_dev(i) and is_calibration(i) for i in ids)
    assert [is_held_out(i) for i in ids] == [is_dev(i) or is_calibration(i) for i in ids]


def labels_of(record: dict) -> list[tuple[str, str]]:
    pair = labelled_tokens(record)
    assert pair is not None
    return [(t.text, lab) for t, lab in zip(*pair, strict=True)]


def test_anystyle_segments_with_issue_split_from_volume() -> None:
    rec = {"id": "x", "text": "Doe, J. (2001). A title. Journal, 12(3), 4-5.",
           "segments": [["author", "Doe, J."], ["date", "(2001)."], ["title", "A title."],
                        ["journal", "Journal,"], ["volume", "12(3),"], ["pages", "4-5."]]}
    assert labels_of(rec) == [
        ("Doe", "author"), (",", "author"), ("J", "author"), (".", "author"), ("(", "date"), ("2001", "date"),
        (").", "date"), ("A", "title"), ("title", "title"), (".", "title"), ("Journal", "journal"),
        (",", "journal"), ("12", "volume"), ("(", "issue"), ("3", "issue"), ("),", "issue"), ("4-5", "pages"),
        (".", "pages")]


def test_grobid_other_goes_to_the_field_it_opens_or_ends() -> None:
    rec = {"id": "g", "text": "J. P. COLLMAN. Acc. Chem. Res. 10, 265 (1977); MR123",
           "segments": [["author", "J. P. COLLMAN"], ["other", "."], ["journal", "Acc. Chem. Res."],
                        ["volume", "10"], ["other", ","], ["pages", "265"], ["other", "("], ["date", "1977"],
                        ["other", ");"], ["idno", "MR123"]]}
    got = labels_of(rec)
    assert got[5] == (".", "author")
    assert ("(", "date") in got and (");", "date") in got and (",", "volume") in got
    assert got[-1] == ("MR123", "note")
    assert all(lab in LABELS and lab != "other" for _, lab in got)


def test_segments_that_do_not_spell_the_text_are_refused() -> None:
    assert labelled_tokens({"id": "y", "text": "Doe. Title.", "segments": [["author", "Roe."]]}) is None
