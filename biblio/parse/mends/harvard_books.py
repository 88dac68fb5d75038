"""The Australian Harvard (AGPS) book: ``Borbasi, S, Jackson, D & Langford, RW 2008, *Navigating the maze of nursing
research*, 2nd edn, Mosby, Sydney.``: inverted names with initials written without full stops, the last one after
``&``, the bare year, the italic title, the edition, the publisher and the town, each closed by a comma. Initials
of two letters before the year (``RW 2008``) look to the model like the opening of a work's name, so it cuts the
names short and runs their end into the title; the marks say where each element runs."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FAMILY = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|der|den|[Dd]a|[Dd]el|[Ll]e)\s)*[A-Z][^\W\d_]+(?:[-'\u2019 ][A-Z][^\W\d_]+)?"
# initials without full stops ("S", "RW", "DF"): a comma after the family, none between the initials
_NAME = rf"{_FAMILY},\s[A-Z]{{1,3}}"
# (the town a word, maybe with its state: "Sydney", "Hoboken, NJ"; a state alone, "Elsevier Australia Marrickville,
# NSW", leaves the publisher and the town unparted)
_BOOK = lazy_pattern(
    rf"^(?P<names>{_NAME}(?:(?:,\s{_NAME})*\s(?:&|and)\s{_NAME})?)\s(?P<date>(?:1[5-9]|20)\d\d[a-z]?),\s"
    r"(?P<title>\*[^*]+\*),\s(?:(?P<edition>\d+(?:st|nd|rd|th)\sedn),\s)?"
    r"(?P<publisher>[A-Z][^,]{0,60}),\s(?P<location>[A-Z][a-z][^,.\d]{0,40}(?:,\s[A-Z]{2,3})?)\.(?:$|\s+(?=<?https?://|Available\sat|Accessed|Retrieved|[Vv]iewed))"
)


@needs(marks=("*",))
def agps_book(spans: list[Span], text: str) -> list[Span]:
    """``Family, I, Family, I & Family, II Year, *Title*, Nth edn, Publisher, Town.`` with the last initials run
    into the title or the publisher into the town: the names, the year, the title, the edition, the publisher
    and the town."""
    m = _BOOK.match(text)
    if m is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    groups = ("names", "date", "title", "edition", "publisher", "location")
    labels = ("author", "date", "title", "edition", "publisher", "location")
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in zip(labels, groups, strict=True) if m[g]]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, m.end("location"), new)
