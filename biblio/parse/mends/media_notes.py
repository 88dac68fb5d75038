"""Mends of a Chicago note for a recorded talk, a podcast's episode or a recording, its facts in one comma-separated
run.

CMOS 17 gives a talk's note as ``Hans Rosling, “Title,” filmed February 2006 in Monterey, CA, TED video, 19:50,
URL`` (14.267) and a podcast episode's as ``Sarah Koenig, “Title,” October 3, 2014, in *Serial*, produced by
…, podcast, MP3 audio, 52:00, URL`` (14.280). Read as a reference, ``filmed`` looks like a journal, the show
like a title or the producers like editors, and the running time ``52:00`` like a volume and its page. The
talk's date and place are when and where it was given, the show is the container, its producers are
producers, and the medium and its running time describe the recording. A track's note (14.276) names its album
and the label's release: ``track 8 on *Nancy and Lee*, Hollywood: Reprise RS-6273, 1968, 33⅓ rpm``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.readers.chicago.dates import YEAR
from biblio.parse.readers.chicago.source import CATALOGUE_NUMBER, RECORD_LABEL
from biblio.parse.spans import Span

_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{4})"
_LENGTH = r"(?P<length>\d{1,3}:\d\d(?::\d\d)?)(?=[,.]?(?:\s|$))"
# "filmed January 4, 2011, in Houston TX, TED video, 20:49", "filmed November 2016 at TEDxBeaconStreet, Brookline, MA.,
# TED video, 12:51"
_FILMED = lazy_pattern(
    rf"\b(?P<lead>[Ff]ilmed|[Rr]ecorded)\s+(?P<date>{_DATE}),?\s+(?:in|at)\s+"
    rf"(?P<place>[A-Z][^,;()\d]{{1,40}}?(?:,\s*[A-Z][^,;()\d]{{1,30}}?){{0,2}})\.?,\s+"
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
    parts = (("note", "lead"), ("date", "date"), ("event-place", "place"), ("medium", "medium"), ("note", "length"))
    new = group_spans(m, parts)
    return replaced(spans, text, m.start(), m.end(), new)


@needs(words=["podcast"], marks=("*",))
def podcast_episode_note(spans: list[Span], text: str) -> list[Span]:
    """``…, in *99% Invisible*, produced by Avery Trufelman, podcast, MP3 Audio. 29:15.`` read as a title, editors
    and a volume with its page: the show holds the episode, and the running time is the recording's."""
    m = _PODCAST.search(text)
    if m is None:
        return spans
    new = group_spans(m, (("container-title", "show"), ("producer", "prod"), ("medium", "medium"), ("note", "length")))
    return replaced(spans, text, m.start("show"), m.end(), new)


_FORMAT = r"(?:CD|LP|compact disc|vinyl|cassette|MP3|\d+\S*\s*rpm)"
_RELEASE = (
    rf"(?:(?P<place>[A-Z][\w ]{{1,30}}?):\s+)?(?P<label>{RECORD_LABEL})(?:\s+(?P<num>{CATALOGUE_NUMBER}))?,\s+"
    rf"(?P<year>{YEAR})(?:,\s+(?P<format>{_FORMAT}))?(?=[.,;]?(?:\s|$))"
)
# "track 8 on *Nancy and Lee*, Hollywood: Reprise RS-6273, 1968, 33⅓ rpm", "with Daniel Hamm (voice), on *Early
# Works*, Elektra Nonesuch 979169-2, 1987, CD", "track 15 on *Tribal Voice*, originally released 1991; Bloodlines,
# 2012"
_ALBUM_NOTE = lazy_pattern(
    rf"[,\u201d\"]\s+(?P<lead>(?:[Tt]rack\s+\d+|[Ww]ith\s+[^*;]{{2,120}}?),?\s+on)\s+(?P<album>\*[^*]{{1,120}}\*),\s+"
    rf"(?:originally released\s+(?P<orig>{YEAR})[;,]\s+)?{_RELEASE}"
)
# a whole recording: "*Don Quixote*, with … conducted by Eugene Ormandy, recorded February 24, 1940, Biddulph LAB
# 042, 1991, CD"
_RECORDED_NOTE = lazy_pattern(
    rf"(?P<work>\*[^*]{{1,120}}\*)(?:,\s+(?P<with>with\s+[^*;]{{2,200}}?))?,\s+(?P<rec>recorded\s+{_DATE}),\s+"
    rf"(?=[A-Z][^,]*\d[^,]*,\s+{YEAR}){_RELEASE}"
)


def _release_spans(m: re.Match[str], dated: bool) -> list[Span]:
    """The label's release in ``m``: place, label, catalogue number, year (a note where the work is dated
    already), format."""
    year = "note" if dated else "date"
    parts = (("location", "place"), ("publisher", "label"), ("note", "num"), (year, "year"), ("medium", "format"))
    return group_spans(m, parts)


@needs(marks=("*",))
def album_facts_in_note(spans: list[Span], text: str) -> list[Span]:
    """A track's or a recording's note with its album, label and catalogue number read into the title, as a
    journal and its volume or as pages: the album holds the track, the label is the publisher, the release year
    the date (the first release's where the note gives it)."""
    if m := _ALBUM_NOTE.search(text):
        new = group_spans(m, (("note", "lead"), ("container-title", "album"), ("date", "orig")))
        return replaced(spans, text, m.start("lead"), m.end(), new + _release_spans(m, bool(m.group("orig"))))
    if m := _RECORDED_NOTE.search(text):
        new = group_spans(m, (("title", "work"), ("note", "with"), ("note", "rec")))
        return replaced(spans, text, m.start(), m.end(), new + _release_spans(m, False))
    return spans


# a recording's medium and running time (or the time of the scene cited) in a note: "YouTube music video, 05:33",
# "Vimeo video, 1:02:10", "DVD, 4:25"
_MEDIUM_LENGTH = lazy_pattern(
    rf"(?<![\w*])(?P<medium>(?:[A-Z][\w.&-]*\s+){{0,2}}(?:music\s+)?(?:video|audio)|DVD|Blu-ray),\s+{_LENGTH}"
)
# what the running time is read as: a volume or pages, or the end of a container
_MISREAD_LENGTH = frozenset(["volume", "issue", "pages", "container-title", "journal"])


@needs(any_label=_MISREAD_LENGTH, marks=("video", "audio", "DVD", "Blu-ray"))  # (the medium's word: rarer than a colon)
def running_time_after_medium(spans: list[Span], text: str) -> list[Span]:
    """``YouTube music video, 05:33,`` read as a container and a volume (or one container): the medium and its
    running time."""
    for m in _MEDIUM_LENGTH.finditer(text):
        a, z = m.span("length")
        if any(s.label in _MISREAD_LENGTH and s.start < z and a < s.end for s in spans):
            return replaced(spans, text, m.start(), z, group_spans(m, (("medium", "medium"), ("note", "length"))))
    return spans


# a broadcast's date and network in a note (CMOS 14.265): "aired October 18, 2017 on Channel 4, television
# broadcast", "aired May 2, 2021, on Hulu"
_AIRED_ON = lazy_pattern(
    rf"\b(?P<lead>[Aa]ired)\s+(?P<date>{_DATE}),?\s+on\s+(?P<net>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|\d{{1,2}})){{0,4}})"
    r"(?:,\s+(?P<kind>(?:television|radio)\s+broadcast))?(?=[,.]?(?:\s|$))",
    re.I,
)


@needs(words=["aired"])
def aired_on_network(spans: list[Span], text: str) -> list[Span]:
    """``aired October 18, 2017 on Channel 4, television Broadcast.`` read as one date: the date the programme
    went out, its network (the publisher) and the kind of broadcast."""
    m = _AIRED_ON.search(text)
    if m is None or any(s.label == "publisher" and s.start <= m.start("net") < s.end for s in spans):
        return spans
    parts = (("note", "lead"), ("date", "date"), ("publisher", "net"), ("genre", "kind"))
    return replaced(spans, text, m.start(), m.end(), group_spans(m, parts))


# the medium or the streaming service a film was seen on, closing Chicago's release (CMOS 14.265)
_VIEWED_ON = (
    r"DVD|Blu-ray|VHS|[Vv]ideocassette|Netflix|Hulu|Kanopy|(?:Amazon\s+)?Prime\s+Video|Disney\+|HBO\s+Max|"
    r"Apple\s+TV\+|Peacock|Paramount\+"
)
# a film's release with no year after its distributor, the medium run on: the note's "(2018; Walt Disney Studios
# Motion Pictures), Netflix.", "(2001; New Line Cinema), DVD." and the entry's "2018; Walt Disney Studios Motion
# Pictures. Netflix." (with the year: "(1997; London: Warner Home Video, 1998), DVD.")
_RELEASE_THEN_MEDIUM = lazy_pattern(
    rf"(?P<open>\()?(?P<year>{YEAR});\s+(?:(?P<place>[A-Z][^:;()]{{1,40}}?):\s+)?(?P<dist>[A-Z][^();:,]{{1,80}}?)"
    rf"(?:,\s+(?P<again>{YEAR}))?(?(open)\))[.,]\s+(?P<medium>{_VIEWED_ON})\.?\s*$"
)
# what a misread release is read as (a title or a series: the words left after the film's title and director)
_RELEASE_READS = frozenset(
    ["publisher", "note", "location", "medium", "date", "container-title", "title", "collection-title"]
)
_LEAD_MARKS = lazy_pattern(r"[\s.,;]*")


_VIEWED_ON_MARKS = (
    "DVD", "Blu-ray", "VHS", "ideocassette", "Netflix", "Hulu", "Kanopy", "Prime Video", "Disney+", "HBO Max",
    "Apple TV+", "Peacock", "Paramount+",
)


@needs(marks=_VIEWED_ON_MARKS)
def distributor_then_medium(spans: list[Span], text: str) -> list[Span]:
    """A film's ``(2018; Walt Disney Studios Motion Pictures), Netflix.`` with the medium read into the publisher
    (or the release as a note or a title): the year the film's, the distributor the publisher, the words after its
    bracket or full stop the medium it was seen on."""
    m = _RELEASE_THEN_MEDIUM.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end("medium")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _RELEASE_READS for s in inside):
        return spans
    if any(s.start < a and _LEAD_MARKS.fullmatch(text, s.start, a) is None for s in inside):
        return spans  # (a span holding words before the release: no misread release alone)
    if any(s.label == "publisher" and s.text.strip(" .,") == m.group("dist") for s in inside):
        return spans  # (read already)
    dated = any(s.label == "date" for s in spans if s.end <= a or s.start >= z)
    parts = (
        ("note" if dated else "date", "year"),
        ("location", "place"),
        ("publisher", "dist"),
        ("note", "again"),
        ("medium", "medium"),
    )
    first = min([a, *[s.start for s in inside]])
    return replaced(spans, text, first, z, group_spans(m, parts))
