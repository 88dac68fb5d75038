"""Mends of a Chicago note for a recorded talk or a podcast's episode, its facts in one comma-separated run.

CMOS 17 gives a talk's note as ``Hans Rosling, “Title,” filmed February 2006 in Monterey, CA, TED video, 19:50,
URL`` (14.267) and a podcast episode's as ``Sarah Koenig, “Title,” October 3, 2014, in *Serial*, produced by
…, podcast, MP3 audio, 52:00, URL`` (14.280). Read as a reference, ``filmed`` looks like a journal, the show
like a title or the producers like editors, and the running time ``52:00`` like a volume and its page. The
talk's date and place are when and where it was given, the show is the container, its producers are
producers, and the medium and its running time describe the recording.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{4})"
_LENGTH = r"(?P<length>\d{1,3}:\d\d(?::\d\d)?)(?=[,.]?(?:\s|$))"
# "filmed January 4, 2011, in Houston TX, TED video, 20:49"
_FILMED = lazy_pattern(
    rf"\b(?P<lead>[Ff]ilmed|[Rr]ecorded)\s+(?P<date>{_DATE}),?\s+(?:in|at)\s+"
    rf"(?P<place>[A-Z][^,;()\d]{{1,40}}?(?:,\s*[A-Z]{{2,3}})?),\s+"
    rf"(?P<medium>(?:[A-Z][\w.&-]*\s+)?video),\s+{_LENGTH}"
)
# ", in *Serial*. Produced by Sarah Koenig, Julie Snyder & Dana Chivvis, podcast, MP3 audio. 52:00"
_PODCAST = lazy_pattern(
    r",\s+(?P<show>in\s+\*[^*]{1,120}\*)[,.]\s+(?:(?P<prod>[Pp]roduced\s+by\s+[^.;()]{2,150}?)[,.]\s+)?"
    rf"(?P<medium>[Pp]odcast(?:,\s*MP3\s+[Aa]udio)?|MP3\s+[Aa]udio)[,.]\s+{_LENGTH}"
)


@needs(words=["filmed"])
def talk_filmed_note(spans: list[Span], text: str) -> list[Span]:
    """``“Title,” filmed January 4, 2011, in Houston TX, TED video, 20:49,`` read as a journal ``filmed`` and a
    container: the date and place the talk was given, its medium and running time."""
    m = _FILMED.search(text)
    if m is None:
        return spans
    new = [
        Span("note", m.group("lead"), m.start("lead"), m.end("lead")),
        Span("date", m.group("date"), m.start("date"), m.end("date")),
        Span("event-place", m.group("place"), m.start("place"), m.end("place")),
        Span("medium", m.group("medium"), m.start("medium"), m.end("medium")),
        Span("note", m.group("length"), m.start("length"), m.end("length")),
    ]
    return replaced(spans, text, m.start(), m.end(), new)


@needs(words=["podcast"], marks=("*",))
def podcast_episode_note(spans: list[Span], text: str) -> list[Span]:
    """``…, in *99% Invisible*, produced by Avery Trufelman, podcast, MP3 Audio. 29:15.`` read as a title, editors
    and a volume with its page: the show holds the episode, and the running time is the recording's."""
    m = _PODCAST.search(text)
    if m is None:
        return spans
    new = [Span("container-title", m.group("show"), m.start("show"), m.end("show"))]
    if m.group("prod"):
        new.append(Span("producer", m.group("prod"), m.start("prod"), m.end("prod")))
    new.append(Span("medium", m.group("medium"), m.start("medium"), m.end("medium")))
    new.append(Span("note", m.group("length"), m.start("length"), m.end("length")))
    return replaced(spans, text, m.start("show"), m.end(), new)
