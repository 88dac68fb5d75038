"""BibTeX's plain styles' ``In Book, volume 331 of LIPIcs, pages 17:1–17:15. Publisher, 2025.`` (and Quantum's
``In *Book*. Volume 293 of *Lecture Notes in Computer Science*, pages 369–378. Springer (1987).``)

The standard BibTeX styles (plain, plainurl, alpha, amsplain's ``vol.``) write a volume in a series as
``volume N of Series`` after the book's title, then ``pages …``, the publisher and the year.  The
model reads the series as a journal and the book as a note, or runs book, series, pages and
publisher into one container; the words themselves say where each part runs.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SENTENCE_BREAK
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# ", volume 331 of " / ", vol. 6323 of " (Quantum's biblatex: ". Volume 293 of "): the book before it, the
# series after it
# (a report series' number too: "volume B-2024-1 of Department of Computer Science Report Series B"; a part of a
# volume, an excavation report's "Vol. 4.3 of *The Excavations at Dura-Europos*")
_VOLUME_OF = lazy_pattern(
    r"(?:,\s+(?:volume|vol\.)|\.\s+(?:Volume|Vol\.))\s+(\d{1,5}(?:\.\d{1,3})?|[A-Z]{1,3}-\d{1,4}(?:-\d{1,4})?)\s+of\s+(?=\S)"
)
# "In " opening the book's title after the part's title: "…Transform. In CPM, volume …", "“The Lamps.” In *Book*"
_IN = lazy_pattern(r"(?:(?<=[.,”\"])\s+|^)[*_]?In\s+(?=\S)")
# ", pages 17:1–17:15" / ", pp. 180–195": the part's pages, closed by a full stop or comma
_PAGES = lazy_pattern(r",\s+(?:pages|pp\.)\s+(?P<pages>[\w:]+(?:\s*[-\u2013\u2014]+\s*[\w:]+)?)(?=[.,]?(?:\s|$))")
# SIAM's "vol. 122 of J. Comput. Appl. Math., 2000, pp. 1-21": an abbreviated series closed by the year
_SERIES_BEFORE_YEAR = lazy_pattern(r"(?P<series>[A-Z][^,;()]{1,80}?),\s+(?:1[6-9]|20)\d\d[.,](?:\s|$)")
_BARE = " .,;:*_"
# Chicago's note imprint after the series: " (Oxford: Wiley-Blackwell, 2010)", " (Springer, 1999)"
_BRACKETED_IMPRINT = lazy_pattern(r"[*_]?\s+\((?=[^()]*\b1[5-9]\d\d|[^()]*\b20\d\d)[^()]*\)")
# ", editors, " after the editors' names (the role word may have been read into their span)
_ROLE_AFTER = lazy_pattern(r"[\s,]*(?:(?:editors?|eds?\.)[\s,]*)?")
_WORKS = frozenset(["title", "journal", "container-title", "collection-title", "note"])
_IMPRINT = frozenset(["publisher", "location", "date", "doi", "url", "isbn", "note"])


def _replaced(spans: list[Span], a: int, z: int, new: list[Span]) -> list[Span]:
    """``spans`` with the text from offset ``a`` to ``z`` read as ``new``; a span running across an
    edge keeps its part outside."""
    before: list[Span] = []
    after: list[Span] = []
    for s in spans:
        if s.end <= a:
            before.append(s)
        elif s.start >= z:
            after.append(s)
        else:
            # (a part that is only punctuation or "In " goes into no field)
            if s.start < a and s.text[: a - s.start].strip(_BARE):
                before.append(Span(s.label, s.text[: a - s.start], s.start, a, s.confidence))
            if s.end > z and s.text[z - s.start :].strip(_BARE):
                after.append(Span(s.label, s.text[z - s.start :], z, s.end, s.confidence))
    return [*before, *new, *after]


def _confidence(spans: list[Span], a: int, z: int) -> float:
    inside = [s.confidence for s in spans if s.start < z and s.end > a]
    return min(inside) if inside else 0.5


def _span(label: str, text: str, a: int, z: int, confidence: float) -> Span:
    return Span(label, text[a:z], a, z, confidence)


@needs(marks=("vol", "Vol"))  # (``volume N of``, ``Vol. N of``)
def volume_of_series(spans: list[Span], text: str) -> list[Span]:
    """``In CPM, volume 331 of LIPIcs, pages 17:1–17:15. Schloss Dagstuhl, 2025.`` or a book's
    ``Representation theory, volume 129 of Graduate Texts in Mathematics. Springer,``: the work
    before ``volume N of`` (the container after ``In``, else the title), the volume, the series,
    the pages, and the publisher after them."""
    m = _VOLUME_OF.search(text)
    if m is None:
        return spans
    title = next((s for s in spans if s.label == "title"), None)
    opening = title.end if title is not None and title.end <= m.start() else 0
    book_in = None
    for found in _IN.finditer(text, max(0, opening - 1), m.start()):
        book_in = found
    pages = _PAGES.match(text, text.find(",", m.end()) if "," in text[m.end() :] else len(text))
    closing = _SERIES_BEFORE_YEAR.match(text, m.end()) if pages is None else None
    if closing is not None and _abbreviated(closing.group("series")):
        series_end: int | None = closing.end("series")
    else:
        series_end = pages.start() if pages else _series_end(text, m.end())
    if series_end is None or series_end <= m.end():
        return spans
    conf = _confidence(spans, m.start(), series_end)
    new: list[Span] = []
    a = m.start()
    if book_in is not None:
        a, book = book_in.start(), book_in.end()
        # "In D. Precup and Y. W. Teh, editors, Proceedings …": the editors read before the book stay
        editors = [e for e in spans if e.label == "editor" and a <= e.start and e.end <= m.start()]
        if editors and (role := _ROLE_AFTER.match(text, editors[-1].end)) is not None:
            a = book = role.end()
        new.append(_span("container-title", text, book, m.start(), conf))
    elif title is None or title.start >= m.start():
        # (no title before the volume, or only the series read as one: the work before the volume is the title)
        k, head = next(((k, s) for k, s in enumerate(spans) if s.end >= m.start() and s.start < m.start()), (0, None))
        if head is not None and head.label == "edition" and k > 0 and spans[k - 1].label in _WORKS:
            # "*Title*, 2nd ed., vol. 1 of": the edition stands between the title and the volume
            work = spans[k - 1]
            new.append(_span("title", text, work.start, work.end, conf))
            new.append(head)
            a = work.start
        elif head is None or head.label not in _WORKS:
            return spans
        else:
            a = head.start
            new.append(_span("title", text, a, m.start(), conf))
    new.append(_span("volume", text, m.start(1), m.end(1), conf))
    new.append(_span("collection-title", text, m.end(), series_end, conf))
    z = series_end
    if pages:
        new.append(_span("pages", text, pages.start("pages"), pages.end("pages"), conf))
        z = pages.end()
    out = _replaced(spans, a, z, new)
    # the words between the pages and the year are the imprint, and those after the year a note
    dated = False
    for k in range(out.index(new[-1]) + 1, len(out)):
        s = out[k]
        dated = dated or s.label == "date"
        # (Quantum's "pages 369–378. Springer (1987)": the name left of the pages' span is the imprint too)
        if s.label in _WORKS and s.label != "note" or s.label == "pages" and not any(c.isdigit() for c in s.text):
            out[k] = _imprint(s) if not dated else Span("note", s.text, s.start, s.end, s.confidence)
    return out


def _abbreviated(series: str) -> bool:
    """Whether each full stop in ``series`` closes a short word, as a journal's abbreviation has them (``J. Comput.
    Appl. Math.``): a long word's closes a sentence (``… Artificial Intelligence. Elsevier``)."""
    return all(len(word) <= 8 for word in series.split() if word.endswith("."))


def _imprint(s: Span) -> Span:
    """``s`` as the publisher, without the full stop and space it may open with."""
    lead = len(s.text) - len(s.text.lstrip(" .,;"))
    if lead == len(s.text):
        return Span("note", s.text, s.start, s.end, s.confidence)
    return Span("publisher", s.text[lead:], s.start + lead, s.end, s.confidence)


def _series_end(text: str, start: int) -> int | None:
    """Where a series named without pages ends: at the first full stop after a word, or where a note's
    imprint opens in brackets (Chicago's ``vol. 1 of *Series* (Oxford: Wiley, 2010), 12``); a series in italics
    ends where they close (``Vol. 2 of *Scavi di Luni*, ed. A. Frova, pp. 557–67.``)."""
    mark = text[start : start + 1]
    if mark in ("*", "_") and (close := text.find(mark, start + 1)) > start + 1:
        return close + 1
    m = SENTENCE_BREAK.search(text, start)
    end = m.start() if m else None
    if (bracket := _BRACKETED_IMPRINT.search(text, start, end if end is not None else len(text))) is not None:
        return bracket.start()
    return end
