"""How sure the model is of a reading: per CSL variable and overall, from its marginals.

A field's confidence is the lowest confidence of the spans it came from (assemble
records that); a span's is the mean marginal probability of its tokens.  The
overall confidence is the probability the model gives its whole label sequence:
a reference whose every token is labelled without doubt scores near 1, one where
the model hesitates anywhere scores low.  ``NEEDS_REVIEW_BELOW`` is the threshold
that best separates wrongly from exactly parsed references on the dev split
(``benchmarks/parse_eval.py --calibrate``).  ``mended_reading`` gives the model's evidence for the
spans after the mends (``parse/mends/``), the reading the record is built from: field confidences
and the needs-review signals then describe the record returned.
"""

from __future__ import annotations

from operator import is_

from biblio.parse.model.labeller import Reading
from biblio.parse.spans import Span

NEEDS_REVIEW_BELOW = 0.65


def overall(reading: Reading) -> float:
    """0-1: the probability the model gives its own label sequence."""
    if not reading.tokens:
        return 0.0
    return reading.sequence_probability


# The marginal of a token whose label a mend gave (a rule reading the text's marks, not the model):
# the model's doubt about the label it gave instead says nothing about the mend's, so none is kept.
MENDED_MARGINAL = 1.0


def mended_reading(reading: Reading, spans: list[Span]) -> Reading:
    """The reading a record is built from: ``spans`` (the model's spans after the mends) with a label and
    a marginal per token.  A token keeps the model's marginal where its label is the model's; where a
    mend changed it (or left the token in no span: ``other``) it takes ``MENDED_MARGINAL``.  A span's
    confidence is again the mean marginal of its tokens, and the sequence probability drops the
    model's doubt about the tokens a mend relabelled.  The review signals and field confidences then
    describe the record that is returned, not the reading a mend replaced."""
    model = reading.spans
    # the mends hand spans they leave alone on as they are: most references are compared by identity
    if len(spans) == len(model) and (all(map(is_, spans, model)) or spans == model):
        return reading
    tokens, old = reading.tokens, reading.labels
    order = sorted(range(len(spans)), key=lambda j: spans[j].start)
    labels = list(old)
    marginals = list(reading.marginals)
    total = [0.0] * len(spans)  # per span, its tokens' marginals: its confidence again
    count = [0] * len(spans)
    changed = 0
    kept = 1.0  # the product of the relabelled tokens' marginals, taken out of the sequence probability
    k, n = 0, len(order)
    for i, token in enumerate(tokens):
        while k < n and spans[order[k]].end <= token.start:
            k += 1
        inside = k < n and spans[order[k]].start <= token.start
        label = spans[order[k]].label if inside else "other"
        if label != old[i]:
            labels[i] = label
            changed += 1
            kept *= marginals[i]
            marginals[i] = MENDED_MARGINAL
        if inside:
            total[order[k]] += marginals[i]
            count[order[k]] += 1
    rescored = [
        Span(s.label, s.text, s.start, s.end, round(total[j] / count[j], 4)) if count[j] else s
        for j, s in enumerate(spans)
    ]
    probability = min(1.0, reading.sequence_probability / kept) if kept > 0 else reading.sequence_probability
    return Reading(tokens, labels, marginals, rescored, probability, reading.shifts, changed)
