"""Mend of the Italian journal in guillemets read into the title: ``Rossi, M. (2019), L'economia italiana, in
«Rivista di Politica Economica», 3, pp. 23-45.`` Italian styles name the journal after ``in`` between « and »;
the title ends at the comma before it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_IN_GUILLEMETS = lazy_pattern(r"[,.]\s+in\s+«(?P<journal>[^«»]{2,150})»\s*[,.]?\s*$")


@needs(labels=("title",), without=("journal", "container-title"), marks=("«",))
def journal_in_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Title, in «Journal»,`` read as one title: the guillemets hold the journal."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _IN_GUILLEMETS.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            return spans
        cut = s.start + m.start()
        a, z = s.start + m.start("journal"), s.start + m.end("journal")
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], title, Span("journal", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
