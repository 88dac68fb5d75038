"""Mend of a numbered series written as a sentence of its own before the imprint, as Chicago-style
entries give it: ``*Guillaume de Machaut*. 2e éd. Oxford Studies of Composers 9. London, GB-LND : Oxford
University Press.`` The labeller reads the series as a first publisher beside the real one."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, replaced, span_parts
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Bibliothèque de la Pléiade 659." closing the span: capitalised words (particles between), a number
# that is no year (or a Roman one after a comma, "Sistemas de construção, XV"), the full stop
_SERIES = lazy_pattern(
    r"(?:^|(?<=\.\s))(?P<series>[A-ZÀ-Þ][^\W\d_]+(?:[\s'’-]+[^\W\d_]+){1,6}"
    r"(?:\s+(?!1[5-9]\d\d|20\d\d)\d{1,4}|,\s+[IVXLC]{1,6}))\.\s*$"
)


# what the model makes of a series' words and number standing where a book's contributors may (no role word read)
_NAMES = frozenset(["translator", "editor"])


@needs(labels=("location", "publisher"))
def series_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``… Petite bibliothèque Payot 25. Paris, FR-IDF : Payot & Rivages.`` with the numbered series
    read as a publisher (or run on after the italic title) before the place and publisher: the series
    is the collection, any words before it in that span (``Éd. bilingue.``) a note."""
    for k in range(len(spans) - 2):
        s = spans[k]
        if spans[k + 1].label != "location" or spans[k + 2].label != "publisher":
            continue
        # a title keeps what its italics hold; only what follows them may be the series
        keep = s.text.rfind("*") + 1 if s.label == "title" else 0
        if s.label in _NAMES and (m := _SERIES.fullmatch(s.text)) is not None and k > 0:
            # "Title. CSLI Lecture Notes 199. Stanford: …" read as translators: words and a number, no role, no name
            return replaced(
                spans, text, s.start, s.end, [Span("collection-title", s.text, s.start, s.end, s.confidence)]
            )
        if s.label not in ("publisher", "title"):
            continue
        if s.label == "title" and keep == 0:
            # (a title pasted without its italics: its last sentence, after one of its own, may be the series,
            # "Caderno de encargos. Cadernos técnicos Monumenta 2. Brasília: Iphan")
            m = _SERIES.search(s.text + ("." if not s.text.endswith(".") else ""))
            italic = "*" in s.text or "_" in s.text
            if m is None or m.start("series") < 4 or italic or len(s.text[: m.start("series")].split()) < 3:
                continue
            a, z = s.start + m.start("series"), s.start + m.end("series")
            cut = s.start + len(s.text[: m.start("series")].rstrip(" ."))
            new = [
                Span("title", text[s.start : cut], s.start, cut, s.confidence),
                Span("collection-title", text[a:z], a, z, s.confidence),
            ]
            return replaced(spans, text, s.start, s.end, new)
        m = _SERIES.search(s.text, keep)
        if m is None:
            continue
        a, z = s.start + m.start("series"), s.start + m.end("series")
        new = [Span("collection-title", text[a:z], a, z, s.confidence)]
        head = s.text[keep : m.start("series")].strip(" .,;:")
        if head:
            h = s.start + s.text.index(head, keep)
            new.insert(0, Span("note", head, h, h + len(head), s.confidence))
        if keep:
            new.insert(0, Span(s.label, s.text[:keep], s.start, s.start + keep, s.confidence))
        return replaced(spans, text, s.start, s.end, new)
    return spans


# Chicago's series after the italic title, before the place: ". Beiträge zum Buchwesen, Band 1. " or (as
# reference managers write it) ". Vols. 116, Berliner Handreichungen. "
_NUMBER = r"(?:Band|Bd\.|Vols?\.|vol\.|Volume|Heft|Nr\.|no\.)\s*\d{1,4}"
_SERIES_AFTER_RUN = lazy_pattern(
    rf"\.?\s+(?P<series>[A-ZÀ-Þ][^.:;()]{{2,80}}?,\s+{_NUMBER}|{_NUMBER},\s+[A-ZÀ-Þ][^.:;()]{{2,80}}?)\.\s+(?=\S)"
)
_WORKS = frozenset(["title", "journal", "container-title", "volume", "collection-title"])


@needs(marks=["*", "_", "<"])
def series_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``*Studien zur Soziologie*. Beiträge zum Buchwesen, Band 1. Wiesbaden: Harrassowitz.`` with the
    series read into the title, a journal or a container: the italics are the title, the numbered
    sentence after them the series, the words from there to the place's colon the place."""
    if not spans:
        return spans
    for run in emphasis_runs(text):
        m = _SERIES_AFTER_RUN.match(text, run.end)
        if m is None:
            continue
        first = next((s for s in spans if s.start <= run.text_start < s.end), None)
        place = next((s for s in spans if s.label == "location" and s.start >= m.start("series")), None)
        if first is None or first.label not in _WORKS or place is None:
            return spans
        gap = text[m.end() : place.start]
        inside = [s for s in spans if s.start < place.start and s.end > first.start]
        if any(c in gap for c in ".:;") or any(s.label not in _WORKS for s in inside):
            return spans
        conf = min(s.confidence for s in inside)
        a, b = m.span("series")
        new = [
            Span("title", text[first.start : run.end], first.start, run.end, conf),
            Span("collection-title", text[a:b], a, b, conf),
            Span("location", text[m.end() : place.end], m.end(), place.end, place.confidence),
        ]
        return replaced(spans, text, first.start, place.end, new)
    return spans


# a body's numbered report series closing the reference after the title's stop: "ALGAO / Archaeology East Anglia
# Report 47.", "East Anglian Archaeology Occasional Paper 24."
_REPORT_SERIES_END = lazy_pattern(
    r"\.\s+(?P<series>[A-Z][\w&'\u2019-]*(?:\s+(?:[A-Z][\w&'\u2019-]*|/|&|of|and|for|the|on)){0,8}?"
    r"\s+(?:Reports?|Papers?|Monographs?|Bulletin)\s+(?:No\.\s*)?(?!1[5-9]\d\d|20\d\d)\d{1,4}[a-z]?)\.?\s*$"
)


@needs(labels=("title",), marks=("Report", "Paper", "Monograph", "Bulletin"))
def report_series_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. ALGAO / Archaeology East Anglia Report 47.`` with the numbered series read into the title that
    closes the reference: a last sentence of capitalised words ending on a report's (paper's) kind and number is
    the series the work is numbered in, no part of its title."""
    if not spans:
        return spans
    last = spans[-1]
    if last.label != "title" or (m := _REPORT_SERIES_END.search(last.text)) is None or m.start() < 2:
        return spans
    a, z = last.start + m.start("series"), last.start + m.end("series")
    cut = last.start + m.start()
    return [
        *spans[:-1],
        Span("title", text[last.start : cut + 1], last.start, cut + 1, last.confidence),
        Span("collection-title", text[a:z], a, z, last.confidence),
    ]


# a numbered series named as one (a lecture notes', texts' or monographs' series) opening a span read as the book a
# chapter is in, the house after it: "CSLI Lecture Notes 199. Center for the Study of Language and Information,"
_SERIES_THEN_HOUSE = lazy_pattern(
    r"(?P<series>[A-Z][\w&'\u2019-]*(?:\s+[\w&'\u2019-]+){0,6}?\s+(?:Lecture\s+Notes|Series|Monographs|Texts)"
    r"(?:\s+(?:in|on|of)(?:\s+[\w&'\u2019-]+){1,4})?\s+(?!1[5-9]\d\d|20\d\d)\d{1,4})\.\s+"
    r"(?P<publisher>[A-Z][^.:;()]{2,100}?)[,.]?"
)


_TITLE_SERIES_HOUSE = lazy_pattern(rf"(?P<title>.{{3,}}?[^\s.]\.)\s+{_SERIES_THEN_HOUSE.pattern}")


@needs(labels=("title",), marks=("Lecture Notes", "Series", "Monographs", "Texts"))
def numbered_series_and_house_as_container(spans: list[Span], text: str) -> list[Span]:
    """``Title. CSLI Lecture Notes 199. Center for the Study of Language and Information, 2010.`` with the numbered
    series and the house read as one container (a chapter's book): the series is the collection the book is
    numbered in, the words after its stop the publisher."""
    for k, s in enumerate(spans):
        if s.label == "title" and (k + 1 == len(spans) or spans[k + 1].label == "date"):
            # (or the three read as one title: "Title. CSLI Lecture Notes 301. Center for …, 2012")
            m = _TITLE_SERIES_HOUSE.fullmatch(s.text)
            if m is not None and "*" not in s.text:
                parts = span_parts(
                    s, m, (("title", "title"), ("collection-title", "series"), ("publisher", "publisher"))
                )
                return [*spans[:k], *parts, *spans[k + 1 :]]
        if s.label != "container-title" or k == 0 or spans[k - 1].label != "title":
            continue
        m = _SERIES_THEN_HOUSE.fullmatch(s.text)
        if m is None:
            return spans
        parts = span_parts(s, m, (("collection-title", "series"), ("publisher", "publisher")))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
