"""Mends of Cite Them Right's page with no author, whose title stands in the author's place before ``(no date)``."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import NO_DATE_FORMS
from biblio.parse.spans import Span

# a head closing on a comma and lowercase words no list of names ends on: "Quarterly Data, about"
_TITLE_HEAD = lazy_pattern(r"[^\W\d_][^()]*\S,\s+(?P<word>[a-z][a-z-]{2,})(?:\s+[a-z][a-z-]*){0,3}")
_NO_DATE_MARK = lazy_pattern(rf"\(\s*(?:{NO_DATE_FORMS})\s*\)[.,]?", re.I)
# the words a list of names may close on after its comma ("Smith, J., and others")
_NAME_CLOSINGS = frozenset(("and", "others", "al", "et", "jr", "sr", "von", "van", "der", "den", "del", "della"))


@needs(labels=("author", "date", "title", "url"), without=("container-title",), marks=("(",))
def title_head_before_no_date(spans: list[Span], text: str) -> list[Span]:
    """``Cancer screening programs: Quarterly Data, about (no date) Australian Institute of Health and Welfare.
    Available at: https://…`` with the page's title read as the author and the site as the title: a head closing on
    a comma and lowercase words is the title, the words between the no-date mark and the address the site."""
    if len(spans) < 4 or [s.label for s in spans[:4]] != ["author", "date", "title", "url"]:
        return spans
    head, date, site = spans[0], spans[1], spans[2]
    m = _TITLE_HEAD.fullmatch(head.text.rstrip())
    if m is None or m["word"] in _NAME_CLOSINGS or not _NO_DATE_MARK.fullmatch(date.text.strip()):
        return spans
    words = site.text.rstrip(" .,")
    if not words:
        return spans
    z = site.start + len(words)
    return [
        Span("title", head.text.rstrip(), head.start, head.start + len(head.text.rstrip()), head.confidence),
        date,
        Span("container-title", text[site.start : z], site.start, z, site.confidence),
        *spans[3:],
    ]
