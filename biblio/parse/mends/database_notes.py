"""Mend of the database a copy was read in and its provider, as Australian Harvard names them after the day
viewed: ``…, pp. 1-9, viewed 2 April 2009, Academic Search Complete database, EBSCOHost, doi:…``.

The labeller reads the database as a note and its provider as a place. Both say where the copy was found:
one note, and no place of publication.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DATABASE_END = lazy_pattern(r"\bdatabase\s*[,;]?\s*$", re.I)


@needs(labels=("note", "location"), without=("publisher",))
def provider_after_database(spans: list[Span], text: str) -> list[Span]:
    """``Academic Search Complete database, EBSCOHost,`` read as a note and a place: the provider joins the note."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "note" or nxt.label != "location" or not _DATABASE_END.search(s.text):
            continue
        if any(x.label not in ("url", "doi", "note", "accessed") for x in spans[k + 2 :]):
            continue  # the place of an imprint still to come
        joined = Span("note", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans
