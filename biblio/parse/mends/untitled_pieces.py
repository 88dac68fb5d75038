"""Mends of a piece cited without its title: a review list's ``Klein, Rudolf. *Österreichische
Musikzeitschrift* 5 (1972): 301-302.``, where the only italic run is the journal holding the piece."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the whole reference: a name closing on its full stop (or none), one italic run, then the journal's volume (and
# issue), its date in brackets and the pages after a colon
_UNTITLED = lazy_pattern(
    r"^(?:(?P<author>[^*\"“”‘’'()\d]{2,80}?\.)\s+)?\*(?P<journal>[^*\d]{3,}?)\*\s+"
    r"(?:(?P<volume>\d{1,4})(?:,\s+no\.\s+(?P<issue>\d{1,4}(?:[-/]\d{1,4})?))?\s+)?"
    r"(?P<date>\([^()]{0,20}?(?:1[5-9]|20)\d\d(?:/\d{2})?\)):\s+"
    r"(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?=[.,;]?(?:\s|$))"
)
_PARTS = (("author", "author"), ("journal", "journal"), ("volume", "volume"), ("issue", "issue"), ("date", "date"),
          ("pages", "pages"))


@needs(marks=("*",))
def journal_without_title(spans: list[Span], text: str) -> list[Span]:
    """``Tsou, Judy. *Notes* (June 2011): 789-792.`` (a review named by its reviewer and the journal) read with
    the journal as the title or in the names: where the reference's one italic run follows the name and its
    volume, date and pages follow it, the run is the journal and no title is stated."""
    if text.count("*") != 2 or (m := _UNTITLED.match(text)) is None:
        return spans
    if m.group("author") and len(m.group("author").split()) > 6:
        return spans
    return replaced(spans, text, 0, m.end(), group_spans(m, _PARTS))
