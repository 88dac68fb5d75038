"""Mends of a Chicago note's book parts after its title: the book read as its editors when no role word names
any (``"Chapter," in Geisha, Harlot, Strangler, Star: A Woman, … (New York: …)``), the book's last word read
into the editors before ``ed.`` (``in Graphic Design for Everyone, ed. Cath Caldwell``), the edition read into
the editors (``in Book, 2nd ed., ed. X``), the page of a ``volume:page`` locator read as a list number or the
volume and year as the place (``(New York: Knopf, 1990), 2:45.``), and the e-book's platform after the locator
(``2017), 23, EBSCOhost.``) or before it (``1998), Net Library e-book, 52.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.book_authors import book_words_before_role
from biblio.parse.mends.common import divided, links_start
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a role word anywhere in the reference: with one, the editors the model read may be right
_ROLE_WORD = lazy_pattern(
    r"\b(?:eds?\.|edited|editors?|hrsg|hg\.|dir\.|coord|comp\.|compiled|trans\.|translated)|\(Eds?\)", re.I
)
# the words of a book's name, not a list of names: a colon, or a small word a name does not hold
_BOOK_WORDS = lazy_pattern(r":|\s(?:of|in|on|for|to|the|a|an|with|from|at)\s")
# a person's initial: "in J. Hinchliffe, with C. Sparey Green, Excavations at …" names its editors
_INITIAL = lazy_pattern(r"\b[A-Z]\.(?:\s|-)")
# ", 2nd ed., ed. John Doe (": the edition, then the role and the names
_EDITION_THEN_ROLE = lazy_pattern(
    r"(?P<edition>[\s,]*(?:\d{1,2}(?:st|nd|rd|th)|[Rr]ev\.|[Rr]evised|[Ee]nlarged)\s+ed\.,)\s*"
    r"(?P<role>(?:eds?\.|edited\s+by)\s+[A-Z].*)",
    re.S,
)
# ":45." after a volume, or "2:45." whole: the page of a "2:45" locator
_COLON_PAGE = lazy_pattern(r"(?P<volume>\d{1,3}:)?\s*:?\s*(?P<page>\d{1,5}(?:[-–]\d{1,5})?)\.?\s*")
# "2015), 1:" read as a place: the year closing the imprint, then the volume of a "1:472" locator
_YEAR_THEN_VOLUME = lazy_pattern(r"(?P<year>(?:1[5-9]|20)\d\d\),)\s*(?P<volume>\d{1,3}:)\s*")
# "23, EBSCOhost.": the locator, then the platform or database the book was read in
_PAGE_THEN_PLATFORM = lazy_pattern(
    r"(?P<page>(?:\d{1,5}|[ivxlc]{1,6})(?:[-–](?:\d{1,5}|[ivxlc]{1,6}))?),\s+(?P<rest>[A-Z][\w .&-]{1,60}\.?)\s*"
)
# a book's platform or format: "Net Library e-book", "Kindle", "EBSCOhost", "ACLS Humanities Ebook"
_PLATFORM = lazy_pattern(r"\b(?:e-?book|kindle|ebscohost|proquest|jstor|netlibrary|google\s+books|nook|ibooks)\b", re.I)


def _imprint_closed(spans: list[Span], k: int) -> bool:
    """Whether the span before the ``k``-th closes a note's bracketed imprint: ``1990),``."""
    return k > 0 and spans[k - 1].label == "date" and spans[k - 1].text.rstrip().rstrip(",").endswith(")")


@needs(labels=["editor", "title"], marks=["in "])
def unmarked_editors_are_book(spans: list[Span], text: str) -> list[Span]:
    """``"Chapter," in Geisha, Harlot, Strangler, Star: A Woman, … (New York: …)`` read as four editors: with no
    role word anywhere, the words after ``in`` that hold a colon or a small word are the book."""
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        body = s.text.lstrip()
        if not body.startswith("in ") or k == 0 or spans[k - 1].label != "title":
            return spans
        if _ROLE_WORD.search(text) or not _BOOK_WORDS.search(body[3:]) or _INITIAL.search(body):
            return spans
        a = s.start + (len(s.text) - len(body)) + 3
        book = Span("container-title", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], book, *spans[k + 1 :]]
    return spans


@needs(labels=["editor", "container-title"], marks=["ed"])
def edition_or_book_word_in_editors(spans: list[Span], text: str) -> list[Span]:
    """``in Book, 2nd ed., ed. John Doe`` with the edition read into the editors, or ``in Graphic Design for
    Everyone, ed. Cath Caldwell`` with the book's last word read there once the quoted chapter title is parted
    from the book: the edition to its own span, the words back to the book."""
    for k, s in enumerate(spans):
        if s.label != "editor" or k == 0 or spans[k - 1].label != "container-title":
            continue
        m = _EDITION_THEN_ROLE.fullmatch(s.text)
        if m is None:
            break
        return divided(spans, k, m.end("edition"), m.start("role"), "edition", "editor")
    return book_words_before_role(spans, text)


@needs(labels=["citation-number"], marks=[":"])
def colon_page_after_volume(spans: list[Span], text: str) -> list[Span]:
    """``… 1990), 2:45.`` with ``:45.`` read as a list number after the volume, or ``2:45.`` read as one after the
    imprint: the volume and the page of the locator."""
    if len(spans) < 2:
        return spans
    k = links_start(spans, 1) - 1  # (a link or an access date may close the reference)
    s = spans[k]
    if k < 1 or s.label != "citation-number" or ":" not in s.text:
        return spans
    m = _COLON_PAGE.fullmatch(s.text)
    if m is None or (m["volume"] is None) != (spans[k - 1].label == "volume"):
        return spans
    if m["volume"] is None:
        return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    if not _imprint_closed(spans, k):
        return spans
    return divided(spans, k, m.end("volume"), m.end("volume"), "volume", "pages")


@needs(labels=["location", "publisher", "pages"], marks=["),"])
def year_and_volume_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """``(Amsterdam: Elsevier, 2015), 1:472.`` with ``2015), 1:`` read as a place: the year closes the imprint
    and the volume opens the ``1:472`` locator."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "location" or spans[k - 1].label != "publisher" or spans[k + 1].label != "pages":
            continue
        m = _YEAR_THEN_VOLUME.fullmatch(s.text)
        if m is None:
            continue
        return divided(spans, k, m.end("year"), m.start("volume"), "date", "volume")
    return spans


@needs(labels=["note", "date"], marks=["),"])
def page_before_platform(spans: list[Span], text: str) -> list[Span]:
    """``(White River Junction, VT: Nomad Press, 2017), 23, EBSCOhost.`` with ``23, EBSCOhost.`` read as a note:
    the locator is the page, the platform the note."""
    if len(spans) < 2:
        return spans
    k = links_start(spans, 1) - 1  # (a link or an access date may close the reference)
    s = spans[k]
    if k < 1 or s.label != "note" or not _imprint_closed(spans, k) or not _PLATFORM.search(s.text):
        return spans
    m = _PAGE_THEN_PLATFORM.fullmatch(s.text)
    if m is None:
        return spans
    return divided(spans, k, m.end("page"), m.start("rest"), "pages", "note")


@needs(labels=["title", "date", "pages"], marks=["),"])
def platform_before_page(spans: list[Span], text: str) -> list[Span]:
    """``(New York: John Wiley, 1998), Net Library e-book, 52.`` with the platform read as a second title: it is
    a note on the copy read."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "title" or not _imprint_closed(spans, k) or spans[k + 1].label != "pages":
            continue
        if not _PLATFORM.search(s.text) or len(s.text.split()) > 6:
            continue
        return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
