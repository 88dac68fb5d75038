"""Mend of a note's chapter or section cited, read as a page or a volume: ``Humanity Books, 1953 ch. 4`` (page
``ch.4``), ``*A History of Philosophy*, § 47, Holt & Co.`` (volume 47). A chapter or a section of a book is a
locator of its own, no page and no volume; it goes to the note. A statute's ``16 U.S.C. § 1531`` keeps its own
reading (a container or a journal read there)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_CHAPTER = lazy_pattern(r"^\s*(?:ch|chap)\.\s*\d{1,3}\W*$")
_SECTION_NUMBER = lazy_pattern(r"^\s*\d{1,4}\W*$")
_WORKS = frozenset(["journal", "container-title"])


@needs(any_label=("pages", "volume"), without=_WORKS, marks=("§", "ch.", "chap."))
def chapter_or_section_locator(spans: list[Span], text: str) -> list[Span]:
    """A ``pages`` span ``ch. 4`` or a ``volume`` right after ``§`` is the chapter or section cited: a note."""
    if any(s.label in _WORKS for s in spans):
        return spans
    for k, s in enumerate(spans):
        chapter = s.label == "pages" and _CHAPTER.match(s.text)
        section = s.label == "volume" and _SECTION_NUMBER.match(s.text) and text[: s.start].rstrip().endswith("§")
        if chapter:
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if section:
            # the sign goes with its number, out of the span before it ("*Title*, §" | "47,")
            mark = text.rindex("§", 0, s.start)
            head = spans[:k]
            if k > 0 and head[-1].end > mark:
                prev = head[-1]
                cut = mark - len(text[prev.start : mark]) + len(text[prev.start : mark].rstrip(" ,"))
                head = head[:-1]  # a span of the sign alone ("§3") goes with its number
                if cut > prev.start:
                    head.append(Span(prev.label, text[prev.start : cut], prev.start, cut, prev.confidence))
            return [*head, Span("note", text[mark : s.end], mark, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a standard edition's abbreviation before its volume and page, the scholars' way of citing a classic's text in
# every translation: Kant's Akademie-Ausgabe "Ak. 4:260" ("AA"), Freud's Standard Edition "SE 14:243", Heidegger's
# Gesamtausgabe "GA 2:45", Nietzsche's "KSA 5:12"
_EDITION_ABBREVIATION = lazy_pattern(r"\s*(?:Ak|AA|SE|GA|KSA|KGW)\.?\s*")
_VOLUME_COLON = lazy_pattern(r"\s*\d{1,3}\s*:\s*")


@needs(labels=["volume", "pages"], marks=(":",))
def standard_edition_locator(spans: list[Span], text: str) -> list[Span]:
    """A note's closing ``Ak. 4:260`` read as a title ``Ak.``, volume ``4`` and page ``260``: the standard edition's
    volume and page cited are one locator, the page ``4:260`` (the book cited has no volume 4)."""
    if len(spans) < 4 or text[spans[-1].end :].strip():
        return spans
    ab, v, p = spans[-3], spans[-2], spans[-1]
    if v.label != "volume" or p.label != "pages" or not _VOLUME_COLON.fullmatch(v.text):
        return spans
    if ab.label not in ("title", "note", "journal", "container-title") or not _EDITION_ABBREVIATION.fullmatch(ab.text):
        return spans
    before = spans[:-3]
    if not any(s.label == "title" for s in before):
        # (the abbreviation read as the journal pushed the book to the container: the book is the title)
        books = [k for k, s in enumerate(before) if s.label == "container-title"]
        if ab.label != "journal" or len(books) != 1:
            return spans  # (the abbreviation is the work's only title: no locator after a book)
        b = before[books[0]]
        before = [*before[: books[0]], Span("title", b.text, b.start, b.end, b.confidence), *before[books[0] + 1 :]]
    a = v.start + len(v.text) - len(v.text.lstrip())
    return [*before, Span("pages", text[a : p.end], a, p.end, p.confidence)]
