"""Mends of AMA's preprints: ``Title. *medRxiv*. Preprint posted online March 7, 2023. doi:…``

AMA 11th (and JMIR after it) names the server where a journal would stand, then says
``Preprint posted online [on] <date>``. The model reads the phrase now as the end of the server's
name, now as a publisher, now as a genre that swallows the server.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# after the title: the server (italic or not), its stop, the word "Preprint", and the posting date
_POSTED = lazy_pattern(
    r"\s*(?P<server>\*?[^\s.*][^.*\[\]]{0,80}?\*?)\s*\.\s+(?P<genre>Preprint)\s+"
    r"(?P<date>posted\s+online(?:\s+(?:on|in))?\s+[^.\[\]]{0,30}?\b(?:1[6-9]|20)\d\d)\b"
)


@needs(labels=["title"], words=["posted online"])
def server_before_posting(spans: list[Span], text: str) -> list[Span]:
    """AMA's ``*arXiv*. Preprint posted online March 7, 2023.`` with ``Preprint`` read into the server's
    name or as a publisher, or the server read as a genre: the words after the title and before
    ``Preprint`` are the server (the container), ``Preprint`` the genre, the rest the date."""
    title = next((s for s in spans if s.label == "title"), None)
    m = _POSTED.match(text, title.end) if title is not None else None
    if title is None or m is None:
        return spans
    wanted = (("container-title", "server"), ("genre", "genre"), ("date", "date"))
    if all(any(s.label == label and (s.start, s.end) == m.span(g) for s in spans) for label, g in wanted):
        return spans
    a, z = m.start("server"), m.end("date")
    confidence = min((s.confidence for s in spans if s.start < z and s.end > a), default=title.confidence)
    new = [Span(label, text[m.start(g) : m.end(g)], m.start(g), m.end(g), confidence) for label, g in wanted]
    return replaced(spans, text, a, z, new)
