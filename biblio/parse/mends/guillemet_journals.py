"""Mend of the Italian journal in guillemets read into the title: ``Rossi, M. (2019), L'economia italiana, in
«Rivista di Politica Economica», 3, pp. 23-45.`` Italian styles name the journal after ``in`` between « and »
(some notes between double quotes); the title ends at the comma before it.

French lists set an article's title in guillemets and name the newspaper, magazine or site after them, with or without
a comma: ``Lafon C., (2014). « Title » Sud Ouest [en ligne], (page consultée le 12/05/2016)``; the outlet after the
closing guillemet is the container."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.places import is_place
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


# a title in guillemets, then the outlet's name (no bracket, guillemet or figure), which closes the span
_OUTLET_AFTER = lazy_pattern(
    r"^«[^«»]{2,300}»(?P<gap>\s*,?\s+)(?P<outlet>[^\W\d_][^«»\[\]()\d]{1,80}?)\s*[,.]?\s*$"
)
# what opens a book's, place's or site's phrase after a title, never an outlet ("dans", "in", "en", "sous la
# direction", Wikipedia's "sur www.site.fr")
_NOT_OUTLET = lazy_pattern(r"(?i)(?:dans|in|en|sous|par|sur|chez|via|éd|dir|trad|vol|tome|t\.|p\.|pp\.)\b")


@needs(labels=("title",), without=("journal", "container-title"), marks=("»",))
def outlet_after_guillemet_title(spans: list[Span], text: str) -> list[Span]:
    """``« Transport : pourquoi le Danemark est le roi du vélo » Sud Ouest`` read as one title: the guillemets
    close the title, the name after them is the outlet."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _OUTLET_AFTER.match(s.text)
        if m is None or _NOT_OUTLET.match(m["outlet"]) or is_place(m["outlet"]):
            return spans
        cut, a = s.start + m.start("gap"), s.start + m.start("outlet")
        z = s.start + m.end("outlet")
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        # (an outlet cited by its address is read on the web: a site's name, not a journal's)
        label = "container-title" if not labels_of(spans).isdisjoint(("url", "doi")) else "journal"
        return [*spans[:k], title, Span(label, text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
