"""Mends of a medium named in brackets after a work's title: ``*Title* [Online].``,
``*Referencing ebooks* [Kindle version 4.18].``, as Harvard guides after BS 5605 write them.

The bracket says how the work was read, not what it is called or who published it. Read as the end
of the title, or as the opening of the place or publisher that follows, it is the medium, and the
field around it runs without it.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MEDIUM = (
    r"\[(?:online|internet|electronic\s+(?:resource|version|book)|e-?book|kindle(?:\s+version)?[^\]]{0,20}"
    r"|cd-rom|dvd|blu-ray|photograph|computer\s+(?:program|software|file)|podcast|sound\s+recording"
    r"|en\s+l[íi]nea|em\s+linha|on-line)\]"  # ISO 690 in Spanish and Portuguese: "[en línea]"
)
# the title's own words, then the bracket and what closes the title
_AT_END = lazy_pattern(rf"\s*(?P<medium>{_MEDIUM})\s*[.,]?\s*$", re.I)
# the bracket, and the stop after it, opening a place or publisher
_AT_START = lazy_pattern(rf"^\s*(?P<medium>{_MEDIUM})\s*[.,]?\s+(?=\S)", re.I)
_TITLES = frozenset(["title", "container-title", "journal"])
_IMPRINT = frozenset(["publisher", "location"])


@needs(any_label=_TITLES, marks="[")
def medium_apart(spans: list[Span], text: str) -> list[Span]:
    """``Save Our Libraries* [Online].`` read as the title, or ``[Online]. Poole: Bournemouth University.``
    read as the publisher: the bracketed medium is a span of its own."""
    if "[" not in text:
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
            rest = Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
            return [*spans[:k], medium, rest, *spans[k + 1 :]]
    return spans


# Chicago's e-book format after the imprint: "2012. Kindle edition, chapter 2.", "2010. Kindle."
_EBOOK_FORMAT = lazy_pattern(r"^\s*(?:Kindle|Nook|EPUB|Apple\s+Books|Google\s+Play\s+Books)(?:\s+edition)?\b", re.I)


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
