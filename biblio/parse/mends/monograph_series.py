"""Mends of a numbered monograph series in the author-date bibliographies of archaeology and history:
``Earrings in Roman Britain, Brit. Archaeol. Rep. Brit. Ser. 201, Oxford.``, ``'Objects' in Holbrook,
N. (eds) Roman Finds from Exeter, Exeter Archaeol. Rep. 4, 242-63.``. The labeller reads the series
and its number as a journal and its volume, or runs them (and the imprint) into the book's title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the word that names a run of reports or monographs, closing the series' name
_SERIES_WORD = r"(?:Rep(?:ort)?s?|Ser(?:ies)?|Monographs?|Occ(?:asional)?\.?\s+Pap(?:ers?)?|Papers)\.?"
_SERIES_END = lazy_pattern(rf"(?:^|\s){_SERIES_WORD}$")
# a series number: no year, no range
_NO = r"(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}"
_NUMBER = lazy_pattern(rf"\s*{_NO}[,.]?\s*")
# ", Series Words 76, Princes Risborough." or ", Series Monograph 2." closing a book's title
_SERIES_TAIL = lazy_pattern(
    rf",\s+(?P<series>(?P<name>[A-Z][^,;:()]{{2,80}}?)\s+{_NO})"
    r"(?:,\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2})\.?|\.?)$"
)
# ", Colchester Archaeological Report 8," or " (Reports on the Excavation at Usk, 1965-1976)," closing a book's
# title before its imprint
_SERIES_BEFORE_IMPRINT = lazy_pattern(
    rf",\s+(?P<series>[A-Z][^,;:()]{{2,80}}?{_SERIES_WORD}\s+{_NO})[,.]?$"
    rf"|\s+\((?P<bracket>(?:{_SERIES_WORD}|[A-Z][^()]{{2,80}}?{_SERIES_WORD})(?:\s[^()]{{0,80}})?)\)[,.]?$"
)
# ". Stroud: Tempus." closing a book's title: the place and the publisher
_IMPRINT_TAIL = lazy_pattern(
    r"(?<=[^\W\d_]{2})\.\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2}):\s+"
    r"(?P<publisher>[A-Z][^.:;()]{1,60}?)\.?$"
)


def _series(name: Span, number: Span, text: str) -> Span:
    """The series with its number, as one collection."""
    z = number.start + len(number.text.rstrip(" ,."))
    return Span("collection-title", text[name.start : z], name.start, z, min(name.confidence, number.confidence))


@needs(labels=("editor", "volume"))
def series_in_edited_book(spans: list[Span], text: str) -> list[Span]:
    """``in Holbrook, N. and Bidwell, P. (eds) Roman Finds from Exeter, Exeter Archaeol. Rep. 4, 242-63.``
    with the book read as a second title and the series as a journal with a volume: after the editors
    comes the book, and a report or monograph series with its number."""
    for k in range(1, len(spans) - 1):
        s, num = spans[k], spans[k + 1]
        if s.label not in ("journal", "container-title") or num.label != "volume":
            continue
        if not _NUMBER.fullmatch(num.text) or not any(e.label == "editor" for e in spans[:k]):
            return spans
        name = s.text.rstrip(" ,")
        if s.label == "journal":
            book = spans[k - 1]
            if book.label not in ("title", "container-title") or spans[k - 2].label != "editor":
                return spans
            if not _SERIES_END.search(name):
                return spans
            new = [
                Span("container-title", book.text, book.start, book.end, book.confidence),
                _series(s, num, text),
            ]
            return replaced(spans, text, book.start, num.end, new)
        # "Problems of the Iron Age in Southern Britain, Univ. London Occ. Pap." as one container
        cut = name.rfind(", ")
        if cut < 0 or not _SERIES_END.search(name) or spans[k - 1].label != "editor":
            return spans
        new = [
            Span("container-title", s.text[:cut], s.start, s.start + cut, s.confidence),
            _series(Span(s.label, s.text[cut + 2 :], s.start + cut + 2, s.end, s.confidence), num, text),
        ]
        return replaced(spans, text, s.start, num.end, new)
    return spans


@needs(labels=("journal", "volume", "location"))
def series_before_place(spans: list[Span], text: str) -> list[Span]:
    """``Excavations at Segontium, Council for British Archaeology Research Report 90, London: Council for
    British Archaeology.`` (or ``*Lampes d’Argos*. Études péloponésiennes 5. Paris.`` with the italic title read
    into the journal) read as a journal with its volume: a journal has no place of publication, so a numbered
    name with an imprint after it and no pages is the book's series."""
    # (the place shows the imprint: a journal's volume before a publisher alone is read as it was)
    if any(s.label in ("pages", "issue", "editor") for s in spans) or not any(s.label == "location" for s in spans):
        return spans
    for k in range(1, len(spans) - 2):
        s, num = spans[k], spans[k + 1]
        if s.label != "journal" or num.label != "volume":
            continue
        if not _NUMBER.fullmatch(num.text) or spans[k + 2].label not in ("location", "publisher"):
            return spans
        if spans[k - 1].label == "title":
            return replaced(spans, text, s.start, num.end, [_series(s, num, text)])
        # an author-date list's "Alicu, D. 1977. *Roman Lamps …*. BAR suppl. series 18. Oxford." with the italic
        # title read into the journal: the italics close the book's title, the series follows
        cut = _ITALICS_CLOSED.search(s.text)
        if cut is None or spans[k - 1].label != "date" or not s.text[cut.end()].isupper():
            return spans
        a = s.start + cut.end()
        title = Span("title", s.text[: cut.start() + 1], s.start, s.start + cut.start() + 1, s.confidence)
        series = _series(Span(s.label, text[a : s.end], a, s.end, s.confidence), num, text)
        return replaced(spans, text, s.start, num.end, [title, series])
    return spans


# the close of a book's italic title and its full stop, before the series: "…Sarmizegetusa*. BAR suppl. series"
_ITALICS_CLOSED = lazy_pattern(r"[*_]\.\s+(?=[^\W\d_])")


@needs(labels=("date", "title"), without=("location", "publisher", "journal", "container-title"))
def series_or_imprint_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Butler, C. 2005 Prehistoric Flintwork. Stroud: Tempus.`` or ``Allen, D. 1998 Roman Glass in Britain,
    Shire Archaeology 76, Princes Risborough.`` read as one title: with the year after the names, what closes
    the reference after the title is its imprint, or its numbered series and place."""
    last = spans[-1] if spans else None
    if last is None or last.label != "title" or not any(s.label == "date" and s.end <= last.start for s in spans):
        return spans
    body = last.text.rstrip()
    m = _IMPRINT_TAIL.search(body)
    if m is not None:
        pieces = [("title", 0, m.start()), ("location", m.start("place"), m.end("place"))]
        pieces.append(("publisher", m.start("publisher"), m.end("publisher")))
    else:
        m = _SERIES_TAIL.search(body)
        if m is None or m.group("place") is None and not _SERIES_END.search(m.group("name")):
            return spans
        pieces = [("title", 0, m.start()), ("collection-title", m.start("series"), m.end("series"))]
        if m.group("place"):
            pieces.append(("location", m.start("place"), m.end("place")))
    new = [Span(label, body[a:z], last.start + a, last.start + z, last.confidence) for label, a, z in pieces]
    return replaced(spans, text, last.start, last.end, new)


@needs(labels=("title",), any_label=("location", "publisher"), without=("journal", "container-title", "editor"))
def series_closing_title_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Roman Vessel Glass from Excavations in Colchester, 1971-85, Colchester Archaeological Report 8,
    Colchester: …`` or ``The Pre-Flavian Fine Wares (Reports on the Excavation at Usk, 1965-1976), Cardiff: …``
    read as one title: the numbered series, or the bracketed one, before the imprint is the collection."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label not in ("location", "publisher"):
            continue
        m = _SERIES_BEFORE_IMPRINT.search(s.text.rstrip())
        if m is None:
            return spans
        group = "series" if m.group("series") else "bracket"
        a, z = s.start + m.start(group), s.start + m.end(group)
        new = [
            Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("collection-title", text[a:z], a, z, s.confidence),
        ]
        return replaced(spans, text, s.start, s.end, new)
    return spans


_SOURCE_LABELS = frozenset(("container-title", "journal"))


@needs(labels=["location"], any_label=_SOURCE_LABELS, without=["publisher"])
def series_before_house_and_town(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Title. Simulation Monographs, Pudoc, Wageningen, Netherlands, 189 pp.`` with the series read as
    the source and the publisher run into the town: a source closed by a series' word, then a name before a town,
    is the series, the name its publisher."""
    for k in range(1, len(spans) - 1):
        source, place = spans[k], spans[k + 1]
        if source.label not in _SOURCE_LABELS or place.label != "location":
            continue
        if spans[k - 1].label != "title" or not source.text.endswith(","):
            return spans
        if not _SERIES_END.search(source.text.rstrip(" ,")):
            return spans
        house, comma, town = place.text.partition(",")
        if not comma or is_place(house) or not is_place(town):
            return spans
        z = source.start + len(source.text.rstrip(" ,"))
        a = place.start + len(house) + 1
        a += len(text[a : place.end]) - len(text[a : place.end].lstrip())
        return [
            *spans[:k],
            Span("collection-title", text[source.start : z], source.start, z, source.confidence),
            Span("publisher", house, place.start, place.start + len(house), place.confidence),
            Span("location", text[a : place.end], a, place.end, place.confidence),
            *spans[k + 2 :],
        ]
    return spans
