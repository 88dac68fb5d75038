"""Mend of a Chicago note's chapter whose book names its editor, then its series, before the imprint's bracket:
``in Identities: The Impact of Ethnicity on Canadian Society, ed. Wsevolod Isajiw, Canadian Ethnic Studies
Association series, Vol. 5 (Toronto: …)``, read as one container. The editor's ``ed. Name,`` between the book's title
and the series sets the three apart: book, editor, series."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", ed. Wsevolod Isajiw, Canadian Ethnic Studies Association series": a person's two to four words (initials
# allowed), a comma, then a capitalised name that is no volume
_EDITOR_THEN_SERIES = lazy_pattern(
    r",\s+(?P<editor>eds?\.\s+(?:[A-Z][\w'\u2019-]*\.?\s+){1,3}[A-Z][\w'\u2019-]+),\s+"
    r"(?P<series>(?![Vv]ols?\b)[A-Z][^,()]*?)[,.]?\s*$"
)


@needs(labels=("container-title",), marks=(", ed. ", ", eds. "))
def editor_and_series_in_note_book(spans: list[Span], text: str) -> list[Span]:
    """``in Book, ed. Name, Series Name,`` read as the container: the book, its editor and its series."""
    for s in spans:
        if s.label != "container-title":
            continue
        m = _EDITOR_THEN_SERIES.search(text, s.start, s.end)
        if m is None or ", ed" in text[m.end("editor") : m.end()]:
            continue
        a, z = m.span("editor")
        sa, sz = m.span("series")
        return replaced(
            spans,
            text,
            m.start(),
            sz,
            [
                Span("editor", text[m.start() : z], m.start(), z, s.confidence),
                Span("collection-title", text[sa:sz], sa, sz, s.confidence),
            ],
        )
    return spans
