"""Mend of the publisher closing an ``in:`` book before its year, as the Elsevier numbered styles (elsarticle)
print a paper in proceedings: ``…, in: CIbSE, Citeseer, 2008, pp. 127-140.`` or ``in: Anais do XXXVII Simpósio
…, SBC, 2019, pp. 201-208.`` with the publisher read into the book's title (or both as a note). The style prints
``in: Book, Publisher, Year, pp.``: a last part of one name that is no place nor month is the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "in: Book, Publisher," with the book's part and one closing name (letters only: "SBC", "Citeseer", "Springer")
_IN_BOOK_THEN_NAME = lazy_pattern(r"^\s*in:\s+(?P<book>\S.*?),\s+(?P<name>[A-Z][A-Za-z]{1,20})\s*,?\s*$")
# the same after an ``in:`` read alone (as a place): "ONTOBRAS, Citeseer,"
_BOOK_THEN_NAME = lazy_pattern(r"^\s*(?P<book>\S.*?),\s+(?P<name>[A-Z][A-Za-z]{1,20})\s*,?\s*$")
_MONTH = lazy_pattern(rf"^{ENGLISH_MONTH}$")
# words a book's closing part names, not a publisher: "Part", "Vol", "Proceedings", "Workshops"
_NO_PUBLISHER = frozenset(["part", "vol", "volume", "proceedings", "workshop", "workshops", "companion", "abstracts"])


@needs(any_label=["container-title", "source", "publisher"], labels=["date"], marks=("in:",))
def publisher_closing_in_book(spans: list[Span], text: str) -> list[Span]:
    """``in: CIbSE, Citeseer,`` (or ``in: Anais …, SBC,``) before the year, read as one book or note, or
    ``in:`` as a place and the rest as one publisher: the last name is the publisher, the rest the book."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label == "location" and s.text.strip() == "in:" and k + 2 < len(spans):
            p = spans[k + 1]
            m = _BOOK_THEN_NAME.match(p.text)
            if p.label != "publisher" or spans[k + 2].label != "date" or m is None or not _publisher_like(m["name"]):
                continue
            z, a = p.start + m.end("book") + 1, p.start + m.start("name")
            book = Span("container-title", text[s.start : z], s.start, z, p.confidence)
            publisher = Span("publisher", text[a : p.end], a, p.end, p.confidence)
            return [*spans[:k], book, publisher, *spans[k + 2 :]]
        if s.label not in ("container-title", "source") or spans[k + 1].label != "date":
            continue
        m = _IN_BOOK_THEN_NAME.match(s.text)
        if m is None or not _publisher_like(m["name"]):
            continue
        a = m.start("name")
        book = Span("container-title", s.text[: m.end("book") + 1], s.start, s.start + m.end("book") + 1, s.confidence)
        publisher = Span("publisher", s.text[a:], s.start + a, s.end, s.confidence)
        return [*spans[:k], book, publisher, *spans[k + 1 :]]
    return spans


_ROMAN_NUMERAL = lazy_pattern(r"[IVX]+")


def _publisher_like(name: str) -> bool:
    return not (is_place(name) or _MONTH.match(name) or name.lower() in _NO_PUBLISHER or _ROMAN_NUMERAL.fullmatch(name))


# the Harvard elsarticle's "in: Book. IEEE, pp. 123–134.": the book's full stop, then a body's acronym
_BOOK_STOP_ACRONYM = lazy_pattern(r"^\s*in:\s+(?P<book>\S.*?[a-z)])\.\s+(?P<name>(?![IVXLC]+\b)[A-Z]{2,8})\s*,?\s*$")


@needs(labels=["container-title", "pages"], marks=("in:",))
def acronym_after_in_book(spans: list[Span], text: str) -> list[Span]:
    """The Harvard elsarticle's ``…, in: Proceedings of the 2019 Winter Simulation Conference. IEEE, pp. 123–134.``
    with the publisher's acronym read into the book: after the book's full stop and before the pages, the acronym
    publishes it."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "container-title" or spans[k + 1].label != "pages":
            continue
        if (m := _BOOK_STOP_ACRONYM.match(s.text)) is None:
            continue
        a, z = m.span("name")
        book = Span("container-title", s.text[: m.end("book")], s.start, s.start + m.end("book"), s.confidence)
        publisher = Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], book, publisher, *spans[k + 1 :]]
    return spans
