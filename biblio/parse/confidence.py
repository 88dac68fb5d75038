"""How sure the model is of a reading: per CSL variable and overall, from its marginals.

A field's confidence is the lowest confidence of the spans it came from (assemble
records that); a span's is the mean marginal probability of its tokens.  The
overall confidence is the probability the model gives its whole label sequence:
a reference whose every token is labelled without doubt scores near 1, one where
the model hesitates anywhere scores low.  ``NEEDS_REVIEW_BELOW`` is the threshold
that best separates wrongly from exactly parsed references on the dev split
(``benchmarks/parse_eval.py --calibrate``).
"""

from __future__ import annotations

from biblio.parse.model.labeller import Reading

NEEDS_REVIEW_BELOW = 0.65


def overall(reading: Reading) -> float:
    """0-1: the probability the model gives its own label sequence."""
    if not reading.tokens:
        return 0.0
    return reading.sequence_probability
