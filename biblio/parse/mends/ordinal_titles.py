"""Mends of a title cut at a German ordinal's full stop and of an imprint read as the edition.

``… einer gelehrten Elite des 14. und 15. Jahrhunderts (Series, 17), Leiden/Boston 2003.``: the model ends the
title at ``15.`` and reads ``Jahrhunderts`` as a journal; a number of one or two digits and its full stop, then one
word before the series or the imprint, with no journal's numbers anywhere, is the title's phrase (``des 14.
Jahrhunderts``). French ``L'herméneutique, PUF, "Que sais-je ?", 2006.``: the publisher and its series read as the
edition, which holds no number and no edition's word.

Fields touched: ``title``, ``container-title``, ``edition`` -> ``publisher``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.edition import imprint_as_edition
from biblio.parse.spans import Span

FIELDS = ("title", "container-title", "edition", "publisher")

_CLOSING_ORDINAL = lazy_pattern(r"\s\d{1,2}\.$")
_ONE_WORD = lazy_pattern(r"[^\W\d_][^\W\d_-]*")
_NUMBERS = frozenset(["volume", "issue", "pages"])


@needs(labels=["title"], any_label=("journal", "container-title"))
def ordinal_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``title: … des 14. und 15.`` | ``journal: Jahrhunderts``: the word after the ordinal is the title's."""
    if labels_of(spans) & _NUMBERS:
        return spans
    for k in range(len(spans) - 1):
        t, w = spans[k], spans[k + 1]
        if t.label != "title" or w.label not in ("journal", "container-title") or text[t.end : w.start] != " ":
            continue
        if _CLOSING_ORDINAL.search(t.text.rstrip()) and _ONE_WORD.fullmatch(w.text.strip()):
            joined = Span("title", text[t.start : w.end], t.start, w.end, min(t.confidence, w.confidence))
            return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


@needs(labels=["edition"], without=["publisher"])
def imprint_read_as_edition(spans: list[Span], text: str) -> list[Span]:
    """``edition: PUF, "Que sais-je ?",`` with no number and no edition's word: the publisher."""
    if any(s.label == "publisher" for s in spans):
        return spans  # (its gate: a reading with its publisher keeps its edition)
    for k, s in enumerate(spans):
        if s.label == "edition" and imprint_as_edition(s.text.strip(" ,.;")):
            return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
