"""Mends of a published interview as Chicago and MLA cite it: ``Smith, Zadie. "On Optimism and Despair."
Interview by Terry Gross. Fresh Air, NPR, December 22, 2016. Audio, 35:00.``

The person interviewed is the author; ``Interview by`` names the interviewer, then come the programme or
periodical, the network or publisher, and the date. The model, which knows these words from no labelled
reference, reads the interviewer into the title or the names and the programme as a journal with the
duration as its volume and pages. Only the part from ``Interview by`` on is read again; the names and the
title before it stay as the model read them.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a name's words: a full stop only after an initial, so "Terry Gross. Fresh Air" ends at "Gross"
_PART = r"(?:[A-Z]\.|[A-Z][\w'’\-]+)"
_PERSON = rf"{_PART}(?:\s+(?:{_PART}|de|van|von|der|den|ter|du|da|di|del|le|la)){{0,3}}"
_M = ENGLISH_MONTH
# "December 22, 2016", "22 Dec. 2016", "March 2019", "2019"
_DATE = rf"(?:{_M}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_M}\s+\d{{4}}|{_M}\s+\d{{4}}|\d{{4}})"
# "Interview by Terry Gross.", ", interview by Charlie Rose,", "Interviewed by the author.", MLA 9's
# "Interview. Conducted by Rachel Martin."
_INTERVIEW = lazy_pattern(
    rf"(?P<word>[Ii]nterview(?:ed)?)(?:\s+by|\.\s+[Cc]onducted\s+by)\s+(?:(?P<self>(?:the\s+)?author)|(?P<who>{_PERSON}"
    rf"(?:,?\s+(?:and|&)\s+{_PERSON})?))[.,]\s+"
)
_PERSON_ALONE = lazy_pattern(rf"{_PERSON}")
# a note's person before the interview, a description in brackets after the name: "Alice Smith (lecturer, …)"
_PERSON_DESCRIBED = lazy_pattern(rf"(?P<name>{_PERSON})(?:\s+(?P<about>\([^()]+\)))?")
# what follows: "Fresh Air, NPR, December 22, 2016." or "Vanity Fair, March 2019."
# a blog's name with its "(blog)" closed by a full stop: "Embrace the Worm (blog). January 8, 2018."
_PROGRAMME = lazy_pattern(
    rf"(?P<show>[^,.\d][^,]*?)(?:\s+\((?:blog|podcast)\)\.|,)\s+(?:(?P<network>[^,\d][^,]*?),\s+)?"
    rf"(?P<date>{_DATE})(?P<stop>[.,]\s*|\s*$)"
)

# Chicago's bibliography entry, its parts closed by full stops: "Nightline. ABC. April 5, 1994."
_PROGRAMME_STOPS = lazy_pattern(
    rf"(?P<show>[^,.\d][^,.]*?)\.\s+(?:(?P<network>[^,.\d][^,.]*?)\.\s+)?(?P<date>{_DATE})(?P<stop>[.,]\s*|\s*$)"
)

# an interview published nowhere, its date alone: "Conducted by Mark Jones, 12 Feb. 2019."
_DATE_ALONE = lazy_pattern(rf"(?P<date>{_DATE})(?P<stop>[.,]\s*|\s*$)")
# an unpublished interview: "Chicago, IL, May 5, 2015."
_PLACE = lazy_pattern(rf"(?P<place>[A-Z][^,.\d]*(?:,\s+[A-Z][\w.]*)?),\s+(?P<date>{_DATE})(?P<stop>[.,]\s*|\s*$)")
# what may follow the date: the recording's form and length ("Audio, 35:00.", "Video."), then a link
_KEPT_AFTER = frozenset(["url", "doi", "accessed"])


def _before(spans: list[Span], cut: int, text: str) -> list[Span]:
    """The model's spans before ``cut``, the one across it shortened."""
    out: list[Span] = []
    for s in spans:
        if s.end <= cut:
            out.append(s)
        elif s.start < cut and text[s.start : cut].strip(" .,"):
            end = s.start + len(text[s.start : cut].rstrip(" .,"))
            out.append(Span(s.label, text[s.start : end], s.start, end, s.confidence))
    return out


def _span(label: str, text: str, start: int, end: int, confidence: float) -> Span:
    return Span(label, text[start:end], start, end, confidence)


@needs(words=["interview"])
def interview_by(spans: list[Span], text: str) -> list[Span]:
    """``… Interview by Terry Gross. Fresh Air, NPR, December 22, 2016.``: the interviewer, the programme
    (container), the network (publisher) and the date, whatever the model read there."""
    m = _INTERVIEW.search(text)
    if m is None or not (before := text[: m.start()].rstrip()) or before[-1] not in ".,”\"’'":
        return spans
    rest = m.end()
    own = bool(m.group("self"))  # unpublished, by the author: a place, then the date
    if own:
        # a note's "interview by the author, May 15, 2013." gives no place
        p = _PLACE.match(text, rest) or _DATE_ALONE.match(text, rest)
    else:
        p = _PROGRAMME_STOPS.match(text, rest) or _PROGRAMME.match(text, rest) or _DATE_ALONE.match(text, rest)
    if p is None:
        return spans
    c = min((s.confidence for s in spans), default=1.0)
    out = _before(spans, m.start(), text)
    if (who := _PERSON_DESCRIBED.fullmatch(before.rstrip(","))) and all(
        s.label in ("author", "title", "note") for s in out
    ):
        # a note's "Joshua de Vries, interview by …" or "Alice Smith (lecturer, …), interviewed by …": the name
        # before it is the person's (a description in brackets a note), whatever the model split off as a title
        out = [Span("author", who.group("name"), 0, who.end("name"), c)]
        if who.group("about"):
            out.append(_span("note", text, who.start("about"), who.end("about"), c))
    if not any(s.label == "author" for s in out):
        # the person interviewed, whom "Conducted by" made the model read as an editor, or a note's "Jane Doe,
        # interview by author" read as a title: a person's name alone before the interview is its author
        out = [
            Span("author", s.text, s.start, s.end, s.confidence)
            if s.label == "editor" or len(out) == 1 and s.label == "title" and _PERSON_ALONE.fullmatch(s.text)
            else s
            for s in out
        ]
    if own:
        out.append(_span("genre", text, m.start("word"), m.end("self"), c))
        if "place" in p.re.groupindex:
            out.append(_span("location", text, p.start("place"), p.end("place"), c))
    else:
        out.append(_span("genre", text, m.start("word"), m.end("word"), c))
        out.append(_span("interviewer", text, m.start("who"), m.end("who"), c))
        if "show" in p.re.groupindex:
            out.append(_span("container-title", text, p.start("show"), p.end("show"), c))
        if "network" in p.re.groupindex and p.group("network"):
            out.append(_span("publisher", text, p.start("network"), p.end("network"), c))
    out.append(_span("date", text, p.start("date"), p.end("date"), c))
    # after the date: links and access dates as the model read them, every other word in the note
    at = p.end()
    for s in [s for s in spans if s.start >= p.end() and s.label in _KEPT_AFTER] + [None]:
        end = s.start if s is not None else len(text)
        if gap := text[at:end].strip(" .,;"):
            a = text.index(gap, at)
            out.append(_span("note", text, a, a + len(gap), c))
        if s is not None:
            out.append(s)
            at = s.end
    return out


# Chicago's published interview whose title says what it is: "“What’s New …: Interview with Michael Rode.” By Jim
# Shure. The Right Focus 2, no. 5 (2017): 99-104." (CMOS 14.213): "By" names the interviewer before the periodical
_BY_INTERVIEWER = lazy_pattern(rf"By\s+{_PERSON}(?:,?\s+(?:and|&)\s+{_PERSON})?\.\s+(?=[A-Z])")


@needs(any_label=("journal", "container-title"), words=["interview"])
def interviewer_before_periodical(spans: list[Span], text: str) -> list[Span]:
    """``“Title: Interview with X.” By Jim Shure. The Right Focus 2, …`` with "By Jim Shure." read into the
    journal's name: the names are the interviewer's, the periodical's name follows them."""
    for k, s in enumerate(spans):
        if s.label not in ("journal", "container-title") or (m := _BY_INTERVIEWER.match(s.text)) is None:
            continue
        if k == 0 or spans[k - 1].label != "title" or "interview" not in spans[k - 1].text.lower():
            return spans
        a = s.start + m.end()
        who = s.start + len(m.group(0).rstrip(". "))
        return [
            *spans[:k],
            Span("note", text[s.start : s.start + 2], s.start, s.start + 2, s.confidence),
            Span("interviewer", text[s.start + 3 : who], s.start + 3, who, s.confidence),
            Span(s.label, text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
