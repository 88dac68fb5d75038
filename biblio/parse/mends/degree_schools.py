"""Mends of the school in the brackets that name a degree: APA's and Harvard's ``Title (Doctoral
dissertation, University of Cambridge).`` and a Chicago note's ``“Title” (master's thesis, University of
Toronto, 2014), 12.`` with the school (and the year and page) read as a note or a place. What follows the
degree up to the closing bracket is the school, the thesis's publisher, and the note's year. A degree's name ends
at its word for the work (``Doctoral dissertation Massachusetts Institute of Technology, 2005.``): a capital after
it opens the school's name."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DEGREE_OPENS = lazy_pattern(
    r"^\(\s*(?:doctoral\s+dissertation|(?:ph\.?\s?d\.?|doctoral|master['’]?s|ma|ms|msc)\s+thesis)\s*,\s*$", re.I
)
# (a Chicago note closes the bracket with the year and cites a page after it: "(master's thesis, University of
# Toronto, 2014), 12.")
_SCHOOL = lazy_pattern(
    r"^\s*(?P<school>[^\W\d_][^()]*?)(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?\s*\)"
    r"(?:,\s*(?P<page>\d+(?:\s*[-\u2013]\s*\d+)?))?\s*\.?\s*$"
)


@needs(labels=["genre"])
def school_in_degree_bracket(spans: list[Span], text: str) -> list[Span]:
    """``(Doctoral dissertation, | University of Cambridge).`` with the school read as a note or a
    place: it is the publisher."""
    for k in range(len(spans) - 1):
        degree, s = spans[k], spans[k + 1]
        if degree.label != "genre" or s.label not in ("note", "location") or not _DEGREE_OPENS.match(degree.text):
            continue
        if (m := _SCHOOL.match(s.text)) is None:
            return spans
        a, z = s.start + m.start("school"), s.start + m.end("school")
        found = [Span("publisher", text[a:z], a, z, s.confidence)]
        for group, label in (("year", "date"), ("page", "pages")):
            if m.group(group):
                a, z = s.start + m.start(group), s.start + m.end(group)
                found.append(Span(label, text[a:z], a, z, s.confidence))
        return [*spans[: k + 1], *found, *spans[k + 2 :]]
    return spans


# the degree's name, then the school's first words (capitalised, no comma) run into it
_DEGREE_THEN_SCHOOL = lazy_pattern(r"^(?P<degree>.*?\b(?i:dissertation|thesis))\s+(?P<school>[^\W\d_a-z][^\d,;:()]*)$")


@needs(labels=["genre", "publisher"])
def school_head_in_degree(spans: list[Span], text: str) -> list[Span]:
    """``Doctoral dissertation Massachusetts | Institute of Technology, 2005.`` with the school's first word read
    into the degree: it opens the publisher."""
    for k in range(len(spans) - 1):
        degree, school = spans[k], spans[k + 1]
        if degree.label != "genre" or school.label != "publisher" or text[degree.end : school.start].strip():
            continue
        m = _DEGREE_THEN_SCHOOL.match(degree.text)
        if m is None:
            continue
        return border_moved(spans, text, k, degree.start + m.end("degree"), degree.start + m.start("school"))
    return spans


# a university's name shortened: "Univ.", "Univ" (the period may be read into the next span)
_UNIV = lazy_pattern(r"Univ\.?")
_OF_REST = lazy_pattern(r"\.?\s*(?:of|de|di)\s+[A-Z]")


@needs(labels=["genre", "location", "publisher"])
def shortened_school_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """``Title. diss. Univ. of Munich, 1927.`` with the school's shortened first word read as the town and the rest
    as the publisher: the whole is the school, the thesis's publisher."""
    for k in range(1, len(spans) - 1):
        place, school = spans[k], spans[k + 1]
        if place.label != "location" or school.label != "publisher" or spans[k - 1].label != "genre":
            continue
        if _UNIV.fullmatch(place.text.strip()) and _OF_REST.match(school.text):
            joined = Span("publisher", text[place.start : school.end], place.start, school.end, school.confidence)
            return [*spans[:k], joined, *spans[k + 2 :]]
    return spans
