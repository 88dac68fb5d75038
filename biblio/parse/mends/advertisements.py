"""Mends of an advertisement cited by what it advertises, as Chicago's and MLA's guides print it: ``Dove Body
Wash. Advertisement. *Fortune Monthly*, October 2012, 23.``

The labeller reads the product's name as an author (it opens the reference, closed by a full stop) or runs
it, the word ``Advertisement`` and the periodical into one title, source or container. The product is the
title, the word the genre, and the italic name after it the periodical the advertisement ran in.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# what is advertised, then the kind of item: no quotes or italics in the name, no date before the kind
_ADVERTISEMENT = lazy_pattern(r"^(?P<title>[^.\"\u201c*_<()\d]{2,120}?)\.\s+(?P<genre>Advertisement)[.,]\s+")


@needs(words=["advertisement"], marks=["*", "_", "<"])
def advertisement_of_product(spans: list[Span], text: str) -> list[Span]:
    """``Product. Advertisement. *Periodical*, Date, Page.`` with the product read as an author, or run with the
    kind and the periodical into one span: the product is the title, the italic name the container."""
    m = _ADVERTISEMENT.match(text)
    if m is None:
        return spans
    run = next((r for r in emphasis_runs(text) if r.start == m.end()), None)
    if run is None:
        return spans
    new = [
        Span("title", m.group("title"), m.start("title"), m.end("title")),
        Span("genre", m.group("genre"), m.start("genre"), m.end("genre")),
        Span("container-title", text[run.start : run.end], run.start, run.end),
    ]
    z = run.end + 1 if text[run.end : run.end + 1] in {",", "."} else run.end
    return replaced(spans, text, 0, z, new)
