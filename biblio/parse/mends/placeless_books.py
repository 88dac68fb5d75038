"""MLA's book with no town before its publisher, ``Reinwardt, Caspar Georg Carl. Reis naar het oostelijk gedeelte
van den Indischen archipel. Frederik Muller, 1858.``: the names, the title, the publisher and the year, the first
two closed by a full stop. Where the house is named after a person (``Frederik Muller``, ``John Murray``) or the
title is long, the model runs the title into the names or the publisher into the title; the full stops say where
each ends. Only a span that runs over one of those stops is read anew."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_FAMILY = r"(?:(?:van|von|de|der|den|da|del)\s)*[A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?"
# the inverted name: family (two words at most), then given names written out (maybe a last initial) closed by
# their full stop, or initials alone ("Caspar Georg Carl.", "Hendrik A.", "F. E.")
_NAMES = (
    rf"{_FAMILY}(?:\s{_FAMILY})?,\s"
    r"(?:(?:[A-Z]\.\s)?[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,3}(?:\s[A-Z])?|(?:[A-Z]\.\s?){0,2}[A-Z])(?=\.\s)"
)
# (no word of the house closes on a stop but an initial's: "Erven F. Bohn"; "Gatsby. Scribner" is two sentences)
_PUB_WORD = r"(?:[A-Z]\.|[A-Z][^\W\d_]*|van|von|de|der|den|&|and)"
# the title opens on a capital and closes on no initial ("… W. and Davis, W. C., 2000." is a list of names)
_PLACELESS_BOOK = lazy_pattern(
    rf"^(?P<names>{_NAMES})\.\s(?P<title>[A-Z\u00c0-\u00de](?:[^.\"\u201c\u201d*_]|\.(?!\s))*?[^\s.])"
    r"(?<![\s,.][A-Z])\.\s"
    rf"(?P<pub>[A-Z][^\W\d_]+(?:\s{_PUB_WORD}){{0,4}}),\s(?P<year>1[5-9]\d\d|20\d\d)\.(?:\s|$)"
)
# a list of names closing on "and" read where the title would stand ("Stuckey, …, and Kathryn Francis")
_NAMES_CLOSE = lazy_pattern(r",\s(?:and|&)\s[A-Z][^\W\d_]+\s[A-Z][^\W\d_]+$")
# a periodical or a thesis named where the house would stand: no book's publisher
_NOT_HOUSE = lazy_pattern(
    r"\b(?:Journal|Review|Revue|Proceedings|Bulletin|Quarterly|Annals|Letters|Transactions|Magazine|Times|News|"
    r"Studies|Tijdschrift|Zeitschrift|Proefschrift|Dissertation|Thesis|PhD|Diss|Tesis|Tese|Mémoire)\b"
)


@needs(marks=(". ",))
def placeless_book(spans: list[Span], text: str) -> list[Span]:
    """``Family, Given. Title. House Name, 1858.`` with a span running over the full stop after the names or
    after the title: the names, the title, the house (the town, where it is one) and the year."""
    if not text[:1].isupper() or ", " not in text:
        return spans
    m = _PLACELESS_BOOK.match(text)
    if m is None or _NOT_HOUSE.search(m["pub"]) or _NAMES_CLOSE.search(m["title"]):
        return spans
    borders = (m.end("names"), m.end("title"), m.end("pub"))
    if not any(s.start < b and s.end > b + 1 for s in spans for b in borders):
        return spans
    # (an initial closing the names keeps its full stop)
    names_end = m.end("names") + (1 if m["names"][-2:-1] in (" ", ".") else 0)
    conf = min((s.confidence for s in spans if s.start < m.end("year")), default=1.0)
    house = "location" if is_place(m["pub"]) else "publisher"
    new = [
        Span("author", text[:names_end], 0, names_end, conf),
        Span("title", m["title"], m.start("title"), m.end("title"), conf),
        Span(house, m["pub"], m.start("pub"), m.end("pub"), conf),
        Span("date", m["year"], m.start("year"), m.end("year"), conf),
    ]
    return replaced(spans, text, 0, m.end("year"), new)
