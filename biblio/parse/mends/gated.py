"""Mends run only where a reading holds the labels they mend: one look at the labels serves several
mends, so a reference none of them can apply to costs a set and a few subset tests."""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.parse.spans import Span

Mend = Callable[[list[Span], str], list[Span]]


def gated(name: str, *mends: tuple[frozenset[str], Mend]) -> Mend:
    """One mend that applies each of ``mends`` in order where its labels are all read."""

    def run(spans: list[Span], text: str) -> list[Span]:
        labels = {s.label for s in spans}
        for needs, one in mends:
            if needs <= labels:
                out = one(spans, text)
                if out is not spans:
                    spans, labels = out, {s.label for s in out}
        return spans

    run.__name__ = run.__qualname__ = name
    return run


# the letters a case-blind pattern also matches to an ASCII letter: long s, Kelvin sign, dotless and dotted I
_FOLDS_TO_ASCII = re.compile("[\u017f\u212a\u0131\u0130]")


def may_hold(text: str, *words: str) -> bool:
    """Whether a case-blind pattern each of whose matches holds one of ``words`` (lower-case ASCII) may
    match ``text``: False only where it cannot, a cheap test before the pattern."""
    low = text.lower()
    for w in words:
        if w in low:
            return True
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None
