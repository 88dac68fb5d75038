"""Mend of ASA's chapter: ``“Title.” Pp. 1–38 in *Book*, edited by W. W. Powell and P. J. DiMaggio.
Chicago: …`` (the book in italics, or in roman before ``, edited by`` or before its imprint's ``Place:``).

The American Sociological Association's style sets a chapter's pages before the book (``Pp. 45–67
in``), the book in italics and its editors after it (``edited by …``), the editors' list closed by a
full stop that follows no initial. The model reads the rare ``in`` as a date, the book as a second
title and the editors' last initials as a publisher; the text's own marks say where each runs.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, span_within
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a capital in any language's letters ("İstanbul", "Şanlıurfa")
_CAP = r"[^\W\d_a-z\u00df-\u00ff]"
_PP_IN = lazy_pattern(
    # the Turkish translation of the form: "Ss. 453-515 içinde"
    r"\b(?:[Pp]p?|[Ss]s)\.\s*(?P<pages>\d+[a-z]?(?:\s*[-\u2013\u2014]\s*\d+[a-z]?)?)\s+(?:in|içinde)\s+"
    # Turkish names the book's editors first: "içinde Ahmet Yılmaz (ed.), Osmanlı Tarihi, İstanbul:"
    rf"(?:(?P<eds2>{_CAP}[^,()*_:]{{2,80}}?)\s*\((?:[Ee]ds?|haz|der)\.\),\s*"
    rf"(?P<plain3>{_CAP}[^.*_,:]{{2,150}}?)(?=,\s*{_CAP}[^,:;]{{1,40}}?:\s)"
    rf"|(?P<book>\*[^*]+\*|_[^_]+_)|(?P<plain>{_CAP}[^.*_]{{2,150}}?)(?=,\s*edited\s+by\s)"
    # or a roman book closed by its full stop before the imprint's "Place:" ("in Practicing History. New York:")
    rf"|(?P<plain2>{_CAP}[^.*_]{{2,200}}?)(?=\.\s+{_CAP}[^:;]{{1,40}}?:\s))\s*,?\s*"
    r"(?:(?P<eds>edited\s+by\s+.+?(?<!\b[A-Z])\.)(?=\s|$))?"
)


def _cut(s: Span, start: int, text: str) -> Span | None:
    """The part of ``s`` from ``start`` on, without leading space; None when nothing is left."""
    start = max(start, s.start)
    while start < s.end and text[start].isspace():
        start += 1
    return Span(s.label, text[start : s.end], start, s.end, s.confidence) if start < s.end else None


@needs(labels=["title"], marks=("p.", "P.", "s.", "S."), words=[" in ", " içinde "])
def pages_in_book(spans: list[Span], text: str) -> list[Span]:
    """``Pp. 1–38 in *Book*, edited by X.`` after a title: pages, the book as container, its editors (the
    book in roman where ``edited by`` or the imprint's ``Place:`` closes it); Turkish ``Ss. 453-515 içinde Editör
    (ed.), Book, Place:`` with the editors first."""
    m = _PP_IN.search(text)
    if m is None:
        return spans
    if not any(s.label == "title" and s.end <= m.start() for s in spans):
        # the quoted title read on through the pages to the book: "“Title”. Ss. 143-51 içinde Trabzon."
        k = next((k for k, s in enumerate(spans) if s.label == "title" and s.start < m.start() < s.end), None)
        if k is None or text[spans[k].start] not in '"\u201c':
            return spans
        cut = span_within(spans[k], text, spans[k].start, m.start())
        if cut is None:
            return spans
        spans = [*spans[:k], cut, *spans[k:]]  # the whole span kept too: what runs past the book is cut from it
    conf = min((s.confidence for s in spans if s.end > m.start() and s.start < m.end()), default=1.0)
    italic = m.group("book") is not None
    book = next(g for g in ("book", "plain", "plain2", "plain3") if m.group(g) is not None)
    b0, b1 = m.span(book)
    out = [s for s in spans if s.end <= m.start()]
    p0 = m.start("pages") if text[m.start()] in "Ss" else m.start()  # "Ss." is Turkish's mark, no page's part
    out.append(Span("pages", text[p0 : m.end("pages")], p0, m.end("pages"), conf))
    if m.group("eds2"):
        out.append(Span("editor", m.group("eds2"), m.start("eds2"), m.end("eds2"), conf))
    out.append(Span("container-title", text[b0 + italic : b1 - italic], b0 + italic, b1 - italic, conf))
    end = b1
    if m.group("eds"):
        e0, end = m.span("eds")
        out.append(Span("editor", text[e0:end], e0, end, conf))
    for s in spans:
        if s.end > end:
            rest = _cut(s, end, text)
            if rest is not None and rest.text.strip(" ,.;:*_"):
                out.append(rest)
    return out


# SBL's chapter without "Pp.": "“Title,” 311–357 in Book, edited by …"
_BARE_RANGE_IN = lazy_pattern(r"^(?P<pages>\d+[a-z]?\s*[-\u2013\u2014]\s*\d+[a-z]?)\s+in\s+(?=[^\W\d_])")


_BOOK_AFTER_TITLE = frozenset(["container-title", "note"])


@needs(labels=["title"], any_label=_BOOK_AFTER_TITLE, words=[" in "])
def bare_pages_before_in(spans: list[Span], text: str) -> list[Span]:
    """SBL's ``“Title,” 311–357 in Book, edited by …`` with the chapter's pages read into the book's title: a
    range of pages then ``in`` opening the container after the title are the pages, and the book follows."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label not in _BOOK_AFTER_TITLE or spans[k - 1].label != "title":
            continue
        m = _BARE_RANGE_IN.match(s.text)
        if m is None:
            return spans
        return divided(spans, k, m.end("pages"), m.end(), "pages", "container-title")
    return spans
