"""Mend of MLA's television episode: ``"Under Pressure." *Mad Men*, created by Matthew Weiner, season 4, episode 6,
AMC, 2010.`` (MLA 9, 5.22), which the labeller reads whole as a note.

The episode's quoted title is the title, the series after it the container, the network after the episode's number
the publisher; the creator, season and episode stay in the note, which makes the record a broadcast.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_EPISODE = lazy_pattern(
    r'^\s*[“"](?P<title>[^“”"]+?)[.,]?[”"]\s*'
    r"(?P<series>\*?[^\W\d_][^,*]*?\*?),\s+"
    r"(?P<roles>(?:(?:created|directed|written|produced|performance|performances)\s+by\s+[^,]+,\s+)*)"
    r"(?:season|series)\s+\d+,\s+episode\s+\d+,\s+"
    r"(?P<network>[^\W\d_][^,]*?),\s+(?=\S)",
    re.I,
)


@needs(words=("episode",))
def mla_episode(spans: list[Span], text: str) -> list[Span]:
    """An MLA television episode: the quoted title, the series, the network, whatever the labeller read there."""
    m = _EPISODE.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    # what follows the network (the date, a URL) keeps the reading it had, where a span starts there
    rest = [s for s in spans if s.start >= m.end()]
    if not rest:
        return spans

    def span(label: str, a: int, z: int) -> Span:
        return Span(label, text[a:z], a, z, conf)

    out = [span("title", 0, m.start("series")), span("container-title", m.start("series"), m.end("series") + 1)]
    out.append(span("note", m.start("roles"), m.start("network")))
    out.append(span("publisher", m.start("network"), m.end()))
    return [*out, *rest]
