"""Mends of a television episode's citation. MLA's ``"Under Pressure." *Mad Men*, created by Matthew Weiner,
season 4, episode 6, AMC, 2010.`` (MLA 9, 5.22), which the labeller reads whole as a note.

The episode's quoted title is the title, the series after it the container, the network after the episode's number
the publisher; the creator, season and episode stay in the note, which makes the record a broadcast.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
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


# Chicago's note for an episode (CMOS 14.265): the series, its season and episode, the episode's quoted title,
# then who made it: "Once Upon a Time in Iraq, season 1, episode 3, “Fallujah,” directed by James Bluemel, aired …"
_CHICAGO_EPISODE = lazy_pattern(
    r"(?P<series>\*[^*]{1,150}\*|[^\W\d_][^,*\"\u201c\u201d]{1,150}?),\s+"
    r"(?P<place>(?:season|series)\s+\w+,\s+episode\s+\d+),\s+"
    r"(?P<title>[\u201c\"][^\u201c\u201d\"]{1,200}[\u201d\"])"
    # who else made it, in the note: "written by Graham Chapman, John Cleese … and Michael Palin,"
    r"(?P<others>,?\s+(?:written|presented|produced|hosted|narrated|created)\s+by\s+[^;()\d]{1,300}?"
    r"(?=,\s+(?:directed\s+by|aired)\b))?"
    r"(?:,?\s+(?P<role>directed)\s+by\s+(?P<names>[^\W\d_][^,;()\d]{1,80}?)(?=,))?",
    re.I,
)


# what the labeller reads the series, the episode and its makers as
_EPISODE_READS = frozenset(
    ("title", "note", "author", "editor", "translator", "director", "container-title", "journal", "volume", "issue")
)


@needs(words=("episode",), marks=("\u201c", '"'))
def chicago_episode_note(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note for a television episode read as one title and a note: the series is the container, the
    quoted words the episode's title, the names after ``directed by`` its director, season and episode a note."""
    label = spans[0].text if spans and spans[0].label == "citation-number" else ""
    at = spans[0].end if label else 0
    m = _CHICAGO_EPISODE.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    if m is None:
        return spans
    z = max(m.end(g) for g in ("title", "others", "names") if m.group(g))
    if any(s.label not in _EPISODE_READS for s in spans if at <= s.start < z):
        return spans
    conf = min((s.confidence for s in spans), default=1.0)

    def span(label: str, a: int, e: int) -> Span:
        return Span(label, text[a:e], a, e, conf)

    new = [span("container-title", *m.span("series")), span("note", *m.span("place")), span("title", *m.span("title"))]
    if m.group("others"):
        new.append(span("note", *m.span("others")))
    if m.group("names"):
        new += [span("note", m.start("role"), m.start("names")), span("director", *m.span("names"))]
    return replaced(spans, text, m.start(), z, new)


# Chicago's bibliography entry for an episode (CMOS 14.265): the quoted title, the series, its season and episode,
# then the director, and the network with the day it aired: "“The Constant.” Lost, season 4, episode 5. ABC,
# February 20, 2008.", "“Remedial Chaos Theory.” Community, season 3, episode 4, directed by Jeff Melman, aired
# October 13, 2011, on Netflix."
_CHICAGO_EPISODE_ENTRY = lazy_pattern(
    r"\s*(?P<series>\*[^*]{1,150}\*|[^\W\d_][^,*\"\u201c\u201d]{1,150}?),\s+"
    r"(?P<place>(?:season|series)\s+\w+,\s+episode\s+\d+)"
    r"(?:,\s+(?P<role>directed)\s+by\s+(?P<names>[^\W\d_][^,;()\d]{1,80}?)(?=,))?"
    r"(?:,\s+(?P<aired>aired)\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}),\s+on\s+(?P<net>[^\W\d_][^.,]{0,60})"
    r"|\.\s+(?P<net2>[^\W\d_][^,.]{0,60}),\s+(?P<date2>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}))(?=\.)"
)
_QUOTE_CLOSE = lazy_pattern(r"[.,]?[\u201d\"]")


@needs(labels=("title",), words=("episode",))
def chicago_episode_entry(spans: list[Span], text: str) -> list[Span]:
    """A Chicago bibliography entry for an episode with the series read as a journal and its season as the volume
    (or all of it as one source): the series is the container, the network after the day it aired the publisher."""
    for k, s in enumerate(spans):
        if s.label != "title" or s.text.lstrip()[:1] not in "\u201c\"":
            continue
        close = _QUOTE_CLOSE.search(text, s.start + 1)
        m = _CHICAGO_EPISODE_ENTRY.match(text, close.end()) if close else None
        if m is None or close is None or close.end() > s.end:
            return spans
        conf = min((x.confidence for x in spans), default=1.0)

        def span(label: str, a: int, e: int, c: float = conf) -> Span:
            return Span(label, text[a:e], a, e, c)

        new = [span("title", s.start, close.end()), span("container-title", *m.span("series"))]
        new.append(span("note", *m.span("place")))
        if m.group("names"):
            new += [span("note", m.start("role"), m.start("names")), span("director", *m.span("names"))]
        if m.group("aired"):
            new += [span("note", *m.span("aired")), span("date", *m.span("date")), span("publisher", *m.span("net"))]
        else:
            new += [span("publisher", *m.span("net2")), span("date", *m.span("date2"))]
        return [*spans[:k], *replaced(spans[k:], text, s.start, m.end() + 1, new)]
    return spans
