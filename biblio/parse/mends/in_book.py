"""Mends of the word ``in`` that opens the book or proceedings a work appeared in, read into the
names or the title: physics' ``P. W. Shor, in Proceedings of … (IEEE, Los Alamitos, CA, 1994)``
and ``Title. In OSDI, pages 137–150`` with no title read."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
_WORKS = ("title", "container-title")
# ", in Proceedings of …": a comma, then lower-case "in" and a capitalised word
_COMMA_IN = lazy_pattern(r",\s+(?P<in>in\s+)(?=[A-Z])")
# the same before a book whose name opens with its year: ", in 2019 Design, Automation & Test …"
_COMMA_IN_BOOK = lazy_pattern(r",\s+(?P<in>in\s+)(?=[*_]?[A-Z]|(?:1[6-9]|20)\d\d\s+[A-Z])")
_LEAD_IN = lazy_pattern(r"\s*in\s+(?=[*_]?[A-Z])")
# "… large clusters. In OSDI,": a sentence ends, and "In" opens the venue
_SENTENCE_IN = lazy_pattern(r"(?<=[^\W\d_]{2})[.?!]\s+(?P<in>In\s+)(?=[A-Z])")
_FAMILY_WORD = lazy_pattern(r"[^\W\d_]{2}")
# the end of a name read into the work's span: "Shor" of "P. W. Shor, in Proceedings …"
_NAME_PIECE = lazy_pattern(r"\s*(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*\s*")


@needs(any_label=_NAMES, marks=["in "])
def in_opens_book(spans: list[Span], text: str) -> list[Span]:
    """Names, a comma, then ``in Book``: the names end at the comma and the book, a container, runs
    on through the title spans after it (physics styles name no chapter title there)."""
    if not spans or spans[0].label not in _NAMES or "in " not in text:
        return spans
    if ", in " not in text and not any(s.text.startswith("in ") for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in (*_NAMES, *_WORKS):
            return spans
        m = _COMMA_IN.search(text, s.start, s.end) or (
            _LEAD_IN.match(text, s.start, s.end) if s.label in _WORKS and k > 0 else None
        )
        if m is None:
            if s.label in _WORKS:
                return spans  # a title before any "in": the model read the chapter's own title
            continue
        a = m.start("in") if "in" in m.re.groupindex else m.start()
        z, j = s.end, k + 1
        while j < len(spans) and spans[j].label in _WORKS:
            z, j = spans[j].end, j + 1
        book = Span("container-title", text[a:z], a, z, s.confidence)
        if m.re.pattern == _LEAD_IN.pattern:  # (a lazy pattern is not the compiled one a match holds)
            return [*spans[:k], book, *spans[j:]]
        names_end = m.start()
        if not _FAMILY_WORD.search(text[spans[0].start : names_end]):
            return spans
        if s.label in _WORKS and not _NAME_PIECE.fullmatch(text, s.start, names_end):
            return spans  # "Augenti, A., Ravenna e Classe: …, in Le città": a title before "in"
        first = spans[0]
        names = Span(first.label, text[first.start : names_end], first.start, names_end, first.confidence)
        return [names, book, *spans[j:]]
    return spans


# "Chap. 8," / "Chapter 3": the chapter of a book a physics reference cites, after its imprint
_CHAPTER_WORD = lazy_pattern(r"^\W*(?:Chap|Ch|Chapter)\.?\W*$")
_CHAPTER_NUMBER = lazy_pattern(r"^\s*\d{1,3}[\s,.;]*$")


def chapter_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """``(Wiley, New York, 1999), Chap. 2, pp. 5-9`` with ``Chap.`` read as a journal and ``2`` as its
    volume: the words cite the book's chapter, a note."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "journal" and _CHAPTER_WORD.match(s.text) and _CHAPTER_NUMBER.match(nxt.text):
            note = Span("note", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], note, *spans[k + 2 :]]
    return spans


def in_book_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Title, in Green's Functions in Quantum Physics (Springer, Berlin, 2006)`` read as one title:
    before a bracketed imprint, with no container read, the words after ``, in`` are the book (so too before a
    plain imprint after a comma, where the chapter's pages follow)."""
    if ", in " not in text or not labels_of(spans).isdisjoint(("container-title", "journal")):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        bracketed = nxt.label in ("publisher", "location") and nxt.text.startswith("(")
        # Wiley's and Harvard's "Title, in An American's Guide …, | U of Tennessee P, | pp. 45–61": the imprint
        # after the book's comma, and the chapter's pages
        plain = nxt.label == "publisher" and s.text.rstrip().endswith(",") and "pages" in labels_of(spans)
        if s.label != "title" or not (bracketed or plain):
            continue
        found = None
        for found in _COMMA_IN_BOOK.finditer(text, s.start, s.end):  # noqa: B007 - the last ", in" is wanted
            pass
        if found is None or not _FAMILY_WORD.search(text[s.start : found.start()]):
            return spans
        title = Span("title", text[s.start : found.start()], s.start, found.start(), s.confidence)
        book = Span("container-title", text[found.end() : s.end], found.end(), s.end, s.confidence)
        return [*spans[:k], title, book, *spans[k + 1 :]]
    return spans


def title_before_in(spans: list[Span], text: str) -> list[Span]:
    """``MapReduce: Simplified data processing. In OSDI,`` read as one container, with no title: the
    sentence before ``In`` is the title."""
    if "In " not in text:
        return spans
    if "title" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        m = _SENTENCE_IN.search(text, s.start, s.end) if s.label == "container-title" else None
        if m and len(_FAMILY_WORD.findall(text[s.start : m.start()])) >= 2:
            title = Span("title", text[s.start : m.start() + 1], s.start, m.start() + 1, s.confidence)
            book = Span("container-title", text[m.start("in") : s.end], m.start("in"), s.end, s.confidence)
            return [*spans[:k], title, book, *spans[k + 1 :]]
    return spans


# "Towards a Historical Text Re-use Detection. 221–238" then "In Text Mining: …": the title's full stop, a page
# range, and the book after "In" (the order of BibTeX-Ruby's default chapter entries)
_PAGES_CLOSING_TITLE = lazy_pattern(r"(?<=[^\W\d_]{2}[.?!])\s+(?P<pages>\d{1,5}\s*[-\u2013]\s*\d{1,5})\s*$")


@needs(labels=["title"], marks=["In "])
def pages_closing_title_before_in(spans: list[Span], text: str) -> list[Span]:
    """``Title. 221–238 In *Book*. Publisher, 2014.`` with the page range read into the title: the range between
    the title's full stop and the ``In`` that opens the book is the pages."""
    for k in range(len(spans) - 1):
        t, nxt = spans[k], spans[k + 1]
        if t.label != "title" or not nxt.text.startswith("In ") or "pages" in labels_of(spans):
            continue
        m = _PAGES_CLOSING_TITLE.search(t.text)
        if m is None:
            return spans
        a = t.start + m.start("pages")
        cut = t.start + len(t.text[: m.start()].rstrip())
        return [
            *spans[:k],
            Span("title", text[t.start : cut], t.start, cut, t.confidence),
            Span("pages", text[a : t.end], a, t.end, t.confidence),
            *spans[k + 1 :],
        ]
    return spans


# what follows a chapter's book: its editors, edition, imprint, pages or date
_AFTER_BOOK = frozenset(["editor", "edition", "publisher", "location", "pages", "date"])


@needs(labels=["title", "note"], without=["container-title", "journal"], marks=[", in "])
def in_note_is_book(spans: list[Span], text: str) -> list[Span]:
    """Wiley's and Harvard's ``Title, in Classic Works of …, Springer, pp. 57–72.`` with the book read as a note:
    after the title's comma, a note that ``in`` and a capitalised word open, before the imprint or the pages,
    is the book."""
    for k in range(len(spans) - 2):
        t, nxt, after = spans[k], spans[k + 1], spans[k + 2]
        if t.label != "title" or nxt.label != "note" or after.label not in _AFTER_BOOK:
            continue
        if not _LEAD_IN.match(nxt.text) or not t.text.rstrip().endswith(","):
            return spans
        return [*spans[: k + 1], Span("container-title", nxt.text, nxt.start, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans


# what the book's rest may be read as: a container, or (after ", in", where no journal stands) a journal
_BOOKS = frozenset(["container-title", "journal"])
_IMPRINT_LABELS = frozenset(["publisher", "location"])


@needs(labels=["title"], any_label=_BOOKS)
def in_book_read_into_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. In Sensor Fusion and Networked Robotics | VIII, volume 2589.`` (LIPIcs) or the APS's ``Title, in 2019
    Design, Automation | & Test in Europe Conference …`` with the book's first words read into the title: where the
    container follows the title, the title ends at its sentence's stop (or its comma) before ``In``, and the
    book runs from there (the APS's ``Title, in *Book: | Subtitle* Vol. 2 (…)`` read with a journal too)."""
    for k in range(len(spans) - 1):
        s, book = spans[k], spans[k + 1]
        if s.label != "title" or book.label not in _BOOKS or text[s.end : book.start].strip():
            continue
        if book.label == "journal" and not any(o.label in _IMPRINT_LABELS for o in spans[k + 2 :]):
            return spans  # a journal with no imprint after it: an article, whose title may hold ", in …"
        m = _SENTENCE_IN.search(text, s.start, s.end)
        if m is not None and book.label == "container-title":
            cut, at = m.start() + 1, m.start("in")
        else:
            found = None
            for found in _COMMA_IN_BOOK.finditer(text, s.start, s.end):  # noqa: B007 - the last ", in" is wanted
                pass
            if found is None:
                return spans
            cut, at = found.start(), found.end()
        if len(_FAMILY_WORD.findall(text[s.start : cut])) < 2:
            return spans
        title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
        whole = Span("container-title", text[at : book.end], at, book.end, min(s.confidence, book.confidence))
        return [*spans[:k], title, whole, *spans[k + 2 :]]
    return spans


# PNAS's paper in proceedings, no mark between the title and "in": "Title in Book, (Publisher, 2022), pp. 3–15."
# or "Title in SISPAD 2014, (2014)." – the book closes at the comma before the bracketed imprint or year
_COMMA_BRACKET_CLOSE = lazy_pattern(
    r",\s*\((?:[^()]*?,\s*)?(?:1[5-9]|20)\d\d[a-z]?\)(?:,\s*pp?\.\s*[\w\u2013-]+)?\.?\s*$"
)
_BARE_IN = lazy_pattern(r"\s(?P<in>in\s+)(?=[A-Z\d])")
# what names a meeting's book: its words, or a short acronym and year ("SISPAD 2014", "AAAI’22")
_VENUE_WORD = lazy_pattern(
    r"\b(?:Proceedings|Proc\.|Conference|Workshop|Symposium|Congress|Meeting|Colloquium|Summit|Forum|Advances)\b"
)
_SHORT_VENUE = lazy_pattern(r"[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*\s*['\u2019]?\s*\d{2,4}")
_QUOTE_MARKS = ("\"", "\u201c", "\u201d")


def _venue(book: str) -> bool:
    return bool(_VENUE_WORD.search(book) or _SHORT_VENUE.fullmatch(book.strip()))


@needs(labels=["title"], marks=[" in "])
def book_after_bare_in(spans: list[Span], text: str) -> list[Span]:
    """PNAS's ``P. Deka, A. Jurek-Loughrey, Title in International Conference on Health Information Science,
    (Springer, 2022), pp. 3–15.`` with the proceedings read into the title: no mark parts them, but the comma
    before the bracketed imprint closes the book, which opens on the last ``in`` whose words name a meeting
    (``Proceedings of …``, ``35th Annual IEEE International Conference …``, ``SISPAD 2014``)."""
    close = _COMMA_BRACKET_CLOSE.search(text)
    if close is None:
        return spans
    end = close.start()
    for k, s in enumerate(spans):
        if s.label != "title" or s.start >= end or k == 0:
            continue
        if spans[k - 1].label not in _NAMES or any(q in text[s.start : end] for q in _QUOTE_MARKS):
            return spans
        # (the book's year read apart before the comma: "in SISPAD | 2014, (2014).")
        if any(o.label not in _RUN_INTO_BOOK for o in spans[k + 1 :] if o.start < end):
            return spans
        # (the last "in" whose words name a meeting: a title's own "… Detection in Finnish Newspapers, 1771-1910 in
        # Proceedings of …" comes before it, a book's own "Advances in Neural …" after it)
        for m in reversed(list(_BARE_IN.finditer(text, s.start, end))):
            book = text[m.end() : end]
            if not _venue(book) or len(_FAMILY_WORD.findall(text[s.start : m.start()])) < 3:
                continue
            title = Span("title", text[s.start : m.start()], s.start, m.start(), s.confidence)
            whole = Span("container-title", book, m.end(), end, s.confidence)
            return replaced(spans, text, s.start, end, [title, whole])
        return spans
    return spans


_RUN_INTO_BOOK = frozenset(["title", "date", "volume", "note", "other", "container-title", "journal", "location"])


# what follows a book's own title: its edition, its imprint or its date
_AFTER_OWN_BOOK = frozenset(["edition", "publisher", "location", "date"])
_NOT_A_BOOK_READING = frozenset(["editor", "journal", "volume", "pages"])


@needs(labels=["title", "container-title"], without=["editor", "journal", "volume", "pages"], marks=[" in "])
def title_word_in_read_as_book(spans: list[Span], text: str) -> list[Span]:
    """``Administrative Behaviour: A Study of Decision-Making Processes in Administrative Organization (3rd
    edn) (The Free Press, New York).`` with the title's own lower-case ``in`` read as a chapter's: a book
    named after a title with no stop between them, no editor and no pages, is the title's end."""
    if any(s.label in _NOT_A_BOOK_READING for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s, prev = spans[k], spans[k - 1]
        if s.label != "container-title" or prev.label != "title" or _LEAD_IN.match(s.text) is None:
            continue
        gap = text[prev.end : s.start]
        if gap.strip() or not prev.text.rstrip()[-1:].isalnum() or spans[k + 1].label not in _AFTER_OWN_BOOK:
            return spans
        if _venue(s.text) or any(mark in t for t in (s.text, prev.text) for mark in "*_"):
            # PNAS's "Title in International Conference on …": a meeting's book; italics part the title from what
            # follows it ("*Bayesian Data Analysis* Chapman & Hall Texts in …")
            return spans
        title = Span("title", text[prev.start : s.end], prev.start, s.end, prev.confidence)
        return [*spans[: k - 1], title, *spans[k + 1 :]]
    return spans


# a book's span that the lone word before it opens
_BOOK_AFTER_IN = frozenset(["container-title", "journal"])
# what a lone "In" may be read as
_LONE_IN_LABELS = frozenset(["note", "journal", "container-title"])


@needs(any_label=_BOOKS, marks=[" In "])
def lone_in_before_book(spans: list[Span], text: str) -> list[Span]:
    """``Title. In Proceedings of … (CHI ’08). ACM, …`` with ``In`` read alone, as a note or as a journal, before
    the proceedings' span: the word opens that span, as where it is read into it."""
    if " In " not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _LONE_IN_LABELS or s.text.strip() != "In" or nxt.label not in _BOOK_AFTER_IN:
            continue
        if text[s.end : nxt.start].strip():
            return spans
        book = Span(nxt.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], book, *spans[k + 2 :]]
    return spans


# Vancouver's "In: Finger S. Handbook of clinical neurology." with the editor's role left out: the names in
# Vancouver's form (family name, glued initials) and their full stop, then the book
_IN_VANCOUVER_NAMES = lazy_pattern(
    r"^(?:In:\s+)?(?P<names>[A-Z][\w'’-]+\s[A-Z]{1,3}(?:,\s+[A-Z][\w'’-]+\s[A-Z]{1,3})*)\.\s+(?=[A-Z])"
)


@needs(labels=["container-title"], without=["editor"], marks=["In: "])
def vancouver_names_opening_book(spans: list[Span], text: str) -> list[Span]:
    """``In: Finger S. Handbook of clinical neurology. Vol. 95.`` read as one book: the Vancouver names after
    ``In:`` (their ``editor`` word left out) are the book's editors, the book's title follows their full stop."""
    for k, s in enumerate(spans):
        if s.label != "container-title" or (m := _IN_VANCOUVER_NAMES.match(s.text)) is None:
            continue
        if not s.text.startswith("In:") and not text[: s.start].rstrip().endswith("In:"):
            continue  # (no "In:" before it: a journal's abbreviated name, "Br J. Surg")
        a, z, book = s.start + m.start("names"), s.start + m.end("names"), s.start + m.end()
        return [
            *spans[:k],
            Span("editor", text[a:z], a, z, s.confidence),
            Span("container-title", text[book : s.end], book, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
