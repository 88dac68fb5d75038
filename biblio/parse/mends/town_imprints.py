"""Mends of an imprint that closes on a town no list of places holds: biblatex's and Springer's
``Springer, Cham,`` read as one publisher, or Harvard's ``Tempus, Stroud.`` read as one place. A short
name, a comma and one capitalised word closing the imprint are publisher then place, the order these
styles keep."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "Springer, Cham" / "Tempus, Stroud": one to three capitalised words, a comma, one capitalised word (perhaps
# in Science's bracket, "(Lookout Publishing, Chattanooga, 1974)")
_NAME_THEN_TOWN = lazy_pattern(
    r"^\s*\(?(?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})(?P<comma>\s*,\s+)(?P<town>[A-Z][a-z]{2,})\s*[.,]?\s*$"
)
# "Alain RENAUT": a given name and a family name in capitals, a person (a translator run into the imprint)
_PERSON = lazy_pattern(r"\b[A-Z][a-z]+\s+[A-Z]{3,}\b")
# "California State College, Fullerton": a school's name then its campus, both the school's name
_SCHOOL = lazy_pattern(r"(?i)\b(?:universit\w*|college|school|institut\w*)\b")
# what may follow an imprint that closes a reference: its year, the chapter's pages, identifiers, notes
_AFTER_IMPRINT = frozenset(["date", "pages", "note", "doi", "url", "isbn", "accessed"])


def _parts(s: Span) -> tuple[int, int] | None:
    """Where ``s`` divides into the publisher's name and the town, when it reads ``Name, Town``."""
    m = _NAME_THEN_TOWN.match(s.text)
    if not m or PUBLISHER_WORD.search(m["town"]) or is_place(s.text) or is_place(m["name"]) or is_place(m["town"]):
        return None  # "Sapporo, Japan": a town and its country
    if _PERSON.search(m["name"]) or _SCHOOL.search(m["name"]):
        return None
    return m.end("name"), m.end("comma")


@needs(any_label=("publisher", "location"), marks=(",",))
def town_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Springer, Cham, 299–319.`` read as one publisher where no place was read, or ``Tempus, Stroud.``
    read as one place where no publisher was read: the name is the publisher, the town its place."""
    labels = labels_of(spans)
    if ("publisher" in labels) == ("location" in labels):
        return spans
    alone = "publisher" if "publisher" in labels else "location"
    for k, s in enumerate(spans):
        if s.label != alone:
            continue
        if k + 1 < len(spans) and spans[k + 1].label not in _AFTER_IMPRINT:
            return spans
        if (cut := _parts(s)) is None:
            return spans
        return divided(spans, k, cut[0], cut[1], "publisher", "location")
    return spans


_PERIODICAL_OR_PUBLISHER = ("journal", "container-title", "volume", "publisher")


@needs(labels=["location", "issue", "date"], without=_PERIODICAL_OR_PUBLISHER)
def publisher_between_town_and_year(spans: list[Span], text: str) -> list[Span]:
    """The French book ``Paris, 10/18, 1997`` with the publisher whose name is figures read as an issue: with no
    periodical and no volume, what stands between the town and the year is the book's publisher."""
    if any(s.label in _PERIODICAL_OR_PUBLISHER for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        place, s, date = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "issue" or place.label != "location" or date.label != "date":
            continue
        if not place.text.rstrip().endswith(",") or not s.text.rstrip().endswith(","):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
