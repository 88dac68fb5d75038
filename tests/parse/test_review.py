"""Needs-review: the signals of a wrong reading, and the shipped score that weighs them."""

from __future__ import annotations

from typing import Any

from biblio.parse import read_reference
from biblio.parse.review.score import GROUPS, review_score, usable, weights
from biblio.parse.review.signals import (
    field_signals,
    name_signals,
    record_signals,
    type_signals,
    uncovered_words,
    year_signals,
)

CLEAN = [
    "Smith, J. A., & Lee, K. (2020). Learning to cite: A field study. *Journal of Scholarly Tools*, *12*(3), 45–67.",
    '[4] J. Smith and K. Lee, "Learning to cite," IEEE Trans. Softw. Eng., vol. 12, no. 3, pp. 45–67, 2020.',
    "Koren, Y., Bell, R., & Volinsky, C. (2009). Matrix factorization techniques for recommender systems. "
    "*Computer*, *42*(8), 30–37. https://doi.org/10.1109/MC.2009.263",
    # a year in the title is the title's own, not a second date
    "Taubenberger, J. K., & Morens, D. M. (2006). 1918 Influenza: The mother of all pandemics. "
    "*Emerging Infectious Diseases*, *12*(1), 15–22. https://doi.org/10.3201/eid1201.050979",
]
BROKEN = [
    "45–67 (3) 12 Tools Scholarly of Journal study field A cite to Learning 2020 K Lee J Smith",
    "see above ;; 12 -- ?? and the rest of it 17, 3 ff.",
    "Smith J, Lee K, Brown A, Green B, White C, Black D,",  # cut off after the authors
]


def rec(source: str, **fields: Any) -> dict[str, Any]:
    return {"type": "article-journal", **fields, "custom": {"biblio": {"source": source}}}


def test_words_no_field_holds_are_found() -> None:
    text = "Smith, J. (2020). A title. Journal, 12, 4-5. Reprinted somewhere else."
    item = rec(
        text,
        author=[{"family": "Smith", "given": "J."}],
        title="A title",
        volume="12",
        page="4-5",
        issued={"date-parts": [[2020]]},
        **{"container-title": "Journal"},
    )
    assert uncovered_words(item, text) == ["reprinted", "somewhere", "else"]
    item["note"] = "Reprinted somewhere else"
    assert uncovered_words(item, text) == []


def test_role_words_in_names_and_types_against_their_fields() -> None:
    assert name_signals(rec("", editor=[{"family": "Atkinson", "given": "Edited by Charles"}]))["name:role-word"]
    assert not name_signals(rec("", author=[{"family": "Smith", "given": "J."}]))["name:role-word"]
    assert type_signals(rec("", volume="3"))["type:journal-without-container"]
    assert not type_signals(rec("", volume="3", **{"container-title": "J"}))["type:journal-without-container"]


def test_years_far_from_now_and_two_years() -> None:
    assert year_signals(rec("", issued={"date-parts": [[2091]]}), "Smith 2091")["year:future"]
    assert year_signals(rec("", issued={"date-parts": [[1998]]}), "Smith 1998, reprinted 2004")["year:several"]
    assert year_signals(rec("", issued={"date-parts": [[1998]]}), "Smith 1989")["year:not-in-source"]
    # a second year the record's title, DOI or access date holds is explained
    titled = rec("", issued={"date-parts": [[2019]]}, title="Elections in 2016")
    assert not year_signals(titled, "Smith, A. (2019). Elections in 2016. Review.")["year:several"]
    assert year_signals(titled, "Smith, A. (2019). Elections in 2016. Review, 2004.")["year:several"]


def test_two_readers_that_disagree() -> None:
    a = rec("", title="A title", **{"container-title": "Journal"})
    b = rec("", title="A title. Journal")
    ev = field_signals(a, b)
    assert ev["agree:both-read"] and ev["agree:differ-title"] and ev["agree:differ-container-title"]
    assert field_signals(a, a)["agree:differ"] == 0.0
    assert "agree:both-read" not in field_signals(a, None)


def test_structure_of_a_broken_record() -> None:
    text = "Hunter, John D. *Matplotlib.* In Computing in science 9 (2007): 90-95. Project MUSE."
    item = rec(
        text,
        author=[{"family": "[7] Hunter"}],
        page="90-95. Project MUSE",
        **{"container-title": "In Computing in science 2007"},
    )
    ev = record_signals(item, text)
    assert ev["check:odd-name"] and ev["check:no-title"] and ev["check:container-in"] and ev["check:odd-page"]
    assert ev["uncovered:any"]


def test_shipped_weights_are_a_fitted_model_per_group() -> None:
    for group in GROUPS:
        fitted = weights()["groups"][group]
        assert 0.0 < fitted["threshold"] < 1.0
        assert len(fitted["ensemble"]["trees"]) >= 50
    # a record with nothing against it passes
    assert review_score({"bias": 1.0}) < weights()["groups"]["model"]["threshold"]
    # a structured reader's record is judged without the model's doubt, but by whether the model's record agrees
    ev = {"bias": 1.0, "reader:structured": 1.0, "model:doubt": 0.9, "agree:differ-title": 1.0}
    assert "model:doubt" not in usable(ev) and "agree:differ-title" in usable(ev)


def test_clean_references_are_not_flagged_broken_ones_are() -> None:
    for text in CLEAN:
        data = read_reference(text)["custom"]["biblio"]
        assert "needs-review" not in data.get("flags", []), (text, data)
    for text in BROKEN:
        data = read_reference(text)["custom"]["biblio"]
        assert "needs-review" in data.get("flags", []), (text, data)


def test_the_word_table_knows_a_journal_from_a_title() -> None:
    from biblio.parse.review.lexicon import CLASSES, field_logs

    title, container = CLASSES.index("title"), CLASSES.index("container-title")
    journal = field_logs("Journal of Applied Physics")
    study = field_logs("A study of the effects of arsenic on growth")
    assert journal is not None and study is not None
    assert journal[container] > journal[title] and study[title] > study[container]
    assert field_logs("Xqzv Wvvq") is None  # no known word: no evidence


def test_a_title_read_as_the_journal_looks_swapped() -> None:
    from biblio.parse.model.labeller import default_labeller
    from biblio.parse.review.signals import lexicon_signals

    reading = default_labeller().read(
        "Smith, J. (2020). A study of the effects of arsenic on growth. Journal of Applied Physics, 12, 4-5."
    )
    right = lexicon_signals(reading)
    swapped = reading.__class__(
        reading.tokens,
        [{"title": "journal", "journal": "title"}.get(label, label) for label in reading.labels],
        reading.marginals,
        reading.spans,
        reading.sequence_probability,
    )
    assert lexicon_signals(swapped)["lex:swap"] > 1.0 > right.get("lex:swap", 0.0)
    assert lexicon_signals(swapped)["lex:doubt-title"] > 0.5 > right["lex:doubt-title"]


def test_a_page_range_that_runs_backwards() -> None:
    from biblio.parse.review.signals import page_signals

    assert page_signals("437-53")["page:backwards"] == 0.0  # 437-453, the end abbreviated
    assert page_signals("1058–1059")["page:backwards"] == 0.0
    assert page_signals("453-437")["page:backwards"] == 1.0


def test_only_the_signals_the_trees_ask_about_are_computed_and_they_are_exact() -> None:
    from biblio.parse.chooser import model_item
    from biblio.parse.model.labeller import default_labeller
    from biblio.parse.plausibility import CHECKS
    from biblio.parse.review.signals import shipped, signals

    _blocks, names = shipped("model")
    always = {"check:" + c for c in CHECKS} | {"check:broken-value", "check:nothing-read", "fields:one"}
    for text in CLEAN + BROKEN:
        reading = default_labeller().read(text)
        item = model_item(text, reading)
        item["custom"]["biblio"]["source"] = text
        lean, every = signals(item, reading, None, "model", None), signals(item, reading, None, "model", None, True)
        assert {k: v for k, v in every.items() if k in names | always} == {
            k: v for k, v in lean.items() if k in names | always and v
        }


def test_a_structured_readers_record_gets_the_signals_its_group_asks_about_and_they_are_exact() -> None:
    from biblio.parse.chooser import model_item
    from biblio.parse.model.labeller import default_labeller
    from biblio.parse.plausibility import CHECKS
    from biblio.parse.review.score import group_of
    from biblio.parse.review.signals import shipped, signals

    blocks, names = shipped("structured")
    assert "lex" not in blocks and "marks" not in blocks and names < shipped()[1]
    always = {"check:" + c for c in CHECKS} | {"check:broken-value", "check:nothing-read", "fields:one"}
    for text in CLEAN + BROKEN:
        reading = default_labeller().read(text)
        item = model_item(text, reading)
        item["custom"]["biblio"]["source"] = text
        lean = signals(item, reading, None, "apa", 0.8)
        every = signals(item, reading, None, "apa", 0.8, True)
        assert group_of(lean) == "structured"
        assert {k: v for k, v in every.items() if k in names | always} == {
            k: v for k, v in lean.items() if k in names | always and v
        }
