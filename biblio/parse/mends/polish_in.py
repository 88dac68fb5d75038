"""Polish reference lists' ``[w:]`` ("in:"): ``M. Nowak, Tytuł rozdziału [w:] Tytuł tomu, pod red. J. Kowalskiego,
Wrocław 2014.`` and ``S. Kolouszek, Tytuł artykułu [w:] Sztolnie, nr 2 / 2011.``. The mark parts the work's title
from the book or periodical that holds it, which the model reads as a note or runs into the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import month_number
from biblio.parse.spans import Span

_MARK = lazy_pattern(r"\[[wW]:?\]")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\d)"
# where the holder's name ends: a number with its word (t. volume, nr/z. issue, s. pages), the editor's
# "pod red.", a bare number, a month, or a town before the year
_HOLDER_ENDS = lazy_pattern(
    r",?\s+(?:t\.\s*[\dIVXLC]|(?:nr|z\.)\s*\d|s\.\s*\d|pod\s+red\b|\d)"
    rf"|,\s+(?P<month>[^\W\d_]+)\s+{_YEAR}"
    rf"|,\s+[A-ZĆŁŚŻŹ][^\W\d_]+(?:[- ][A-ZĆŁŚŻŹ][^\W\d_]+)?\s+{_YEAR}"
)
_VOLUME = lazy_pattern(r"\bt\.\s*(?P<v>[IVXLC]+\b|\d+)")
_ISSUE = lazy_pattern(r"\b(?:nr|z\.)\s*(?P<v>\d+(?:\s*[-–]\s*\d+)?)(?![\d(])")
_BARE_ISSUE = lazy_pattern(rf"\s+(?P<v>\d+(?:[-–]\d+)?)\s*/\s*{_YEAR}")
_EDITOR = lazy_pattern(r"\bpod\s+red\.?\s+(?P<v>[^,\d]+?)\s*,")
_TOWN_YEAR = lazy_pattern(rf",\s+(?P<town>[A-ZĆŁŚŻŹ][^\W\d_]+(?:[- ][A-ZĆŁŚŻŹ][^\W\d_]+)?)\s+(?P<v>{_YEAR})")
_MONTH_YEAR = lazy_pattern(rf"(?P<v>[^\W\d_]+\s+{_YEAR})")
_BARE_YEAR = lazy_pattern(rf"(?<!\d)(?P<v>{_YEAR})")
_PAGES = lazy_pattern(r"\bs\.\s*(?P<v>\d+(?:\s*[-–]\s*\d+)?)")


@needs(labels=["author"], marks=("[w", "[W"))
def polish_in_mark(spans: list[Span], text: str) -> list[Span]:
    """``Names, Title [w:] Holder, t. V, 1998.`` misread around the mark: the words between the names and the mark
    are the title, those after it up to its numbers, editor, town or year the book or periodical holding it."""
    marks = list(_MARK.finditer(text))
    if len(marks) != 1 or not spans or spans[0].label != "author":
        return spans
    mark = marks[0]
    k = 0
    while k < len(spans) and spans[k].label == "author" and spans[k].end <= mark.start():
        k += 1
    if k == 0:
        return spans
    names = spans[k - 1]
    a = names.end + len(text[names.end : mark.start()]) - len(text[names.end : mark.start()].lstrip(" ,"))
    z = len(text[: mark.start()].rstrip(" ,"))
    h = mark.end() + len(text[mark.end() :]) - len(text[mark.end() :].lstrip())
    end = _HOLDER_ENDS.search(text, h + 1)
    if z - a < 3 or end is None:
        return spans
    if end.group("month") and month_number(end.group("month")) is None:
        return spans
    conf = names.confidence
    found: list[Span] = []

    def take(label: str, m_start: int, m_end: int) -> None:
        if all(m_end <= s.start or s.end <= m_start for s in found):
            found.append(Span(label, text[m_start:m_end], m_start, m_end, conf))

    rest = end.start()
    for label, pattern in (
        ("volume", _VOLUME),
        ("issue", _ISSUE),
        ("editor", _EDITOR),
        ("pages", _PAGES),
    ):
        for m in pattern.finditer(text, rest):
            take(label, m.start("v"), m.end("v"))
    if bare := _BARE_ISSUE.match(text, rest):
        take("issue", bare.start("v"), bare.end("v"))
    town = _TOWN_YEAR.search(text, rest)
    if town:
        take("location", town.start("town"), town.end("town"))
        take("date", town.start("v"), town.end("v"))
    elif end.group("month") and (dated := _MONTH_YEAR.match(text, end.start("month"))):
        take("date", dated.start("v"), dated.end("v"))
    else:
        for m in _BARE_YEAR.finditer(text, rest):
            take("date", m.start("v"), m.end("v"))
    if sum(s.label == "date" for s in found) != 1:
        return spans
    kinds = {s.label for s in found}
    holder = "container-title" if kinds & {"editor", "location"} else "journal"
    found.sort(key=lambda s: s.start)
    # what the model read after the holder's numbers (a link, an access date) stays as it read it
    tail = [s for s in spans if s.start >= found[-1].end]
    return [
        *spans[:k],
        Span("title", text[a:z], a, z, conf),
        Span(holder, text[h : end.start()], h, end.start(), conf),
        *found,
        *tail,
    ]
