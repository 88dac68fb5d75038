"""Token features for the sequence labeller, built from small single-purpose units.

Each unit module declares ``NAME`` and a ``features`` function.  Word-level units
(word, shape, numbers, lexicon, punctuation) depend only on a token's normal form,
so their output, and the prefixed views of it that neighbouring tokens use, is
cached per word; markup and position features are computed per reference.
"""

from __future__ import annotations

from biblio.parse.features import lexicon, markup, numbers, position, punctuation, shape, word
from biblio.parse.tokens import Token

WORD_UNITS = (word, shape, numbers, lexicon)
PUNCT_UNITS = (punctuation,)
SEQUENCE_UNITS = (markup, position)
UNIT_NAMES = tuple(u.NAME for u in WORD_UNITS + PUNCT_UNITS + SEQUENCE_UNITS)

# What a neighbour sees of a token: its word, shape and classes, not its affixes.
_VIEW_PREFIXES = ("w=", "sh=", "lx=", "pn=", "num", "year", "range", "ordinal", "roman", "initial", "caps")
_FAR_PREFIXES = ("w=", "lx=", "year", "pn=")

# own features, the views of the token at -1, +1, -2, +2, its case class, whether it is a year
# (tuples of strings: the garbage collector stops tracking them, however large the cache grows)
_Cached = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str, bool]
_CACHE: dict[tuple[str, str], _Cached] = {}
# About 1 KB an entry: a document of many distinct words keeps the cache near 50 MB at most.
_CACHE_LIMIT = 50_000
_BOS = ("bos",)
_EOS = ("eos",)


def _word_entry(norm: str, kind: str) -> _Cached:
    """The cache's entry for a word not in it yet."""
    if kind in ("url", "doi"):
        own = ["w=<" + kind + ">"]
    else:
        own = []
        for unit in PUNCT_UNITS if kind in ("punct", "open") else WORD_UNITS:
            own += unit.features(norm)
    near = [f for f in own if f.startswith(_VIEW_PREFIXES)]
    far = [f for f in near if f.startswith(_FAR_PREFIXES)]  # (the far views are some of the near ones)
    entry: _Cached = (
        tuple(own),
        tuple(map("-1".__add__, near)),
        tuple(map("+1".__add__, near)),
        tuple(map("-2".__add__, far)),
        tuple(map("+2".__add__, far)),
        position.case_class(norm, kind),
        "year" in own,
    )
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[norm, kind] = entry
    return entry


def sequence_features(tokens: list[Token]) -> list[list[str]]:
    """One list of feature names per token (binary features, as crfsuite reads them)."""
    cached = _CACHE.get
    entries = [cached((t.norm, t.kind)) or _word_entry(t.norm, t.kind) for t in tokens]
    placed = position.features(tokens, [e[5] for e in entries], [e[6] for e in entries])
    marked = markup.features
    # the neighbours' views in line with each token, a sentinel or nothing beyond either end
    # (one list display per token: the order of the features is the order the model was trained on)
    prev1 = [_BOS, *[e[1] for e in entries[:-1]]]
    ends = [()] * min(2, len(tokens))
    prev2 = [*ends, *[e[3] for e in entries[:-2]]]
    next1 = [*[e[2] for e in entries[1:]], _EOS]
    next2 = [*[e[4] for e in entries[2:]], *ends]
    return [
        [*e[0], *marked(tok), *here, *p1, *p2, *n1, *n2]
        for e, tok, here, p1, p2, n1, n2 in zip(entries, tokens, placed, prev1, prev2, next1, next2, strict=True)
    ]
