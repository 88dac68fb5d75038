"""Mends of a medium named in brackets after a work's title: ``*Title* [Online].``,
``*Referencing ebooks* [Kindle version 4.18].``, as Harvard guides after BS 5605 write them.

The bracket says how the work was read, not what it is called or who published it. Read as the end
of the title, or as the opening of the place or publisher that follows, it is the medium, and the
field around it runs without it.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import spans_over
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

_MEDIUM = (
    r"\[(?:online|internet|web\s*site|homepage|electronic\s+(?:resource|version|book)|e-?book|kindle(?:\s+version)?[^\]]{0,20}"
    r"|cd-rom|dvd|blu-ray|photograph|computer\s+(?:program|software|file)|podcast|sound\s+recording"
    r"|software|data\s?set"  # ISO 690's kinds of a work: "Title [software]. Online."
    r"|en\s+l[íi]nea|em\s+linha|en\s+ligne|on-line"  # ISO 690 in Spanish, Portuguese, French: "[en línea]"
    r"|электронный\s+ресурс)\]"  # GOST's "[Электронный ресурс]"
    # in round brackets only the kinds of a recording, which no title ends on: "Title (video recording)."
    r"|\((?:(?:video|audio|sound)\s+recording|video|podcast(?:\s+episode)?)\)"
)
# the title's own words, then the bracket and what closes the title
_AT_END = lazy_pattern(rf"\s*(?P<medium>{_MEDIUM})\s*[.,]?\s*$", re.I)
# the bracket, and the stop after it, opening a place or publisher (or the whole span: AMA's "Title [Internet].
# London: Publisher" with the bracket read as a publisher of its own)
_AT_START = lazy_pattern(rf"^\s*(?P<medium>{_MEDIUM})\s*[.,]?(?:\s+(?=\S)|\s*$)", re.I)
_TITLES = frozenset(["title", "container-title", "journal"])
_IMPRINT = frozenset(["publisher", "location"])


@needs(any_label=_TITLES, marks=("[", "("))
def medium_apart(spans: list[Span], text: str) -> list[Span]:
    """``Save Our Libraries* [Online].`` or ``Title (video recording).`` read as the title, or ``[Online]. Poole:
    Bournemouth University.`` read as the publisher: the bracketed medium is a span of its own."""
    if "[" not in text and "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label in _TITLES and (m := _AT_END.search(s.text)) is not None and m.start() > 0:
            a, z = m.start("medium"), m.end("medium")
            head = Span(s.label, s.text[:a], s.start, s.start + a, s.confidence)
            medium = Span("medium", s.text[a:z], s.start + a, s.start + z, s.confidence)
            return [*spans[:k], head, medium, *spans[k + 1 :]]
        if s.label in _IMPRINT and (m := _AT_START.match(s.text)) is not None:
            a, z = m.start("medium"), m.end("medium")
            medium = Span("medium", s.text[a:z], s.start + a, s.start + z, s.confidence)
            if m.end() == len(s.text):
                return [*spans[:k], medium, *spans[k + 1 :]]
            rest = Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
            return [*spans[:k], medium, rest, *spans[k + 1 :]]
    return spans


# NLM's and WHO's medium after a title: "EQ-5D [Internet].", "TB data [website]."
_MEDIUM_OF_PAGE = lazy_pattern(r"\[(?:internet|online|web\s*site|homepage)\]", re.I)
_SENTENCE_END = lazy_pattern(r"\.\s+(?=\S)")
# a site's name that is its domain, "Cancer-Pain.org ", "WebMD.com "
_DOMAIN_CUT = lazy_pattern(r"[^\W_][\w-]*\.(?:org|com|net|gov|edu|info|int)\s*", re.I)


@needs(marks=["["], without=["title"])
def medium_closes_title(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``EuroQol Group. EQ-5D [Internet]. [cited …]`` or WHO's ``TB data [website]. Geneva: …`` with
    no title read: the words the bracketed medium closes (back to the sentence before them) are the
    title, the bracket the medium, and what follows it in the same span keeps its reading."""
    m = _MEDIUM_OF_PAGE.search(text)
    if m is None or "title" in {s.label for s in spans}:
        return spans
    for k, s in enumerate(spans):
        if not s.start < m.start() <= s.end:
            continue
        head = text[s.start : m.start()]
        cut = max((b.end() for b in _SENTENCE_END.finditer(head)), default=0)
        if not head[cut:].strip() or s.label in ("author", "editor") and not cut:
            return spans
        a = s.start + cut
        parts = [Span(s.label, text[s.start : a], s.start, a, s.confidence)] if cut else []
        first = k
        if not cut and k and _DOMAIN_CUT.fullmatch(text, spans[k - 1].start, m.start()):
            # NLM's homepage "Cancer-Pain.org [Internet]." cut at its domain's dot: the whole name is the title
            first, a = k - 1, spans[k - 1].start
        parts.append(Span("title", text[a : m.start()], a, m.start(), s.confidence))
        parts.append(Span("medium", m.group(0), m.start(), m.end(), s.confidence))
        b = m.end()
        while b < s.end and text[b] in " .,;:":
            b += 1
        if b < s.end:
            parts.append(Span(s.label, text[b : s.end], b, s.end, s.confidence))
        return [*spans[:first], *parts, *spans[k + 1 :]]
    return spans


_WORK_OR_YEAR = frozenset(["title", "journal", "container-title", "collection-title", "date"])


@needs(marks=["["])
def medium_cut_from_title(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``National Cancer Institute. Cancer stat facts 2020 [Internet]. Bethesda (MD): …`` with the bracket cut
    between two spans (``… 2020 [`` a date, ``Internet].`` the title): from the work's first words after the author
    to the bracket is the title, year and all, the bracket the medium."""
    m = _MEDIUM_OF_PAGE.search(text)
    if m is None:
        return spans
    cut = [k for k, s in enumerate(spans) if m.start() < s.start < m.end()]
    if not cut or any(s.label == "medium" for s in spans):
        return spans
    z = cut[0]
    k = z - 1
    while k > 0 and spans[k - 1].label in _WORK_OR_YEAR:
        k -= 1
    if k < 1 or spans[k - 1].label != "author" or any(s.label not in _WORK_OR_YEAR for s in spans[k : z + 1]):
        return spans
    a = spans[k].start
    title = text[a : m.start()].rstrip()
    parts = [
        Span("title", title, a, a + len(title), spans[k].confidence),
        Span("medium", m.group(0), m.start(), m.end(), spans[z].confidence),
    ]
    b = m.end()
    while b < spans[z].end and text[b] in " .,;:":
        b += 1
    if b < spans[z].end:
        parts.append(Span(spans[z].label, text[b : spans[z].end], b, spans[z].end, spans[z].confidence))
    return [*spans[:k], *parts, *spans[z + 1 :]]


# Chicago's e-book format after the imprint: "2012. Kindle edition, chapter 2.", "2010. Kindle."
EBOOK_FORMAT = r"(?:Kindle|Nook|EPUB|Apple\s+Books|Google\s+Play\s+Books)(?:\s+edition)?"
_EBOOK_FORMAT = lazy_pattern(rf"^\s*{EBOOK_FORMAT}\b", re.I)


@needs(labels=["date"], any_label=_IMPRINT)
def ebook_format_apart(spans: list[Span], text: str) -> list[Span]:
    """``New York: Brace and Smith, 2012. Kindle edition, chapter 2.`` with the format read as a second
    publisher after the date: how the book was read is its medium."""
    dated = False
    for k, s in enumerate(spans):
        if dated and s.label in _IMPRINT and _EBOOK_FORMAT.match(s.text):
            return [*spans[:k], Span("medium", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        dated = dated or s.label == "date"
    return spans


# the kind of a broadcast or recording, a sentence of its own closing the entry: "ABC Radio National. Radio
# broadcast.", "Channel 4. Television broadcast.", "RMIT University. Lecture recording."
_KIND_CLOSING = lazy_pattern(
    r"(?<=[.,])\s+(?P<kind>(?:Radio|Television|TV)\s+(?:broadcast|program(?:me)?)|Lecture(?:\s+recording)?|Podcast"
    r"|Motion picture|Vodcast/Podcast)\.?\s*$",
    re.I,
)


@needs(any_label=_IMPRINT)
def kind_closes_publisher(spans: list[Span], text: str) -> list[Span]:
    """``In *Big Ideas*. Adelaide, SA: ABC Radio National. Radio broadcast.`` with the kind of the broadcast
    read into the publisher: what kind of work it is is its genre, not part of the publisher's name."""
    for k, s in enumerate(spans):
        if s.label not in _IMPRINT or (m := _KIND_CLOSING.search(s.text)) is None or m.start() == 0:
            continue
        a = s.start + m.start("kind")
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        kind = Span("genre", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], head, kind, *spans[k + 1 :]]
    return spans


# a series' season and episode right after its italic name: "*Art and Soul*, series 2, episode 3,",
# "*Ways of Seeing*, episode 1,", "*Grand Designs*. Season 18, episode 7."
_EPISODE = lazy_pattern(
    r"(?<=\*[,.]\s)(?P<d>(?:(?:[Ss]eason|[Ss]eries)\s+\d{1,3}[,.]?\s+)?[Ee]pisode\s+\d{1,4}|(?:[Ss]eason|[Ss]eries)\s+\d{1,3})"
    r"(?=[,.]\s|[,.]?$)"
)
_EPISODE_LABELS = frozenset(["journal", "container-title", "volume", "issue", "pages", "note"])


@needs(any_label=("journal", "container-title"), marks=["*"])
def episode_apart(spans: list[Span], text: str) -> list[Span]:
    """``*Art and Soul*, series 2, episode 3,`` read into the programme's name and a volume: the season and
    episode number the broadcast within the series, no part of its name and no volume."""
    m = _EPISODE.search(text)
    if m is None:
        return spans
    a, z = m.start("d"), m.end("d")
    if not (inside := spans_over(spans, a, z, _EPISODE_LABELS)):
        return spans
    # what a span read past the episode holds ("…, directed by X, aired") is no part of the programme's name
    last = inside[-1]
    tail = [Span("note", text[z : last.end], z, last.end, last.confidence)] if last.end > z else []
    return read_anew(spans, text, a, max(z, last.end), [Span("note", text[a:z], a, z), *tail])


# NLM's kind of article in brackets after its title: "… of oral health. [editorial]. J Public Health Dent."
_ARTICLE_KIND = lazy_pattern(
    r"\[(?P<kind>editorial|letter|comment(?:ary)?|review|erratum|abstract|news|interview|obituary)\]\.?\s*", re.I
)


@needs(labels=["journal"], any_label=_IMPRINT, marks=["["])
def article_kind_before_journal(spans: list[Span], text: str) -> list[Span]:
    """``Title. | [editorial]. | J Public Health Dent.``: the bracketed kind of article between the title and the
    journal, read as a publisher or place, is the article's genre."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label not in _IMPRINT or spans[k + 1].label != "journal" or spans[k - 1].label != "title":
            continue
        m = _ARTICLE_KIND.fullmatch(s.text)
        if m is None:
            continue
        a, z = s.start + m.start("kind"), s.start + m.end("kind")
        return [*spans[:k], Span("genre", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
