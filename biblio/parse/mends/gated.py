"""Mends run only where a reading holds the labels they mend: one look at the labels serves several
mends, so a reference none of them can apply to costs a set and a few subset tests."""

from __future__ import annotations

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
