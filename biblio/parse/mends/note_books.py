"""Mends of a Chicago note for a book: ``Name, *Title* (Place: Publisher, Year), page[, Database].``

The model reads the note's opening names into the italic title (``Henry Carroll, *Read This If You``) or the
names and the title's first words as a journal with a volume (``Institute of Contemporary Arts, *Nought to`` |
``60``), and a database named after the cited page (``166, EBSCOhost Ebooks, PDF.``) as a second publisher.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the names (a person in natural order, or a body), a comma, the italic title, the publication facts' bracket
_NOTE_BOOK = lazy_pattern(r"^(?P<names>[A-Z][^*,;:()\d]{2,80}?),\s+\*(?P<title>[^*]{2,300}?)\*\s*(?=\()")


@needs(marks="*")
def note_book_opening(spans: list[Span], text: str) -> list[Span]:
    """``Henry Carroll, *Read This If You Want …* (London: …`` with the title's first words read among the
    names, or the names and title read as a journal and volume: the names end at the comma before the italic
    title, and the title is the italic run."""
    m = _NOTE_BOOK.match(text)
    if m is None or len(m.group("names").split()) > 6:
        return spans
    a, z = m.start("title") - 1, m.end("title") + 1  # the title with its marks
    covered = [s for s in spans if s.start < z]
    if not covered or any(s.label not in ("author", "title", "journal", "container-title", "volume") for s in covered):
        return spans
    if covered[-1].end > z and text[z : covered[-1].end].strip(" ,.;:("):
        return spans  # the span runs on into the bracket's words ("(1979; reprint,"), which later mends read
    names_end = m.end("names") + 1
    head = [
        Span("author", text[:names_end], 0, names_end, covered[0].confidence),
        Span("title", text[a:z], a, z, min(s.confidence for s in covered)),
    ]
    if [(s.label, s.text.strip(" ,")) for s in covered] == [(h.label, h.text.strip(" ,")) for h in head]:
        return spans
    return [*head, *(s for s in spans if s.start >= z)]


_FACTS_CLOSE = lazy_pattern(r"\)[\s,.]*$")


@needs(labels=["publisher", "pages"])
def database_after_note_page(spans: list[Span], text: str) -> list[Span]:
    """``(London: Reaktion, 1999), 166, EBSCOhost Ebooks, PDF.`` with the database read as a second publisher:
    after the publication facts' closing bracket and the cited page, a name is where the note was read."""
    for k in range(2, len(spans)):
        s, page, before = spans[k], spans[k - 1], spans[k - 2]
        if s.label != "publisher" or page.label != "pages" or not _FACTS_CLOSE.search(before.text):
            continue
        if not any(o.label == "publisher" for o in spans[: k - 1]):
            return spans
        return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
