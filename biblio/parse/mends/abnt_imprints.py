"""Mends of ABNT's book imprint read into the ISBN (``Rio de Janeiro, RJ: | LTC, c2010. E-book. ISBN 978-…``) and of
a given name read into the bold title after the capitals of the family name (``MOURA, | Natalia **Title**``).

ABNT (NBR 6023) closes a book on ``Town: Firm, year.``, the year often the copyright year (``c2010``), then the
format (``E-book.``) and the ISBN; the labeller sometimes reads all after the town's colon as the ISBN. The firm, the
year and the format before the ISBN's word are the imprint's.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the firm (no stop, colon or figure in it), the year with or without ABNT's copyright mark, the format, the ISBN
_IMPRINT_BEFORE_ISBN = lazy_pattern(
    r"(?P<firm>[^\W\d_][^,.:;\d]{0,60}?),\s+(?P<date>[c©]?\s?(?:1[6-9]|20)\d\d\.)\s+"
    r"(?:(?P<medium>e-?book\.)\s+)?(?=ISBN\b)",
    re.I,
)


@needs(labels=["location", "isbn"], without=["publisher", "date"], marks=("ISBN",))
def imprint_read_into_isbn(spans: list[Span], text: str) -> list[Span]:
    """``Rio de Janeiro, RJ: | LTC, c2010. E-book. ISBN 978-85-216-2936-8.`` with the firm, the year and the format
    read into the ISBN after the town: they are the imprint's, the ISBN follows them."""
    for k in range(1, len(spans)):
        s, town = spans[k], spans[k - 1]
        if s.label != "isbn" or town.label != "location" or not town.text.rstrip().endswith(":"):
            continue
        m = _IMPRINT_BEFORE_ISBN.match(s.text)
        if m is None:
            return spans
        parts = [("publisher", "firm"), ("date", "date"), ("medium", "medium")]
        new = [_part(s, text, label, m.start(group), m.end(group)) for label, group in parts if m[group]]
        return [*spans[:k], *new, _part(s, text, "isbn", m.end(), len(s.text)), *spans[k + 1 :]]
    return spans


def _part(s: Span, text: str, label: str, a: int, z: int) -> Span:
    """The stretch ``a``-``z`` of ``s`` (offsets within its text) as a ``label`` span."""
    return Span(label, text[s.start + a : s.start + z], s.start + a, s.start + z, s.confidence)


# ABNT's family name in capitals and its comma, no given name after it
_CAPITALS_FAMILY = lazy_pattern(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2}\s*,\s*$")
# one or two capitalised given names, then the bold run that opens the title
_GIVEN_THEN_BOLD = lazy_pattern(r"^(?P<given>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)\s+(?=\*\*\S)")


@needs(labels=["author"], marks=("**",))
def given_name_before_bold_title(spans: list[Span], text: str) -> list[Span]:
    """ABNT's ``MOURA, | Natalia **Consumismo e suas causas**`` with the given name, no stop after it, read into the
    bold title: it closes the name the capitals opened."""
    for k in range(len(spans) - 1):
        name, nxt = spans[k], spans[k + 1]
        if name.label != "author" or not _CAPITALS_FAMILY.match(name.text):
            continue
        m = _GIVEN_THEN_BOLD.match(nxt.text)
        if m is None or nxt.label in ("author", "editor"):
            return spans
        cut, b = nxt.start + m.end("given"), nxt.start + m.end()
        head = Span("author", text[name.start : cut], name.start, cut, name.confidence)
        label = "title" if nxt.label in ("source", "note", "container-title", "journal") else nxt.label
        return [*spans[:k], head, Span(label, text[b : nxt.end], b, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans
