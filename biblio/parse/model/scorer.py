"""The CRF's arithmetic for one reference, with the model's weights in arrays: the score of each
label at each token (emissions), the best label sequence (Viterbi), and from the forward and
backward sums the marginal of each chosen label and the probability of the whole sequence.

It computes what CRFsuite's tagger computes from the strings of ``features.sequence_features``
(tests/parse/test_scorer.py compares the two on hundreds of references), but the strings need
not be built or looked up for every token: the summed weight vectors of a word's features and of
the views its neighbours see are cached per word, and those of a token's markup and position
features per distinct tuple.  Features the model never saw weigh nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from biblio.parse.features import token_features, word_features
from biblio.parse.model.crfsuite_file import Weights
from biblio.parse.tokens import Token

# Words cached at most (five vectors of one float per label each: ~1 KB a word).
CACHE_LIMIT = 50_000
# Fixed rows of the vector store: nothing, and the features of a reference's first and last token.
_ZERO, _BOS, _EOS = 0, 1, 2


@dataclass(frozen=True)
class Scored:
    """The best label sequence (label indices), each chosen label's marginal, the sequence's probability."""

    path: list[int]
    marginals: list[float]
    probability: float


class Scorer:
    def __init__(self, weights: Weights, cache_limit: int = CACHE_LIMIT) -> None:
        self.labels = weights.labels
        self._attributes = weights.attributes
        # the state weights with a row of zeros below them
        self._state = np.vstack([weights.state, np.zeros(len(self.labels))])
        self._transition = weights.transition
        # [j, i]: the weight of label i followed by j, so that a row per next label adds the previous scores
        self._into = np.ascontiguousarray(weights.transition.T)
        self._exp_transition = np.exp(weights.transition)
        self._label_range = np.arange(len(self.labels))
        self._rescale_every = _rescale_interval(weights.transition, len(self.labels))
        self._cache_limit = cache_limit
        self._rows = np.zeros((1024, len(self.labels)))
        self._used = 0
        # (norm, kind) -> (first of its five rows, case class, is a year)
        self._words: dict[tuple[str, str], tuple[int, str, bool]] = {}
        self._extras: dict[tuple[str, ...], int] = {}
        self._reset()

    def _reset(self) -> None:
        self._words.clear()
        self._extras.clear()
        self._used = 0
        self._add([(), ("bos",), ("eos",)])

    def _add(self, feature_sets: list[Iterable[str]]) -> int:
        """Store one summed weight vector per feature set; the index of the first.  (Each set's
        attribute rows are summed with the zero row last, so that no set is empty.)"""
        attributes = self._attributes
        zero = len(self._state) - 1
        ids: list[int] = []
        starts: list[int] = []
        for features in feature_sets:
            starts.append(len(ids))
            ids += [attributes[f] for f in features if f in attributes]
            ids.append(zero)
        vectors = np.add.reduceat(self._state[ids], starts, axis=0)
        first = self._used
        end = first + len(vectors)
        if end > len(self._rows):
            grown = np.zeros((2 * end, len(self.labels)))
            grown[:first] = self._rows[:first]
            self._rows = grown
        self._rows[first:end] = vectors
        self._used = end
        return first

    def _add_words(self, keys: list[tuple[str, str]]) -> None:
        found = [word_features(norm, kind) for norm, kind in keys]
        first = self._add([part for entry in found for part in entry[:5]])
        for i, (key, entry) in enumerate(zip(keys, found, strict=True)):
            self._words[key] = (first + 5 * i, entry[5], entry[6])

    def _add_extras(self, keys: list[tuple[str, ...]]) -> None:
        first = self._add(list(keys))
        for i, key in enumerate(keys):
            self._extras[key] = first + i

    def emissions(self, tokens: list[Token]) -> np.ndarray:
        """The score of each label at each token: tokens x labels."""
        if len(self._words) >= self._cache_limit:
            self._reset()  # (between references: the rows of this one stay valid while it is scored)
        words = self._words
        keys = [(t.norm, t.kind) for t in tokens]
        new = [k for k in dict.fromkeys(keys) if k not in words]
        if new:
            self._add_words(new)
        entries = [words[k] for k in keys]
        extras = self._extras
        found = token_features(tokens, [e[1] for e in entries], [e[2] for e in entries])
        new_extras = [f for f in dict.fromkeys(found) if f not in extras]
        if new_extras:
            self._add_extras(new_extras)
        # per token: its word's own row, its markup and position row, and the views of the words
        # before and after it (rows first+1 .. first+4 of theirs: -1, +1, -2, +2), as sequence_features
        first = np.array([e[0] for e in entries])
        n = len(tokens)
        rows = np.zeros((n, 6), dtype=np.intp)
        rows[:, 0] = first
        rows[:, 1] = [extras[f] for f in found]
        rows[0, 2] = _BOS
        rows[1:, 2] = first[:-1] + 1
        rows[2:, 3] = first[:-2] + 3
        rows[:-1, 4] = first[1:] + 2
        rows[-1, 4] = _EOS
        rows[:-2, 5] = first[2:] + 4
        return self._rows[rows].sum(axis=1)

    def score(self, tokens: list[Token]) -> Scored:
        emissions = self.emissions(tokens)
        path = self.viterbi(emissions)
        marginals, probability = self.posteriors(emissions, path)
        return Scored(path, marginals, probability)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        """The best label sequence; of equal scores the first label wins, as in CRFsuite."""
        n, size = emissions.shape
        labels = self._label_range
        # [t, j, i]: the weight of label i at t-1 followed by j at t, with j's score at t
        into = self._into[None, :, :] + emissions[:, :, None]
        back = np.zeros((n, size), dtype=np.intp)
        best = emissions[0]
        for t in range(1, n):
            scores = into[t] + best
            came = back[t] = scores.argmax(axis=1)
            best = scores[labels, came]
        label = int(best.argmax())
        steps = back.tolist()
        path = [label]
        for t in range(n - 1, 0, -1):
            label = steps[t][label]
            path.append(label)
        path.reverse()
        return path

    def posteriors(self, emissions: np.ndarray, path: list[int]) -> tuple[list[float], float]:
        """Each chosen label's marginal probability and the probability of the whole path.

        The forward sums (alpha) and the backward sums (beta, from the end) run side by side, one
        product of a vector with a block-diagonal matrix per token, in exp space: each token's
        scores shifted by their maximum (so no exp overflows), the sums divided down every few
        tokens (so none underflows), the logarithms of shifts and divisors added back at the end."""
        n, size = emissions.shape
        top = emissions.max(axis=1)
        shifted = np.exp(emissions - top[:, None])
        step = self._exp_transition[None, :, :] * shifted[:, None, :]  # [t, i, j]: i at t-1, then j at t
        # row t: alpha[t] in the first half, beta[n-1-t] in the second
        sums = np.empty((n, 2 * size))
        sums[0, :size] = shifted[0]
        sums[0, size:] = 1.0
        blocks = np.zeros((n, 2 * size, 2 * size))
        blocks[:, :size, :size] = step
        blocks[1:, size:, size:] = step[:0:-1].transpose(0, 2, 1)  # beta[t] = step[t+1] @ beta[t+1]
        # log of what the stored alpha[t] and beta[n-1-t] were divided by
        alpha_log = [0.0] * n
        beta_log = [0.0] * n
        a_log = b_log = 0.0
        every = self._rescale_every
        for t in range(1, n):
            np.dot(sums[t - 1], blocks[t], out=sums[t])
            if t % every == 0:
                a_sum = float(sums[t, :size].sum())
                b_sum = float(sums[t, size:].sum())
                sums[t, :size] /= a_sum
                sums[t, size:] /= b_sum
                a_log += math.log(a_sum)
                b_log += math.log(b_sum)
            alpha_log[t] = a_log
            beta_log[n - 1 - t] = b_log
        alpha = sums[:, :size]
        beta = sums[::-1, size:]
        at = np.arange(n)
        last_sum = float(alpha[n - 1].sum())
        # marginal = alpha * beta / Z, with Z = sum(alpha[n-1]) * e^(its log divisor + the shifts)
        spread = np.array(alpha_log) + np.array(beta_log) - alpha_log[n - 1]
        chosen = np.array(path)
        marginals = alpha[at, chosen] * beta[at, chosen] * np.exp(spread) / last_sum
        score = float(emissions[at, chosen].sum() + self._transition[chosen[:-1], chosen[1:]].sum())
        log_z = math.log(last_sum) + alpha_log[n - 1] + float(top.sum())
        return marginals.tolist(), math.exp(score - log_z)


def _rescale_interval(transition: np.ndarray, labels: int) -> int:
    """How many tokens the forward and backward sums may run undivided and stay far from overflow
    and underflow: per token a sum grows at most labels x the largest e^transition and shrinks at
    least by the smallest e^transition squared over the largest, over labels (emissions shifted to <= 1)."""
    high = float(transition.max())
    low = float(transition.min())
    per_token = max(math.log(labels) + high, math.log(labels) + high - 2 * low, 1.0)
    return max(1, int(600 // per_token))
