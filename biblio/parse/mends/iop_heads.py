"""IOP's head ``Finnis M 2003 *Title* (Publisher)`` read as the title: no names and no year read; and IOP's
chapter ``Title *Book* ed E Pavarini and E Koch (Publisher) ch 3`` with the book read into the title.

The same bare year after the names opens the American Anthropological Association's entries (its year
stands in a column of its own, one space apart once copied): ``Kant, Immanuel 1997 Groundwork …`` or
``Google 2017 Privacy Policy.``, and IOP's and AAA's group authors (``WHO 2014 Methods …``).

IOP's Harvard form writes the names with bare initials and the year with no punctuation before the title
(``Finnis M 2003 *Interatomic Forces in Condensed Matter* (Oxford University Press)``). On a short book
with one author the model may read the whole head as the title; a family name with capital initials and a
year opening the first span are the names and the date.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["container-title", "journal"])
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z]){1,3}"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d[a-z]?)"
_HEAD = lazy_pattern(rf"^(?P<names>{_NAME}(?:,\s{_NAME})*(?:\s+and\s+{_NAME})?)\s+{_YEAR}(?:\s+(?=\S)|\s*$)")
# a group's name: capitalised words (an acronym, ``Bureau of Meteorology``), no year among them; the title
# after the year opens with a capital, a digit or a quote
_GROUP_WORD = r"(?!(?:1[6-9]|20)\d\d\b)[\w(][\w&'’.()-]*"
_GROUP = lazy_pattern(
    rf"^(?P<names>(?=[A-Z0-9])(?!(?:A|An|The)\s){_GROUP_WORD}(?:\s(?:of|and|for|the|on|&|(?=[A-Z0-9(]){_GROUP_WORD})){{0,6}})"
    rf"\s+{_YEAR}\s+(?=[A-Z0-9“\"‘'*])"
)
# the given names (or a last family name) an author span stopped short of: capitalised words, no article
_GIVEN = lazy_pattern(
    rf"^(?:(?P<names>(?!(?:A|An|The|In|On|Of|To|From)\s)[A-Z][\w'’.-]*(?:\s(?!(?:1[6-9]|20)\d\d\b)[A-Z][\w'’.-]*){{0,2}})\s+)?"
    rf"{_YEAR}\s+(?=[A-Z“\"‘'*])"
)


def _read_elsewhere(spans: list[Span], labels: tuple[str, ...]) -> bool:
    # a title holding a year (``*State of the World 2010 …*``) beside a date read elsewhere stays whole
    return any(s.label in labels for s in spans)


@needs(labels=["title"], without=["author", "editor", "date"])
def names_and_year_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Finnis M 2003 *Interatomic …`` read as one title: the names, the year, then the title (or, where
    the title was read apart as a work in italics, that work)."""
    lead = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) <= lead or spans[lead].label != "title" or _read_elsewhere(spans, ("author", "editor", "date")):
        return spans
    italic = text[max(spans[lead].start - 1, 0) : spans[lead].start] in ("*", "_")
    if (m := _HEAD.match(spans[lead].text) or (not italic and _GROUP.match(spans[lead].text)) or None) is None:
        return spans
    s, rest = spans[lead], spans[lead + 1 :]
    a, y, t = m.end("names"), m.start("year"), m.end()
    head = [
        Span("author", s.text[:a], s.start, s.start + a, s.confidence),
        Span("date", s.text[y : m.end("year")], s.start + y, s.start + m.end("year"), s.confidence),
    ]
    if s.text[t:].strip():
        return [*spans[:lead], *head, Span("title", s.text[t:], s.start + t, s.end, s.confidence), *rest]
    if rest and rest[0].label in _WORKS and rest[0].text.strip().startswith("*"):
        book = rest[0]
        return [*spans[:lead], *head, Span("title", book.text, book.start, book.end, book.confidence), *rest[1:]]
    return spans


_READ_AS = frozenset(["note", "publisher", *_WORKS])


@needs(labels=["title"], any_label=_READ_AS, without=["author", "editor"])
def group_and_year_before_title(spans: list[Span], text: str) -> list[Span]:
    """AAA's and IOP's ``OECD 2022 The Role of …`` (or ``CMS Collaboration 2012 Observation …``) with the group
    read as a note or an outlet, the bare year apart or inside it: the group's name opening the reference, then
    the year and the title with nothing between, is the author."""
    lead = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) < lead + 2 or spans[lead].label not in _READ_AS:
        return spans
    s = spans[lead]
    if text[spans[0].end if lead else 0 : s.start].strip():
        return spans
    k = lead + 1
    if spans[k].label == "date":
        if k + 1 >= len(spans):
            return spans
        k += 1
    title = spans[k]
    if title.label != "title" or (m := _GROUP.match(text[s.start : title.end])) is None:
        return spans
    if s.start + m.end() != title.start or not s.start + m.end("names") <= s.end:
        return spans
    a, y0, y1 = s.start + m.end("names"), s.start + m.start("year"), s.start + m.end("year")
    head = [
        Span("author", text[s.start : a], s.start, a, s.confidence),
        Span("date", text[y0:y1], y0, y1, s.confidence),
    ]
    return [*spans[:lead], *head, *spans[k:]]


# names alone, as IOP writes them: ``Ndayishimye J``, ``Lee J H, Kim M and Park S``
_NAMES_ONLY = lazy_pattern(rf"(?:{_NAME})(?:,\s{_NAME})*(?:,?\s+and\s+{_NAME})?\s*[,.]?")
_BARE_YEAR = lazy_pattern(rf"\(?{_YEAR}\)?[.,]?")
_NAME_HOLDERS = frozenset(["title", "journal", "container-title"])


@needs(labels=["date"], any_label=_NAME_HOLDERS, without=["author", "editor"])
def names_before_year_read_as_work(spans: list[Span], text: str) -> list[Span]:
    """IOP's thesis ``Ndayishimye J 2016 PhD Thesis University of Stellenbosch`` (no title) with a family name
    no list knows read as the title or a journal: a family name and its bare initials opening the reference
    before a bare year are the names."""
    lead = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) < lead + 3:
        return spans
    s, year = spans[lead], spans[lead + 1]
    if s.label not in _NAME_HOLDERS or year.label != "date" or text[s.end : year.start].strip():
        return spans
    if not _NAMES_ONLY.fullmatch(s.text.strip()) or not _BARE_YEAR.fullmatch(year.text.strip()):
        return spans
    return [*spans[:lead], Span("author", s.text, s.start, s.end, s.confidence), *spans[lead + 1 :]]


@needs(labels=("author", "title"), without=["date"])
def year_after_names_in_title(spans: list[Span], text: str) -> list[Span]:
    """AAA's ``Kant, | Immanuel 1997 Groundwork …`` or ``Bell, T., and G. | Lock 2000 Topographic …`` with the names'
    last words and the year (or the year alone) read into the title: they close the names, the year is the date."""
    if _read_elsewhere(spans, ("date",)):
        return spans
    for k in range(len(spans) - 1):
        a, s = spans[k], spans[k + 1]
        if a.label != "author" or s.label != "title":
            continue
        if (m := _GIVEN.match(s.text)) is None or text[a.end : s.start].strip():
            return spans
        a_end = s.start + m.end("names") if m.group("names") else a.end
        y0, y1, t = s.start + m.start("year"), s.start + m.end("year"), s.start + m.end()
        return [
            *spans[:k],
            Span("author", text[a.start : a_end], a.start, a_end, a.confidence),
            Span("date", text[y0:y1], y0, y1, s.confidence),
            Span("title", text[t : s.end], t, s.end, s.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(labels=("title", "editor"), marks=["*"])
def italic_book_before_editors(spans: list[Span], text: str) -> list[Span]:
    """``From electrons to … simulations *Topology, Entanglement and Strong Correlations* | ed E Pavarini``
    read as one title: IOP sets a chapter's title plain and the book in italics before its editors, so the
    italics that close the title are the book."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "editor":
            continue
        for run in emphasis_runs(text):
            if not s.start < run.start < s.end <= run.end <= nxt.start or not WORD.search(text[s.start : run.start]):
                continue
            title = Span("title", text[s.start : run.start], s.start, run.start, s.confidence)
            book = Span("container-title", text[run.start : run.end], run.start, run.end, s.confidence)
            return [*spans[:k], title, book, *spans[k + 1 :]]
        return spans
    return spans


# the rest of IOP's names: "Youn S W, Youm D and Semertzidis Y K"
_NAMES_REST = lazy_pattern(rf"{_NAME}(?:,\s{_NAME})*,?\s+and\s+{_NAME}")


@needs(labels=["author", "date"], any_label=["title", "container-title", "journal"])
def names_read_before_year(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``Ahn D, …, Lee J, Youn S W, Youm D and Semertzidis Y K 2020 arXiv preprint …`` with the last names
    read as the title (or a journal) between the names and the year: a run of family names and bare initials up to
    ``and`` and the last name, right before the year, goes on with the names."""
    for k in range(1, len(spans) - 1):
        names, s, year = spans[k - 1], spans[k], spans[k + 1]
        if names.label != "author" or year.label != "date" or s.label not in ("title", *_WORKS):
            continue
        if not names.text.rstrip().endswith(",") or text[names.end : s.start].strip():
            continue
        if " and " not in s.text or not _NAMES_REST.fullmatch(s.text.strip()):
            continue
        return [*spans[: k - 1], Span("author", text[names.start : s.end], names.start, s.end, names.confidence),
                *spans[k + 1 :]]
    return spans
