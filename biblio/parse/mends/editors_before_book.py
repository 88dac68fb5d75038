"""Older Chicago's chapter with its editors before the book: ``In T. A. Dorey, ed., *Latin Historians*, 1–38.``
with the italic book read into the editors' span."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the editors and their role closed by a comma, then the italic book alone: "In T. A. Dorey, ed., *Latin
# Historians*," (the names a sentence of their own, never "ed. by")
_ROLE_THEN_BOOK = lazy_pattern(r"(?P<eds>.*[^\W\d_].*?,\s+eds?\.,)\s+(?P<book>\*[^*\s][^*]*\*|_[^_\s][^_]*_)[\s,.]*")


@needs(labels=["editor"], without=["container-title", "journal"], marks=["ed.,"])
def book_read_into_editors(spans: list[Span], text: str) -> list[Span]:
    """``In T. A. Dorey, ed., *Latin Historians*,`` read as one editors' span, no book read: the italic run after
    the role is the book."""
    for k, s in enumerate(spans):
        if s.label != "editor" or "ed" not in s.text:
            continue
        m = _ROLE_THEN_BOOK.fullmatch(s.text)
        if m is None:
            continue
        eds_end = s.start + m.end("eds")
        book_at = s.start + m.start("book")
        return [
            *spans[:k],
            Span("editor", text[s.start : eds_end], s.start, eds_end, s.confidence),
            Span("container-title", text[book_at : s.end], book_at, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a person's initial and family name closing the title, cut from it: "… of General Walter | P. Lane, ed. …"
_INITIAL_AND_NAME = lazy_pattern(r"[A-Z]\.\s+[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?,?")


@needs(labels=["title", "container-title"])
def name_cut_from_title(spans: list[Span], text: str) -> list[Span]:
    """``The Adventures … of General Walter P. Lane, ed. Jimmy L. Bryan (`` with ``P. Lane`` read as the book, only
    a space after the title's capitalised word: the initial and name close the title (a book is set apart from
    the title by a stop, a comma or ``In``)."""
    for k in range(1, len(spans)):
        t, c = spans[k - 1], spans[k]
        if t.label != "title" or c.label != "container-title" or not _INITIAL_AND_NAME.fullmatch(c.text):
            continue
        gap = text[t.end : c.start]
        last = t.text.rsplit(None, 1)[-1]
        if gap != " " or not last[:1].isupper() or not last.isalpha():
            return spans
        if k + 1 < len(spans) and spans[k + 1].label not in ("editor", "translator", "location", "date"):
            return spans
        return [*spans[: k - 1], Span("title", text[t.start : c.end], t.start, c.end, t.confidence), *spans[k + 1 :]]
    return spans


# a volume's number and the colon before its own title: "Vol. 1:", "Volume II:"
_VOLUME_COLON = lazy_pattern(r"(?:Vol\.|Volume)\s*(?:\d{1,3}|[IVXLC]{1,6}):")


@needs(labels=["volume", "title"], any_label=["journal", "container-title"], marks=[":"])
def volume_title_after_book(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*Early Greek Mythography*. Vol. 1: Text and Introduction. Oxford: …`` with the book read as a
    journal or container and the volume's own title as the title: the book is the title, the volume's title a
    note (the imprint follows, so no journal's article)."""
    for k in range(len(spans) - 3):
        b, v, t, nxt = spans[k], spans[k + 1], spans[k + 2], spans[k + 3]
        if b.label not in ("journal", "container-title") or v.label != "volume" or t.label != "title":
            continue
        if nxt.label not in ("location", "publisher") or not _VOLUME_COLON.fullmatch(v.text.strip()):
            return spans
        if not b.text.rstrip().endswith(".") or k and spans[k - 1].label not in ("author", "editor", "translator"):
            return spans
        return [*spans[:k], Span("title", b.text, b.start, b.end, b.confidence), v,
                Span("note", t.text, t.start, t.end, t.confidence), *spans[k + 3 :]]  # fmt: skip
    return spans
