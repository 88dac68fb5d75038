"""The sequence labeller: tokens -> labels with their marginal probabilities -> spans.

A linear-chain CRF (python-crfsuite) trained by ``biblio.parse.training.train``;
the model file ships beside this module and is opened once, on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from biblio.parse.features import sequence_features
from biblio.parse.model import MODEL_PATH
from biblio.parse.spans import Span
from biblio.parse.tokens import Token, tokenize


@dataclass(frozen=True)
class Reading:
    """The model's reading of one reference: its tokens, a label and marginal per token,
    the labelled spans, the probability of the whole label sequence, and per boundary between two
    labels the probability that it lies one token over (``boundary_shifts``); ``relabelled``: how
    many tokens the mends gave another label (``confidence.mended_reading``)."""

    tokens: list[Token]
    labels: list[str]
    marginals: list[float]
    spans: list[Span]
    sequence_probability: float
    shifts: tuple[float, ...] = ()
    relabelled: int = 0


class Labeller:
    def __init__(self, model: Path = MODEL_PATH) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))

    def read(self, text: str) -> Reading:
        tokens = tokenize(text)
        if not tokens:
            return Reading([], [], [], [], 0.0)
        tagger = self._tagger
        tagger.set(sequence_features(tokens))
        labels = tagger.tag()
        marginal = tagger.marginal
        marginals = [marginal(label, i) for i, label in enumerate(labels)]
        return Reading(
            tokens,
            labels,
            marginals,
            spans_of(text, tokens, labels, marginals),
            tagger.probability(labels),
            boundary_shifts(labels, marginal),
        )


def boundary_shifts(labels: list[str], marginal: Callable[[str, int], float]) -> tuple[float, ...]:
    """Per change of label, the marginal of the runner-up the boundary itself suggests: the last token
    of one field taking the next field's label, or the first of the next taking the previous one's.
    A boundary the model is sure of scores near 0; one a token away from where it was read near 0.5."""
    out = []
    for i in range(1, len(labels)):
        before, after = labels[i - 1], labels[i]
        if before != after:
            out.append(max(marginal(after, i - 1), marginal(before, i)))
    return tuple(out)


def spans_of(text: str, tokens: list[Token], labels: list[str], marginals: list[float]) -> list[Span]:
    """Runs of tokens with one label as spans; a span's confidence is the mean marginal of its tokens."""
    spans: list[Span] = []
    i = 0
    n = len(tokens)
    while i < n:
        j = i + 1
        while j < n and labels[j] == labels[i]:
            j += 1
        start, end = tokens[i].start, tokens[j - 1].end
        conf = sum(marginals[i:j]) / (j - i)
        spans.append(Span(labels[i], text[start:end], start, end, round(conf, 4)))
        i = j
    return spans


_DEFAULT: Labeller | None = None


def default_labeller() -> Labeller:
    """The labeller with the shipped model, opened once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Labeller()
    return _DEFAULT
