"""Mends of a geological survey's report series read as a journal: the USGS's ``Title: U.S. Geological
Survey Scientific Investigations Report 2010–5109, 379 p.``, ``…: U.S. Geological Survey Techniques and
Methods, book 6, chap. A55, 197 p., https://doi.org/…`` and ``…: U.S. Geological Survey data release, URL``,
as the survey's own reference lists (and those of the many documents that cite its reports) write them.

The survey is the publisher; the series with the report's number is the kind of report (its genre, as
``US Geological Survey Open-File Report 83-623`` is read in the Harvard lists); the page count (``379 p.``) is
the page, as the labelled data store a report's count, and a Techniques and Methods volume's ``book 6, chap. A55``
is no field. The labeller read the series as a journal, its number as a volume and the page count as a page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_SURVEY = r"(?:U\.\s?S\.|US|United\s+States)\s+Geological\s+Survey"
_SERIES = (
    r"(?:Scientific\s+Investigations\s+(?:Report|Map)|Open[-\u2013\s]File\s+Report|Professional\s+Paper|Circular"
    r"|Bulletin|Fact\s+Sheet|Data\s+Series|Water[-\s]Resources\s+Investigations(?:\s+Report)?"
    r"|Water[-\s]Supply\s+Paper|Techniques\s+and\s+Methods|[Dd]ata\s+[Rr]elease|[Ss]oftware\s+[Rr]elease)"
)
# the report's number ("2010–5109", "83-623", "1350"), then a volume's book and chapter and the page count
_TITLE_TAILS = frozenset(["journal", "container-title", "source"])
_REPORT = lazy_pattern(
    rf"(?P<body>{_SURVEY})\s+(?P<genre>{_SERIES}(?:\s+[A-Z]?\d[\w\u2013-]*)?)"
    r"(?P<rest>(?:,\s*book\s+\d+,\s*chap\.\s*[\w.]+)?)(?:,\s*(?P<count>\d+\s*p\.))?"
)


@needs(any_label=["journal", "container-title", "source", "publisher", "title"], words=("geological survey",))
def survey_series_apart(spans: list[Span], text: str) -> list[Span]:
    """``U.S. Geological Survey Scientific Investigations Report 2010–5109, 379 p.`` after a title, read as a
    journal with a volume and pages: the survey is the publisher, the series and number the genre."""
    m = _REPORT.search(text)
    if m is not None:
        spans = _title_cut_at_colon(spans, text, m.start())
    titles = [k for k, s in enumerate(spans) if s.label == "title" and s.end <= m.start() + 1] if m else []
    if m is None or not titles:
        return spans
    inside = [s for s in spans if s.start < m.end() and s.end > m.start()]
    if any(s.label in ("title", "author", "date", "url", "doi") for s in inside):
        return spans
    sure = min(s.confidence for s in inside) if inside else 1.0
    new = [
        Span("publisher", m.group("body"), m.start("body"), m.end("body"), sure),
        Span("genre", m.group("genre"), m.start("genre"), m.end("genre"), sure),
    ]
    if m.group("rest"):
        new.append(Span("note", m.group("rest"), m.start("rest"), m.end("rest"), sure))
    if m.group("count"):
        new.append(Span("pages", m.group("count"), m.start("count"), m.end("count"), sure))
    out = replaced(spans, text, m.start(), m.end(), new)
    # the title runs to the colon before the survey ("… Bad River Watershed, Wisconsin: U.S. …"), the
    # labeller read its last words as a journal; a link after the page count was read as pages
    k = next(i for i, s in enumerate(out) if s.label == "title" and s.start == spans[titles[-1]].start)
    j = k + 1
    while j < len(out) and out[j].label in _TITLE_TAILS and out[j].end <= m.start():
        j += 1
    if j > k + 1:
        t = out[k]
        out = [*out[:k], Span("title", text[t.start : out[j - 1].end], t.start, out[j - 1].end, t.confidence), *out[j:]]
    return [_link(s, text) if s.start >= m.end() else s for s in out]


_COLON_END = lazy_pattern(r":\s*$")
_PAGE_COUNT = lazy_pattern(r"^\d+\s*p\.,?$")


def _title_cut_at_colon(spans: list[Span], text: str, survey: int) -> list[Span]:
    """``Map projections-A working manual: U.S. Geological Survey Professional Paper 1395`` read as one
    title or one journal: the words before the colon are the title, the survey's part is cut off to be
    read as the report's series."""
    colon = _COLON_END.search(text, 0, survey)
    k = next((i for i, s in enumerate(spans) if s.label in ("title", *_TITLE_TAILS)
              and s.start < (colon.start() if colon else 0) and s.end > survey), None)
    if colon is None or k is None:
        return spans
    s, cut = spans[k], colon.start() + 1
    return [*spans[:k], Span("title", text[s.start : cut], s.start, cut, s.confidence),
            Span("journal", text[survey : s.end], survey, s.end, s.confidence), *spans[k + 1 :]]


def _link(s: Span, text: str) -> Span:
    """A span after the report's parts that holds only a link: the DOI's or the address's; the page
    count after a place (``Reston, Virginia, 28 p.``) is no field either."""
    if s.label == "pages" and _PAGE_COUNT.match(s.text.strip()):
        return Span("note", s.text, s.start, s.end, s.confidence)
    bare = s.text.strip(" ,.;")
    if s.label in ("pages", "volume", "issue", "note") and bare.startswith(("http", "doi:", "10.")):
        label = "doi" if "doi" in bare[:20] or bare.startswith("10.") else "url"
        return Span(label, s.text, s.start, s.end, s.confidence)
    return s


# the survey's versioned release before its colon: "Title (ver. 1.1, June 2025): U.S. Geological Survey data release"
_RELEASE = lazy_pattern(
    r"\((?:ver\.|version)\s*(?P<number>\d+(?:\.\d+)*)(?:,\s*(?P<date>[A-Z][a-z]+\.?\s+(?:1[89]|20)\d\d))?\)\s*:\s*"
    + _SURVEY
)


@needs(labels=["title"], marks=["(ver"], words=("geological survey",))
def survey_release_version(spans: list[Span], text: str) -> list[Span]:
    """``Title (ver. 1.1, June 2025): U.S. Geological Survey data release`` with the bracket read into the
    title, the publisher or a note: the bracket names the release's version and the month it was revised (no
    date of the work's own, which the year after the authors gives); the title ends before it."""
    m = _RELEASE.search(text)
    if m is None or not any(s.label == "title" and s.start < m.start() for s in spans):
        return spans
    close = text.index(")", m.start()) + 1
    inside = [s for s in spans if s.start < close and s.end > m.start()]
    # (the month the release was revised, read as a date, is inside it: the work's year is the one after the names)
    if not inside or any(s.label in ("author", "url", "doi") for s in inside):
        return spans
    sure = min(s.confidence for s in inside)
    a = m.start() + 1  # the word and the number: "ver. 1.1"
    new = [Span("version", text[a : m.end("number")], a, m.end("number"), sure)]
    if m["date"]:
        new.append(Span("note", m["date"], m.start("date"), m.end("date"), sure))
    return replaced(spans, text, m.start(), close, new)
