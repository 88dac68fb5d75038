"""Mend of an unsigned newspaper article led by its newspaper, as the Australian Government Style Manual (RMIT
Harvard) prints it: ``*Financial Review* (7 August 2021) 'Small business response to COVID-19'.``, ``*The Age*
(24 January 2022) 'Title', accessed 24 January 2022. URL``.

With no author the italic newspaper takes the author's place before the bracketed date, and the article's title
follows in quotation marks; the model reads the newspaper, the date and the title as one title or the newspaper
as an author. Where the reference opens in that form, the italics are the newspaper, the bracket the date and
the quotation the title; what follows the quotation is left as read.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "*The Age* (24 January 2022) 'Title'": an apostrophe inside a word ("Here's") does not close the quotation
_OUTLET_DATE_TITLE = lazy_pattern(
    r"\*(?P<outlet>[^*\n]{2,80}?)[.,]?\*[.,]?\s+\((?P<date>[^()]{0,20}\d{4}[a-z]?)\)[.,]?\s+"
    r"['‘\"“](?P<title>(?:[^'’\"”]|['’](?=\w))+?)['’\"”](?=[,.]|\s*$)",
    re.U,
)


@needs(marks=("*", "("))
def outlet_opens_dated_title(spans: list[Span], text: str) -> list[Span]:
    """``*Newspaper* (Day Month Year) 'Title'…`` read whole as a title or with the newspaper as an author: the
    newspaper, the date and the quoted title apart."""
    m = _OUTLET_DATE_TITLE.match(text)
    if m is None or any(s.label == "journal" and s.text.strip("*., ") == m.group("outlet") for s in spans):
        return spans
    end = m.end()
    c = min((s.confidence for s in spans if s.start < end), default=1.0)
    new = [
        Span("journal", m.group("outlet"), *m.span("outlet"), c),
        Span("date", m.group("date"), *m.span("date"), c),
        Span("title", m.group("title"), *m.span("title"), c),
    ]
    return new + [s for s in spans if s.start >= end]
