"""Mend of a journal read as a publisher before its numbers: Chicago's ``“Title.” Wiley Interdisciplinary
Reviews: Climate Change 7, no. 1 (January 1, 2016): 23–41.`` A publisher names no volume: a name followed
by a bare volume and then an issue or pages is the journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "7,", "42": a volume written as a bare number (a book's "vol. 2" after its publisher is marked)
_BARE_VOLUME = lazy_pattern(r"^\s*\d{1,4}\s*[,.]?\s*$")
_WORKS = frozenset(["journal", "container-title"])
_NUMBERS_AFTER = frozenset(["issue", "pages"])


@needs(labels=["publisher", "volume"], without=_WORKS)
def publisher_before_numbers(spans: list[Span], text: str) -> list[Span]:
    """``Wiley Interdisciplinary Reviews: Climate Change | 7, | no. 1 | (January 1, 2016): | 23–41`` with the
    journal read as the publisher and no journal read: the name before a bare volume, which an issue or
    pages follow, is the journal. Not after a place (``London: Macmillan`` is a book's imprint)."""
    if not labels_of(spans).isdisjoint(_WORKS):
        return spans
    for k in range(len(spans) - 2):
        pub, vol = spans[k], spans[k + 1]
        if pub.label != "publisher" or vol.label != "volume" or not _BARE_VOLUME.match(vol.text):
            continue
        if k and spans[k - 1].label == "location":
            return spans
        if not any(s.label in _NUMBERS_AFTER for s in spans[k + 2 : k + 4]):
            return spans
        return [*spans[:k], Span("journal", pub.text, pub.start, pub.end, pub.confidence), *spans[k + 1 :]]
    return spans


# a house's word alone, which a number completes: São Paulo's "Ed. 34", "Editora 34"
_HOUSE_WORD = frozenset(["ed", "editora", "edições", "ediciones", "editorial", "edizioni", "éditions"])


@needs(labels=["location", "publisher", "volume"])
def number_naming_publisher(spans: list[Span], text: str) -> list[Span]:
    """``São Paulo: Ed. 34, 1997.`` read as the publisher ``Ed.`` and the volume 34: a publisher that is a
    house's word alone (or closing the publishers), after the place and with the year after the number, is
    named by the number."""
    for k in range(1, len(spans) - 1):
        pub, vol = spans[k], spans[k + 1]
        if pub.label != "publisher" or vol.label != "volume" or spans[k - 1].label != "location":
            continue
        # (the last of two publishers may be the house: "Estação Liberdade, Ed. 34")
        word = pub.text.strip(" .,").rpartition(",")[2].rpartition(":")[2].strip()
        if word.lower() not in _HOUSE_WORD or not _BARE_VOLUME.match(vol.text):
            return spans
        if text[pub.end : vol.start].strip() or (k + 2 < len(spans) and spans[k + 2].label != "date"):
            return spans
        merged = Span("publisher", text[pub.start : vol.end], pub.start, vol.end, pub.confidence)
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans
