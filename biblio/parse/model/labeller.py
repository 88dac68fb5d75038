"""The sequence labeller: tokens -> labels with their marginal probabilities -> spans.

A linear-chain CRF trained by ``biblio.parse.training.train`` (python-crfsuite); the
model file ships beside this module and its weights are read once, on first use, into
the scorer (``scorer.py``), which labels a reference as CRFsuite's tagger would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from biblio.parse.model import MODEL_PATH
from biblio.parse.model.crfsuite_file import read_weights
from biblio.parse.model.scorer import Scorer
from biblio.parse.spans import Span
from biblio.parse.tokens import Token, tokenize


@dataclass(frozen=True)
class Reading:
    """The model's reading of one reference: its tokens, a label and marginal per token,
    the labelled spans, and the probability of the whole label sequence."""

    tokens: list[Token]
    labels: list[str]
    marginals: list[float]
    spans: list[Span]
    sequence_probability: float


class Labeller:
    def __init__(self, model: Path = MODEL_PATH) -> None:
        self.scorer = Scorer(read_weights(model))

    def read(self, text: str) -> Reading:
        tokens = tokenize(text)
        if not tokens:
            return Reading([], [], [], [], 0.0)
        scored = self.scorer.score(tokens)
        names = self.scorer.labels
        labels = [names[i] for i in scored.path]
        return Reading(tokens, labels, scored.marginals, spans_of(text, tokens, labels, scored.marginals),
                       scored.probability)


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
