"""Needs-review reads the record that is returned: the model's evidence for the spans after the mends."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.chooser import model_reading
from biblio.parse.confidence import MENDED_MARGINAL, mended_reading
from biblio.parse.model.labeller import Reading, default_labeller, spans_of
from biblio.parse.tokens import tokenize

TEXT = "Smith, J. Solid State Physics. Holt, 1976."


def _reading() -> Reading:
    tokens = tokenize(TEXT)
    words = [t.text for t in tokens]
    title = words.index("Solid")
    place = words.index("Holt")
    year = words.index("1976")
    labels = ["author"] * title + ["journal"] * (place - title) + ["publisher"] * (year - place)
    labels += ["date"] * (len(tokens) - year)
    marginals = [0.99] * len(tokens)
    for i in range(title, place):
        marginals[i] = 0.6  # the model doubted its journal
    return Reading(tokens, labels, marginals, spans_of(TEXT, tokens, labels, marginals), 0.4)


def test_unmended_spans_leave_the_reading_as_it_is() -> None:
    reading = _reading()
    assert mended_reading(reading, reading.spans) is reading
    assert mended_reading(reading, list(reading.spans)) is reading


def test_a_relabelled_span_carries_the_mends_label_and_no_doubt_of_the_label_it_replaced() -> None:
    reading = _reading()
    spans = [replace(s, label="title") if s.label == "journal" else s for s in reading.spans]
    built = mended_reading(reading, spans)
    assert [s.label for s in built.spans] == ["author", "title", "publisher", "date"]
    assert built.labels.count("title") == reading.labels.count("journal")
    assert "journal" not in built.labels
    kept = [m for m, label in zip(built.marginals, built.labels, strict=True) if label != "title"]
    assert kept == [m for m, label in zip(reading.marginals, reading.labels, strict=True) if label != "journal"]
    assert all(m == MENDED_MARGINAL for m, label in zip(built.marginals, built.labels, strict=True) if label == "title")
    assert built.spans[1].confidence == MENDED_MARGINAL  # the span's confidence is its tokens' again
    assert built.spans[0].confidence == reading.spans[0].confidence
    assert reading.sequence_probability < built.sequence_probability <= 1.0


def test_a_boundary_a_mend_moved_is_read_where_it_now_is() -> None:
    reading = _reading()
    author, title, publisher, date = reading.spans
    # the title now ends before its last word, which goes into no field
    cut = title.text.rindex(" ")
    spans = [author, replace(title, text=title.text[:cut], end=title.start + cut), publisher, date]
    built = mended_reading(reading, spans)
    physics = [t.text for t in built.tokens].index("Physics")
    assert built.labels[physics] == "other" and built.marginals[physics] == MENDED_MARGINAL
    assert built.labels[physics - 1] == "journal" and built.marginals[physics - 1] == 0.6


def test_the_models_record_is_built_from_the_mended_reading() -> None:
    text = "[9] N. W. Ashcroft and N. D. Mermin, *Solid State Physics* (Holt, Rinehart and Winston, New York, 1976)."
    reading = default_labeller().read(text)
    item, built = model_reading(text, reading)
    labels = {s.label for s in built.spans}
    assert item["title"] == "Solid State Physics" and "title" in labels
    confidence = item["custom"]["biblio"]["field_confidence"]
    title = next(s for s in built.spans if s.label == "title")
    assert confidence["title"] == title.confidence
