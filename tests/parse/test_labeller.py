"""The shipped sequence labeller: its file, its spans and its marginals."""

from __future__ import annotations

from biblio.parse.model import MODEL_PATH
from biblio.parse.model.labeller import default_labeller, spans_of
from biblio.parse.spans import LABELS
from biblio.parse.tokens import tokenize

IEEE = 'J. Smith and K. Lee, "A method for parsing," IEEE Trans. Softw. Eng., vol. 12, no. 3, pp. 45-67, 2020.'


def test_model_ships_in_the_package_and_is_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 20 * 2**20


def test_reading_labels_every_token_with_a_marginal() -> None:
    reading = default_labeller().read(IEEE)
    assert len(reading.labels) == len(reading.tokens) == len(reading.marginals)
    assert set(reading.labels) <= set(LABELS)
    assert all(0.0 < m <= 1.0 for m in reading.marginals)
    assert 0.0 < reading.sequence_probability <= 1.0
    # the spans cover the tokens in order, each exactly a slice of the text
    assert all(IEEE[s.start : s.end] == s.text for s in reading.spans)
    assert [s.start for s in reading.spans] == sorted(s.start for s in reading.spans)


def test_ieee_reference_is_read_field_by_field() -> None:
    by_label = {s.label: s.text for s in default_labeller().read(IEEE).spans}
    assert by_label["author"].startswith("J. Smith and K. Lee")
    assert "A method for parsing" in by_label["title"]
    assert "IEEE Trans. Softw. Eng." in by_label.get("journal", by_label.get("container-title", ""))
    assert "2020" in by_label["date"]


def test_span_confidence_is_the_mean_marginal_of_its_tokens() -> None:
    text = "Doe, J. Title"
    tokens = tokenize(text)
    spans = spans_of(text, tokens, ["author"] * 4 + ["title"], [1.0, 0.5, 1.0, 0.5, 0.9])
    assert [(s.label, s.text, s.confidence) for s in spans] == [("author", "Doe, J.", 0.75), ("title", "Title", 0.9)]


def test_empty_text_reads_as_nothing() -> None:
    reading = default_labeller().read("   ")
    assert reading.spans == [] and reading.sequence_probability == 0.0
