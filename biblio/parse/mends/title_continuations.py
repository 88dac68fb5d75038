"""Mend of a title cut short before its last words, which the labeller reads as the journal or the book:
``Transmission dynamics of pancreas disease (PD) | in a Norwegian fjord: aspects of …. J. Fish Dis. 37,`` and the
ACS's ``… the case of the COVID-19 | in Spain. Energy Policy 2021,``. No journal's or book's name opens with a
function word in lower case; the words up to the title's stop go on with the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import REGIONS
from biblio.parse.spans import Span

_SOURCES = ("container-title", "journal")
# the function words a title goes on with, and never a journal's or a book's first word ("in" has its own test:
# "in Proceedings of …" opens a book)
_GOING_ON = frozenset("of on for and with during among under between from via".split())
# "in" before a lower-case word ("in a Norwegian fjord", not "in press", "in the …") or a country or region
# closing the title ("in Spain.")
_IN_GOING_ON = lazy_pattern(
    r"in\s+(?:(?!(?:the|press|prep|preparation|print|review)\b)[a-z]+\b|(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.)"
)
# the title's stop, then the source's first capital: "in Spain. Energy Policy"
_STOP_THEN_CAPITAL = lazy_pattern(r"[\w)]\.\s+(?=[A-Z])")
# a title in capitals cut between two of its words: "… in the Bench | Press Exercise. Med Sci Sports Exerc": two to
# four whole capitalised words and a stop open the source, and a name follows them (one word before a stop is a
# journal's abbreviation: "Trop. Med.", "Build. Environ.")
_CAPITALISED_HEAD = lazy_pattern(r"(?:[A-Z][a-z]{2,}\s+){1,3}[A-Z][a-z]{2,}\.\s+[A-Z]")
_LONG_WORD = lazy_pattern(r"[^\W\d_]{4,}")


def _headline(title: str) -> bool:
    """Whether ``title`` is in headline capitals: its every word of four letters or more capitalised."""
    words = _LONG_WORD.findall(title)
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _goes_on(head: str) -> bool:
    """Whether ``head``, the source's text, opens with words that go on with a title."""
    first = head.split(None, 1)[0] if head.strip() else ""
    if first in _GOING_ON:
        return True
    if first != "in":
        return False
    m = _IN_GOING_ON.match(head)
    return m is not None and (m["place"] is None or m["place"].lower() in REGIONS)


@needs(labels=["title"], any_label=_SOURCES)
def title_words_read_as_source(spans: list[Span], text: str) -> list[Span]:
    """``Title (PD) | in a Norwegian fjord: … farms. | J. Fish Dis.`` (a second source after it) or ``Title of the
    COVID-19 | in Spain. Energy Policy 2021,`` (the title's stop inside the source) with the title's last words
    read as the source: the words that open with a function word in lower case close the title, and so do a title
    in capitals' last words, right after it with no stop, up to the source's stop (``… in the Bench | Press
    Exercise. Med Sci Sports Exerc 16:``)."""
    for k in range(1, len(spans)):
        s, title = spans[k], spans[k - 1]
        if s.label not in _SOURCES or title.label != "title" or text[title.end : s.start].strip():
            continue
        if not _goes_on(s.text):
            # no stop or mark closes the title before the source's words: they are the title's
            if not (title.text[-1:].isalpha() and _CAPITALISED_HEAD.match(s.text) and _headline(title.text)):
                return spans
        elif k + 1 < len(spans) and spans[k + 1].label in _SOURCES and not text[s.end : spans[k + 1].start].strip():
            joined = Span("title", text[title.start : s.end], title.start, s.end, title.confidence)
            return [*spans[: k - 1], joined, *spans[k + 1 :]]
        m = _STOP_THEN_CAPITAL.search(s.text)
        if m is None:
            return spans
        z, a = s.start + m.start() + 2, s.start + m.end()
        return [
            *spans[: k - 1],
            Span("title", text[title.start : z], title.start, z, title.confidence),
            Span(s.label, text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the words that mark a source: "In:", "in", Polish "w:", German "in:"
_SOURCE_MARK = lazy_pattern(r"(?:[Ii]n|[Ww]|[Dd]ans|[Ee]n)\b")
# a meeting's name, whose town follows it as a book's does
_MEETING = lazy_pattern(r"(?i)conference|proceeding|symposium|workshop|congress|meeting|session|colloqu|convegno")
# labels a book's imprint may hold after its title; no journal's numbers or chapter's book among them
_BOOK_TAIL = frozenset(("location", "pages", "url", "doi", "note"))


@needs(labels=["title", "location"], any_label=_SOURCES)
def subtitle_read_as_source_before_town(spans: list[Span], text: str) -> list[Span]:
    """Author-date's book ``(2012). Polacy z wyboru. Rodziny pochodzenia niemieckiego …. Warszawa, p. 23.``: the
    subtitle after the title's full stop read as the source, though nothing marks one (no "In", no quotes, no
    publisher) and only the town and numbers follow: the subtitle goes on with the title."""
    labels = [s.label for s in spans]
    sources = [i for i, label in enumerate(labels) if label in _SOURCES]
    if "publisher" in labels or labels.count("title") != 1 or len(sources) != 1:
        return spans
    k = sources[0]
    if k == 0 or labels[k - 1] != "title" or "location" not in labels[k + 1 :]:
        return spans
    title, source = spans[k - 1], spans[k]
    if text[title.end : source.start].strip() not in (".", "") or not text[title.start - 1 : title.start].isspace():
        return spans  # a quoted or italic title has a source after it
    if not title.text.rstrip(".")[-1:].isalnum() or any(s.label not in _BOOK_TAIL for s in spans[k + 1 :]):
        return spans
    if source.text[-1:] not in (".", ",") or _SOURCE_MARK.match(source.text) or _MEETING.search(source.text):
        return spans
    joined = Span("title", text[title.start : source.end], title.start, source.end, title.confidence)
    return [*spans[: k - 1], joined, *spans[k + 1 :]]


# a note's words before the publication facts' bracket: "from 829 to 1204 (" after "Byzantine Court Culture"
_NOTE_BEFORE_BRACKET = lazy_pattern(r"^(?P<words>[a-z]+\s[^()\[\].;:]{1,80}?)\s*\($")


@needs(labels=["title", "note"], marks=["("])
def title_words_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """``Byzantine Court Culture | from 829 to 1204 ( | Dumbarton Oaks, Washington DC 1997).`` with the title's last
    words kept as a note: words that go on with the title, right after it and up to the publication facts'
    bracket, are the title's."""
    for k in range(1, len(spans) - 1):
        s, title = spans[k], spans[k - 1]
        if s.label != "note" or title.label != "title" or spans[k + 1].label not in ("location", "publisher", "date"):
            continue
        if text[title.end : s.start].strip() or (m := _NOTE_BEFORE_BRACKET.match(s.text)) is None:
            continue
        if not _goes_on(m.group("words")):
            return spans
        z = s.start + m.end("words")
        return [
            *spans[: k - 1],
            Span("title", text[title.start : z], title.start, z, title.confidence),
            *spans[k + 1 :],
        ]
    return spans
