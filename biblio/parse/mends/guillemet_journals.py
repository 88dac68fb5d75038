"""Mend of the Italian journal in guillemets read into the title: ``Rossi, M. (2019), L'economia italiana, in
«Rivista di Politica Economica», 3, pp. 23-45.`` Italian styles name the journal after ``in`` between « and »
(some notes between double quotes); the title ends at the comma before it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_IN_GUILLEMETS = lazy_pattern(
    r"[,.]\s+in\s+(?:«(?P<journal>[^«»]{2,150})»|\"(?P<quoted>[^\"«»]{2,150})\")\s*[,.]?\s*$"
)
# what follows a journal in double quotes: its volume or its year ("in \"Studi di Storia dell'Arte\", 27, 2016")
_NUMBER_AFTER = lazy_pattern(r"\s*\d")


@needs(labels=("title",), without=("journal", "container-title"), marks=("«", "in \""))
def journal_in_guillemets(spans: list[Span], text: str) -> list[Span]:
    """``Title, in «Journal»,`` read as one title: the guillemets hold the journal; so do the double quotes
    some Italian notes set instead (``Title, in "Journal", 27, 2016``), where a number follows them."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _IN_GUILLEMETS.search(s.text)
        if m is None or not s.text[: m.start()].strip():
            return spans
        if m.group("quoted") is not None and not _NUMBER_AFTER.match(text, s.end):
            return spans
        group = "journal" if m.group("journal") is not None else "quoted"
        cut = s.start + m.start()
        a, z = s.start + m.start(group), s.start + m.end(group)
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], title, Span("journal", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
