"""Mends of a note's book imprint without a place, the cited page after the year's colon: ``Fox, John.
*Regression Diagnostics: An Introduction*. SAGE, 1991: 252-255.`` or ``Nisbet, Robert, …. *Handbook of
Statistical Analysis …*. Academic Press, 2009: 8.``

The model reads the publisher before the year as a journal, or the book's title as a container beside the
publisher. A journal's year and page come after its volume (``Social Science History 34, no. 2 (2010):
171``); with no volume or issue anywhere, ``Name, Year: page`` closing the reference is a book's publisher
and year and the page the note cites.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the year closed by a colon: "2009:"
_YEAR_COLON = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d\s*:\s*$")
# a publisher's short name: a few words, no digits or clause marks, the comma before the year
_PUBLISHER = lazy_pattern(r"^[^\W\d_][^\d;:()\[\]\"“”]{0,50}?,\s*$")


@needs(labels=("date", "pages"), without=("volume", "issue"))
def publisher_before_year_colon(spans: list[Span], text: str) -> list[Span]:
    """``Title. SAGE, 1991: 252-255.`` with the publisher read as a journal, or ``Handbook …. Academic Press,
    2009: 8.`` with the book's title read as a container: the publisher and the title of a book."""
    n = len(spans)
    if {"volume", "issue"} & {s.label for s in spans}:
        return spans
    if n < 4 or spans[-1].label != "pages" or spans[-2].label != "date" or not _YEAR_COLON.match(spans[-2].text):
        return spans
    name, head = spans[-3], spans[-4]
    if not _PUBLISHER.match(name.text) or len(name.text.split()) > 5:
        return spans
    labels = [s.label for s in spans]
    if name.label == "journal" and head.label == "title" and labels.count("journal") == 1:
        return [*spans[:-3], Span("publisher", name.text, name.start, name.end, name.confidence), *spans[-2:]]
    if name.label == "publisher" and head.label == "container-title" and "title" not in labels:
        return [*spans[:-4], Span("title", head.text, head.start, head.end, head.confidence), *spans[-3:]]
    return spans
