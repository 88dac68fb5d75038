"""Mends run only where a reading holds the labels they mend: one look at the labels serves several
mends, so a reference none of them can apply to costs a set and a few subset tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from biblio.parse.spans import Span

Mend = Callable[[list[Span], str], list[Span]]


# the last list asked about and its labels, as one tuple read and replaced whole (no torn pair across threads)
_NONE: tuple[list[Span], frozenset[str]] = ([], frozenset())
_last = [_NONE]


def labels_of(spans: list[Span]) -> frozenset[str]:
    """The labels read in ``spans``. A mend that changes nothing returns the list it was given, and no
    mend changes a list in place, so the set is kept for the last list asked about: most mends of a
    reference see the same list and share one look at it."""
    kept = _last[0]
    if kept[0] is spans:
        return kept[1]
    labels = frozenset([s.label for s in spans])
    _last[0] = (spans, labels)
    return labels


def forget_labels() -> None:
    """Drop the kept set: a list is only known unchanged within one pass of the mends."""
    _last[0] = _NONE


def gated(name: str, *mends: tuple[frozenset[str], Mend]) -> Mend:
    """One mend that applies each of ``mends`` in order where its labels are all read."""

    def run(spans: list[Span], text: str) -> list[Span]:
        for needs, one in mends:
            if needs <= labels_of(spans):
                spans = one(spans, text)
        return spans

    run.__name__ = run.__qualname__ = name
    return run


def holds_any(text: str, marks: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``marks``: a loop, cheaper than any() over a generator, for the
    first look a mend makes on every reference."""
    for m in marks:  # noqa: SIM110 (the loop is the point: any() over a generator costs more)
        if m in text:
            return True
    return False


# the letters a case-blind pattern also matches to an ASCII letter: long s, Kelvin sign, dotless and dotted I
_FOLDS_TO_ASCII = re.compile("[\u017f\u212a\u0131\u0130]")


def may_hold(text: str, *words: str) -> bool:
    """Whether a case-blind pattern each of whose matches holds one of ``words`` (lower-case ASCII) may
    match ``text``: False only where it cannot, a cheap test before the pattern."""
    if holds_any(text.lower(), words):
        return True
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None
