"""The tokens of an access note (``[Online]. Available:``, ``Abrufbar unter``, ``[cit. 2023-05-23].
Dostupné online.``, ``[dostęp …]``): words a style writes around a link or an access date, which the
record keeps in no scored field.  The model's doubt about which label such a word takes (note, date,
url) changes no value of the record, so the review reads it as no doubt at all."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.model.labeller import Reading
from biblio.parse.review.uncovered import ACCESS_NOTE_WORDS

# the words that mark an access note; not the prepositions and articles the notes share with titles
NOTE_MARKS = ACCESS_NOTE_WORDS - frozenset(
    "at from on in the el em le il am op original work published pdf html web electronic internet".split()
)


def note_tokens(reading: Reading) -> list[int]:
    """Indices of the tokens of access notes: their words and the punctuation beside them."""
    tokens = reading.tokens
    marked = [t.kind == "word" and t.text.lower() in NOTE_MARKS for t in tokens]
    out = []
    for i, t in enumerate(tokens):
        beside = i > 0 and marked[i - 1] or i + 1 < len(tokens) and marked[i + 1]
        if marked[i] or t.kind in ("punct", "open") and beside:
            out.append(i)
    return out


def without_note_doubt(reading: Reading) -> Reading:
    """``reading`` with a neutral marginal (1) on the tokens of access notes."""
    found = note_tokens(reading)
    if not found:
        return reading
    marginals = list(reading.marginals)
    for i in found:
        marginals[i] = 1.0
    return replace(reading, marginals=marginals)
