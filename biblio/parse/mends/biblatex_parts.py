"""Mends of biblatex's entries (the ACM's biblatex style among them): ``*Science*, 378, 6624, 1092–1097.``,
``In: *Proceedings …, Montreal, Canada, 19-27 August 2021*. Ed. by Z. Zhou. ijcai.org, 4492–4499.`` and
``In: *NeurIPS 2022 Competition Track*. PMLR, 189–203.``; biblatex's standard style's
``In: Journal of the ACM 46.5 (Sept. 1999), pages 720–748.`` and ``In: Proceedings of … Applications. OOPSLA ’02.
Seattle, Washington, USA: ACM, 2002,``

biblatex sets a journal's volume, number and pages apart by commas, the proceedings' title in italics
(with the meeting's place and days inside them), the editors after ``Ed. by`` and then the publisher.
The model reads the number into the volume or the pages, cuts the italic title at its place or days,
runs the publisher into the editors, or reads it into the italic title before it. The standard style
writes a journal's volume and number as ``46.5`` before the bracketed date, and a proceedings' series
(the ACM's short name ``OOPSLA ’02``, ``HOPL-II``) as a sentence of its own after the title: the model
reads the volume and number into the journal or the date, and the series into the proceedings' title.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, emphasis_runs, replaced, spans_over
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_JOURNALS = frozenset(["journal", "container-title"])
# "1, 1/2," read as the volume: the volume, then the number
_VOLUME_THEN_ISSUE = lazy_pattern(
    r"\s*(?P<volume>(?!(?:1[6-9]|20)\d\d\b)\d{1,5}),\s+(?P<issue>\d{1,5}(?:[/\u2013-]\d{1,5})?),?\s*"
)
# a year (MDPI's "Journal 2012, 70, 520–533"), which is no volume
_YEAR = lazy_pattern(r"\s*(?:1[6-9]|20)\d\d\b")
# "6624, 1092–1097." read as the pages: the number, then the page range
_ISSUE_THEN_PAGES = lazy_pattern(r"\s*(?P<issue>\d{1,5}(?:/\d{1,5})?),\s+(?P<pages>\d+\s*[\u2013-]\s*\d+)\.?\s*")
# "Ed. by A. Rogers, J. Boyd-Graber, and N. Okazaki." — the names end with the first full stop after a family name
_EDITED_BY = lazy_pattern(
    r"\s*Ed\.\s+by\s+(?:(?:[A-Z]\.\s*(?:-?[A-Z]\.\s*)*)?[A-Z][\w'\u2019-]+(?:,\s+(?:and\s+)?|\s+and\s+|\.))+"
)
# the run's tail after the italic title: the editors, the volume of a series, the series and the publisher,
# ". Ed. by Dale Miller. Vol. 84. Leibniz International Proceedings in Informatics (LIPIcs). Schloss Dagstuhl,"
_EDITED_SERIES_TAIL = lazy_pattern(
    r"\*?\.\s+(?P<editor>Ed\.\s+by\s+[A-Z][^()]{1,200}?)\.\s+Vol\.\s+(?P<volume>\d{1,5})\.\s+"
    r"(?P<series>[A-Z][^.]{2,120}?)\.\s+(?P<publisher>[A-Z][^.,;:]{1,80}?),\s*"
)
# a book's tail after its italic title: the volume of a series, then the series, ". Vol. 1. Encyclopedia of …."
_BOOK_TITLES = frozenset(["title", "container-title"])
_IN_BEFORE = lazy_pattern(r"\bIn:?\s*[*_]*\s*$")
_SERIES_VOLUME_TAIL = lazy_pattern(r"\*?\.\s+(?P<volume>Vol\.\s+\d{1,5}\.)\s+(?P<series>[A-Z][^.*_]{2,120}?)\.\s*")
# the run's tail after the italic title: ". PMLR," before the pages
_TAIL_PUBLISHER = lazy_pattern(r"\*?\.\s+(?P<publisher>[A-Z][\w.&' -]{1,60}?),\s*")
_IN_RUN = frozenset(["location", "date", "collection-title", "note", "publisher"])
# "In: Information and Computation 132.2 (Feb. 1997), pages" / "1.OOPSLA (Oct. 2017), 95:1–95:25."
_VOLUME_DOT_NUMBER = lazy_pattern(
    r"(?<![\w.])In:\s+(?P<journal>[^()\u201c\u201d]{2,200}?)\s+(?P<volume>\d{1,5})\."
    r"(?P<issue>\d{1,4}(?:[-\u2013]\d{1,4})?|[A-Z]{3,10})\s+"
    rf"\((?P<date>(?:{ENGLISH_MONTH}\.?\s+)?(?:1[6-9]|20)\d\d)\)"
    r"(?:,\s+(?P<pages>(?P<art>\d{1,5}):\d{1,5}\s*[-\u2013]\s*(?P=art):\d{1,5}))?"
)
_AROUND_NUMBERS = frozenset(["journal", "container-title", "volume", "issue", "date", "pages"])
# "In: Proceedings of … Applications. OOPSLA ’02. Seattle" — the series a sentence after the title: an
# acronym (two capitals at least) or a short name with its year, "Haskell ’11", "HOPL-II", "OOPSLA 2016"
_SERIES_SENTENCE = lazy_pattern(
    r"(?<![\w.])In:\s+(?P<book>[^.\u201c\u201d]{10,300}?)\.\s+"
    r"(?P<series>(?:[A-Z][a-z]*[A-Z][A-Za-z]*(?:-[IVX]+)?(?:\s+(?:['\u2019]\d\d|(?:19|20)\d\d))?"
    r"|[A-Z][a-z]+\s+(?:['\u2019]\d\d|(?:19|20)\d\d)))\.\s"
)


@needs(labels=["volume"])
def issue_between_commas(spans: list[Span], text: str) -> list[Span]:
    """``*Science*, 378, 6624, 1092–1097.`` with the number read into the pages, or ``1, 1/2, 139–168.``
    with it read into the volume: after the journal, the volume, the number and the page range."""
    for k in range(1, len(spans) - 1):
        jr, vol, nxt = spans[k - 1], spans[k], spans[k + 1]
        if jr.label not in _JOURNALS or vol.label != "volume" or nxt.label != "pages" or _YEAR.match(vol.text):
            continue
        if (m := _VOLUME_THEN_ISSUE.fullmatch(vol.text)) is not None:
            return [*spans[:k], *_parts(vol, m, ("volume", "issue")), *spans[k + 1 :]]
        if vol.text.rstrip().endswith(",") and (m := _ISSUE_THEN_PAGES.fullmatch(nxt.text)) is not None:
            # "8, 1945, 39-52": a year between the volume and the pages is the date, not the number
            first = "date" if _YEAR.fullmatch(m["issue"]) else "issue"
            issue, pages = _parts(nxt, m, ("issue", "pages"))
            return [
                *spans[: k + 1],
                Span(first, issue.text, issue.start, issue.end, issue.confidence),
                pages,
                *spans[k + 2 :],
            ]
    return spans


def _parts(s: Span, m: re.Match[str], groups: tuple[str, str]) -> list[Span]:
    return [Span(g, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence) for g in groups]


@needs(labels=["editor"], marks=["Ed."])
def editors_end_at_names(spans: list[Span], text: str) -> list[Span]:
    """``Ed. by J. Jaffar. Springer`` read as one editor span: the editors end with their names' full
    stop; the words after them, before the pages, are the publisher."""
    for k, s in enumerate(spans):
        m = _EDITED_BY.match(s.text) if s.label == "editor" else None
        if m is None or not s.text[m.end() :].strip(" ,.") or k + 1 >= len(spans):
            continue
        if spans[k + 1].label not in ("pages", "location"):
            continue
        z = s.start + m.end()
        editor = Span("editor", text[s.start : z], s.start, z, s.confidence)
        return [*spans[:k], editor, Span("publisher", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["container-title"], marks=["*", "_"])
def italic_container_whole(spans: list[Span], text: str) -> list[Span]:
    """``In: *Proceedings of …, Virtual Event / Montreal, Canada, 19-27 August 2021*.`` cut at the place
    or the days: a container that opens an emphasis run takes the whole run (the meeting's place and
    days are part of the italic title)."""
    for run in emphasis_runs(text):
        a, z = run.text_start, run.text_end
        for k, s in enumerate(spans):
            if s.label not in _JOURNALS or not s.start <= a < s.end < z:
                continue
            j = k + 1
            while j < len(spans) and spans[j].start < z and spans[j].label in _IN_RUN:
                j += 1
            if j == k + 1 or spans[j - 1].end < z:
                break
            last = spans[j - 1]
            whole = Span(s.label, text[s.start : z], s.start, z, s.confidence)
            rest = Span(last.label, text[z : last.end], z, last.end, last.confidence)
            return [*spans[:k], whole, *([rest] if rest.text.strip(" *_.,") else []), *spans[j:]]
    return spans


# "*Proceedings of … Machine Learning-Volume 70*": the proceedings' volume word closing the container's text
_VOLUME_WORD_CLOSES = lazy_pattern(r"(?:\s|-|\s-\s)Volume\s*$")


@needs(labels=["container-title", "volume"], marks=["*", "_"])
def italic_volume_in_container(spans: list[Span], text: str) -> list[Span]:
    """Springer's ``in *Proceedings of the 34th International Conference on Machine Learning-Volume 70* (2017)``
    with the volume's number read apart from the container: inside the italic run, ``Volume 70`` is part of the
    proceedings' title, as the ACM's ``… - Volume 2`` is."""
    for run in emphasis_runs(text):
        for k in range(len(spans) - 1):
            s, v = spans[k], spans[k + 1]
            if s.label != "container-title" or v.label != "volume" or not s.start <= run.text_start < s.end:
                continue
            if v.end < run.text_end or v.start > run.text_end or not _VOLUME_WORD_CLOSES.search(s.text):
                continue
            whole = Span(s.label, text[s.start : run.text_end], s.start, run.text_end, s.confidence)
            return [*spans[:k], whole, *spans[k + 2 :]]
    return spans


@needs(labels=["container-title", "pages"], marks=["*", "_"])
def publisher_after_italic_container(spans: list[Span], text: str) -> list[Span]:
    """``In: *NeurIPS 2022 Competition Track*. PMLR, 189–203.`` read as one container: the italic title
    ends with its run; the words after it, before the pages, are the publisher."""
    for run in emphasis_runs(text):
        for k in range(len(spans) - 1):
            s = spans[k]
            if s.label != "container-title" or not s.start <= run.start < run.end < s.end:
                continue
            if spans[k + 1].label != "pages":
                break
            m = _TAIL_PUBLISHER.fullmatch(text, run.text_end, s.end)
            if m is None:
                break
            a, b = m.span("publisher")
            head = Span(s.label, text[s.start : run.end], s.start, run.end, s.confidence)
            return [*spans[:k], head, Span("publisher", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["date"], marks=("In:",))
def volume_dot_number_before_date(spans: list[Span], text: str) -> list[Span]:
    """biblatex's ``In: Journal of the ACM 46.5 (Sept. 1999), pages`` with ``46.5`` read into the journal,
    the volume or the date: the numbers before the bracketed date are the volume and, after the dot, the
    number (a count or PACMPL's ``OOPSLA``); an article's ``95:1–95:25`` after the date is its pages."""
    m = _VOLUME_DOT_NUMBER.search(text)
    if m is None:
        return spans
    a, z = m.start("journal"), m.end()
    inside = spans_over(spans, a, z, _AROUND_NUMBERS)
    if not inside or inside[0].label not in _JOURNALS or inside[0].start > a:
        return spans
    label = inside[0].label
    parts = [(label, "journal"), ("volume", "volume"), ("issue", "issue"), ("date", "date"), ("pages", "pages")]
    new = [Span(lab, m[g], m.start(g), m.end(g), inside[0].confidence) for lab, g in parts if m[g]]
    return replaced(spans, text, a, z, new)


@needs(labels=["container-title"], marks=("In:",))
def series_sentence_after_proceedings(spans: list[Span], text: str) -> list[Span]:
    """biblatex's ``In: Proceedings of … Applications. OOPSLA ’02. Seattle, Washington, USA: ACM, 2002,``
    with the series read into the proceedings' title: the short name set as a sentence after the title is
    the series."""
    m = _SERIES_SENTENCE.search(text)
    if m is None:
        return spans
    for s in spans:
        if s.label == "container-title" and s.start <= m.start("book") < m.end("series") <= s.end:
            book = Span(s.label, m["book"], m.start("book"), m.end("book"), s.confidence)
            series = Span("collection-title", m["series"], m.start("series"), m.end("series"), s.confidence)
            return replaced(spans, text, s.start, s.end, [book, series])
    return spans


@needs(labels=["container-title"], marks=["Ed. by", "Vol."])
def edited_series_run_into_container(spans: list[Span], text: str) -> list[Span]:
    """biblatex's ``In: *2nd International Conference … (FSCD 2017)*. Ed. by Dale Miller. Vol. 84. Leibniz
    International Proceedings in Informatics (LIPIcs). Schloss Dagstuhl–…, 2017,`` read as one container: the
    italic title ends with its run; then the editors, the series' volume, the series and the publisher."""
    for run in emphasis_runs(text):
        for k, s in enumerate(spans):
            if s.label != "container-title" or not s.start <= run.start < run.end < s.end:
                continue
            m = _EDITED_SERIES_TAIL.fullmatch(text, run.text_end, s.end)
            if m is None:
                return spans
            head = Span(s.label, text[s.start : run.end], s.start, run.end, s.confidence)
            parts = (
                ("editor", "editor"),
                ("volume", "volume"),
                ("collection-title", "series"),
                ("publisher", "publisher"),
            )
            new = [Span(lab, m[g], m.start(g), m.end(g), s.confidence) for lab, g in parts]
            return [*spans[:k], head, *new, *spans[k + 1 :]]
    return spans


@needs(any_label=("title", "container-title"), labels=["publisher"], marks=["Vol."])
def series_volume_read_into_title(spans: list[Span], text: str) -> list[Span]:
    """biblatex's book ``*Handbook of Categorical Algebra*. Vol. 1. Encyclopedia of Mathematics and its
    Applications. Cambridge University Press, 1994`` with the series and its volume read into the title (or, after
    it, as a container): the title ends with its italic run; the volume and the series before the publisher."""
    for run in emphasis_runs(text):
        for k in range(len(spans) - 1):
            s = spans[k]
            if s.label not in _BOOK_TITLES or not s.start <= run.text_start < run.end <= s.end:
                continue
            if s.label == "container-title" and (_IN_BEFORE.search(text, 0, s.start) or "title" in labels_of(spans)):
                return spans  # a book's title read as a container; not a book's part "In: *…*"
            if run.end < s.end:  # the tail read into the title
                j, z = k + 1, s.end
            elif spans[k + 1].label == "container-title" and k + 2 < len(spans):  # read as a container after it
                j, z = k + 2, spans[k + 1].end
            else:
                return spans
            if spans[j].label != "publisher" or (m := _SERIES_VOLUME_TAIL.fullmatch(text, run.text_end, z)) is None:
                return spans
            head = Span("title", text[s.start : run.end], s.start, run.end, s.confidence)
            new = [
                Span(lab, m[g], m.start(g), m.end(g), s.confidence)
                for lab, g in (("volume", "volume"), ("collection-title", "series"))
            ]
            return [*spans[:k], head, *new, *spans[j:]]
    return spans
