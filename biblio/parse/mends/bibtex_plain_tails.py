"""Mends of an article's and a report's tail as BibTeX's standard styles (plain, abbrv, alpha, unsrt and those
built on them) print it: ``Title. Journal, 59(1):65--98, 2017.`` and ``Title. Technical report, Body,
2016.``

- The journal after the title's full stop, then the volume joined to the pages by a colon: where the labeller
  reads a journal it does not know (``EPJ Web of Conferences``) into the title, the title's last sentence
  before the numbers is the journal.
- The kind of report after the title's full stop: where the labeller reads ``Technical report`` into the title,
  it is the report's genre.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "… language. EPJ Web of Conferences, 295:06012, 2024": the title's full stop, a journal's name with no full
# stop of its own (an abbreviated journal, "J. Chem. Phys.", is left as the labeller reads it), the volume, an
# issue in brackets, the colon and the pages, then the year (after a month) closing the sentence
_PLAIN_ARTICLE = lazy_pattern(
    r"[.?!]\s+(?P<journal>[A-Z][^.?!;:]{2,80}?)\s*,\s*(?P<volume>\d{1,5})(?:\s*\((?P<issue>[^()]{1,12})\))?"
    r":\s*(?P<pages>[A-Za-z]?\d[\w\u2013-]*)\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[6-9]|20)\d\d\b"
)
_PARTS = (("journal", "journal"), ("volume", "volume"), ("issue", "issue"), ("pages", "pages"))
# "…(FITS). Technical report" / ". Tech. rep." closing the title
_REPORT_CLOSING = lazy_pattern(r"[.?!)]\s*\.?\s+(?P<genre>(?:Technical|Tech\.)\s+[Rr]ep(?:ort|\.)?)\s*,?\s*$")


@needs(labels=["title"], marks=[":"])  # (the volume's colon)
def journal_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``… pure Julia programming language. EPJ Web of Conferences, 295:06012, 2024.`` with the journal (and
    the volume) read into the title: the sentence before the volume's colon is the journal."""
    for m in _PLAIN_ARTICLE.finditer(text):
        a = m.start("journal")
        title = next((t for t in spans if t.label == "title" and t.start < a < t.end), None)
        if title is None or len(m.group("journal").split()) > 10:
            continue
        z = m.start() + 1
        new = [Span("title", text[title.start : z], title.start, z, title.confidence)]
        new += [Span(label, m.group(g), m.start(g), m.end(g), title.confidence) for g, label in _PARTS if m.group(g)]
        return replaced(spans, text, title.start, m.end("pages"), new)
    return spans


@needs(labels=["title"], marks=["Technical", "Tech."])
def report_kind_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Definition of the … (FITS). Technical report, | International Astronomical Union,`` with the kind of
    report read into the title: it is the genre."""
    for k, t in enumerate(spans):
        if t.label != "title":
            continue
        m = _REPORT_CLOSING.search(t.text)
        if m is None:
            continue
        return divided(spans, k, len(t.text[: m.start("genre")].rstrip()), m.start("genre"), "title", "genre")
    return spans


# "In Classic works of …, " opening the book after the title's full stop, "pages 57–72." after it
_IN_BOOK = lazy_pattern(r"In\s+[A-Z0-9]")
_PAGES_WORD = lazy_pattern(r"\s*(?:pages|pp\.)\s*\d")


@needs(labels=["title", "note", "pages"])
def book_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """``Title. | In Classic works of the Dempster-Shafer theory …, | pages 57–72.`` with the book read as a
    note: between the title and BibTeX's ``pages``, the words after ``In`` are the book."""
    for k in range(1, len(spans) - 1):
        t, n, p = spans[k - 1], spans[k], spans[k + 1]
        if n.label != "note" or t.label != "title" or p.label != "pages":
            continue
        if _IN_BOOK.match(n.text) and _PAGES_WORD.match(p.text):
            return [*spans[:k], Span("container-title", n.text, n.start, n.end, n.confidence), *spans[k + 1 :]]
    return spans
